// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CachingResolver.h"

#include <QTimer>

CachingResolver::CachingResolver(DnsResolver *upstream, QObject *parent)
    : DnsResolver(parent)
    , m_upstream(upstream)
{
    Q_ASSERT(upstream);
    connect(m_upstream, &DnsResolver::answered, this, &CachingResolver::onUpstreamAnswered);
}

CachingResolver::~CachingResolver()
{
    // The upstream may be our child and outlive this body by a moment.
    disconnect(m_upstream, nullptr, this, nullptr);
}

CachingResolver::Key CachingResolver::makeKey(const QString &name, DnsType type)
{
    QString normal = name.toLower();
    if (normal.endsWith(u'.'))
        normal.chop(1);
    return Key{normal, type};
}

DnsResolver::QueryId CachingResolver::lookup(const QString &name, DnsType type)
{
    const QueryId id = m_nextId++;
    const Key key = makeKey(name, type);
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend()) {
        deliverLater(id, *cached);
        return id;
    }
    m_callerKeys.insert(id, key);
    auto flight = m_flights.find(key);
    if (flight != m_flights.end()) {
        flight->callers.append(id);
        return id;
    }
    m_flights.insert(key, Flight{{id}, 0});
    m_queue.append(key);
    pump();
    return id;
}

void CachingResolver::pump()
{
    // Abandoned upstream queries still hold their slot until they end.
    while (m_running.size() + m_abandoned.size() < m_maxInFlight && !m_queue.isEmpty()) {
        const Key key = m_queue.takeFirst();
        auto flight = m_flights.find(key);
        if (flight == m_flights.end())
            continue;
        const QueryId upstreamId = m_upstream->lookup(key.name, key.type);
        flight->upstreamId = upstreamId;
        m_running.insert(upstreamId, key);
    }
}

void CachingResolver::onUpstreamAnswered(QueryId upstreamId, const DnsAnswer &answer)
{
    if (m_abandoned.remove(upstreamId)) {
        pump();
        return;
    }
    const auto running = m_running.constFind(upstreamId);
    if (running == m_running.cend())
        return;
    const Key key = *running;
    m_running.erase(running);
    if (answer.status != DnsAnswer::Status::Cancelled)
        m_cache.insert(key, answer);
    const Flight flight = m_flights.take(key);
    for (QueryId caller : flight.callers) {
        m_callerKeys.remove(caller);
        deliverLater(caller, answer);
    }
    pump();
}

void CachingResolver::deliverLater(QueryId id, const DnsAnswer &answer)
{
    // One delivery per id: a later cancel() overwrites a pending answer instead
    // of adding a second one.
    const bool scheduled = m_ready.contains(id);
    m_ready.insert(id, answer);
    if (scheduled)
        return;
    QTimer::singleShot(0, this, [this, id] {
        const auto it = m_ready.constFind(id);
        if (it == m_ready.cend())
            return;
        const DnsAnswer answer = *it;
        m_ready.erase(it);
        Q_EMIT answered(id, answer);
    });
}

void CachingResolver::dropFlightIfUnwanted(const Key &key)
{
    auto flight = m_flights.find(key);
    if (flight == m_flights.end() || !flight->callers.isEmpty())
        return;
    const QueryId upstreamId = flight->upstreamId;
    m_flights.erase(flight);
    if (upstreamId == 0) {
        m_queue.removeAll(key);
        return;
    }
    m_running.remove(upstreamId);
    m_abandoned.insert(upstreamId);
    m_upstream->cancel(upstreamId);
}

void CachingResolver::cancel(QueryId id)
{
    DnsAnswer cancelled;
    cancelled.status = DnsAnswer::Status::Cancelled;
    if (m_ready.contains(id)) {
        deliverLater(id, cancelled);
        return;
    }
    const auto keyIt = m_callerKeys.constFind(id);
    if (keyIt == m_callerKeys.cend())
        return;
    const Key key = *keyIt;
    m_callerKeys.erase(keyIt);
    auto flight = m_flights.find(key);
    if (flight != m_flights.end())
        flight->callers.removeAll(id);
    deliverLater(id, cancelled);
    // The upstream query is cancelled only when nobody else waits for it.
    dropFlightIfUnwanted(key);
}

void CachingResolver::cancelAll()
{
    const auto pendingIds = m_ready.keys();
    const auto waitingIds = m_callerKeys.keys();
    for (QueryId id : pendingIds)
        cancel(id);
    for (QueryId id : waitingIds)
        cancel(id);
}
