// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainReport.h"
#include "ReportOptions.h"

class ReportVocabulary;

/// Section 3 of the report for one domain: key facts, the record as published,
/// the include tree with lookup costs, problems explained, the proposed record
/// and the coverage of each Japan range. Stateless; any thread.
class ReportDomainSection final
{
public:
    static QString build(const DomainReport &report, int number, const ReportOptions &options,
                         const ReportVocabulary &vocabulary);

private:
    static QString facts(const DomainReport &report, const ReportVocabulary &vocabulary);
    static QString tree(const DomainReport &report, const ReportVocabulary &vocabulary);
    static QString problems(const DomainReport &report, const ReportVocabulary &vocabulary);
    static QString proposal(const DomainReport &report, const ReportVocabulary &vocabulary);
    static QString coverage(const DomainReport &report, const ReportVocabulary &vocabulary);
};
