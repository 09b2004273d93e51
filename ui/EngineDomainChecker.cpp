// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineDomainChecker.h"

#include "BatchChecker.h"
#include "DataCenterDetector.h"
#include "DnsResolver.h"
#include "SpfFindings.h"

#include <QTimer>

EngineDomainChecker::EngineDomainChecker(DnsResolver *resolver, const Catalog &catalog, QObject *parent)
    : DomainChecker(parent)
    , m_resolver(resolver)
    , m_catalog(catalog)
{
}

EngineDomainChecker::~EngineDomainChecker()
{
    m_running = false;
    delete m_batch;
    qDeleteAll(m_detectors);
}

void EngineDomainChecker::start(const QList<DomainInput> &domains, Mode mode, const QHash<QString, QString> &dataCenters)
{
    cancel();
    m_domains = domains;
    m_next = 0;
    m_done = 0;
    m_running = true;
    if (!m_resolver) {
        // No usable resolver (bad DNS server setting): every domain is a DNS failure, said so per row.
        QTimer::singleShot(0, this, [this] {
            for (int i = 0; i < m_domains.size() && m_running; ++i) {
                DomainReport report;
                report.domain = m_domains.at(i);
                report.spfStatus = DomainReport::SpfStatus::TempError;
                emit domainStarted(i);
                emit domainFinished(i, report);
            }
            finish(false);
        });
        return;
    }
    if (mode == Mode::DetectDataCenter) {
        QTimer::singleShot(0, this, &EngineDomainChecker::startDetections);
        return;
    }
    m_batch = new BatchChecker(m_resolver, &m_catalog, this);
    m_batch->setDataCenterChoices(dataCenters);
    connect(m_batch, &BatchChecker::domainStarted, this, [this](int index) { emit domainStarted(index); });
    connect(m_batch, &BatchChecker::domainFinished, this, &DomainChecker::domainFinished);
    connect(m_batch, &BatchChecker::finished, this, [this] { finish(false); });
    m_batch->start(domains);
}

void EngineDomainChecker::cancel()
{
    if (!m_running)
        return;
    if (m_batch)
        m_batch->cancel();
    finish(true);
}

void EngineDomainChecker::finish(bool cancelled)
{
    m_running = false;
    // Deleting the engine objects drops their queries; a late answer reaches no one.
    if (m_batch) {
        m_batch->disconnect(this);
        m_batch->deleteLater();
        m_batch = nullptr;
    }
    for (DataCenterDetector *detector : std::as_const(m_detectors)) {
        detector->disconnect(this);
        detector->deleteLater();
    }
    m_detectors.clear();
    emit finished(cancelled);
}

void EngineDomainChecker::startDetections()
{
    while (m_running && m_detectors.size() < MaxParallelDetections && m_next < m_domains.size()) {
        const int index = m_next++;
        auto *detector = new DataCenterDetector(m_resolver, &m_catalog, this);
        m_detectors.append(detector);
        connect(detector, &DataCenterDetector::finished, this,
                [this, detector, index] { onDetected(detector, index); });
        emit domainStarted(index);
        detector->start(m_domains.at(index).ascii);
    }
    if (m_running && m_detectors.isEmpty() && m_next >= m_domains.size())
        finish(false);
}

void EngineDomainChecker::onDetected(DataCenterDetector *detector, int index)
{
    if (!m_running)
        return;
    const DataCenterDetection decided = DataCenterDetector::decide(
        detector->mxResult(), DomainReport::TmemsInclude::None, QStringLiteral("auto"), m_catalog);
    m_detectors.removeOne(detector);
    detector->deleteLater();
    DomainReport report;
    report.domain = m_domains.at(index);
    report.dataCenterId = decided.id;
    report.detectedFrom = decided.detectedFrom;
    report.mxHosts = decided.mxHosts;
    report.mxLookupFailed = decided.dnsFailure;
    if (decided.domainNotFound)
        report.problems.append(SpfFindings::make(QStringLiteral("domain-not-found"), report.domain.ascii));
    ++m_done;
    emit domainFinished(index, report);
    startDetections();
}
