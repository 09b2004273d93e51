// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsSubcommand.h"

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
        m_owned = createResolver(dnsServer, timeoutMs, &error);
        if (!m_owned) {
            failUsage(error);
            return nullptr;
        }
    }
    return m_owned.get();
}
