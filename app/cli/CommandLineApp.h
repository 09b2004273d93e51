// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Subcommand.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <vector>

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
    /// wizard: anything after the program name.
    static bool isCommandLine(const QStringList &arguments);
    /// The names of every subcommand, in --help order.
    static QStringList subcommandNames();
    /// The --help line of `report`. The report lives in the GUI module (it needs
    /// QtGui), which the executable loads only to run it, not to print help.
    static QString reportSummary();

    using SubcommandFactory = std::function<std::unique_ptr<Subcommand>(CliStreams)>;
    /// Makes `name` run the subcommand `factory` builds. tmems_cli itself has
    /// every subcommand except `report`, which the GUI module adds this way.
    void addSubcommand(const QString &name, SubcommandFactory factory);

    void start(const QStringList &arguments);
    /// start(arguments) inside the running application's event loop; returns
    /// the exit code.
    int exec(const QStringList &arguments);
    /// For main() and the GUI module's report entry point: runs `arguments` on
    /// stdout/stderr in the running application (after `prepare` may add
    /// subcommands) and ends the process with the exit code, before the
    /// application object's destructor can wait for hung DNS queries (QuickExit.h).
    [[noreturn]] static void runAndExit(const QStringList &arguments,
                                        const std::function<void(CommandLineApp &)> &prepare = {});
    /// main()'s argv as strings, in the local 8-bit encoding.
    static QStringList argumentsOf(int argc, char **argv);
    /// argv with a global "--lang X" (or "--lang=X") given before the
    /// subcommand moved behind it, where every subcommand reads its own
    /// --lang; pointers into `argv`, which must outlive the result, and a
    /// NULL last, as in argv.
    static std::vector<char *> withGlobalLanguageMoved(int argc, char **argv);
    /// For main() when the wizard was asked for (no arguments) but there is no
    /// display to show it on: says so in the system's language; the exit code.
    static int refuseWizardWithoutDisplay();

Q_SIGNALS:
    void finished(int exitCode);

private:
    std::unique_ptr<Subcommand> createSubcommand(const QString &name);
    void printHelp();
    void finish(int exitCode);

    CliStreams m_streams;
    std::map<QString, SubcommandFactory> m_addedSubcommands;
    std::unique_ptr<Subcommand> m_subcommand;
};
