// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolverFactory.h"

#include "CachingResolver.h"
#include "QtDnsResolver.h"

std::unique_ptr<DnsResolver> createResolver(const QString &dnsServer, int timeoutMs, QString *error)
{
    auto network = std::make_unique<QtDnsResolver>();
    if (!network->setNameserver(dnsServer, error))
        return nullptr;
    network->setTimeoutMs(timeoutMs);
    auto caching = std::make_unique<CachingResolver>(network.get());
    caching->setMaxInFlight(QtDnsResolver::PoolSize);
    network.release()->setParent(caching.get());
    return caching;
}
