// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

/// The outcome of one RFC 7208 check_host() run by SpfChecker: the result, the
/// DNS-querying terms and void lookups it took (§4.6.4), the expanded exp= text
/// on a fail (null when there is none), and for errors a translated reason.
struct SpfResult
{
    Q_DECLARE_TR_FUNCTIONS(SpfResult)
public:
    enum class Code { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };

    Code code = Code::None;
    QString domain;      ///< the domain checked (A-label)
    QString ip;          ///< the client address as given, canonical text
    int lookups = 0;     ///< DNS-querying terms evaluated (include a mx ptr exists redirect)
    int voidLookups = 0; ///< lookups that answered NXDOMAIN or NODATA
    QString explanation; ///< expanded exp= text for a fail; null when none
    QString reason;      ///< why permerror/temperror/none (translated), or the matching term
    QString matchedTerm; ///< the term that decided the result, as written; empty for defaults

    /// "pass", "fail", ... as RFC 7208 §2.6 spells them (stable; used in JSON).
    static QString codeName(Code code);
    QString codeName() const { return codeName(code); }
    /// A one-sentence, translated meaning of the result for administrators.
    static QString describe(Code code);
};

Q_DECLARE_METATYPE(SpfResult)
