// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsResolver.h"
#include "SpfCoverage.h"

#include <QObject>

class SpfChecker;

/// Runs RFC 7208 check_host() (SpfChecker) for a few client addresses at
/// once: the fallback of SpfCoverage where a policy's result depends on the
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
    DnsResolver *m_resolver;
    QList<SpfChecker *> m_checkers;
    SpfCoverage::Samples m_samples;
    int m_pending = 0;
};
