// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Subcommand.h"

#include <memory>

class DnsResolver;
class SpfChecker;
struct SpfResult;

/// `tmems-assistant spf DOMAIN --ip IP`: one RFC 7208 check_host() for one
/// client address, printed as the result word then a translated explanation,
/// or as JSON. Exit 0 when the check completed (whatever the result), 2 for bad
/// input, 3 for temperror. Uses the real resolver unless one is injected (tests).
class SpfCommand final : public Subcommand
{
    Q_OBJECT
public:
    explicit SpfCommand(CliStreams streams, QObject *parent = nullptr);
    ~SpfCommand() override;

    QString name() const override { return QStringLiteral("spf"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

    /// Uses `resolver` (not owned; must outlive the command) instead of the
    /// system or --dns-server resolver.
    void setResolver(DnsResolver *resolver) { m_injectedResolver = resolver; }

private:
    void report(const SpfResult &result, bool json);

    DnsResolver *m_injectedResolver = nullptr;
    std::unique_ptr<DnsResolver> m_ownedResolver;
    std::unique_ptr<SpfChecker> m_checker; ///< declared after the resolver: destroyed first
};
