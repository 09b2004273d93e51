// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLineApp.h"
#include "GuiModule.h"
#include "GuiModuleLoader.h"
#include "QuickExit.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    const QStringList arguments = CommandLineApp::argumentsOf(argc, argv);

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
    QCoreApplication app(argc, argv);
    CommandLineApp::runAndExit(arguments);
}
