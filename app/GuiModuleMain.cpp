// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI module's entry points (see GuiModule.h): the wizard and `report`.
#include "CommandLineApp.h"
#include "GuiModule.h"
#include "ReportCommand.h"
#include "RuntimeDirNotice.h"
#include "WizardLauncher.h"

#include <QGuiApplication>

#include <type_traits>

#if defined(_WIN32)
#define TMEMS_GUI_EXPORT extern "C" __declspec(dllexport)
#else
#define TMEMS_GUI_EXPORT extern "C" __attribute__((visibility("default")))
#endif

TMEMS_GUI_EXPORT const char *tmems_gui_module_version()
{
    return TMEMS_BUILD_KEY;
}

TMEMS_GUI_EXPORT int tmems_gui_run_wizard(int *argc, char **argv, GuiModule::WaitForFonts waitForFonts)
{
    dropRuntimeDirNotice();
    WizardLauncher::run(*argc, argv, waitForFonts);
}

TMEMS_GUI_EXPORT int tmems_gui_run_report(int *argc, char **argv, GuiModule::WaitForFonts waitForFonts)
{
    const QStringList arguments = CommandLineApp::argumentsOf(*argc, argv);
    // The report needs fonts (QtGui) but no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // QGuiApplication takes Qt's own options (-platform, -style, -display ...) out of
    // argv and acts on them, which would eat `report --platform fortigate`; the
    // command line was read into `arguments` already, so it gets the program name only.
    int guiArgc = 1;
    dropRuntimeDirNotice();
    if (waitForFonts)
        waitForFonts(); // before setlocale() in QGuiApplication (FontconfigWarmUp.h)
    QGuiApplication app(guiArgc, argv);
    CommandLineApp::runAndExit(arguments, ReportCommand::addTo);
}

static_assert(std::is_same_v<decltype(&tmems_gui_run_wizard), GuiModule::EntryPoint>
                  && std::is_same_v<decltype(&tmems_gui_run_report), GuiModule::EntryPoint>,
              "the executable calls these as GuiModule::EntryPoint");
