// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHtmlBuilder.h"

#include "ReportActionsSection.h"
#include "ReportDomainSection.h"
#include "ReportHtml.h"
#include "ReportStyle.h"
#include "ReportVocabulary.h"

#include <QMap>

using namespace ReportHtml;

namespace {

int countIf(const QList<DomainReport> &reports, const std::function<bool(const DomainReport &)> &test)
{
    return int(std::count_if(reports.cbegin(), reports.cend(), test));
}

bool hasAction(const DomainReport &report, bool required)
{
    for (const DomainAction &a : report.actions) {
        if (a.required == required && a.code != QLatin1String("no-change-needed"))
            return true;
    }
    return false;
}

} // namespace

QString ReportHtmlBuilder::title(const ReportVocabulary &vocabulary)
{
    return vocabulary.translator().text(
        QT_TRANSLATE_NOOP("Report", "TMEmS Japan data center change: SPF and IP address range report"));
}

QStringList ReportHtmlBuilder::buildParts(const QList<DomainReport> &reports, const ReportOptions &options)
{
    const ReportTranslator translator(options.language);
    const ReportVocabulary vocabulary(translator, options.catalog);
    QStringList parts{cover(reports, options, vocabulary)};
    parts += summary(reports, vocabulary);
    const QString findings = QStringLiteral("<h2 class=\"section\">%1</h2>\n")
                                 .arg(text(translator.text(QT_TRANSLATE_NOOP("Report", "3. Findings per domain"))));
    for (qsizetype i = 0; i < reports.size(); ++i)
        parts.append((i == 0 ? findings : QString()) + ReportDomainSection::build(reports.at(i), int(i + 1), options, vocabulary));
    if (reports.isEmpty())
        parts.append(findings);
    parts += ReportActionsSection::build(reports, options, vocabulary);
    parts.append(appendix(options, vocabulary));
    return parts;
}

QString ReportHtmlBuilder::build(const QList<DomainReport> &reports, const ReportOptions &options, Target target)
{
    const ReportTranslator translator(options.language);
    const ReportVocabulary vocabulary(translator, options.catalog);
    return head(vocabulary, options, target) + buildParts(reports, options).join(QString())
         + QStringLiteral("</body></html>\n");
}

QString ReportHtmlBuilder::documentHead(const ReportOptions &options)
{
    const ReportTranslator translator(options.language);
    const ReportVocabulary vocabulary(translator, options.catalog);
    return head(vocabulary, options, Target::PrintDocument);
}

QString ReportHtmlBuilder::head(const ReportVocabulary &vocabulary, const ReportOptions &options, Target target)
{
    const QString lang = vocabulary.translator().language();
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"/>\n").arg(lang);
    if (target == Target::Browser) {
        // Nothing in this file may load anything: the content came from DNS.
        h += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                            "style-src 'unsafe-inline'\"/>\n<meta name=\"viewport\" content=\"width=device-width\"/>\n");
    }
    h += QStringLiteral("<title>%1</title>\n").arg(text(title(vocabulary)));
    h += QStringLiteral("<style>\n%1</style>\n")
             .arg(target == Target::Browser ? ReportStyle::browserCss(options.paper) : ReportStyle::documentCss());
    h += QStringLiteral("</head><body>\n");
    return h;
}

QString ReportHtmlBuilder::cover(const QList<DomainReport> &reports, const ReportOptions &options,
                                 const ReportVocabulary &v)
{
    const ReportTranslator &t = v.translator();
    QString c = QStringLiteral("<p class=\"kicker\">%1</p>\n")
                    .arg(text(t.text(QT_TRANSLATE_NOOP("Report", "TMEmS Migration Assistant \u2014 change record"))));
    c += QStringLiteral("<h1>%1</h1>\n").arg(text(title(v)));
    // Product names, never translated; Japanese notices write the dash as "-".
    c += QStringLiteral("<p class=\"subtitle\">%1</p>\n")
             .arg(text(t.text(QT_TRANSLATE_NOOP("Report", "Trend Micro Email Security (TMEmS) / "
                                                          "Trend Vision One \u2013 Cloud Email Gateway Protection"))));

    QMap<QString, int> perDataCenter;
    for (const DomainReport &r : reports)
        ++perDataCenter[r.dataCenterId];
    QStringList dataCenters;
    for (auto it = perDataCenter.cbegin(); it != perDataCenter.cend(); ++it)
        dataCenters.append(text(t.text(QT_TRANSLATE_N_NOOP("Report", "%1: %n domain(s)"), it.value()).arg(v.dataCenter(it.key()))));

    const QString none = QStringLiteral("\u2014");
    QList<QPair<QString, QString>> rows{
        {t.text(QT_TRANSLATE_NOOP("Report", "Organization")),
         options.organization.isEmpty() ? none : dnsText(options.organization)},
        {t.text(QT_TRANSLATE_NOOP("Report", "Created")), text(v.dateTime(options.generatedAt))},
        {t.text(QT_TRANSLATE_NOOP("Report", "Program")), text(QStringLiteral("tmems-assistant %1").arg(options.programVersion))},
        {t.text(QT_TRANSLATE_NOOP("Report", "Catalog")),
         text(t.text(QT_TRANSLATE_NOOP("Report", "version %1, sources as of %2"))
                  .arg(options.catalog.catalogVersion, v.date(options.catalog.sourceDate())))},
        {t.text(QT_TRANSLATE_NOOP("Report", "Data centers")), dataCenters.isEmpty() ? none : dataCenters.join(QStringLiteral("<br/>"))},
        {t.text(QT_TRANSLATE_NOOP("Report", "DNS server")),
         options.dnsServer.isEmpty() ? text(t.text(QT_TRANSLATE_NOOP("Report", "System resolver"))) : dnsText(options.dnsServer)},
    };
    c += keyValueTable(rows);

    c += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "At a glance"))));
    const int total = int(reports.size());
    const int required = countIf(reports, [](const DomainReport &r) { return hasAction(r, true); });
    const int recommended = countIf(reports, [](const DomainReport &r) { return hasAction(r, false); });
    const int failed = countIf(reports, [](const DomainReport &r) { return r.hasDnsFailure(); });
    const int unchanged = countIf(reports, [](const DomainReport &r) { return !r.needsAction() && !r.hasDnsFailure(); });
    c += QStringLiteral("<li>%1</li>\n").arg(text(t.text(QT_TRANSLATE_N_NOOP("Report", "%n domain(s) checked."), total)));
    c += QStringLiteral("<li>%1</li>\n").arg(text(t.text(QT_TRANSLATE_N_NOOP("Report", "%n domain(s) need a required action."), required)));
    c += QStringLiteral("<li>%1</li>\n").arg(text(t.text(QT_TRANSLATE_N_NOOP("Report", "%n domain(s) have a recommended action."), recommended)));
    c += QStringLiteral("<li>%1</li>\n").arg(text(t.text(QT_TRANSLATE_N_NOOP("Report", "%n domain(s) need no change."), unchanged)));
    if (failed > 0) {
        c += QStringLiteral("<li class=\"badtext\">%1</li>\n")
                 .arg(text(t.text(QT_TRANSLATE_N_NOOP("Report", "%n domain(s) could not be checked completely because DNS failed; check them again."), failed)));
    }
    c += QStringLiteral("</ul>\n");
    c += QStringLiteral("<p class=\"note\">%1</p>\n")
             .arg(text(t.text(QT_TRANSLATE_NOOP("Report",
                 "Trend Micro added mail servers to the TMEmS Japan data center. Domains served there must accept mail "
                 "from the added IP address ranges (required) and, where outbound protection is enabled, should use the "
                 "Japan SPF record instead of the legacy one (recommended). Domains on the US data center change nothing."))));
    return c;
}

QStringList ReportHtmlBuilder::summary(const QList<DomainReport> &reports, const ReportVocabulary &v)
{
    const ReportTranslator &t = v.translator();
    const QString heading = QStringLiteral("<h2 class=\"section\">%1</h2>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "2. Summary"))));
    Table table({t.text(QT_TRANSLATE_NOOP("Report", "Domain")), t.text(QT_TRANSLATE_NOOP("Report", "Data center")),
                 t.text(QT_TRANSLATE_NOOP("Report", "SPF status")), t.text(QT_TRANSLATE_NOOP("Report", "DNS lookups now \u2192 after")),
                 t.text(QT_TRANSLATE_NOOP("Report", "TMEmS include")), t.text(QT_TRANSLATE_NOOP("Report", "Added ranges in SPF")),
                 t.text(QT_TRANSLATE_NOOP("Report", "Required")), t.text(QT_TRANSLATE_NOOP("Report", "Recommended"))},
                QStringLiteral("grid summary"));
    table.setWidths({18, 11, 14, 9, 9, 10, 14, 15});
    const QString none = QStringLiteral("\u2014");
    for (const DomainReport &r : reports) {
        const ReportVocabulary::Tone tone = v.spfTone(r);
        const QStringList required = v.actionTitles(r, true, true);
        const QStringList recommended = v.actionTitles(r, false, true);
        auto list = [&none](const QStringList &items) {
            QStringList escaped;
            for (const QString &item : items)
                escaped.append(text(item));
            return escaped.isEmpty() ? none : escaped.join(QStringLiteral("<br/>"));
        };
        table.addRow({dnsText(r.domain.unicode.isEmpty() ? r.domain.ascii : r.domain.unicode),
                      text(v.dataCenter(r.dataCenterId)),
                      text(ReportVocabulary::marker(tone) + v.domainSpfStatus(r)),
                      text(v.lookupsNowAfter(r)),
                      text(v.tmemsIncludeShort(r)),
                      text(v.addedCoverage(r)),
                      list(required), list(recommended)},
                     {QString(), QString(), ReportVocabulary::toneClass(tone), QString(), QString(), QString(),
                      required.isEmpty() ? QString() : QStringLiteral("req"),
                      recommended.isEmpty() ? QString() : QStringLiteral("rec")});
    }
    // About a page of rows per chunk (each chunk starts a page in the PDF).
    constexpr int RowsPerPage = 14;
    QStringList chunks = table.htmlChunks(RowsPerPage);
    if (chunks.isEmpty())
        chunks.append(table.html());
    chunks.first().prepend(heading);
    chunks.last() += QStringLiteral("<p class=\"legend\">%1</p>\n")
             .arg(text(t.text(QT_TRANSLATE_NOOP("Report",
                 "\u2713 no problem  \u25B2 attention  \u2716 action or repair needed. DNS lookups are counted as RFC 7208 "
                 "section 4.6.4 counts them (limit 10); \"after\" is the count once the recommended record is published."))));
    return chunks;
}

QString ReportHtmlBuilder::appendix(const ReportOptions &options, const ReportVocabulary &v)
{
    const ReportTranslator &t = v.translator();
    const Catalog &catalog = options.catalog;
    QString a = QStringLiteral("<h2 class=\"section\">%1</h2>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "5. Appendix"))));
    a += QStringLiteral("<h3>%1</h3>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "The notice's facts, as in the catalog"))));
    for (const CatalogSource &source : catalog.sources) {
        a += keyValueTable({{t.text(QT_TRANSLATE_NOOP("Report", "Source")), dnsText(source.title)},
                            {t.text(QT_TRANSLATE_NOOP("Report", "Publisher")), dnsText(source.publisher)},
                            {t.text(QT_TRANSLATE_NOOP("Report", "Reference")), dnsText(source.reference)},
                            {t.text(QT_TRANSLATE_NOOP("Report", "Published / updated")),
                             text(QStringLiteral("%1 / %2").arg(v.date(source.published), v.date(source.updated)))}});
    }
    Table hosts({t.text(QT_TRANSLATE_NOOP("Report", "SPF host")), t.text(QT_TRANSLATE_NOOP("Report", "Scope")),
                 t.text(QT_TRANSLATE_NOOP("Report", "Published"))});
    for (const CatalogSpfHost &host : catalog.spfHosts) {
        const QString scope = host.id == QLatin1String("jp") ? t.text(QT_TRANSLATE_NOOP("Report", "Japan data center only, no include:"))
                                                              : t.text(QT_TRANSLATE_NOOP("Report", "Every data center, through include:"));
        hosts.addRow({code(host.host), text(scope), text(v.date(host.published))});
    }
    a += hosts.html();
    for (const CatalogDataCenter &dc : catalog.dataCenters) {
        if (dc.ranges.isEmpty())
            continue;
        Table ranges({t.text(QT_TRANSLATE_NOOP("Report", "IP address range")), t.text(QT_TRANSLATE_NOOP("Report", "Status")),
                      t.text(QT_TRANSLATE_NOOP("Report", "In use from")), t.text(QT_TRANSLATE_NOOP("Report", "Listed on"))});
        for (const CatalogRange &range : dc.ranges) {
            ranges.addRow({code(range.network.toString()), text(v.rangeStatus(range.isAdded())),
                           text(range.inUseFrom.isValid() ? v.date(range.inUseFrom) : t.text(QT_TRANSLATE_NOOP("Report", "before the notice"))),
                           text(v.date(range.listedOn))},
                          {QString(), range.isAdded() ? QStringLiteral("added") : QString()});
        }
        a += QStringLiteral("<h4>%1</h4>\n").arg(text(v.dataCenter(dc.id))) + ranges.html();
    }
    a += QStringLiteral("<h3>%1</h3>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "How each figure was obtained"))));
    const char *methods[] = {
        QT_TRANSLATE_NOOP("Report", "Data center: the domain's MX hosts were looked up in DNS and matched against the MX host suffixes of each TMEmS site in the catalog; failing that, the TMEmS include in the SPF record, or the data center chosen by the user."),
        QT_TRANSLATE_NOOP("Report", "DNS lookups: every term that makes a DNS query (include, a, mx, ptr, exists and redirect) is counted across the whole include tree, as if no mechanism matched. This is the figure RFC 7208 section 4.6.4 limits to 10; receivers return permerror above it. Void lookups (queries with no answer) are limited to 2."),
        QT_TRANSLATE_NOOP("Report", "Lookups after the change: the same count for the proposed record, in which the legacy include is replaced by the Japan one and everything else is kept as published."),
        QT_TRANSLATE_NOOP("Report", "Coverage: for each Japan data center range, the SPF record was evaluated for the range's addresses; Full means every address gets pass, Partial some of them, Not authorised none."),
        QT_TRANSLATE_NOOP("Report", "All DNS data was read at the time on the cover, through the DNS server named there; records published later are not reflected."),
    };
    a += QStringLiteral("<ul>\n");
    for (const char *method : methods)
        a += QStringLiteral("<li>%1</li>\n").arg(text(t.text(method)));
    a += QStringLiteral("</ul>\n");
    a += QStringLiteral("<p class=\"note\">%1</p>\n")
             .arg(text(t.text(QT_TRANSLATE_NOOP("Report",
                 "This report was produced by TMEmS Migration Assistant, which is not affiliated with or endorsed by Trend Micro. "
                 "Trend Micro, Trend Micro Email Security and Trend Vision One are trademarks of Trend Micro Incorporated. "
                 "Check the figures against the management console and the notice before you change anything."))));
    return a;
}
