// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpNetwork.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

/// One term of an SPF record (RFC 7208 §4.6.1): a mechanism or a modifier,
/// with its exact source text and byte offset in the record, so callers can
/// rewrite a record term by term and keep every other byte as published.
struct SpfTerm
{
    enum class Kind { Mechanism, Modifier };
    enum class Mechanism { None, All, Include, A, Mx, Ptr, Ip4, Ip6, Exists };
    enum class Modifier { None, Redirect, Exp, Unknown };
    enum class Qualifier { Pass, Fail, SoftFail, Neutral };

    Kind kind = Kind::Mechanism;
    Mechanism mechanism = Mechanism::None;
    Modifier modifier = Modifier::None;
    Qualifier qualifier = Qualifier::Pass;
    bool explicitQualifier = false; ///< the text starts with + - ~ or ?
    QString name;        ///< lower-case mechanism name ("include") or modifier name ("redirect", "foo")
    QString domainSpec;  ///< unexpanded domain-spec or modifier value; empty when absent
    IpNetwork network;   ///< ip4/ip6 (host bits cleared)
    int cidr4 = -1;      ///< a/mx: IPv4 prefix length; -1 when not given (means 32)
    int cidr6 = -1;      ///< a/mx: IPv6 prefix length; -1 when not given (means 128)
    QString text;        ///< the term exactly as written
    int position = 0;    ///< byte offset of `text` in the record

    bool isMechanism() const { return kind == Kind::Mechanism; }
    bool isModifier() const { return kind == Kind::Modifier; }
    /// RFC 7208 §4.6.4: include, a, mx, ptr, exists and redirect cause DNS queries
    /// and count toward the limit of 10; all, ip4, ip6 and exp= do not.
    bool countsAsLookup() const;
    /// The result this mechanism gives when it matches.
    QString qualifierResult() const;
};

/// A parsed SPF record ("v=spf1 ..."), or the first syntax error in it. Parsing
/// is strict RFC 7208 ABNF (§4.6, §5, §6, §7.1), because §4.6 says a syntax error
/// anywhere makes the whole record a permerror before any term is evaluated.
/// A plain value type, usable from any thread.
class SpfRecord final
{
    Q_DECLARE_TR_FUNCTIONS(SpfRecord)
public:
    /// Which of a name's TXT records is its SPF record (RFC 7208 §4.5).
    struct Selection
    {
        enum class Outcome { None, One, Several };
        Outcome outcome = Outcome::None;
        QByteArray record;        ///< the chosen record when `outcome` is One
        QList<QByteArray> records; ///< every record that starts with "v=spf1"
    };

    SpfRecord() = default;
    static SpfRecord parse(const QByteArray &text);
    /// Records starting with "v=spf1" followed by a space or the end (case-insensitively).
    static Selection select(const QList<QByteArray> &txtRecords);
    static bool isSpfRecord(const QByteArray &txt);

    /// Checks a macro-string (RFC 7208 §7.1). `explanation` allows the c, r and
    /// t letters, which are only valid in explanation text. Returns true when
    /// valid; otherwise `errorOffset` is the offset of the bad macro in `text`.
    static bool checkMacroString(QStringView text, bool explanation, int *errorOffset = nullptr,
                                 QString *reason = nullptr);
    /// Checks a domain-spec: a macro-string ending in "." toplabel ["."] or a macro.
    static bool checkDomainSpec(QStringView text, int *errorOffset = nullptr, QString *reason = nullptr);

    bool isValid() const { return m_errorReason.isEmpty(); }
    QString errorReason() const { return m_errorReason; }
    int errorPosition() const { return m_errorPosition; }

    const QByteArray &source() const { return m_source; }
    /// Every term in order (mechanisms and modifiers), up to the first error.
    const QList<SpfTerm> &terms() const { return m_terms; }
    QList<SpfTerm> mechanisms() const;
    /// The redirect= / exp= modifiers, or nullptr when absent.
    const SpfTerm *redirect() const;
    const SpfTerm *explanation() const;
    /// DNS-querying terms of this record alone (mechanisms and redirect=).
    int lookupTermCount() const;

private:
    bool fail(int position, const QString &reason);
    bool parseTerm(const QString &text, int position);
    bool parseMechanism(SpfTerm &term, QStringView body, int bodyOffset);
    bool parseModifier(SpfTerm &term, int equals);
    bool parseIpTerm(SpfTerm &term, QStringView argument, int argumentOffset);
    bool parseDomainAndCidr(SpfTerm &term, QStringView argument, int argumentOffset, bool allowCidr);

    QByteArray m_source;
    QList<SpfTerm> m_terms;
    QString m_errorReason;
    int m_errorPosition = -1;
};
