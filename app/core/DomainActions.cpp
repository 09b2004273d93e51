// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainActions.h"

#include <QLocale>

namespace {

QString rangeList(const Catalog &catalog, const QString &dataCenterId)
{
    const CatalogDataCenter *dc = catalog.dataCenter(dataCenterId);
    QStringList ranges;
    if (dc) {
        for (const IpNetwork &n : dc->networks(true))
            ranges.append(n.toString());
    }
    return QLocale().createSeparatedList(ranges);
}

} // namespace

const char *DomainActions::dataCenterNameSource(const QString &id)
{
    struct Name
    {
        const char *id;
        const char *source;
    };
    static constexpr Name names[] = {
        {"jp", QT_TRANSLATE_NOOP("DomainActions", "Japan data center")},
        {"us", QT_TRANSLATE_NOOP("DomainActions", "US data center")},
        {"eu", QT_TRANSLATE_NOOP("DomainActions", "Europe data center")},
        {"anz", QT_TRANSLATE_NOOP("DomainActions", "Australia and New Zealand data center")},
        {"sg", QT_TRANSLATE_NOOP("DomainActions", "Singapore data center")},
        {"in", QT_TRANSLATE_NOOP("DomainActions", "India data center")},
        {"uae", QT_TRANSLATE_NOOP("DomainActions", "Middle East (UAE) data center")},
    };
    for (const Name &name : names) {
        if (id == QLatin1String(name.id))
            return name.source;
    }
    return nullptr;
}

QString DomainActions::dataCenterName(const QString &id, const Catalog &catalog)
{
    if (const char *source = dataCenterNameSource(id))
        return tr(source);
    if (const CatalogDataCenter *dc = catalog.dataCenter(id))
        return dc->name;
    return tr("unknown data center");
}

QStringList DomainActions::codes()
{
    return {QStringLiteral("allow-added-ranges"), QStringLiteral("replace-spf-include"),
            QStringLiteral("fix-spf-record"), QStringLiteral("confirm-data-center"),
            QStringLiteral("no-change-needed"), QStringLiteral("check-domain-name"), QStringLiteral("retry-check"),
            QStringLiteral("restore-legacy-include")};
}

QList<DomainAction> DomainActions::plan(const DomainReport &report, const Catalog &catalog, SiteAnswer answer)
{
    QList<DomainAction> actions;
    const QString domain = report.domain.unicode.isEmpty() ? report.domain.ascii : report.domain.unicode;
    const CatalogDataCenter *dc = catalog.dataCenter(report.dataCenterId);
    const bool legacy = report.usesLegacyInclude();
    const QString legacyHost = catalog.legacySpfHost();
    const QString japanHost = catalog.japanSpfHost();

    for (const SpfProblem &p : report.problems) {
        if (p.code == QLatin1String("domain-not-found")) {
            actions.append({QStringLiteral("check-domain-name"), true,
                            tr("%1 does not exist in DNS: check that the name is spelled as registered in the "
                               "management console.").arg(domain)});
            return actions;
        }
    }
    // A question DNS did not answer is no finding about the domain: the
    // administrator's first step is to check again once DNS answers, not to
    // hunt in the console for a data center the MX hosts would have shown.
    if (report.hasDnsFailure()) {
        actions.append({QStringLiteral("retry-check"), true,
                        tr("DNS did not answer every question about %1 (see the problems above), so this result is "
                           "incomplete. Make sure the DNS server answers, then check the domain again.")
                            .arg(domain)});
    }
    if (!dc && (!report.mxLookupFailed || answer == SiteAnswer::NotSure)) {
        actions.append({QStringLiteral("confirm-data-center"), true,
                        tr("The data center of %1 could not be told from its MX hosts or its SPF record. Check "
                           "which data center the domain uses in the TMEmS management console, then check the "
                           "domain again with that data center chosen.").arg(domain)});
    }
    if (!dc) {
        // Action 1 stands meanwhile, as the wizard's checklist has it: a rule
        // that turns out needless costs little, a missing one blocks mail.
        QString sites;
        QStringList ranges;
        for (const CatalogDataCenter *changed : catalog.changedDataCenters()) {
            const QString name = dataCenterName(changed->id, catalog);
            sites = sites.isEmpty() ? name : tr("%1 or %2", "one data center of several").arg(sites, name);
            const QString added = rangeList(catalog, changed->id);
            if (!added.isEmpty())
                ranges.append(added);
        }
        if (!sites.isEmpty()) {
            actions.append({QStringLiteral("allow-added-ranges"), true,
                            tr("If %1 is on the %2, make every inbound server registered for it in the management "
                               "console, and the firewall in front of it, accept mail from the added IP address "
                               "ranges (%3) as well as the existing ones. If you use Office 365, add the ranges to "
                               "the Office 365 inbound connector.")
                                .arg(domain, sites, QLocale().createSeparatedList(ranges))});
        }
    } else if (dc->changeRequired) {
        actions.append({QStringLiteral("allow-added-ranges"), true,
                        tr("Make every inbound server registered for %1 in the management console, and the "
                           "firewall in front of it, accept mail from the added IP address ranges (%2) as well "
                           "as the existing ones. If you use Office 365, add the ranges to the Office 365 "
                           "inbound connector.").arg(domain, rangeList(catalog, dc->id))});
    }
    // Where the site is unknown the administrator confirms it first; action 2
    // must then wait: the Japan record would fail the outbound mail of a domain
    // on any other site.
    if (dc && dc->changeRequired && legacy) {
        QString message;
        if (!report.proposedRecord.isNull()) {
            // The proposal changes a redirect= where the record hands over to the legacy one that way.
            const QString mechanism =
                report.proposedRecord.contains(QStringLiteral("redirect=") + japanHost, Qt::CaseInsensitive)
                    ? QStringLiteral("redirect=")
                    : QStringLiteral("include:");
            message = !report.lookupsComplete()
                ? tr("Where outbound protection is enabled for %1, replace %2 with %3 in its SPF record (see the "
                     "proposed record).").arg(domain, mechanism + legacyHost, mechanism + japanHost)
                : tr("Where outbound protection is enabled for %1, replace %2 with %3 in its SPF record (see the "
                     "proposed record). DNS lookups: %4 now, %5 after the change.")
                      .arg(domain, mechanism + legacyHost, mechanism + japanHost)
                      .arg(report.lookups)
                      .arg(report.proposedLookups);
        } else {
            message = tr("Where outbound protection is enabled for %1, replace include:%2 with include:%3 in the "
                         "SPF record of %4.")
                          .arg(domain, legacyHost, japanHost,
                               QLocale().createSeparatedList(report.recordsToEdit(legacyHost)));
        }
        actions.append({QStringLiteral("replace-spf-include"), false, message});
    }
    // The swap done where it does not belong: the Japan record lists Japan's
    // servers alone, so mail TMEmS sends from this domain's own site fails SPF.
    if (dc && !dc->changeRequired && report.tmemsInclude == DomainReport::TmemsInclude::Japan) {
        actions.append({QStringLiteral("restore-legacy-include"), true,
                        tr("%1 uses the %2, but its SPF record includes only the Japan record (include:%3), which "
                           "lists the Japan data center's servers alone: where outbound protection is enabled, mail "
                           "TMEmS sends for %1 fails SPF. Include %4 instead.")
                            .arg(domain, dataCenterName(dc->id, catalog), japanHost, legacyHost)});
    }
    if (report.spfStatus == DomainReport::SpfStatus::PermError) {
        actions.append({QStringLiteral("fix-spf-record"), true,
                        tr("The SPF record of %1 is broken as published, so receivers fail its SPF check "
                           "(permerror). Correct it as the problems above describe.").arg(domain)});
    }
    if (dc && !dc->changeRequired && actions.isEmpty()) {
        actions.append({QStringLiteral("no-change-needed"), false,
                        tr("%1 uses the %2: the Japan data center change needs nothing from you.")
                            .arg(domain, dataCenterName(dc->id, catalog))});
    }
    return actions;
}
