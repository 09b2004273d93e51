// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsSubcommand.h"
#include "DomainReport.h"
#include "ReportOptions.h"

#include <memory>

class BatchChecker;
class CommandLineApp;

/// `tmems-assistant report DOMAIN... --output FILE`: checks the domains (or
/// reads a saved `check --json` document with --from-json) and writes the
/// report as PDF, HTML, JSON or CSV, chosen by the file's extension. Exit
/// status as `check`: 0 nothing to change, 1 action needed, 2 bad usage or the
/// file could not be written, 3 DNS failed for some domain (the report is
/// still written). Needs a QGuiApplication for PDF; it runs in the GUI module
/// (app/GuiModuleMain.cpp), which makes one, so that the other subcommands
/// never load QtGui.
class ReportCommand final : public DnsSubcommand
{
    Q_OBJECT
public:
    explicit ReportCommand(CliStreams streams, QObject *parent = nullptr);
    ~ReportCommand() override;
    /// Registers `report` with `app` (the GUI module and the CLI tests do).
    static void addTo(CommandLineApp &app);
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    bool readOptions(const QCommandLineParser &parser);
    void readSavedCheck(const QString &path);
    void checkDomains(const QList<DomainInput> &domains);
    void writeReport(const QList<DomainReport> &reports);

    ReportOptions m_options;
    QString m_output;
    QString m_dataCenterChoice;
    std::unique_ptr<BatchChecker> m_checker;
};
