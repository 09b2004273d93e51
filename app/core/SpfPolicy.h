// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpNetwork.h"

#include <QList>
#include <QString>

/// One term of an SPF record as the analysis needs it: what it is, what it
/// points at, and exactly where it stands in the published text (so a proposed
/// record can change one term and keep every other byte).
struct SpfPolicyTerm
{
    enum class Kind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists, Redirect, Explanation, UnknownModifier };
    Kind kind = Kind::All;
    QChar qualifier = u'+';       ///< '+', '-', '~' or '?'
    bool explicitQualifier = false;
    QString target;               ///< domain-spec as written; empty means the current domain
    bool targetHasMacro = false;
    int cidr4 = 32;
    int cidr6 = 128;
    IpNetwork network;            ///< ip4:/ip6: only
    int start = 0;                ///< offset of the term in the record text
    int length = 0;

    bool isMechanism() const { return kind <= Kind::Exists; }
    /// RFC 7208 §4.6.4: the terms that query DNS and count toward the limit of 10.
    bool countsLookup() const
    {
        return kind == Kind::Include || kind == Kind::A || kind == Kind::Mx || kind == Kind::Ptr
            || kind == Kind::Exists || kind == Kind::Redirect;
    }
};

/// A parsed SPF record as the analysis (DomainAnalyzer) reads it: the terms in
/// order with their targets and places, or the first syntax error. The parsing
/// itself is SpfRecord's (strict RFC 7208 ABNF); this is a flattened view.
/// A plain value, any thread.
class SpfPolicy final
{
public:
    static SpfPolicy parse(const QByteArray &record);
    /// True when `txt` is an SPF version 1 record ("v=spf1" then a space or the end).
    static bool isSpfRecord(const QByteArray &txt);
    /// The redirect= target normalised, or empty.
    const SpfPolicyTerm *redirect() const;
    bool hasAll() const;
    /// The name a term queries when evaluated for `currentDomain`: its target
    /// (lower case, no trailing dot) or the current domain. Empty when the
    /// target holds macros (it then depends on the client) or is not a valid name.
    static QString targetName(const SpfPolicyTerm &term, const QString &currentDomain);

    QString text;
    QList<SpfPolicyTerm> terms;
    QString error;          ///< empty when the record is well formed
    int errorOffset = -1;

    bool isValid() const { return error.isEmpty(); }
};
