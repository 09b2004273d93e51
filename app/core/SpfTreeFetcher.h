// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsResolver.h"
#include "SpfDnsData.h"

#include <QHash>
#include <QObject>
#include <QSet>

/// Fetches everything an SPF analysis reads: the record of a domain, of every
/// include:/redirect= target, the A/MX answers of a, mx and exists terms, and
/// the addresses of MX hosts. A query starts the moment the answer that names
/// it arrives, so every name of one tree level is in flight at once and the
/// wall time follows the tree's depth, not its size. Each (name, type) is asked
/// once; loops end by themselves. The number of queries is capped (a hostile
/// tree cannot make it run for ever). Main thread; the resolver must outlive it.
class SpfTreeFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpfTreeFetcher)
public:
    static constexpr int MaxQueries = 400;

    explicit SpfTreeFetcher(DnsResolver *resolver, QObject *parent = nullptr);
    ~SpfTreeFetcher() override;

    /// Also fetch AAAA for a/mx targets (when IPv6 ranges matter).
    void setWantIpv6(bool want) { m_wantIpv6 = want; }
    /// Whenever `host` is fetched as a record, fetch `companion` too (the Japan
    /// include beside the legacy one, for the proposed record).
    void addCompanion(const QString &host, const QString &companion);
    /// Fetches the record at `domain` and everything it reaches; finished() once all is in.
    void start(const QString &domain);
    /// Adds another tree to the same fetch (before finished()).
    void fetchRecord(const QString &name);
    void abort();

    const SpfDnsData &data() const { return m_data; }
    bool isRunning() const { return !m_inFlight.isEmpty(); }
    bool hitQueryLimit() const { return m_limitHit; }

Q_SIGNALS:
    void finished();

private:
    struct Question
    {
        QString name;
        DnsType type;
    };
    void need(const QString &name, DnsType type);
    void onAnswered(DnsResolver::QueryId id, const DnsAnswer &answer);
    void followRecord(const QString &name);
    void followMx(const DnsAnswer &answer);

    DnsResolver *m_resolver;
    SpfDnsData m_data;
    QHash<DnsResolver::QueryId, Question> m_inFlight;
    QSet<QString> m_asked;
    QHash<QString, QString> m_companions;
    int m_queries = 0;
    bool m_limitHit = false;
    bool m_wantIpv6 = false;
    bool m_finishQueued = false;
};
