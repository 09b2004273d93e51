// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainName.h"
#include "IpNetwork.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// One finding about a domain's SPF record. `code` is stable kebab-case
/// (no-spf-record, multiple-spf-records, syntax-error, too-many-lookups,
/// too-many-void-lookups, include-loop, include-target-missing, ptr-used,
/// plus-all, no-all, redirect-ignored, dns-failure, ...); `message` is in the
/// language that was active when the analysis ran. `where`, `arguments` and
/// `count` are what the message was made from, so a display can say it again
/// in the language active then (SpfFindings::message()).
struct SpfProblem
{
    enum class Severity { Info, Warning, Error };
    QString code;
    Severity severity = Severity::Warning;
    QString message;
    QString where; ///< the domain of the include tree node it concerns, if any
    QStringList arguments; ///< the code's further text arguments (a syntax error, data center ids, ...)
    int count = 0;         ///< the code's number (lookups, records), 0 if none
};

/// A node of the include tree: the domain's own record, then one child per
/// include:/redirect= target. `ownLookups` are the DNS-querying terms of this
/// node's record; `runningTotal` counts every such term evaluated up to and
/// including this node's subtree, in evaluation order (RFC 7208 §4.6.4).
struct SpfTreeNode
{
    QString mechanism;   ///< how it was reached: "" for the root, "include:x", "redirect=x"
    QString domain;      ///< A-label name whose TXT record was read
    QString record;      ///< the SPF record text, as published (may be empty)
    QString status;      ///< "ok", "none", "permerror", "temperror" for this node, or "unevaluated"
                         ///< (its name depends on the client through macros, it is reached only past
                         ///< the 10-lookup limit, or past the analysis cap). "permerror" also marks
                         ///< the record where a lookup limit is crossed and every record above it.
    int ownLookups = 0;
    int runningTotal = 0;
    int voidLookups = 0;
    QList<SpfTreeNode> children;
};

/// Coverage of one Japan data center range by the domain's SPF policy.
struct RangeCoverage
{
    /// Unknown: the result for some address could not be worked out (a DNS
    /// failure, a macro or ptr that depends on the client); never shown as "none".
    enum class Level { Full, Partial, None, Unknown };
    IpNetwork range;
    bool added = false;
    Level authorized = Level::None;
};

/// What the administrator should do for a domain. Codes are stable
/// (allow-added-ranges, update-o365-connector, replace-spf-include,
/// fix-spf-record, no-change-needed, ...).
struct DomainAction
{
    QString code;
    bool required = false;
    QString message;
};

/// Everything the program concluded about one domain; the CLI prints it as
/// JSON (`check --json`), the wizard shows it, the report renders it.
struct DomainReport
{
    Q_DECLARE_TR_FUNCTIONS(DomainReport)
public:
    enum class SpfStatus { Ok, None, PermError, TempError };
    enum class TmemsInclude { None, Legacy, Japan, Both };
    enum class DetectedFrom { Mx, Spf, Option, None };

    DomainInput domain;

    QString dataCenterId = QStringLiteral("unknown"); ///< "jp", "us", "eu", ... or "unknown"
    DetectedFrom detectedFrom = DetectedFrom::None;
    QStringList mxHosts;
    /// The MX question itself failed (timeout, server failure): unlike an empty
    /// `mxHosts` with this false, it says nothing about the domain's mail hosts.
    bool mxLookupFailed = false;

    SpfStatus spfStatus = SpfStatus::None;
    QString record;
    int lookups = 0;
    int voidLookups = 0;
    TmemsInclude tmemsInclude = TmemsInclude::None;
    QString proposedRecord; ///< null QString where no change is proposed
    int proposedLookups = -1;
    QList<SpfProblem> problems;
    SpfTreeNode tree;
    QList<RangeCoverage> coverage;
    QList<DomainAction> actions;

    bool needsAction() const;
    /// The planned action with `code`, or null.
    const DomainAction *action(QLatin1String code) const;
    /// SPF temperror, or any other DNS question (such as the MX lookup) that failed.
    bool hasDnsFailure() const;
    /// DNS answered that the domain itself does not exist (NXDOMAIN): a typo, most often.
    bool domainNotFound() const;
    /// The domain's own TXT question failed: its record is unknown, not absent.
    bool recordUnknown() const { return record.isEmpty() && spfStatus == SpfStatus::TempError; }
    /// False after a DNS failure: counting stopped at the question DNS left
    /// unanswered, so `lookups` (and `proposedLookups`) are no totals to state.
    bool lookupsComplete() const { return spfStatus != SpfStatus::TempError; }
    /// No TMEmS include was found, but a record of the tree could not be read,
    /// so one may sit there: "unknown", not "none". (A failed A or MX question
    /// behind an a or mx term hides no include.)
    bool tmemsIncludeUnknown() const;
    /// How many Japan ranges (all, or the added ones) pass SPF in full, and
    /// how many could not be worked out because DNS failed.
    struct CoverageCount
    {
        int full = 0;
        int unknown = 0;
        int total = 0;
    };
    CoverageCount coverageCount(bool addedOnly) const;
    /// The names whose SPF record names `host` in an include: or redirect=, in
    /// tree order: where the legacy host sits in a record the domain includes,
    /// that record is the one to change.
    QStringList recordsNaming(const QString &host) const;
    /// The records to edit to change `host`: those naming it, or the domain's
    /// own where the tree shows none (a domain with several records, say).
    QStringList recordsToEdit(const QString &host) const;
    /// The record reaches the legacy TMEmS host (alone or beside the Japan one).
    bool usesLegacyInclude() const
    {
        return tmemsInclude == TmemsInclude::Legacy || tmemsInclude == TmemsInclude::Both;
    }

    static QString spfStatusCode(SpfStatus status);
    static QString tmemsIncludeCode(TmemsInclude include);
    static QString detectedFromCode(DetectedFrom from);
    static QString coverageCode(RangeCoverage::Level level);
    static QString severityCode(SpfProblem::Severity severity);

    /// The element of `domains` in the `check --json` document (cli-contract.md).
    QJsonObject toJson() const;
    /// Reads back what toJson() wrote (sessions); unknown fields are ignored.
    static DomainReport fromJson(const QJsonObject &object);
};
