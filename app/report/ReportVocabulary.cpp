// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportVocabulary.h"

#include "DomainActions.h"

#include <QTimeZone>

namespace {

/// Explanations keyed by the engine's stable problem codes (DomainReport.h).
struct CodeText
{
    const char *code;
    const char *text;
};

constexpr CodeText ProblemTexts[] = {
    {"no-spf-record", QT_TRANSLATE_NOOP("Report", "The domain publishes no SPF record, so receivers cannot tell which servers may send its mail.")},
    {"multiple-spf-records", QT_TRANSLATE_NOOP("Report", "The domain publishes more than one SPF record; receivers must treat that as an error (permerror) and SPF fails for every message.")},
    {"syntax-error", QT_TRANSLATE_NOOP("Report", "The SPF record contains a syntax error; receivers treat the whole record as broken (permerror).")},
    {"too-many-lookups", QT_TRANSLATE_NOOP("Report", "Checking the record takes more than 10 DNS lookups, the limit of RFC 7208 section 4.6.4; receivers return permerror and SPF fails.")},
    {"too-many-void-lookups", QT_TRANSLATE_NOOP("Report", "More than 2 DNS lookups in the record return no answer (void lookups); receivers may return permerror.")},
    {"include-loop", QT_TRANSLATE_NOOP("Report", "An include: or redirect= leads back to a record already being evaluated (a loop); receivers return permerror.")},
    {"include-target-missing", QT_TRANSLATE_NOOP("Report", "An include: points to a name that has no SPF record; receivers return permerror.")},
    {"ptr-used", QT_TRANSLATE_NOOP("Report", "The record uses the ptr mechanism, which RFC 7208 says should not be used: it is slow and unreliable.")},
    {"plus-all", QT_TRANSLATE_NOOP("Report", "The record ends in +all, which authorises every server on the Internet to send as this domain.")},
    {"no-all", QT_TRANSLATE_NOOP("Report", "The record has no all mechanism at the end; mail from unlisted servers gets neutral instead of fail or softfail.")},
    {"redirect-ignored", QT_TRANSLATE_NOOP("Report", "The record has both redirect= and an all mechanism; the redirect is never used.")},
    {"dns-failure", QT_TRANSLATE_NOOP("Report", "A DNS query failed (timeout or server failure), so the result is incomplete; check again later (temperror).")},
    {"domain-not-found", QT_TRANSLATE_NOOP("Report", "The domain does not exist in DNS (NXDOMAIN): the name is most likely misspelled.")},
    {"analysis-limit", QT_TRANSLATE_NOOP("Report", "The SPF tree is too large to analyse completely; only its first part was read. Receivers stop after 10 DNS lookups anyway.")},
};

/// A dns-failure's text by its reason token (SpfFindings::dnsFailureReason()):
/// %1 the question's type, %2 the name asked about.
constexpr CodeText DnsFailureTexts[] = {
    {"timeout", QT_TRANSLATE_NOOP("Report", "The DNS question for the %1 record of %2 got no answer in time (timeout), so the result is incomplete; check again later (temperror).")},
    {"server-failure", QT_TRANSLATE_NOOP("Report", "The DNS server could not answer the question for the %1 record of %2 (server failure, refusal or no reply from the server), so the result is incomplete; check the DNS server, then check again (temperror).")},
    {"cancelled", QT_TRANSLATE_NOOP("Report", "The DNS question for the %1 record of %2 was cancelled before its answer came, so the result is incomplete; check again.")},
};

/// Every action code has its text here: a report made from `check --json` in
/// another language must not mix in the engine's sentences.
constexpr CodeText ActionTitles[] = {
    {"allow-added-ranges", QT_TRANSLATE_NOOP("Report", "Accept mail from the added IP address ranges on the inbound servers")},
    {"update-o365-connector", QT_TRANSLATE_NOOP("Report", "Add the IP address ranges to the Office 365 inbound connector")},
    {"replace-spf-include", QT_TRANSLATE_NOOP("Report", "Replace the SPF include with the Japan record")},
    {"fix-spf-record", QT_TRANSLATE_NOOP("Report", "Repair the SPF record")},
    {"no-change-needed", QT_TRANSLATE_NOOP("Report", "No change needed")},
    {"retry-check", QT_TRANSLATE_NOOP("Report", "Check again when DNS answers")},
    {"confirm-data-center", QT_TRANSLATE_NOOP("Report", "Confirm in the management console which data center serves the domain, then check it again with that data center chosen")},
    {"check-domain-name", QT_TRANSLATE_NOOP("Report", "Check the spelling of the domain name: it does not exist in DNS")},
    {"restore-legacy-include", QT_TRANSLATE_NOOP("Report", "Include the legacy SPF record again: the Japan record does not list this domain's data center")},
};

/// The same actions in a word or two, for the summary table's narrow columns.
constexpr CodeText ActionShortTitles[] = {
    {"allow-added-ranges", QT_TRANSLATE_NOOP("Report", "Allow added ranges")},
    {"update-o365-connector", QT_TRANSLATE_NOOP("Report", "Office 365 connector")},
    {"replace-spf-include", QT_TRANSLATE_NOOP("Report", "Japan SPF include")},
    {"fix-spf-record", QT_TRANSLATE_NOOP("Report", "Repair SPF")},
    {"retry-check", QT_TRANSLATE_NOOP("Report", "Check again")},
    {"confirm-data-center", QT_TRANSLATE_NOOP("Report", "Confirm data center")},
    {"check-domain-name", QT_TRANSLATE_NOOP("Report", "Check domain name")},
    {"restore-legacy-include", QT_TRANSLATE_NOOP("Report", "Restore legacy include")},
};

template<size_t N>
const char *lookup(const CodeText (&table)[N], const QString &code)
{
    for (const CodeText &entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.text;
    }
    return nullptr;
}

} // namespace

ReportVocabulary::ReportVocabulary(const ReportTranslator &translator, const Catalog &catalog)
    : m_t(translator)
    , m_catalog(catalog)
{
}

QString ReportVocabulary::spfStatus(DomainReport::SpfStatus status) const
{
    switch (status) {
    case DomainReport::SpfStatus::Ok: return m_t.text(QT_TRANSLATE_NOOP("Report", "Valid"));
    case DomainReport::SpfStatus::None: return m_t.text(QT_TRANSLATE_NOOP("Report", "No SPF record"));
    case DomainReport::SpfStatus::PermError: return m_t.text(QT_TRANSLATE_NOOP("Report", "Broken (permerror)"));
    case DomainReport::SpfStatus::TempError: return m_t.text(QT_TRANSLATE_NOOP("Report", "DNS failure (temperror)"));
    }
    return {};
}

QString ReportVocabulary::domainSpfStatus(const DomainReport &report) const
{
    if (report.domainNotFound())
        return m_t.text(QT_TRANSLATE_NOOP("Report", "Domain not found"));
    return spfStatus(report.spfStatus);
}

ReportVocabulary::Tone ReportVocabulary::spfTone(const DomainReport &report) const
{
    if (report.domainNotFound())
        return Tone::Bad;
    switch (report.spfStatus) {
    case DomainReport::SpfStatus::Ok:
        for (const SpfProblem &p : report.problems) {
            if (p.severity != SpfProblem::Severity::Info)
                return Tone::Warning;
        }
        return Tone::Good;
    case DomainReport::SpfStatus::None: return Tone::Warning;
    case DomainReport::SpfStatus::PermError:
    case DomainReport::SpfStatus::TempError: return Tone::Bad;
    }
    return Tone::Neutral;
}

QString ReportVocabulary::tmemsInclude(const DomainReport &report) const
{
    if (report.tmemsIncludeUnknown())
        return m_t.text(QT_TRANSLATE_NOOP("Report", "Unknown: DNS failed"));
    switch (report.tmemsInclude) {
    case DomainReport::TmemsInclude::None: return m_t.text(QT_TRANSLATE_NOOP("Report", "None"));
    case DomainReport::TmemsInclude::Legacy: return m_t.text(QT_TRANSLATE_NOOP("Report", "Legacy (%1)")).arg(m_catalog.legacySpfHost());
    case DomainReport::TmemsInclude::Japan: return m_t.text(QT_TRANSLATE_NOOP("Report", "Japan (%1)")).arg(m_catalog.japanSpfHost());
    case DomainReport::TmemsInclude::Both: return m_t.text(QT_TRANSLATE_NOOP("Report", "Both legacy and Japan"));
    }
    return {};
}

QString ReportVocabulary::dataCenter(const QString &id) const
{
    // The same names as the wizard and `check` use, in the report's language.
    if (const char *source = DomainActions::dataCenterNameSource(id))
        return m_t.text("DomainActions", source, -1);
    if (const CatalogDataCenter *dc = m_catalog.dataCenter(id))
        return m_t.text(QT_TRANSLATE_NOOP("Report", "%1 data center")).arg(dc->name);
    return m_t.text(QT_TRANSLATE_NOOP("Report", "Unknown"));
}

QString ReportVocabulary::detectedFrom(DomainReport::DetectedFrom from) const
{
    switch (from) {
    case DomainReport::DetectedFrom::Mx: return m_t.text(QT_TRANSLATE_NOOP("Report", "from the MX hosts"));
    case DomainReport::DetectedFrom::Spf: return m_t.text(QT_TRANSLATE_NOOP("Report", "from the SPF includes"));
    case DomainReport::DetectedFrom::Option: return m_t.text(QT_TRANSLATE_NOOP("Report", "as chosen by the user"));
    case DomainReport::DetectedFrom::None: return m_t.text(QT_TRANSLATE_NOOP("Report", "not detected"));
    }
    return {};
}

QString ReportVocabulary::coverage(RangeCoverage::Level level) const
{
    switch (level) {
    case RangeCoverage::Level::Full: return m_t.text(QT_TRANSLATE_NOOP("Report", "Full"));
    case RangeCoverage::Level::Partial: return m_t.text(QT_TRANSLATE_NOOP("Report", "Partial"));
    case RangeCoverage::Level::None: return m_t.text(QT_TRANSLATE_NOOP("Report", "Not authorised"));
    case RangeCoverage::Level::Unknown: return m_t.text(QT_TRANSLATE_NOOP("Report", "Unknown (DNS failed)"));
    }
    return {};
}

ReportVocabulary::Tone ReportVocabulary::coverageTone(RangeCoverage::Level level) const
{
    switch (level) {
    case RangeCoverage::Level::Full: return Tone::Good;
    case RangeCoverage::Level::Partial: return Tone::Warning;
    case RangeCoverage::Level::None: return Tone::Bad;
    case RangeCoverage::Level::Unknown: return Tone::Warning;
    }
    return Tone::Neutral;
}

QString ReportVocabulary::severity(SpfProblem::Severity severity) const
{
    switch (severity) {
    case SpfProblem::Severity::Info: return m_t.text(QT_TRANSLATE_NOOP("Report", "Note"));
    case SpfProblem::Severity::Warning: return m_t.text(QT_TRANSLATE_NOOP("Report", "Warning"));
    case SpfProblem::Severity::Error: return m_t.text(QT_TRANSLATE_NOOP("Report", "Error"));
    }
    return {};
}

ReportVocabulary::Tone ReportVocabulary::severityTone(SpfProblem::Severity severity) const
{
    switch (severity) {
    case SpfProblem::Severity::Info: return Tone::Neutral;
    case SpfProblem::Severity::Warning: return Tone::Warning;
    case SpfProblem::Severity::Error: return Tone::Bad;
    }
    return Tone::Neutral;
}

QString ReportVocabulary::problemExplanation(const SpfProblem &problem) const
{
    // Which question failed, and why, from the finding's stable tokens (a
    // check of an older version stored none: the general text then).
    if (problem.code == QLatin1String("dns-failure") && problem.arguments.size() >= 3) {
        if (const char *text = lookup(DnsFailureTexts, problem.arguments.at(2)))
            return m_t.text(text).arg(problem.arguments.at(1), problem.where);
    }
    if (const char *text = lookup(ProblemTexts, problem.code))
        return m_t.text(text);
    if (problem.code == QLatin1String("datacenter-mismatch") && problem.arguments.size() == 2)
        return m_t.text(QT_TRANSLATE_NOOP("Report", "The data center chosen for the domain (%1) is not the one its MX hosts point to (%2)."))
            .arg(dataCenter(problem.arguments.at(0)), dataCenter(problem.arguments.at(1)));
    return problem.message;
}

QString ReportVocabulary::actionTitle(const DomainAction &action) const
{
    if (const char *text = lookup(ActionTitles, action.code))
        return m_t.text(text);
    return action.message.isEmpty() ? action.code : action.message;
}

QString ReportVocabulary::actionShortTitle(const DomainAction &action) const
{
    if (const char *text = lookup(ActionShortTitles, action.code))
        return m_t.text(text);
    return actionTitle(action);
}

QString ReportVocabulary::tmemsIncludeShort(const DomainReport &report) const
{
    if (report.tmemsIncludeUnknown())
        return m_t.text(QT_TRANSLATE_NOOP("Report", "Unknown"));
    switch (report.tmemsInclude) {
    case DomainReport::TmemsInclude::None: return m_t.text(QT_TRANSLATE_NOOP("Report", "None"));
    case DomainReport::TmemsInclude::Legacy: return m_t.text(QT_TRANSLATE_NOOP("Report", "Legacy"));
    case DomainReport::TmemsInclude::Japan: return m_t.text(QT_TRANSLATE_NOOP("Report", "Japan"));
    case DomainReport::TmemsInclude::Both: return m_t.text(QT_TRANSLATE_NOOP("Report", "Both"));
    }
    return {};
}

QString ReportVocabulary::nodeStatus(const QString &code) const
{
    if (code.isEmpty() || code == QLatin1String("ok"))
        return spfStatus(DomainReport::SpfStatus::Ok);
    if (code == QLatin1String("none"))
        return spfStatus(DomainReport::SpfStatus::None);
    if (code == QLatin1String("permerror"))
        return spfStatus(DomainReport::SpfStatus::PermError);
    if (code == QLatin1String("temperror"))
        return spfStatus(DomainReport::SpfStatus::TempError);
    if (code == QLatin1String("unevaluated")) // past the lookup limit: receivers never get there
        return m_t.text(QT_TRANSLATE_NOOP("Report", "Not evaluated"));
    return code;
}

QString ReportVocabulary::rangeStatus(bool added) const
{
    return added ? m_t.text(QT_TRANSLATE_NOOP("Report", "Added")) : m_t.text(QT_TRANSLATE_NOOP("Report", "Existing"));
}

QString ReportVocabulary::marker(Tone tone)
{
    switch (tone) {
    case Tone::Good: return QStringLiteral("\u2713 ");
    case Tone::Warning: return QStringLiteral("\u25B2 ");
    case Tone::Bad: return QStringLiteral("\u2716 ");
    case Tone::Neutral: return QString();
    }
    return {};
}

QString ReportVocabulary::toneClass(Tone tone)
{
    switch (tone) {
    case Tone::Good: return QStringLiteral("ok");
    case Tone::Warning: return QStringLiteral("warn");
    case Tone::Bad: return QStringLiteral("bad");
    case Tone::Neutral: return QString();
    }
    return {};
}

QString ReportVocabulary::lookupsNowAfter(const DomainReport &report) const
{
    if (report.spfStatus == DomainReport::SpfStatus::None || report.spfStatus == DomainReport::SpfStatus::TempError)
        return QStringLiteral("\u2014");
    const QString now = m_t.locale().toString(report.lookups);
    if (report.proposedRecord.isNull())
        return now;
    return QStringLiteral("%1 \u2192 %2").arg(now, m_t.locale().toString(report.proposedLookups));
}

QString ReportVocabulary::addedCoverage(const DomainReport &report) const
{
    if (report.domainNotFound())
        return QStringLiteral("\u2014"); // no record to cover anything
    const DomainReport::CoverageCount added = report.coverageCount(true);
    if (added.total == 0)
        return QStringLiteral("\u2014");
    // DNS failed: "0 of 3" would read as a finding about the record.
    if (added.unknown == added.total)
        return m_t.text(QT_TRANSLATE_NOOP("Report", "Unknown: DNS failed"));
    if (added.unknown > 0) {
        return m_t.text(QT_TRANSLATE_NOOP("Report", "%1 of %2 fully authorised, %3 unknown"))
            .arg(added.full)
            .arg(added.total)
            .arg(added.unknown);
    }
    return m_t.text(QT_TRANSLATE_NOOP("Report", "%1 of %2 fully authorised")).arg(added.full).arg(added.total);
}

QStringList ReportVocabulary::actionTitles(const DomainReport &report, bool required, bool shortForm) const
{
    QStringList titles;
    for (const DomainAction &action : report.actions) {
        if (action.required == required && action.code != QLatin1String("no-change-needed"))
            titles.append(shortForm ? actionShortTitle(action) : actionTitle(action));
    }
    return titles;
}

QString ReportVocabulary::dateTime(const QDateTime &when) const
{
    const int offset = when.offsetFromUtc();
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                            .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QString zone = when.timeZoneAbbreviation();
    const QString zoneText = zone.isEmpty() || zone.startsWith(QLatin1String("UTC")) || zone.startsWith(u'+')
                                 || zone.startsWith(u'-')
                             ? utc
                             : QStringLiteral("%1 (%2)").arg(utc, zone);
    return QStringLiteral("%1 %2 %3").arg(date(when.date()), when.time().toString(QStringLiteral("HH:mm")), zoneText);
}

QString ReportVocabulary::date(const QDate &date) const
{
    if (!date.isValid())
        return QStringLiteral("\u2014");
    // ISO dates read the same in both languages and match the notice's own.
    return date.toString(Qt::ISODate);
}
