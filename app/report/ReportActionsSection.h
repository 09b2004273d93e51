// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainReport.h"
#include "ReportOptions.h"

class ReportVocabulary;

/// Section 4 of the report: action 1 (required: the full range list with the
/// added ranges marked, the Office 365 connector PowerShell, the firewall
/// snippets for the chosen platforms), action 2 (recommended: the exact
/// record to publish per domain) and any other action the check found.
/// Stateless; any thread.
class ReportActionsSection final
{
public:
    static QString build(const QList<DomainReport> &reports, const ReportOptions &options,
                         const ReportVocabulary &vocabulary);

    /// Action codes of action 1 and action 2 (DomainReport.h).
    static bool isAction1(const QString &code);
    static bool isAction2(const QString &code);

private:
    static QString action1(const QList<DomainReport> &reports, const ReportOptions &options,
                           const ReportVocabulary &vocabulary);
    static QString rangeTable(const CatalogDataCenter &dataCenter, const ReportVocabulary &vocabulary);
    static QString snippets(const CatalogDataCenter &dataCenter, const ReportOptions &options,
                            const ReportVocabulary &vocabulary);
    static QString action2(const QList<DomainReport> &reports, const ReportVocabulary &vocabulary);
    static QString otherActions(const QList<DomainReport> &reports, const ReportVocabulary &vocabulary);
};
