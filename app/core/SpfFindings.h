// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsAnswer.h"
#include "DomainReport.h"

class Catalog;

#include <QCoreApplication>

/// The plain-language text of every SPF problem code: what is wrong and what
/// to do, in the language installed when it is called. Codes are stable
/// (they are the JSON contract); the words are for people. Value class, main thread.
class SpfFindings final
{
    Q_DECLARE_TR_FUNCTIONS(SpfFindings)
public:
    /// Every problem code the analysis can report, in a stable order.
    static QStringList codes();
    static SpfProblem::Severity severity(const QString &code);
    /// `where` names the record concerned; `detail` and `count` fill in the
    /// message where the code needs them (the syntax error, the failed DNS
    /// question, the number of lookups).
    static SpfProblem make(const QString &code, const QString &where, const QString &detail = {}, int count = 0);
    /// A DNS question the analysis depends on (`type` for `where`) was not
    /// answered: "dns-failure", whose arguments are the resolver's words
    /// ("TXT: ..." in the language of the check) and then two stable tokens, the
    /// question's type ("MX", "TXT", "A", ...) and why (dnsFailureReason()),
    /// from which a report in another language says the same.
    static SpfProblem dnsFailure(const QString &where, DnsType type, DnsAnswer::Status status,
                                 const QString &errorString);
    /// "timeout", "server-failure" (SERVFAIL, REFUSED, an unreachable server, a
    /// malformed reply) or "cancelled".
    static QString dnsFailureReason(DnsAnswer::Status status);
    /// The chosen data center (`chosenId`) contradicts the one the MX hosts point to (`mxId`).
    static SpfProblem dataCenterMismatch(const QString &domain, const QString &chosenId, const QString &mxId,
                                         const Catalog &catalog);
    /// `problem`'s text in the language installed now, from its code and
    /// arguments; the stored message where those cannot make it (an unknown
    /// code, a session saved without arguments). `catalog` names data centers.
    static QString message(const SpfProblem &problem, const Catalog *catalog = nullptr);
    /// True for the problems that make receivers answer permerror.
    static bool isPermanentError(const QString &code);

private:
    static QString compose(const SpfProblem &problem, const Catalog *catalog);
};
