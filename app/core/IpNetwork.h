// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

/// One IPv4 or IPv6 address as a 128-bit number (IPv4 uses the low 32 bits).
/// A plain value type, usable from any thread.
class IpAddress final
{
    Q_DECLARE_TR_FUNCTIONS(IpAddress)
public:
    enum class Family { Invalid, V4, V6 };

    IpAddress() = default;
    static IpAddress fromV4(quint32 value);
    static IpAddress fromV6(quint64 high, quint64 low);
    /// Strict parse: dotted quad with four decimal parts (no "127.1", no leading
    /// zeros that other tools read as octal), or an RFC 4291 text form of IPv6.
    static std::optional<IpAddress> parse(QStringView text, QString *error = nullptr);

    Family family() const { return m_family; }
    bool isV4() const { return m_family == Family::V4; }
    bool isV6() const { return m_family == Family::V6; }
    bool isValid() const { return m_family != Family::Invalid; }
    int bitWidth() const { return m_family == Family::V4 ? 32 : 128; }
    quint32 toV4() const { return static_cast<quint32>(m_low); }
    quint64 high() const { return m_high; }
    quint64 low() const { return m_low; }
    /// Canonical text: dotted quad, or RFC 5952 compressed lower-case IPv6.
    QString toString() const;
    /// Bit i counted from the most significant bit of this family's width.
    bool bit(int index) const;

    friend bool operator==(const IpAddress &a, const IpAddress &b)
    {
        return a.m_family == b.m_family && a.m_high == b.m_high && a.m_low == b.m_low;
    }
    friend bool operator!=(const IpAddress &a, const IpAddress &b) { return !(a == b); }
    friend bool operator<(const IpAddress &a, const IpAddress &b);

private:
    Family m_family = Family::Invalid;
    quint64 m_high = 0;
    quint64 m_low = 0;
};

/// An IP network in CIDR form (address + prefix length) with no host bits set.
/// Parsing is strict: "15.168.56.5/25" is refused and the error names the
/// corrected form, because firewalls disagree on what such input means.
class IpNetwork final
{
    Q_DECLARE_TR_FUNCTIONS(IpNetwork)
public:
    IpNetwork() = default;
    /// Accepts "a.b.c.d/n", "v6::/n", or a bare address (a host network).
    static std::optional<IpNetwork> parse(QStringView text, QString *error = nullptr);
    /// Builds a network from any address, clearing host bits.
    static IpNetwork fromAddress(const IpAddress &address, int prefixLength);

    bool isValid() const { return m_address.isValid(); }
    bool isV4() const { return m_address.isV4(); }
    bool isV6() const { return m_address.isV6(); }
    const IpAddress &address() const { return m_address; }
    int prefixLength() const { return m_prefix; }
    IpAddress firstAddress() const { return m_address; }
    IpAddress lastAddress() const;
    QString toString() const;

    bool contains(const IpAddress &address) const;
    bool contains(const IpNetwork &other) const;
    bool overlaps(const IpNetwork &other) const;

    /// Number of addresses; saturates at UINT64_MAX for IPv6 prefixes shorter than /65.
    quint64 addressCount() const;
    /// Number of addresses, exact for any prefix, in decimal ("340282366920938463463374607431768211456" for ::/0).
    QString addressCountText() const;
    /// Number of addresses as a double: exact, being a power of two.
    double addressCountValue() const;
    /// Dotted-quad netmask (255.255.255.192) and Cisco wildcard (0.0.0.63); IPv4 only,
    /// empty for IPv6.
    QString netmask() const;
    QString wildcardMask() const;

    /// Smallest list of CIDRs covering exactly the union of the input, sorted,
    /// IPv4 before IPv6.
    static QList<IpNetwork> aggregate(const QList<IpNetwork> &networks);
    /// The addresses of `from` that are in none of `remove`, as a minimal CIDR list.
    static QList<IpNetwork> subtract(const QList<IpNetwork> &from, const QList<IpNetwork> &remove);

    friend bool operator==(const IpNetwork &a, const IpNetwork &b)
    {
        return a.m_address == b.m_address && a.m_prefix == b.m_prefix;
    }
    friend bool operator!=(const IpNetwork &a, const IpNetwork &b) { return !(a == b); }
    friend bool operator<(const IpNetwork &a, const IpNetwork &b);

private:
    IpAddress m_address;
    int m_prefix = 0;
};

Q_DECLARE_METATYPE(IpAddress)
Q_DECLARE_METATYPE(IpNetwork)
