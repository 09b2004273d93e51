// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsResolver.h"
#include "SpfCoverage.h"

#include <QObject>

class SpfChecker;

/// Runs RFC 7208 check_host() (SpfChecker) for client addresses, a few at a
/// time: the fallback of SpfCoverage where a policy's result depends on the
/// client (macros, ptr). finished() carries pass / not pass per address;
/// addresses whose check ended in temperror are left out (so their range
/// stays "unknown"). Main thread; deleting it cancels the checks.
class CoverageSampler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageSampler)
public:
    explicit CoverageSampler(DnsResolver *resolver, QObject *parent = nullptr);
    ~CoverageSampler() override;

    /// Checks mail from each address claiming "postmaster@`domain`".
    void start(const QString &domain, const QList<IpAddress> &addresses);
    const SpfCoverage::Samples &samples() const { return m_samples; }

Q_SIGNALS:
    void finished();

private:
    /// Checks running at once. Every live checker hears every answer of the
    /// shared resolver, which asks 5 questions at a time anyway: 512 checkers
    /// at once per domain made a run's CPU grow with the square of its size.
    static constexpr int MaxRunning = 6;

    void startMore();
    void startOne(const IpAddress &address);

    DnsResolver *m_resolver;
    QString m_domain;
    QList<IpAddress> m_addresses;
    qsizetype m_next = 0;
    QList<SpfChecker *> m_running;
    SpfCoverage::Samples m_samples;
    qsizetype m_pending = 0;
    bool m_starting = false;
};
