// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "DomainChecker.h"

#include <QPointer>

class BatchChecker;
class DataCenterDetector;
class DnsResolver;

/// DomainChecker over the engine, the same code the `check` subcommand runs:
/// DataCenterDetector for the data center page (MX only), BatchChecker for the
/// full analysis. Works over any DnsResolver (the CachingResolver from
/// ResolverFactory in the app, ZoneResolver in tests). Main thread only.
class EngineDomainChecker final : public DomainChecker
{
    Q_OBJECT
public:
    /// Detections run at once; QDnsLookup has 5 threads, more would only queue.
    static constexpr int MaxParallelDetections = 5;

    /// `resolver` is not owned and must outlive this object; null → every domain ends with a DNS failure.
    EngineDomainChecker(DnsResolver *resolver, const Catalog &catalog, QObject *parent = nullptr);
    ~EngineDomainChecker() override;

    void start(const QList<DomainInput> &domains, Mode mode, const QHash<QString, QString> &dataCenters = {}) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }

private:
    void startDetections();
    void onDetected(DataCenterDetector *detector, int index);
    void finish(bool cancelled);

    QPointer<DnsResolver> m_resolver;
    Catalog m_catalog;
    BatchChecker *m_batch = nullptr;
    QList<DataCenterDetector *> m_detectors;
    QList<DomainInput> m_domains;
    int m_next = 0;
    int m_done = 0;
    bool m_running = false;
};
