// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "CoverageSampler.h"
#include "DataCenterDetector.h"
#include "DnsResolver.h"
#include "DomainReport.h"
#include "SpfTreeFetcher.h"

#include <QObject>

/// Everything the program concludes about one domain (a DomainReport): which
/// data center serves it, its SPF tree with lookup counts and problems, the
/// TMEmS include it uses, the proposed record and its cost, how the Japan
/// ranges fare under its policy, and the actions. The MX question and the
/// whole SPF tree are fetched at once (SpfTreeFetcher); the analysis itself
/// is pure computation on the answers. Emits finished() exactly once per
/// start(), never from inside start(); abort() or deleting it cancels the
/// queries. Main thread; resolver and catalog must outlive it.
class DomainAnalyzer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainAnalyzer)
public:
    DomainAnalyzer(DnsResolver *resolver, const Catalog *catalog, QObject *parent = nullptr);
    ~DomainAnalyzer() override;

    /// "auto" (or empty) to detect, or a catalog data-center id the user chose.
    void setDataCenterChoice(const QString &choice) { m_choice = choice; }
    void start(const DomainInput &domain);
    void abort();
    bool isRunning() const { return m_running; }
    const DomainReport &report() const { return m_report; }

    /// The analysis of already fetched answers (what start() ends with; tests
    /// call it on hand-made data).
    static DomainReport analyze(const DomainInput &domain, const SpfDnsData &data, const DataCenterDetection &mx,
                                const QString &choice, const Catalog &catalog,
                                const SpfCoverage::Samples &samples = {});
    /// The addresses whose coverage needs check_host() one by one (macros, ptr).
    static QList<IpAddress> samplesNeeded(const QString &domain, const SpfDnsData &data, const Catalog &catalog);

Q_SIGNALS:
    void finished();

private:
    void partFinished();
    void complete();

    DnsResolver *m_resolver;
    const Catalog *m_catalog;
    QString m_choice;
    DomainInput m_domain;
    DomainReport m_report;
    SpfTreeFetcher *m_fetcher = nullptr;
    DataCenterDetector *m_detector = nullptr;
    CoverageSampler *m_sampler = nullptr;
    bool m_running = false;
};
