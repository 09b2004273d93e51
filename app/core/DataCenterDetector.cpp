// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataCenterDetector.h"

#include <utility>

namespace {

/// The one site that publishes the Japan-only include (catalog spfHost "jp").
const CatalogDataCenter *japanDataCenter(const Catalog &catalog)
{
    const CatalogDataCenter *found = nullptr;
    for (const CatalogDataCenter &dc : catalog.dataCenters) {
        if (dc.spfHostId == QLatin1String("jp")) {
            if (found)
                return nullptr; // shared by several sites: it identifies none
            found = &dc;
        }
    }
    return found;
}

} // namespace

DataCenterDetector::DataCenterDetector(DnsResolver *resolver, const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_catalog(catalog)
{
    connect(m_resolver, &DnsResolver::answered, this, &DataCenterDetector::onAnswered);
}

DataCenterDetector::~DataCenterDetector()
{
    abort();
}

void DataCenterDetector::start(const QString &asciiDomain)
{
    abort();
    m_result = {};
    m_query = m_resolver->lookup(asciiDomain, DnsType::MX);
}

void DataCenterDetector::abort()
{
    if (m_query != 0) {
        m_resolver->cancel(m_query);
        m_query = 0;
    }
}

void DataCenterDetector::onAnswered(DnsResolver::QueryId id, const DnsAnswer &answer)
{
    if (id != m_query || m_query == 0)
        return;
    m_query = 0;
    m_result = classifyMx(answer, *m_catalog);
    Q_EMIT finished();
}

DataCenterDetection DataCenterDetector::classifyMx(const DnsAnswer &answer, const Catalog &catalog)
{
    DataCenterDetection result;
    if (answer.isFailure() || answer.status == DnsAnswer::Status::Cancelled) {
        result.dnsFailure = true;
        result.errorString = answer.errorString;
        result.failureStatus = answer.status;
        return result;
    }
    result.domainNotFound = answer.status == DnsAnswer::Status::NxDomain;
    // Mail goes to the most preferred host first: that one decides.
    for (const DnsMxRecord &mx : byPreference(answer.mx)) {
        if (!mx.exchange.isEmpty() && !result.mxHosts.contains(mx.exchange))
            result.mxHosts.append(mx.exchange);
    }
    if (const CatalogDataCenter *dc = catalog.dataCenterForMxHosts(result.mxHosts)) {
        result.mxDataCenterId = dc->id;
        result.id = dc->id;
        result.detectedFrom = DomainReport::DetectedFrom::Mx;
    }
    return result;
}

DataCenterDetection DataCenterDetector::decide(DataCenterDetection fromMx, DomainReport::TmemsInclude include,
                                               const QString &choice, const Catalog &catalog)
{
    DataCenterDetection result = std::move(fromMx);
    if (!choice.isEmpty() && choice != QLatin1String("auto")) {
        result.id = choice;
        result.detectedFrom = DomainReport::DetectedFrom::Option;
        return result;
    }
    if (!result.mxDataCenterId.isEmpty())
        return result;
    // Only the Japan include identifies a site: the legacy one is what every
    // site publishes and what a Japan customer has before switching, so
    // "legacy only" stays unknown rather than a guess of "us".
    const CatalogDataCenter *japan = japanDataCenter(catalog);
    if (japan && (include == DomainReport::TmemsInclude::Japan || include == DomainReport::TmemsInclude::Both)) {
        result.id = japan->id;
        result.detectedFrom = DomainReport::DetectedFrom::Spf;
    } else {
        result.id = QStringLiteral("unknown");
        result.detectedFrom = DomainReport::DetectedFrom::None;
    }
    return result;
}
