// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLineApp.h"
#include "WizardLauncher.h"

#include <QApplication>
#include <QGuiApplication>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("tmems-assistant"));
    QCoreApplication::setApplicationName(QStringLiteral("tmems-assistant"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TMEMS_VERSION));

    if (!CommandLineApp::isCommandLine(arguments))
        return WizardLauncher::run(argc, argv);

    // The report needs fonts (QtGui) but no display; everything else only QtCore.
    std::unique_ptr<QCoreApplication> app;
    // QGuiApplication takes Qt's own options (-platform, -style, -display ...) out of
    // argv and acts on them, which would eat `report --platform fortigate`; the
    // command line was read into `arguments` already, so it gets the program name only.
    int guiArgc = 1;
    if (arguments.value(1) == QLatin1String("report")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(guiArgc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLineApp cli({&out, &err});
    QObject::connect(&cli, &CommandLineApp::finished, app.get(), &QCoreApplication::exit);
    QTimer::singleShot(0, &cli, [&cli, &arguments] { cli.start(arguments); });
    return app->exec();
}
