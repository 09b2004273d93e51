// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsSubcommand.h"

#include "DnsModule.h"
#include "ExitCode.h"
#include "ResolverFactory.h"

DnsSubcommand::DnsSubcommand(CliStreams streams, QObject *parent)
    : Subcommand(streams, parent)
{
}

DnsSubcommand::~DnsSubcommand() = default;

DnsResolver *DnsSubcommand::resolver(const QString &dnsServer, int timeoutMs)
{
    if (m_injected)
        return m_injected;
    if (!m_owned) {
        QString error;
        // An installation without its DNS module: say so once, before any
        // query, rather than report every domain as a DNS failure.
        if (!DnsModule::backend(&error)) {
            err() << tr("tmems-assistant %1: %2").arg(name(), error) << Qt::endl;
            finish(ExitUsage);
            return nullptr;
        }
        m_owned = createResolver(dnsServer, timeoutMs, &error);
        if (!m_owned) {
            failUsage(error);
            return nullptr;
        }
    }
    return m_owned.get();
}
