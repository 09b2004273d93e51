// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsAnswer.h"

#include <QObject>

/// Asynchronous DNS questions. `lookup()` returns an id at once; the answer
/// arrives later on `answered(id, answer)`, never from inside `lookup()`
/// itself, so callers can connect and bookkeep without re-entrancy surprises.
/// Every query ends exactly once: with records, NXDOMAIN, NODATA, a failure or
/// Cancelled. Lives in the thread that created it.
///
/// Implementations: QtDnsResolver (QDnsLookup, the real network) and
/// ZoneResolver (an in-memory zone for tests). CachingResolver adds the per-run
/// cache and in-flight de-duplication in front of either.
class DnsResolver : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsResolver)
public:
    using QueryId = quint64;

    explicit DnsResolver(QObject *parent = nullptr) : QObject(parent) {}
    ~DnsResolver() override = default;

    /// `name` is an A-label host name (no trailing dot needed); case does not matter.
    virtual QueryId lookup(const QString &name, DnsType type) = 0;
    /// Ends one query with Status::Cancelled (emitted asynchronously); unknown ids are ignored.
    virtual void cancel(QueryId id) = 0;
    /// Cancels every query in flight.
    virtual void cancelAll() = 0;

Q_SIGNALS:
    void answered(DnsResolver::QueryId id, const DnsAnswer &answer);
};
