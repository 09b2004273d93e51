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
    qDeleteAll(m_checkers);
}

void CoverageSampler::start(const QString &domain, const QList<IpAddress> &addresses)
{
    m_pending = int(addresses.size());
    if (addresses.isEmpty()) {
        QTimer::singleShot(0, this, &CoverageSampler::finished);
        return;
    }
    for (const IpAddress &address : addresses) {
        auto *checker = new SpfChecker(m_resolver);
        m_checkers.append(checker);
        connect(checker, &SpfChecker::finished, this, [this, address](const SpfResult &result) {
            if (result.code != SpfResult::Code::TempError)
                m_samples.insert(address.toString(), result.code == SpfResult::Code::Pass);
            if (--m_pending == 0)
                Q_EMIT finished();
        });
        checker->start(SpfCheckRequest::fromIdentity(address, QStringLiteral("postmaster@") + domain, domain));
    }
}
