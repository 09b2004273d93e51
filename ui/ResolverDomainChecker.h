// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "DnsResolver.h"
#include "DomainChecker.h"

#include <QHash>
#include <QPointer>

/// DomainChecker over any DnsResolver (QtDnsResolver in the app, ZoneResolver
/// in tests). Detects the data center from MX (catalog suffixes) and reads the
/// SPF record: which TMEmS include it uses and the proposed record.
///
/// Interim: the full RFC 7208 analysis (lookup counts, include tree, coverage)
/// is the check branch's BatchChecker; when it is merged, runFull() hands each
/// domain to it instead. Runs at most `MaxParallel` domains at a time, which
/// matches QDnsLookup's pool of 5 threads. Main thread only.
class ResolverDomainChecker final : public DomainChecker
{
    Q_OBJECT
public:
    static constexpr int MaxParallel = 5;

    /// `resolver` is not owned and must outlive this object.
    ResolverDomainChecker(DnsResolver *resolver, const Catalog &catalog, QObject *parent = nullptr);
    ~ResolverDomainChecker() override;

    void start(const QList<DomainInput> &domains, Mode mode) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }

private:
    struct Job
    {
        int index = -1;
        DomainReport report;
        int pending = 0;
    };
    void startNext();
    void onAnswered(DnsResolver::QueryId id, const DnsAnswer &answer);
    void applyMx(Job &job, const DnsAnswer &answer) const;
    void applyTxt(Job &job, const DnsAnswer &answer) const;
    void finishJob(int index);
    void finalize(DomainReport &report) const;

    QPointer<DnsResolver> m_resolver;
    Catalog m_catalog;
    QList<DomainInput> m_domains;
    Mode m_mode = Mode::Full;
    int m_next = 0;
    bool m_running = false;
    QHash<int, Job> m_jobs;                           ///< by domain index
    QHash<DnsResolver::QueryId, QPair<int, DnsType>> m_queries; ///< id → (domain index, type)
};
