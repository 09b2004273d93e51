// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "AtomicFile.h"
#include "CheckJsonDocument.h"
#include "CsvReportWriter.h"
#include "PdfReportRenderer.h"
#include "ReportHtmlBuilder.h"
#include "ReportTranslator.h"
#include "ReportVocabulary.h"

#include <QDir>
#include <QFileInfo>

namespace {

QByteArray renderPdf(const QList<DomainReport> &reports, const ReportOptions &options)
{
    const ReportTranslator t(options.language);
    const ReportVocabulary v(t, options.catalog);
    PdfReportRenderer::Page page;
    page.title = ReportHtmlBuilder::title(v);
    page.organization = options.organization;
    page.dateText = v.dateTime(options.generatedAt);
    page.footer = t.text(QT_TRANSLATE_NOOP("Report", "tmems-assistant %1 \u2014 not affiliated with Trend Micro"))
                      .arg(options.programVersion);
    page.pageFormat = t.text(QT_TRANSLATE_NOOP("Report", "Page %1 of %2"));
    const QString head = ReportHtmlBuilder::documentHead(options);
    QStringList parts;
    for (const QString &body : ReportHtmlBuilder::buildParts(reports, options))
        parts.append(head + body + QStringLiteral("</body></html>\n"));
    return PdfReportRenderer::render(parts, options.paper, page);
}

} // namespace

ReportWriter::Format ReportWriter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return Format::Unknown;
}

QByteArray ReportWriter::render(Format format, const QList<DomainReport> &reports, const ReportOptions &options)
{
    switch (format) {
    case Format::Pdf: return renderPdf(reports, options);
    case Format::Html: return ReportHtmlBuilder::build(reports, options, ReportHtmlBuilder::Target::Browser).toUtf8();
    case Format::Json: return CheckJsonDocument::toJson(reports, options.catalog, options.language);
    case Format::Csv: return CsvReportWriter::build(reports, options);
    case Format::Unknown: break;
    }
    return {};
}

bool ReportWriter::write(const QList<DomainReport> &reports, const ReportOptions &options, const QString &path,
                         QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const Format format = formatForPath(path);
    if (format == Format::Unknown) {
        if (error)
            *error = tr("cannot tell the report format from \"%1\"; use a file name ending in .pdf, .html, .json or .csv").arg(shown);
        return false;
    }
    const QByteArray bytes = render(format, reports, options);
    const QString reason = bytes.isEmpty() ? tr("the report could not be rendered") : AtomicFile::write(path, bytes);
    if (!reason.isEmpty()) {
        if (error)
            *error = tr("cannot write the report to \"%1\": %2").arg(shown, reason);
        return false;
    }
    return true;
}
