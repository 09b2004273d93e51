// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpNetwork.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// The values SPF macros stand for (RFC 7208 §7.2), for one check_host() call.
struct SpfMacroContext
{
    QString sender;       ///< s: "local-part@domain" (postmaster@helo when MAIL FROM is empty)
    QString localPart;    ///< l
    QString senderDomain; ///< o
    QString domain;       ///< d: the domain whose record is being evaluated
    IpAddress client;     ///< i, c, v (an IPv4-mapped IPv6 address is already unmapped)
    QString helo;         ///< h
    QString validatedPtr; ///< p: empty means "unknown"
    QString receiver;     ///< r: empty means "unknown"
    qint64 timestamp = 0; ///< t
};

/// Expands SPF macro-strings (RFC 7208 §7): every letter, the digit and "r"
/// transformers, delimiters, %% %_ %- and URL-escaping of upper-case letters.
/// Domain-spec expansions drop one trailing dot and are truncated from the left
/// to 253 characters (§7.3); explanation text may also use %{c} %{r} %{t}.
/// Stateless; usable from any thread.
class MacroExpander final
{
    Q_DECLARE_TR_FUNCTIONS(MacroExpander)
public:
    enum class Mode { DomainSpec, Explanation };

    /// The expansion, or nullopt with `error` set for a bad macro (a permerror).
    static std::optional<QString> expand(QStringView text, const SpfMacroContext &context, Mode mode,
                                         QString *error = nullptr);
    /// True when `text` uses %{p} (the caller must look up validated PTR names first).
    static bool usesPtr(QStringView text);
    /// %{i}: dotted quad, or 32 dot-separated upper-case nibbles for IPv6.
    static QString ipMacro(const IpAddress &address);
    /// The reverse-lookup name: "4.3.2.1.in-addr.arpa" or "<nibbles>.ip6.arpa".
    static QString reverseName(const IpAddress &address);
    /// RFC 7208 §7.3: drops labels from the left until at most 253 characters remain.
    static QString truncateDomain(const QString &name);
    /// RFC 7208 §4.3: every label 1..63 octets (a trailing dot allowed), at least two labels.
    static bool isQueryableName(const QString &name, bool requireMultiLabel = false);

private:
    static QString letterValue(QChar letter, const SpfMacroContext &context);
    static QString transform(const QString &value, int digits, bool reverse, QStringView delimiters);
    static QString urlEscape(const QString &value);
};
