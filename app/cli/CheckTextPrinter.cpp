// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckTextPrinter.h"

#include "DomainActions.h"

QString CheckTextPrinter::safe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString CheckTextPrinter::statusText(DomainReport::SpfStatus status) const
{
    switch (status) {
    case DomainReport::SpfStatus::Ok: return tr("valid", "SPF status");
    case DomainReport::SpfStatus::None: return tr("no SPF record", "SPF status");
    case DomainReport::SpfStatus::PermError: return tr("broken (permerror)", "SPF status");
    case DomainReport::SpfStatus::TempError: return tr("could not be checked: DNS failed (temperror)", "SPF status");
    }
    return {};
}

QString CheckTextPrinter::includeText(const DomainReport &report) const
{
    if (report.tmemsIncludeUnknown())
        return tr("unknown: DNS failed", "TMEmS include");
    const QString legacy = m_catalog->legacySpfHost();
    const QString japan = m_catalog->japanSpfHost();
    switch (report.tmemsInclude) {
    case DomainReport::TmemsInclude::None: return tr("none", "TMEmS include");
    case DomainReport::TmemsInclude::Legacy: return tr("legacy SPF record (%1)").arg(legacy);
    case DomainReport::TmemsInclude::Japan: return tr("new SPF record (%1)").arg(japan);
    case DomainReport::TmemsInclude::Both: return tr("both (%1 and %2)").arg(legacy, japan);
    }
    return {};
}

QString CheckTextPrinter::coverageText(RangeCoverage::Level level) const
{
    switch (level) {
    case RangeCoverage::Level::Full: return tr("passes SPF", "coverage: every address of the range");
    case RangeCoverage::Level::Partial: return tr("partly passes SPF", "coverage: some addresses of the range");
    case RangeCoverage::Level::None: return tr("does not pass SPF", "coverage: no address of the range");
    case RangeCoverage::Level::Unknown: return tr("unknown", "coverage: could not be worked out");
    }
    return {};
}

QString CheckTextPrinter::dataCenterLine(const DomainReport &report) const
{
    const QString name = DomainActions::dataCenterName(report.dataCenterId, *m_catalog);
    const QString mx = safe(report.mxHosts.join(QStringLiteral(", ")));
    switch (report.detectedFrom) {
    case DomainReport::DetectedFrom::Mx: return tr("%1 (from the MX hosts: %2)").arg(name, mx);
    case DomainReport::DetectedFrom::Spf: return tr("%1 (from the SPF record's include)").arg(name);
    case DomainReport::DetectedFrom::Option: return tr("%1 (as chosen)").arg(name);
    case DomainReport::DetectedFrom::None:
        if (report.mxLookupFailed)
            return tr("%1 (the MX lookup failed because of a DNS error)").arg(name);
        return report.mxHosts.isEmpty() ? tr("%1 (no MX hosts found)").arg(name)
                                        : tr("%1 (MX hosts: %2)").arg(name, mx);
    }
    return name;
}

QString CheckTextPrinter::printOne(const DomainReport &r) const
{
    QString out;
    const QString indent = QStringLiteral("  ");
    const QString title = r.domain.isInternationalized() ? QStringLiteral("%1 (%2)").arg(r.domain.unicode, r.domain.ascii)
                                                        : r.domain.ascii;
    out += title + u'\n';
    // A name DNS does not know has no data center, record or coverage to
    // list: its problem and action below say what to do.
    if (!r.domainNotFound()) {
        out += indent + tr("Data center: %1").arg(dataCenterLine(r)) + u'\n';
        // Several records (a permerror) are all listed, to be merged into one.
        const QStringList records = r.record.split(u'\n');
        if (records.size() > 1) {
            out += indent + tr("SPF records (%n; receivers accept only one):", nullptr, int(records.size())) + u'\n';
            for (const QString &record : records)
                out += indent + indent + safe(record) + u'\n';
        } else {
            const QString record = r.recordUnknown() ? tr("(unknown: DNS failed)")
                                   : r.record.isNull()  ? tr("(none)")
                                                        : safe(r.record);
            out += indent + tr("SPF record: %1").arg(record) + u'\n';
        }
        out += indent + tr("SPF status: %1").arg(statusText(r.spfStatus)) + u'\n';
        if (!r.lookupsComplete()) {
            out += indent
                + (r.recordUnknown() ? tr("DNS lookups: unknown: DNS failed")
                                     : tr("DNS lookups: unknown: DNS failed after %1 (limit 10)").arg(r.lookups))
                + u'\n';
        } else if (r.proposedRecord.isNull()) {
            out += indent + tr("DNS lookups: %1 (limit 10), void lookups: %2 (limit 2)").arg(r.lookups).arg(r.voidLookups) + u'\n';
        } else {
            out += indent + tr("DNS lookups: %1 now, %2 after the change (limit 10), void lookups: %3 (limit 2)")
                                .arg(r.lookups).arg(r.proposedLookups).arg(r.voidLookups) + u'\n';
        }
        out += indent + tr("TMEmS include: %1").arg(includeText(r)) + u'\n';
        if (!r.coverage.isEmpty()) {
            out += indent + tr("Japan data center IP address ranges under this SPF record:") + u'\n';
            for (const RangeCoverage &c : r.coverage) {
                const QString kind = c.added ? tr("added", "IP address range") : tr("existing", "IP address range");
                out += indent + indent + QStringLiteral("%1 (%2): %3").arg(c.range.toString(), kind, coverageText(c.authorized)) + u'\n';
            }
        }
    }
    if (!r.problems.isEmpty()) {
        out += indent + tr("Problems:") + u'\n';
        for (const SpfProblem &p : r.problems) {
            const QString severity = p.severity == SpfProblem::Severity::Error     ? tr("error", "problem severity")
                                     : p.severity == SpfProblem::Severity::Warning ? tr("warning", "problem severity")
                                                                                   : tr("note", "problem severity");
            out += indent + indent + QStringLiteral("[%1] %2").arg(severity, safe(p.message)) + u'\n';
        }
    }
    out += indent + tr("Actions:") + u'\n';
    if (r.actions.isEmpty())
        out += indent + indent + tr("(none could be decided)") + u'\n';
    for (const DomainAction &a : r.actions) {
        const QString label = a.code == QLatin1String("no-change-needed") ? tr("OK", "action label")
                              : a.required                               ? tr("required", "action label")
                                                                         : tr("recommended", "action label");
        out += indent + indent + QStringLiteral("[%1] %2").arg(label, safe(a.message)) + u'\n';
    }
    if (!r.proposedRecord.isNull()) {
        out += indent + tr("Proposed SPF record:") + u'\n';
        out += indent + indent + safe(r.proposedRecord) + u'\n';
    }
    return out;
}

QString CheckTextPrinter::summary(const QList<DomainReport> &reports) const
{
    // As the report counts: a domain DNS failed for still needs action (check
    // again, and its firewall if it is on Japan), so it is one of those.
    int action = 0;
    int failed = 0;
    for (const DomainReport &r : reports) {
        failed += r.hasDnsFailure() ? 1 : 0;
        action += r.needsAction() ? 1 : 0;
    }
    if (failed == 0)
        return tr("Domains checked: %1; needing action: %2").arg(reports.size()).arg(action) + u'\n';
    return tr("Domains checked: %1; needing action: %2, of which %3 could not be checked completely because DNS "
              "failed")
               .arg(reports.size())
               .arg(action)
               .arg(failed)
        + u'\n';
}
