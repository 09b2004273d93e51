// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLineApp.h"
#include "GuiModule.h"
#include "GuiModuleLoader.h"

#include <QCoreApplication>
#include <QTextStream>

#include "QuickExit.h"

namespace {

[[noreturn]] void runCommandLine(int &argc, char **argv, const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLineApp cli({&out, &err});
    const int exitCode = cli.exec(arguments);
    out.flush();
    err.flush();
    quickExit(exitCode); // before ~QCoreApplication, which waits for hung DNS queries
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("tmems-assistant"));
    QCoreApplication::setApplicationName(QStringLiteral("tmems-assistant"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TMEMS_VERSION));

    // The wizard and the report need QtGui/QtWidgets: they live in the GUI module,
    // loaded only for them, so that check/spf start with QtCore and QtNetwork alone.
    // Each path ends the process itself with quickExit() (see QuickExit.h).
    if (!CommandLineApp::isCommandLine(arguments))
        quickExit(GuiModuleLoader::run(GuiModule::WizardSymbol, argc, argv));
    if (arguments.value(1) == QLatin1String("report"))
        quickExit(GuiModuleLoader::run(GuiModule::ReportSymbol, argc, argv));
    runCommandLine(argc, argv, arguments);
}
