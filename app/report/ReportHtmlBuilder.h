// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainReport.h"
#include "ReportOptions.h"

#include <QList>
#include <QString>

class ReportVocabulary;

/// Builds the report as one HTML document: cover, summary table, one section
/// per domain, actions, appendix. The same body feeds QTextDocument (PDF) and
/// the HTML export; only the <head> differs (browsers get screen and print CSS,
/// QTextDocument the subset it understands). Stateless; any thread.
class ReportHtmlBuilder final
{
public:
    enum class Target { PrintDocument, Browser };

    static QString build(const QList<DomainReport> &reports, const ReportOptions &options, Target target);
    /// The same content for the PDF, split where pages break anyway (cover,
    /// summary, each domain, actions, appendix): each part is a complete HTML
    /// document laid out on its own, which keeps layout cost linear in the
    /// number of domains.
    static QStringList buildParts(const QList<DomainReport> &reports, const ReportOptions &options);
    /// The <head> (style sheet) each of buildParts() gets for QTextDocument.
    static QString documentHead(const ReportOptions &options);
    /// The report's title in its language (PDF metadata, running header).
    static QString title(const ReportVocabulary &vocabulary);

private:
    static QString head(const ReportVocabulary &vocabulary, const ReportOptions &options, Target target);
    static QString cover(const QList<DomainReport> &reports, const ReportOptions &options,
                         const ReportVocabulary &vocabulary);
    static QString summary(const QList<DomainReport> &reports, const ReportVocabulary &vocabulary);
    static QString appendix(const ReportOptions &options, const ReportVocabulary &vocabulary);
};
