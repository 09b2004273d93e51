// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Subcommand.h"

#include <QObject>

#include <memory>

/// The `tmems-assistant` command line: global options (--help, --version,
/// --lang) and dispatch to one Subcommand. Emits finished(exitCode) exactly
/// once, after start() returned. Used by main.cpp and, with string streams,
/// by the CLI tests.
class CommandLineApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandLineApp)
public:
    explicit CommandLineApp(CliStreams streams, QObject *parent = nullptr);
    ~CommandLineApp() override;

    /// True when `arguments` (argv) ask for the command line rather than the
    /// wizard: a subcommand name or a global option such as --version.
    static bool isCommandLine(const QStringList &arguments);
    /// The names of every subcommand, in --help order.
    static QStringList subcommandNames();

    void start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    std::unique_ptr<Subcommand> createSubcommand(const QString &name);
    void printHelp();
    void finish(int exitCode);

    CliStreams m_streams;
    std::unique_ptr<Subcommand> m_subcommand;
};
