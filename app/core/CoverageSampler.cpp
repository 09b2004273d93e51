// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoverageSampler.h"

#include "SpfChecker.h"

#include <QTimer>

CoverageSampler::CoverageSampler(DnsResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
}

CoverageSampler::~CoverageSampler()
{
    qDeleteAll(m_running);
}

void CoverageSampler::start(const QString &domain, const QList<IpAddress> &addresses)
{
    m_domain = domain;
    m_addresses = addresses;
    m_pending = addresses.size();
    if (addresses.isEmpty()) {
        QTimer::singleShot(0, this, &CoverageSampler::finished);
        return;
    }
    startMore();
}

void CoverageSampler::startMore()
{
    // A check that finishes inside start() (every answer cached) comes back
    // here: the loop below goes on instead of recursing once per address.
    if (m_starting)
        return;
    m_starting = true;
    while (m_running.size() < MaxRunning && m_next < m_addresses.size())
        startOne(m_addresses.at(m_next++));
    m_starting = false;
}

void CoverageSampler::startOne(const IpAddress &address)
{
    auto *checker = new SpfChecker(m_resolver);
    m_running.append(checker);
    connect(checker, &SpfChecker::finished, this, [this, checker, address](const SpfResult &result) {
        if (result.code != SpfResult::Code::TempError)
            m_samples.insert(address.toString(), result.code == SpfResult::Code::Pass);
        m_running.removeOne(checker);
        checker->deleteLater();
        startMore();
        if (--m_pending == 0)
            Q_EMIT finished();
    });
    checker->start(SpfCheckRequest::fromIdentity(address, QStringLiteral("postmaster@") + m_domain, m_domain));
}
