// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainAnalyzer.h"

#include "DomainActions.h"
#include "SpfCoverage.h"
#include "SpfFindings.h"
#include "SpfProposal.h"
#include "SpfTreeBuilder.h"

namespace {

QHash<QString, QString> tmemsHosts(const Catalog &catalog)
{
    QHash<QString, QString> hosts;
    for (const CatalogSpfHost &host : catalog.spfHosts)
        hosts.insert(host.id, host.host);
    return hosts;
}

/// The ranges whose coverage is reported: those of every site that changed.
QList<CatalogRange> changedRanges(const Catalog &catalog)
{
    QList<CatalogRange> ranges;
    for (const CatalogDataCenter *dc : catalog.changedDataCenters())
        ranges += dc->ranges;
    return ranges;
}

DomainReport::TmemsInclude includeKind(const SpfTreeSummary &summary)
{
    const bool legacy = summary.tmemsIncludedBy.contains(QStringLiteral("legacy"));
    const bool japan = summary.tmemsIncludedBy.contains(QStringLiteral("jp"));
    if (legacy && japan)
        return DomainReport::TmemsInclude::Both;
    if (legacy)
        return DomainReport::TmemsInclude::Legacy;
    return japan ? DomainReport::TmemsInclude::Japan : DomainReport::TmemsInclude::None;
}

} // namespace

DomainAnalyzer::DomainAnalyzer(DnsResolver *resolver, const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_catalog(catalog)
{
}

DomainAnalyzer::~DomainAnalyzer()
{
    abort();
}

void DomainAnalyzer::start(const DomainInput &domain)
{
    abort();
    m_domain = domain;
    m_report = {};
    m_running = true;
    m_fetcher = new SpfTreeFetcher(m_resolver, this);
    m_detector = new DataCenterDetector(m_resolver, m_catalog, this);
    bool wantIpv6 = false;
    for (const CatalogRange &range : changedRanges(*m_catalog))
        wantIpv6 = wantIpv6 || range.network.isV6();
    m_fetcher->setWantIpv6(wantIpv6);
    m_fetcher->addCompanion(m_catalog->legacySpfHost(), m_catalog->japanSpfHost());
    connect(m_fetcher, &SpfTreeFetcher::finished, this, &DomainAnalyzer::partFinished);
    connect(m_detector, &DataCenterDetector::finished, this, &DomainAnalyzer::partFinished);
    m_detector->start(domain.ascii);
    m_fetcher->start(domain.ascii);
}

void DomainAnalyzer::abort()
{
    m_running = false;
    delete m_fetcher; // their destructors cancel what is in flight
    m_fetcher = nullptr;
    delete m_detector;
    m_detector = nullptr;
    delete m_sampler;
    m_sampler = nullptr;
}

void DomainAnalyzer::partFinished()
{
    if (!m_running || m_fetcher->isRunning() || m_detector->isRunning() || m_sampler)
        return;
    const QList<IpAddress> points = samplesNeeded(m_domain.ascii, m_fetcher->data(), *m_catalog);
    if (points.isEmpty()) {
        complete();
        return;
    }
    m_sampler = new CoverageSampler(m_resolver, this);
    connect(m_sampler, &CoverageSampler::finished, this, &DomainAnalyzer::complete);
    m_sampler->start(m_domain.ascii, points);
}

void DomainAnalyzer::complete()
{
    m_report = analyze(m_domain, m_fetcher->data(), m_detector->mxResult(), m_choice, *m_catalog,
                       m_sampler ? m_sampler->samples() : SpfCoverage::Samples());
    m_running = false;
    if (m_sampler)
        m_sampler->deleteLater();
    m_sampler = nullptr;
    m_fetcher->deleteLater();
    m_fetcher = nullptr;
    m_detector->deleteLater();
    m_detector = nullptr;
    Q_EMIT finished();
}

QList<IpAddress> DomainAnalyzer::samplesNeeded(const QString &domain, const SpfDnsData &data, const Catalog &catalog)
{
    QList<IpNetwork> networks;
    for (const CatalogRange &range : changedRanges(catalog))
        networks.append(range.network);
    return SpfCoverage::samplePoints(SpfCoverage::evaluate(data, domain, networks), networks);
}

DomainReport DomainAnalyzer::analyze(const DomainInput &domain, const SpfDnsData &data, const DataCenterDetection &mx,
                                     const QString &choice, const Catalog &catalog, const SpfCoverage::Samples &samples)
{
    DomainReport report;
    report.domain = domain;
    const QHash<QString, QString> hosts = tmemsHosts(catalog);
    const SpfTreeSummary summary = SpfTreeBuilder::build(data, domain.ascii, hosts);
    report.tree = summary.tree;
    report.spfStatus = summary.status;
    report.lookups = summary.lookups;
    report.voidLookups = summary.voidLookups;
    report.problems = summary.problems;
    report.tmemsInclude = includeKind(summary);
    const SpfRecordAt &root = data.record(domain.ascii);
    if (root.state == SpfRecordAt::State::Ok || root.state == SpfRecordAt::State::Multiple)
        report.record = root.text;

    const bool chosen = !choice.isEmpty() && choice != QLatin1String("auto");
    const DataCenterDetection dc = DataCenterDetector::decide(mx, report.tmemsInclude, choice, catalog);
    report.dataCenterId = dc.id;
    report.detectedFrom = dc.detectedFrom;
    report.mxHosts = dc.mxHosts;
    report.mxLookupFailed = mx.dnsFailure;
    if (chosen && !mx.mxDataCenterId.isEmpty() && mx.mxDataCenterId != choice) {
        // The user's choice is kept, but a contradiction this plain must be shown.
        report.problems.append(SpfFindings::dataCenterMismatch(domain.ascii, choice, mx.mxDataCenterId, catalog));
    }
    if (mx.dnsFailure && !chosen)
        report.problems.append(SpfFindings::dnsFailure(domain.ascii, DnsType::MX, mx.failureStatus, mx.errorString));

    // Only for a domain known to be on the Japan data center: the Japan record
    // lists Japan's servers alone, so on any other site (or an unknown one that
    // turns out to be another) it would fail the domain's own outbound mail.
    const CatalogDataCenter *site = catalog.dataCenter(dc.id);
    if (site && site->changeRequired && root.state == SpfRecordAt::State::Ok) {
        report.proposedRecord = SpfProposal::propose(root.policy, domain.ascii, catalog.legacySpfHost(),
                                                     catalog.japanSpfHost());
        if (!report.proposedRecord.isNull()) {
            SpfDnsData proposed = data;
            proposed.overrideRecord(domain.ascii, report.proposedRecord);
            report.proposedLookups = SpfTreeBuilder::build(proposed, domain.ascii, hosts).lookups;
        }
    }

    const QList<CatalogRange> ranges = changedRanges(catalog);
    QList<IpNetwork> networks;
    for (const CatalogRange &range : ranges)
        networks.append(range.network);
    const SpfCoverage::Result coverage = SpfCoverage::evaluate(data, domain.ascii, networks);
    for (const CatalogRange &range : ranges)
        report.coverage.append({range.network, range.isAdded(), SpfCoverage::level(coverage, range.network, samples)});

    report.actions = DomainActions::plan(report, catalog);
    return report;
}
