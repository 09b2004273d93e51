// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsResolver.h"
#include "Subcommand.h"

#include <memory>

/// A subcommand that asks DNS (check, spf, report): the resolver comes from
/// the test that injected one, or is made here for --dns-server or the system
/// resolver, and lives as long as the command. Subclasses declare whatever
/// uses the resolver (checkers) as their own members, so those are destroyed
/// before it. Main thread.
class DnsSubcommand : public Subcommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsSubcommand)
public:
    explicit DnsSubcommand(CliStreams streams, QObject *parent = nullptr);
    ~DnsSubcommand() override;

    /// Tests answer from an in-memory zone instead of the network; `resolver`
    /// (not owned) must outlive the command. --dns-server is then ignored.
    void setResolver(DnsResolver *resolver) { m_injected = resolver; }

protected:
    /// The injected resolver, else a new one sending to `dnsServer` (the system
    /// resolver when empty) with a per-query limit of `timeoutMs` (0: the
    /// default). For a bad server address, or without the DNS module, prints why,
    /// finishes 2 and returns nullptr.
    DnsResolver *resolver(const QString &dnsServer, int timeoutMs = 0);

private:
    DnsResolver *m_injected = nullptr;
    std::unique_ptr<DnsResolver> m_owned;
};
