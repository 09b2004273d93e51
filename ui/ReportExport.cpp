// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExport.h"

#include "DomainActions.h"
#include "MigrationSession.h"
#include "ReportSnippetSource.h"
#include "ReportWriter.h"

namespace ReportExport {

bool write(const MigrationSession &session, const Catalog &catalog, const QString &language, const QString &path,
           QString *error)
{
    ReportOptions options;
    options.language = language;
    options.catalog = catalog;
    options.dnsServer = session.dnsServer();
    QList<DomainReport> reports;
    for (const DomainInput &domain : session.validDomains()) {
        DomainReport report = session.report(domain.ascii);
        report.domain = domain;
        // What the administrator chose beats what DNS suggested.
        const QString chosen = session.choice(domain.ascii).dataCenter;
        if (chosen == QLatin1String("jp") || chosen == QLatin1String("us")) {
            report.dataCenterId = chosen;
            report.detectedFrom = DomainReport::DetectedFrom::Option;
        } else if (chosen == QLatin1String("unsure") && !report.domainNotFound()) {
            // As the wizard shows it: no SPF swap until the site is confirmed,
            // whatever the MX hosts suggested.
            report.dataCenterId = QStringLiteral("unknown");
            report.proposedRecord = QString();
            report.proposedLookups = -1;
            report.actions = DomainActions::plan(report, catalog, DomainActions::SiteAnswer::NotSure);
        }
        if (!session.choice(domain.ascii).outboundProtection) {
            // Action 2 is for domains whose mail TMEmS sends: where the
            // administrator says it does not, the summary calls it not
            // applicable, and the change ticket must not ask for it.
            report.proposedRecord = QString();
            report.proposedLookups = -1;
            report.actions.removeIf([](const DomainAction &a) { return a.code == QLatin1String("replace-spf-include"); });
        }
        reports.append(report);
        const QString platform = session.choice(domain.ascii).firewallPlatform;
        if (!platform.isEmpty() && !options.platforms.contains(platform)
            && ReportSnippetSource::isKnownPlatform(platform))
            options.platforms.append(platform);
    }
    ReportSnippetSource::install(&options);
    return ReportWriter::write(reports, options, path, error);
}

} // namespace ReportExport
