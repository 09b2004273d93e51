// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReportWriter.h"

#include "ReportTranslator.h"
#include "ReportVocabulary.h"

QString CsvReportWriter::field(const QString &value)
{
    QString v = value;
    // A TXT record is attacker-controlled: "=HYPERLINK(...)" must stay text in Excel.
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.at(0)))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') || v != v.trimmed()) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QByteArray CsvReportWriter::build(const QList<DomainReport> &reports, const ReportOptions &options)
{
    const ReportTranslator t(options.language);
    const ReportVocabulary v(t, options.catalog);
    const QStringList header{
        t.text(QT_TRANSLATE_NOOP("Report", "Domain")), t.text(QT_TRANSLATE_NOOP("Report", "Domain (Unicode)")),
        t.text(QT_TRANSLATE_NOOP("Report", "Data center")), t.text(QT_TRANSLATE_NOOP("Report", "SPF status")),
        t.text(QT_TRANSLATE_NOOP("Report", "DNS lookups now")), t.text(QT_TRANSLATE_NOOP("Report", "DNS lookups after")),
        t.text(QT_TRANSLATE_NOOP("Report", "Void lookups")), t.text(QT_TRANSLATE_NOOP("Report", "TMEmS include")),
        t.text(QT_TRANSLATE_NOOP("Report", "Added ranges in SPF")), t.text(QT_TRANSLATE_NOOP("Report", "Required")),
        t.text(QT_TRANSLATE_NOOP("Report", "Recommended")), t.text(QT_TRANSLATE_NOOP("Report", "SPF record")),
        t.text(QT_TRANSLATE_NOOP("Report", "Proposed SPF record")), t.text(QT_TRANSLATE_NOOP("Report", "Problems")),
    };
    auto line = [](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted.append(field(cell));
        return quoted.join(u',') + QStringLiteral("\r\n");
    };
    QString csv = line(header);
    for (const DomainReport &r : reports) {
        const bool counted = r.spfStatus != DomainReport::SpfStatus::None && r.spfStatus != DomainReport::SpfStatus::TempError;
        QStringList problems;
        for (const SpfProblem &p : r.problems)
            problems.append(p.code);
        csv += line({r.domain.ascii, r.domain.unicode, v.dataCenter(r.dataCenterId), v.domainSpfStatus(r),
                     counted ? QString::number(r.lookups) : QString(),
                     counted && !r.proposedRecord.isNull() ? QString::number(r.proposedLookups) : QString(),
                     counted ? QString::number(r.voidLookups) : QString(), v.tmemsInclude(r),
                     v.addedCoverage(r), v.actionTitles(r, true).join(QStringLiteral("; ")),
                     v.actionTitles(r, false).join(QStringLiteral("; ")), r.record, r.proposedRecord,
                     problems.join(QStringLiteral("; "))});
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}
