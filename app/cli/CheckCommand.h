// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsSubcommand.h"

#include "Catalog.h"
#include "DomainReport.h"

#include <memory>
#include <optional>

class BatchChecker;

/// `tmems-assistant check DOMAIN...`: the per-domain analysis (data center,
/// SPF health, TMEmS include, proposed record, coverage of the Japan ranges,
/// actions) for every domain given on the line or in --domains-file, as text
/// or as the `check --json` document of cli-contract.md. Exit 0 nothing to
/// do, 1 action needed, 2 bad input (nothing checked), 3 DNS failed.
class CheckCommand final : public DnsSubcommand
{
    Q_OBJECT
public:
    explicit CheckCommand(CliStreams streams, QObject *parent = nullptr);
    ~CheckCommand() override;

    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

    static int exitCodeFor(const QList<DomainReport> &reports);

private:
    void addOptions(QCommandLineParser &parser);
    bool readOptions(const QCommandLineParser &parser, QString *choice, int *timeoutMs);
    void onFinished(const QList<DomainReport> &reports);

    std::optional<Catalog> m_catalog;
    std::unique_ptr<BatchChecker> m_checker;
    bool m_json = false;
};
