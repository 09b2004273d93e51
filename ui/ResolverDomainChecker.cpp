// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolverDomainChecker.h"

#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

ResolverDomainChecker::ResolverDomainChecker(DnsResolver *resolver, const Catalog &catalog, QObject *parent)
    : DomainChecker(parent)
    , m_resolver(resolver)
    , m_catalog(catalog)
{
    if (m_resolver)
        connect(m_resolver, &DnsResolver::answered, this, &ResolverDomainChecker::onAnswered);
}

ResolverDomainChecker::~ResolverDomainChecker()
{
    if (m_resolver) {
        for (auto it = m_queries.cbegin(); it != m_queries.cend(); ++it)
            m_resolver->cancel(it.key());
    }
}

void ResolverDomainChecker::start(const QList<DomainInput> &domains, Mode mode)
{
    cancel();
    m_domains = domains;
    m_mode = mode;
    m_next = 0;
    m_running = true;
    // Results always arrive from the event loop, even for an empty list.
    QTimer::singleShot(0, this, [this] { startNext(); });
}

void ResolverDomainChecker::cancel()
{
    if (!m_running)
        return;
    if (m_resolver) {
        for (auto it = m_queries.cbegin(); it != m_queries.cend(); ++it)
            m_resolver->cancel(it.key());
    }
    m_queries.clear();
    m_jobs.clear();
    m_running = false;
    emit finished(true);
}

void ResolverDomainChecker::startNext()
{
    if (!m_running)
        return;
    while (m_jobs.size() < MaxParallel && m_next < m_domains.size()) {
        const int index = m_next++;
        Job job;
        job.index = index;
        job.report.domain = m_domains.at(index);
        emit domainStarted(index);
        if (!m_resolver) {
            job.report.spfStatus = DomainReport::SpfStatus::TempError;
            m_jobs.insert(index, job);
            finishJob(index);
            continue;
        }
        const QString name = job.report.domain.ascii;
        m_queries.insert(m_resolver->lookup(name, DnsType::MX), {index, DnsType::MX});
        job.pending = 1;
        if (m_mode == Mode::Full) {
            m_queries.insert(m_resolver->lookup(name, DnsType::TXT), {index, DnsType::TXT});
            job.pending = 2;
        }
        m_jobs.insert(index, job);
    }
    if (m_jobs.isEmpty() && m_next >= m_domains.size() && m_running) {
        m_running = false;
        emit finished(false);
    }
}

void ResolverDomainChecker::onAnswered(DnsResolver::QueryId id, const DnsAnswer &answer)
{
    const auto query = m_queries.take(id);
    if (query.first < 0 || !m_jobs.contains(query.first) || answer.status == DnsAnswer::Status::Cancelled)
        return;
    Job &job = m_jobs[query.first];
    if (query.second == DnsType::MX)
        applyMx(job, answer);
    else
        applyTxt(job, answer);
    if (--job.pending == 0) {
        finishJob(query.first);
        startNext();
    }
}

void ResolverDomainChecker::applyMx(Job &job, const DnsAnswer &answer) const
{
    QList<DnsMxRecord> mx = answer.mx;
    std::stable_sort(mx.begin(), mx.end(),
                     [](const DnsMxRecord &a, const DnsMxRecord &b) { return a.preference < b.preference; });
    for (const DnsMxRecord &record : mx) {
        job.report.mxHosts.append(record.exchange);
        if (job.report.detectedFrom == DomainReport::DetectedFrom::None) {
            if (const CatalogDataCenter *dc = m_catalog.dataCenterForMx(record.exchange)) {
                job.report.dataCenterId = dc->id;
                job.report.detectedFrom = DomainReport::DetectedFrom::Mx;
            }
        }
    }
}

void ResolverDomainChecker::applyTxt(Job &job, const DnsAnswer &answer) const
{
    DomainReport &report = job.report;
    if (answer.isFailure()) {
        report.spfStatus = DomainReport::SpfStatus::TempError;
        report.problems.append({QStringLiteral("dns-failure"), SpfProblem::Severity::Error,
                                DomainReport::tr("The SPF record could not be read: the DNS server did not answer (%1).")
                                    .arg(answer.errorString),
                                report.domain.ascii});
        return;
    }
    static const QRegularExpression spfVersion(QStringLiteral("^v=spf1(\\s|$)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList records;
    for (const QByteArray &txt : answer.txt) {
        const QString text = QString::fromUtf8(txt);
        if (spfVersion.match(text).hasMatch())
            records.append(text);
    }
    if (records.isEmpty()) {
        report.spfStatus = DomainReport::SpfStatus::None;
        report.problems.append({QStringLiteral("no-spf-record"), SpfProblem::Severity::Warning,
                                DomainReport::tr("The domain publishes no SPF record."), report.domain.ascii});
        return;
    }
    if (records.size() > 1) {
        report.spfStatus = DomainReport::SpfStatus::PermError;
        report.record = records.join(QLatin1Char('\n'));
        report.problems.append({QStringLiteral("multiple-spf-records"), SpfProblem::Severity::Error,
                                DomainReport::tr("The domain publishes %1 SPF records; receivers treat that as an error. "
                                                 "Merge them into one.")
                                    .arg(records.size()),
                                report.domain.ascii});
        return;
    }
    report.spfStatus = DomainReport::SpfStatus::Ok;
    report.record = records.first();
    const QString legacy = m_catalog.legacySpfHost();
    const QString japan = m_catalog.japanSpfHost();
    bool hasLegacy = false;
    bool hasJapan = false;
    QStringList proposed;
    for (const QString &term : report.record.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString body = term;
        if (!body.isEmpty() && QStringLiteral("+-~?").contains(body.at(0)))
            body = body.mid(1);
        const bool isInclude = body.startsWith(QLatin1String("include:"), Qt::CaseInsensitive);
        const QString target = isInclude ? body.mid(8).toLower() : QString();
        if (isInclude && target == legacy) {
            hasLegacy = true;
            if (!proposed.contains(QStringLiteral("include:") + japan))
                proposed.append(QStringLiteral("include:") + japan);
            continue;
        }
        if (isInclude && target == japan) {
            hasJapan = true;
            if (proposed.contains(QStringLiteral("include:") + japan))
                continue;
        }
        proposed.append(term);
    }
    using TI = DomainReport::TmemsInclude;
    report.tmemsInclude = hasLegacy && hasJapan ? TI::Both : hasLegacy ? TI::Legacy : hasJapan ? TI::Japan : TI::None;
    if (hasLegacy)
        report.proposedRecord = proposed.join(QLatin1Char(' '));
}

void ResolverDomainChecker::finishJob(int index)
{
    Job job = m_jobs.take(index);
    finalize(job.report);
    emit domainFinished(index, job.report);
}

void ResolverDomainChecker::finalize(DomainReport &report) const
{
    // Fall back to the SPF include when no MX points at a TMEmS site.
    if (report.detectedFrom == DomainReport::DetectedFrom::None
        && report.tmemsInclude == DomainReport::TmemsInclude::Japan) {
        report.dataCenterId = QStringLiteral("jp");
        report.detectedFrom = DomainReport::DetectedFrom::Spf;
    }
    if (m_mode != Mode::Full)
        return;
    const CatalogDataCenter *dc = m_catalog.dataCenter(report.dataCenterId);
    if (dc && !dc->changeRequired) {
        report.actions.append({QStringLiteral("no-change-needed"), false,
                               DomainReport::tr("No change is needed: the domain is not on the Japan data center.")});
        return;
    }
    report.actions.append({QStringLiteral("allow-added-ranges"), true,
                           DomainReport::tr("Let every inbound server accept mail from the added IP address ranges.")});
    if (report.tmemsInclude == DomainReport::TmemsInclude::Legacy
        || report.tmemsInclude == DomainReport::TmemsInclude::Both)
        report.actions.append({QStringLiteral("replace-spf-include"), false,
                               DomainReport::tr("Replace include:%1 with include:%2 in the SPF record.")
                                   .arg(m_catalog.legacySpfHost(), m_catalog.japanSpfHost())});
}
