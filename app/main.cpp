// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLineApp.h"
#include "GuiModule.h"
#include "GuiModuleLoader.h"

#include <QCoreApplication>
#include <QTextStream>

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
    if (!CommandLineApp::isCommandLine(arguments))
        return GuiModuleLoader::run(GuiModule::WizardSymbol, argc, argv);
    if (arguments.value(1) == QLatin1String("report"))
        return GuiModuleLoader::run(GuiModule::ReportSymbol, argc, argv);

    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLineApp cli({&out, &err});
    return cli.exec(arguments);
}
