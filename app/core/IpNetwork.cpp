// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IpNetwork.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {

// A minimal unsigned 128-bit value: MSVC has no __int128, and the arithmetic we
// need (masks, +1, -1, compare) is small.
struct U128
{
    quint64 hi = 0;
    quint64 lo = 0;
};

bool operator<(U128 a, U128 b) { return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo; }
bool operator<=(U128 a, U128 b) { return !(b < a); }
bool operator==(U128 a, U128 b) { return a.hi == b.hi && a.lo == b.lo; }
U128 operator&(U128 a, U128 b) { return {a.hi & b.hi, a.lo & b.lo}; }
U128 operator|(U128 a, U128 b) { return {a.hi | b.hi, a.lo | b.lo}; }
U128 operator~(U128 a) { return {~a.hi, ~a.lo}; }
U128 plusOne(U128 a) { return a.lo == std::numeric_limits<quint64>::max() ? U128{a.hi + 1, 0} : U128{a.hi, a.lo + 1}; }
U128 minusOne(U128 a) { return a.lo == 0 ? U128{a.hi - 1, std::numeric_limits<quint64>::max()} : U128{a.hi, a.lo - 1}; }

/// The low `bits` bits set.
U128 lowBits(int bits)
{
    if (bits <= 0)
        return {};
    if (bits >= 128)
        return {~quint64(0), ~quint64(0)};
    if (bits >= 64)
        return {bits == 64 ? 0 : (quint64(1) << (bits - 64)) - 1, ~quint64(0)};
    return {0, (quint64(1) << bits) - 1};
}

U128 valueOf(const IpAddress &a) { return {a.high(), a.low()}; }

IpAddress addressOf(IpAddress::Family family, U128 v)
{
    return family == IpAddress::Family::V4 ? IpAddress::fromV4(static_cast<quint32>(v.lo))
                                           : IpAddress::fromV6(v.hi, v.lo);
}

int trailingZeros(U128 v, int width)
{
    if (v.lo != 0)
        return std::min(width, __builtin_ctzll(v.lo));
    if (v.hi != 0)
        return std::min(width, 64 + __builtin_ctzll(v.hi));
    return width;
}

std::optional<IpAddress> parseV4(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const auto &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return std::nullopt;
        // A leading zero is read as octal by inet_aton and some firewalls: refuse it.
        if (part.size() > 1 && part.front() == u'0')
            return std::nullopt;
        int octet = 0;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
            octet = octet * 10 + (c.unicode() - u'0');
        }
        if (octet > 255)
            return std::nullopt;
        value = (value << 8) | quint32(octet);
    }
    return IpAddress::fromV4(value);
}

/// One to four hex digits: a 16-bit group of an IPv6 address.
std::optional<quint16> parseGroup(QStringView text)
{
    if (text.isEmpty() || text.size() > 4)
        return std::nullopt;
    quint16 value = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const int digit = u >= u'0' && u <= u'9' ? u - u'0'
            : u >= u'a' && u <= u'f'             ? u - u'a' + 10
            : u >= u'A' && u <= u'F'             ? u - u'A' + 10
                                                 : -1;
        if (digit < 0)
            return std::nullopt;
        value = quint16((value << 4) | digit);
    }
    return value;
}

/// RFC 4291 section 2.2 text forms: eight groups, "::" once for one or more
/// zero groups, and a dotted IPv4 address in the last 32 bits. Our own parser
/// (not QHostAddress) so that the engine needs QtCore only: QtNetwork and its
/// Kerberos and proxy libraries load only when DNS is first asked.
std::optional<IpAddress> parseV6(QStringView text)
{
    // Anything but hex digits, ':' and one trailing dotted IPv4 is refused, so
    // zone ids ("%eth0", an interface, never valid in a rule) and brackets are.
    if (text.size() < 2 || text.size() > 45)
        return std::nullopt;
    const qsizetype gap = text.indexOf(u"::");
    if (gap >= 0 && text.indexOf(u"::", gap + 1) >= 0)
        return std::nullopt; // ":::" or a second "::"
    QStringView head = gap >= 0 ? text.left(gap) : text;
    QStringView tail = gap >= 0 ? text.mid(gap + 2) : QStringView();

    std::vector<quint16> groups; // head's, then a marker, then tail's
    std::vector<quint16> tailGroups;
    const auto readPart = [](QStringView part, std::vector<quint16> *out, bool mayEndInV4) {
        if (part.isEmpty())
            return true;
        const auto pieces = part.split(u':');
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const QStringView piece = pieces.at(i);
            if (mayEndInV4 && i == pieces.size() - 1 && piece.contains(u'.')) {
                const std::optional<IpAddress> v4 = parseV4(piece);
                if (!v4)
                    return false;
                out->push_back(quint16(v4->toV4() >> 16));
                out->push_back(quint16(v4->toV4() & 0xffff));
                continue;
            }
            const std::optional<quint16> group = parseGroup(piece);
            if (!group)
                return false;
            out->push_back(*group);
        }
        return true;
    };
    // A dotted IPv4 part can only end the address: the tail if there is a gap.
    if (!readPart(head, &groups, gap < 0) || !readPart(tail, &tailGroups, true))
        return std::nullopt;
    const size_t given = groups.size() + tailGroups.size();
    if (gap < 0 ? given != 8 : given > 7)
        return std::nullopt;
    groups.resize(8 - tailGroups.size(), 0);
    groups.insert(groups.end(), tailGroups.begin(), tailGroups.end());
    quint64 hi = 0, lo = 0;
    for (int i = 0; i < 4; ++i)
        hi = (hi << 16) | groups[size_t(i)];
    for (int i = 4; i < 8; ++i)
        lo = (lo << 16) | groups[size_t(i)];
    return IpAddress::fromV6(hi, lo);
}

/// The text QHostAddress writes, which users have seen from this program: RFC
/// 5952 (lower case, no leading zeros, the longest run of two or more zero
/// groups, the first of equals, as "::"; an IPv4-mapped address as
/// "::ffff:a.b.c.d"), except that a deprecated IPv4-compatible address (from
/// ::1:0 up) is written "::a.b.c.d", which RFC 5952 does not ask for.
QString formatV6(quint64 hi, quint64 lo)
{
    const auto dotted = [](quint64 v) {
        return QStringLiteral("%1.%2.%3.%4").arg((v >> 24) & 0xff).arg((v >> 16) & 0xff).arg((v >> 8) & 0xff).arg(v & 0xff);
    };
    if (hi == 0 && (lo >> 32) == 0xffff)
        return QLatin1String("::ffff:") + dotted(lo);
    if (hi == 0 && (lo >> 32) == 0 && (lo >> 16) != 0)
        return QLatin1String("::") + dotted(lo);
    quint16 groups[8];
    for (int i = 0; i < 4; ++i) {
        groups[i] = quint16(hi >> (48 - 16 * i));
        groups[4 + i] = quint16(lo >> (48 - 16 * i));
    }
    int bestStart = -1, bestLength = 1; // a single zero group is written "0"
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString text;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            text += QLatin1String("::");
            i += bestLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(u':'))
            text += u':';
        text += QString::number(groups[i], 16);
    }
    return text;
}

} // namespace

IpAddress IpAddress::fromV4(quint32 value)
{
    IpAddress a;
    a.m_family = Family::V4;
    a.m_low = value;
    return a;
}

IpAddress IpAddress::fromV6(quint64 high, quint64 low)
{
    IpAddress a;
    a.m_family = Family::V6;
    a.m_high = high;
    a.m_low = low;
    return a;
}

std::optional<IpAddress> IpAddress::parse(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    auto parsed = trimmed.contains(u':') ? parseV6(trimmed) : parseV4(trimmed);
    if (!parsed && error)
        *error = tr("\"%1\" is not an IPv4 or IPv6 address").arg(text);
    return parsed;
}

QString IpAddress::toString() const
{
    switch (m_family) {
    case Family::Invalid:
        return {};
    case Family::V4:
        return QStringLiteral("%1.%2.%3.%4")
            .arg((m_low >> 24) & 0xff).arg((m_low >> 16) & 0xff).arg((m_low >> 8) & 0xff).arg(m_low & 0xff);
    case Family::V6:
        return formatV6(m_high, m_low);
    }
    return {};
}

bool IpAddress::bit(int index) const
{
    const int fromLsb = bitWidth() - 1 - index;
    return fromLsb >= 64 ? (m_high >> (fromLsb - 64)) & 1 : (m_low >> fromLsb) & 1;
}

bool operator<(const IpAddress &a, const IpAddress &b)
{
    if (a.m_family != b.m_family)
        return a.m_family < b.m_family;
    return valueOf(a) < valueOf(b);
}

std::optional<IpNetwork> IpNetwork::parse(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    const QStringView addressText = slash < 0 ? trimmed : trimmed.left(slash);
    const auto address = IpAddress::parse(addressText);
    if (!address) {
        if (error)
            *error = tr("\"%1\" is not a network: \"%2\" is not an IPv4 or IPv6 address")
                         .arg(text, addressText);
        return std::nullopt;
    }
    int prefix = address->bitWidth();
    if (slash >= 0) {
        const QStringView prefixText = trimmed.mid(slash + 1);
        bool ok = !prefixText.isEmpty() && prefixText.size() <= 3
            && std::all_of(prefixText.begin(), prefixText.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
        prefix = ok ? prefixText.toInt(&ok) : -1;
        if (!ok || prefix < 0 || prefix > address->bitWidth()) {
            if (error)
                *error = tr("\"%1\" is not a network: the prefix length must be a number from 0 to %2")
                             .arg(text).arg(address->bitWidth());
            return std::nullopt;
        }
    }
    const IpNetwork network = fromAddress(*address, prefix);
    if (network.address() != *address) {
        if (error)
            *error = tr("\"%1\" has host bits set after the /%2 prefix; the network is %3")
                         .arg(text).arg(prefix).arg(network.toString());
        return std::nullopt;
    }
    return network;
}

IpNetwork IpNetwork::fromAddress(const IpAddress &address, int prefixLength)
{
    IpNetwork n;
    const int width = address.bitWidth();
    n.m_prefix = std::clamp(prefixLength, 0, width);
    n.m_address = addressOf(address.family(), valueOf(address) & ~lowBits(width - n.m_prefix));
    return n;
}

IpAddress IpNetwork::lastAddress() const
{
    return addressOf(m_address.family(), valueOf(m_address) | lowBits(m_address.bitWidth() - m_prefix));
}

QString IpNetwork::toString() const
{
    return isValid() ? QStringLiteral("%1/%2").arg(m_address.toString()).arg(m_prefix) : QString();
}

bool IpNetwork::contains(const IpAddress &address) const
{
    return address.family() == m_address.family() && isValid()
        && fromAddress(address, m_prefix).address() == m_address;
}

bool IpNetwork::contains(const IpNetwork &other) const
{
    return other.m_prefix >= m_prefix && contains(other.m_address);
}

bool IpNetwork::overlaps(const IpNetwork &other) const
{
    return contains(other) || other.contains(*this);
}

quint64 IpNetwork::addressCount() const
{
    const int hostBits = m_address.bitWidth() - m_prefix;
    return hostBits >= 64 ? std::numeric_limits<quint64>::max() : quint64(1) << hostBits;
}

QString IpNetwork::addressCountText() const
{
    // 2^hostBits by doubling a little-endian row of decimal digits (at most 39).
    std::vector<int> digits{1};
    for (int bit = 0; bit < m_address.bitWidth() - m_prefix; ++bit) {
        int carry = 0;
        for (int &digit : digits) {
            const int doubled = digit * 2 + carry;
            digit = doubled % 10;
            carry = doubled / 10;
        }
        if (carry)
            digits.push_back(carry);
    }
    QString text;
    for (auto it = digits.crbegin(); it != digits.crend(); ++it)
        text += QChar(u'0' + *it);
    return text;
}

double IpNetwork::addressCountValue() const
{
    return std::ldexp(1.0, m_address.bitWidth() - m_prefix);
}

QString IpNetwork::netmask() const
{
    if (!isV4())
        return {};
    return IpAddress::fromV4(static_cast<quint32>(~lowBits(32 - m_prefix).lo)).toString();
}

QString IpNetwork::wildcardMask() const
{
    if (!isV4())
        return {};
    return IpAddress::fromV4(static_cast<quint32>(lowBits(32 - m_prefix).lo)).toString();
}

bool operator<(const IpNetwork &a, const IpNetwork &b)
{
    if (a.m_address != b.m_address)
        return a.m_address < b.m_address;
    return a.m_prefix < b.m_prefix;
}

namespace {

struct Interval
{
    IpAddress::Family family;
    U128 first;
    U128 last;
};

QList<Interval> mergedIntervals(const QList<IpNetwork> &networks)
{
    QList<IpNetwork> sorted = networks;
    sorted.removeIf([](const IpNetwork &n) { return !n.isValid(); });
    std::sort(sorted.begin(), sorted.end());
    QList<Interval> out;
    for (const IpNetwork &n : sorted) {
        const U128 first = valueOf(n.firstAddress());
        const U128 last = valueOf(n.lastAddress());
        if (!out.isEmpty() && out.last().family == n.address().family()) {
            Interval &tail = out.last();
            const bool touches = tail.last == lowBits(128) || first <= plusOne(tail.last);
            if (touches) {
                if (tail.last < last)
                    tail.last = last;
                continue;
            }
        }
        out.append({n.address().family(), first, last});
    }
    return out;
}

/// Splits [first, last] into the fewest aligned CIDR blocks.
void appendCidrs(const Interval &range, QList<IpNetwork> &out)
{
    const int width = range.family == IpAddress::Family::V4 ? 32 : 128;
    U128 start = range.first;
    for (;;) {
        int bits = trailingZeros(start, width);
        while (bits > 0 && range.last < (start | lowBits(bits)))
            --bits;
        out.append(IpNetwork::fromAddress(addressOf(range.family, start), width - bits));
        const U128 end = start | lowBits(bits);
        if (!(end < range.last))
            return;
        start = plusOne(end);
    }
}

} // namespace

QList<IpNetwork> IpNetwork::aggregate(const QList<IpNetwork> &networks)
{
    QList<IpNetwork> out;
    for (const Interval &range : mergedIntervals(networks))
        appendCidrs(range, out);
    return out;
}

QList<IpNetwork> IpNetwork::subtract(const QList<IpNetwork> &from, const QList<IpNetwork> &remove)
{
    QList<Interval> remaining = mergedIntervals(from);
    for (const Interval &cut : mergedIntervals(remove)) {
        QList<Interval> next;
        for (const Interval &r : remaining) {
            if (r.family != cut.family || cut.last < r.first || r.last < cut.first) {
                next.append(r);
                continue;
            }
            if (r.first < cut.first)
                next.append({r.family, r.first, minusOne(cut.first)});
            if (cut.last < r.last)
                next.append({r.family, plusOne(cut.last), r.last});
        }
        remaining = next;
    }
    QList<IpNetwork> out;
    for (const Interval &range : remaining)
        appendCidrs(range, out);
    return out;
}
