// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportActionsSection.h"

#include "ReportHtml.h"
#include "ReportVocabulary.h"

using namespace ReportHtml;

namespace {

QString displayName(const DomainReport &r)
{
    return r.domain.unicode.isEmpty() ? r.domain.ascii : r.domain.unicode;
}

bool hasActionWhere(const DomainReport &r, bool (*test)(const QString &))
{
    return std::any_of(r.actions.cbegin(), r.actions.cend(), [test](const DomainAction &a) { return test(a.code); });
}

/// The data centers whose ranges action 1 is about: those of the domains that
/// need it, as the catalog lists them (no range is ever written in code).
QList<const CatalogDataCenter *> action1DataCenters(const QList<DomainReport> &reports, const Catalog &catalog)
{
    QList<const CatalogDataCenter *> out;
    for (const DomainReport &r : reports) {
        if (!hasActionWhere(r, &ReportActionsSection::isAction1))
            continue;
        const CatalogDataCenter *dc = catalog.dataCenter(r.dataCenterId);
        if (!dc || dc->ranges.isEmpty()) {
            // An action-1 domain on an unknown site: the data centers that changed.
            for (const CatalogDataCenter *candidate : catalog.changedDataCenters()) {
                if (!candidate->ranges.isEmpty() && !out.contains(candidate))
                    out.append(candidate);
            }
        } else if (!out.contains(dc)) {
            out.append(dc);
        }
    }
    return out;
}

} // namespace

bool ReportActionsSection::isAction1(const QString &code)
{
    return code == QLatin1String("allow-added-ranges") || code == QLatin1String("update-o365-connector");
}

bool ReportActionsSection::isAction2(const QString &code)
{
    return code == QLatin1String("replace-spf-include");
}

QStringList ReportActionsSection::build(const QList<DomainReport> &reports, const ReportOptions &options,
                                        const ReportVocabulary &v)
{
    QString first = QStringLiteral("<h2 class=\"section\">%1</h2>\n")
                        .arg(text(v.translator().text(QT_TRANSLATE_NOOP("Report", "4. Actions"))));
    first += action1(reports, options, v);
    QStringList parts = action2(reports, v);
    parts.first().prepend(first);
    const QStringList others = otherActions(reports, v);
    if (!others.isEmpty()) {
        parts.last() += others.first();
        parts += others.mid(1);
    }
    return parts;
}

QString ReportActionsSection::action1(const QList<DomainReport> &reports, const ReportOptions &options,
                                      const ReportVocabulary &v)
{
    const ReportTranslator &t = v.translator();
    QString s = QStringLiteral("<h3>%1</h3>\n")
                    .arg(text(t.text(QT_TRANSLATE_NOOP("Report", "Action 1 (required): accept mail from the added IP address ranges"))));
    // A domain whose site is unknown gets action 1 only in case it is on a
    // site that changed (Japan): the reader confirms that first.
    QString changedSites;
    for (const CatalogDataCenter *dc : options.catalog.changedDataCenters()) {
        changedSites = changedSites.isEmpty()
                           ? v.dataCenter(dc->id)
                           : t.text(QT_TRANSLATE_NOOP("Report", "%1 or %2")).arg(changedSites, v.dataCenter(dc->id));
    }
    QStringList domains;
    for (const DomainReport &r : reports) {
        if (!hasActionWhere(r, &isAction1))
            continue;
        domains.append(options.catalog.dataCenter(r.dataCenterId)
                           ? dnsText(displayName(r))
                           : text(t.text(QT_TRANSLATE_NOOP("Report", "%1 (only if it is on the %2: confirm its data "
                                                                     "center first)")))
                                 .arg(dnsText(displayName(r)), text(changedSites)));
    }
    if (domains.isEmpty()) {
        return s + QStringLiteral("<p>%1</p>\n")
                       .arg(text(t.text(QT_TRANSLATE_NOOP("Report", "No domain in this report needs action 1."))));
    }
    s += QStringLiteral("<p>%1</p>\n")
             .arg(text(t.text(QT_TRANSLATE_NOOP("Report",
                 "Every inbound server registered for these domains in the management console's [Domains] screen, and the "
                 "Office 365 inbound connector where Office 365 is used, must accept mail from all ranges below, "
                 "the existing ones and the added ones. Otherwise mail delivered from the added servers may be blocked by "
                 "your own firewall."))));
    s += QStringLiteral("<p><b>%1</b> %2</p>\n")
             .arg(text(t.text(QT_TRANSLATE_NOOP("Report", "Domains:"))), t.locale().createSeparatedList(domains));
    for (const CatalogDataCenter *dc : action1DataCenters(reports, options.catalog)) {
        s += rangeTable(*dc, v);
        s += snippets(*dc, options, v);
    }
    return s;
}

QString ReportActionsSection::rangeTable(const CatalogDataCenter &dc, const ReportVocabulary &v)
{
    const ReportTranslator &t = v.translator();
    QDate firstUse;
    for (const CatalogRange &range : dc.ranges) {
        if (range.isAdded() && range.inUseFrom.isValid() && (!firstUse.isValid() || range.inUseFrom < firstUse))
            firstUse = range.inUseFrom;
    }
    QString s = QStringLiteral("<h4>%1</h4>\n")
                    .arg(text(t.text(QT_TRANSLATE_NOOP("Report", "IP address ranges of the %1")).arg(v.dataCenter(dc.id))));
    if (firstUse.isValid()) {
        s += QStringLiteral("<p>%1</p>\n")
                 .arg(text(t.text(QT_TRANSLATE_NOOP("Report", "The added ranges (\u2605) are in use from %1; allow them before that day."))
                               .arg(v.date(firstUse))));
    }
    Table table({t.text(QT_TRANSLATE_NOOP("Report", "IP address range")), t.text(QT_TRANSLATE_NOOP("Report", "Status")),
                 t.text(QT_TRANSLATE_NOOP("Report", "Netmask")), t.text(QT_TRANSLATE_NOOP("Report", "First address")),
                 t.text(QT_TRANSLATE_NOOP("Report", "Last address"))});
    for (const CatalogRange &range : dc.ranges) {
        const QString status = range.isAdded() ? QStringLiteral("\u2605 ") + v.rangeStatus(true) : v.rangeStatus(false);
        table.addRow({code(range.network.toString()), text(status), code(range.network.netmask()),
                      code(range.network.firstAddress().toString()), code(range.network.lastAddress().toString())},
                     {range.isAdded() ? QStringLiteral("added") : QString(), range.isAdded() ? QStringLiteral("added") : QString()});
    }
    return s + table.html();
}

QString ReportActionsSection::snippets(const CatalogDataCenter &dc, const ReportOptions &options,
                                       const ReportVocabulary &v)
{
    const ReportTranslator &t = v.translator();
    QString s;
    const QString connector = options.connectorCommand ? options.connectorCommand(dc) : QString();
    s += QStringLiteral("<h4>%1</h4>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "Office 365 inbound connector (Exchange Online PowerShell)"))));
    if (connector.isEmpty()) {
        s += QStringLiteral("<p class=\"muted\">%1</p>\n")
                 .arg(text(t.text(QT_TRANSLATE_NOOP("Report", "Add every range above to the inbound connector's list of sender IP addresses."))));
    } else {
        s += codeBlock(connector);
    }
    s += QStringLiteral("<h4>%1</h4>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "Firewall settings"))));
    if (options.platforms.isEmpty()) {
        return s + QStringLiteral("<p class=\"muted\">%1</p>\n")
                       .arg(text(t.text(QT_TRANSLATE_NOOP("Report",
                           "No firewall platform was chosen for this report; \"tmems-assistant snippet --help\" lists them."))));
    }
    for (const QString &platform : options.platforms) {
        const ReportSnippet snippet = options.firewallSnippet ? options.firewallSnippet(platform, dc) : ReportSnippet{};
        s += QStringLiteral("<p><b>%1</b></p>\n").arg(dnsText(snippet.platformName.isEmpty() ? platform : snippet.platformName));
        if (snippet.text.isEmpty()) {
            s += QStringLiteral("<p class=\"muted\">%1</p>\n")
                     .arg(text(t.text(QT_TRANSLATE_NOOP("Report", "No snippet is available for this platform."))));
        } else {
            s += codeBlock(snippet.text);
        }
    }
    return s;
}

QStringList ReportActionsSection::action2(const QList<DomainReport> &reports, const ReportVocabulary &v)
{
    const ReportTranslator &t = v.translator();
    QStringList parts;
    QString s = QStringLiteral("<h3>%1</h3>\n")
                    .arg(text(t.text(QT_TRANSLATE_NOOP("Report", "Action 2 (recommended): publish the SPF record with the Japan include"))));
    bool any = false;
    int inPart = 0;
    for (const DomainReport &r : reports) {
        if (!hasActionWhere(r, &isAction2))
            continue;
        // About a page of domains per part (each part starts a page in the PDF).
        constexpr int DomainsPerPart = 6;
        if (inPart == DomainsPerPart) {
            parts.append(s);
            s.clear();
            inPart = 0;
        }
        ++inPart;
        if (!any) {
            s += QStringLiteral("<p>%1</p>\n")
                     .arg(text(t.text(QT_TRANSLATE_NOOP("Report",
                         "Where outbound protection is enabled, replace the TXT record at each domain below with the record shown. "
                         "The legacy record reaches every data center through include: and can push a domain past the limit of "
                         "10 DNS lookups, so that receivers fail SPF; the Japan record lists only Japan's addresses."))));
            any = true;
        }
        s += QStringLiteral("<h4>%1</h4>\n").arg(dnsText(displayName(r)));
        if (r.proposedRecord.isNull()) {
            // No whole record to publish: the legacy include sits in a record
            // the domain includes (its provider's, say), or the domain
            // publishes several records (repaired first). Say what to edit where.
            const QString legacy = v.catalog().legacySpfHost();
            const QString japan = v.catalog().japanSpfHost();
            const QStringList holders = r.recordsToEdit(legacy);
            s += keyValueTable({
                {t.text(QT_TRANSLATE_NOOP("Report", "Current record")), codeBlock(r.record)},
                {t.text(QT_TRANSLATE_NOOP("Report", "Change")),
                 dnsText(t.text(QT_TRANSLATE_NOOP("Report", "Replace include:%1 with include:%2 in the SPF record of %3."))
                             .arg(legacy, japan, t.locale().createSeparatedList(holders)))},
            });
            continue;
        }
        s += keyValueTable({
            {t.text(QT_TRANSLATE_NOOP("Report", "DNS name and type")), code(r.domain.ascii) + QStringLiteral(" TXT")},
            {t.text(QT_TRANSLATE_NOOP("Report", "Current record")), codeBlock(r.record)},
            {t.text(QT_TRANSLATE_NOOP("Report", "Record to publish")), codeBlock(r.proposedRecord)},
            {t.text(QT_TRANSLATE_NOOP("Report", "DNS lookups now \u2192 after")), text(v.lookupsNowAfter(r))},
        });
    }
    if (!any) {
        s += QStringLiteral("<p>%1</p>\n")
                 .arg(text(t.text(QT_TRANSLATE_NOOP("Report", "No domain in this report needs action 2."))));
    }
    parts.append(s);
    return parts;
}

QStringList ReportActionsSection::otherActions(const QList<DomainReport> &reports, const ReportVocabulary &v)
{
    const ReportTranslator &t = v.translator();
    Table table({t.text(QT_TRANSLATE_NOOP("Report", "Domain")), t.text(QT_TRANSLATE_NOOP("Report", "Action")),
                 t.text(QT_TRANSLATE_NOOP("Report", "Priority"))});
    for (const DomainReport &r : reports) {
        for (const DomainAction &a : r.actions) {
            if (isAction1(a.code) || isAction2(a.code) || a.code == QLatin1String("no-change-needed"))
                continue;
            table.addRow({dnsText(displayName(r)), dnsText(v.actionTitle(a)),
                          text(a.required ? t.text(QT_TRANSLATE_NOOP("Report", "Required"))
                                          : t.text(QT_TRANSLATE_NOOP("Report", "Recommended")))},
                         {QString(), QString(), a.required ? QStringLiteral("bad") : QStringLiteral("warn")});
        }
    }
    if (table.isEmpty())
        return {};
    constexpr int RowsPerPage = 30;
    QStringList chunks = table.htmlChunks(RowsPerPage);
    chunks.first().prepend(QStringLiteral("<h3>%1</h3>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "Other actions")))));
    return chunks;
}
