// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsResolver.h"

#include <QHash>
#include <QList>
#include <QSet>

/// The per-run DNS layer every check talks to: answers each question
/// (case-insensitive name + type) at most once per run from upstream, joins
/// identical questions in flight into one upstream query, and keeps at most
/// maxInFlight() upstream queries running (QDnsLookup runs 5 at once: the rest
/// wait here in order instead of as hundreds of QDnsLookup objects).
/// Every final answer is remembered for the run, failures included, so that one
/// analysis sees one consistent view of DNS; clear() forgets them (a new run).
/// Cancelled is never remembered. Does not own the upstream resolver unless it
/// is made its child (createResolver() does). Main thread only.
class CachingResolver final : public DnsResolver
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxInFlight = 5;

    explicit CachingResolver(DnsResolver *upstream, QObject *parent = nullptr);
    ~CachingResolver() override;

    void setMaxInFlight(int count) { m_maxInFlight = count > 0 ? count : 1; }
    int maxInFlight() const { return m_maxInFlight; }
    /// Forgets every remembered answer (queries in flight are not touched).
    void clear() { m_cache.clear(); }

    QueryId lookup(const QString &name, DnsType type) override;
    void cancel(QueryId id) override;
    void cancelAll() override;

    /// Upstream queries running now / waiting for a slot (for tests and logs).
    int upstreamRunning() const { return m_running.size(); }
    int upstreamWaiting() const { return m_queue.size(); }

private:
    struct Key
    {
        QString name;
        DnsType type;
        friend bool operator==(const Key &a, const Key &b) { return a.type == b.type && a.name == b.name; }
        friend size_t qHash(const Key &key, size_t seed = 0) { return qHashMulti(seed, key.name, int(key.type)); }
    };
    struct Flight
    {
        QList<QueryId> callers;
        QueryId upstreamId = 0; ///< 0 while it waits for a slot
    };

    static Key makeKey(const QString &name, DnsType type);
    void pump();
    void onUpstreamAnswered(QueryId upstreamId, const DnsAnswer &answer);
    void deliverLater(QueryId id, const DnsAnswer &answer);
    void dropFlightIfUnwanted(const Key &key);

    DnsResolver *m_upstream;
    QHash<Key, DnsAnswer> m_cache;
    QHash<Key, Flight> m_flights;
    QHash<QueryId, Key> m_callerKeys;     ///< our id -> its question
    QHash<QueryId, Key> m_running;        ///< upstream id -> question (still wanted)
    QSet<QueryId> m_abandoned;            ///< upstream ids cancelled, answer still due
    QList<Key> m_queue;                   ///< questions waiting for an upstream slot
    QHash<QueryId, DnsAnswer> m_ready;    ///< answers waiting for the event loop
    QueryId m_nextId = 1;
    int m_maxInFlight = DefaultMaxInFlight;
};
