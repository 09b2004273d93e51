// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsSubcommand.h"
#include "SpfChecker.h"

#include <memory>
#include <optional>

/// `tmems-assistant spf DOMAIN --ip IP`: one RFC 7208 check_host() for one
/// client address, printed as the result word then a translated explanation,
/// or as JSON. Exit 0 when the check completed (whatever the result), 2 for bad
/// input, 3 for temperror. Uses the real resolver unless one is injected (tests).
class SpfCommand final : public DnsSubcommand
{
    Q_OBJECT
public:
    explicit SpfCommand(CliStreams streams, QObject *parent = nullptr);
    ~SpfCommand() override;

    QString name() const override { return QStringLiteral("spf"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    /// The check the arguments ask for; on bad input prints why, finishes 2 and returns nullopt.
    std::optional<SpfCheckRequest> checkRequest(const QCommandLineParser &parser);
    void report(const SpfResult &result, bool json);

    std::unique_ptr<SpfChecker> m_checker; ///< a member of the subclass: destroyed before the resolver
};
