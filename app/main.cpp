// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLineApp.h"
#include "GuiModule.h"
#include "GuiModuleLoader.h"
#include "QuickExit.h"

#include <QCoreApplication>

namespace {

bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // An explicit platform (offscreen, vnc, eglfs, ...) is the user's choice.
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    std::vector<char *> moved = CommandLineApp::withGlobalLanguageMoved(argc, argv);
    argc = int(moved.size()) - 1; // the last is argv's terminating NULL
    argv = moved.data();
    const QStringList arguments = CommandLineApp::argumentsOf(argc, argv);

    QCoreApplication::setOrganizationName(QStringLiteral("tmems-assistant"));
    QCoreApplication::setApplicationName(QStringLiteral("tmems-assistant"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TMEMS_VERSION));

    // The wizard and the report need QtGui/QtWidgets: they live in the GUI module,
    // loaded only for them, so that check/spf start with QtCore and QtNetwork alone.
    // Each path ends the process itself with quickExit() (see QuickExit.h).
    if (!CommandLineApp::isCommandLine(arguments)) {
        if (!displayAvailable()) {
            // Qt's platform plugin would abort with a message about xcb.
            QCoreApplication app(argc, argv);
            quickExit(CommandLineApp::refuseWizardWithoutDisplay());
        }
        quickExit(GuiModuleLoader::run(GuiModule::WizardSymbol, argc, argv));
    }
    if (arguments.value(1) == QLatin1String("report"))
        quickExit(GuiModuleLoader::run(GuiModule::ReportSymbol, argc, argv));
    QCoreApplication app(argc, argv);
    CommandLineApp::runAndExit(arguments);
}
