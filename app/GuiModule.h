// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The contract between the executable and the GUI module
/// (libtmems-assistant-gui.so / tmems-assistant-gui.dll).
///
/// Why a module: `check` and `spf` need only QtCore and QtNetwork, but linking
/// the wizard and the report into the executable made every run map and
/// relocate the QtGui/QtWidgets stack (~40 libraries): 85% of a 55 ms start-up.
/// The executable now loads the module (QLibrary) only for the wizard and for
/// `report`; each entry point owns the whole run, from building its
/// QApplication/QGuiApplication to returning the exit code.
namespace GuiModule {

/// Returns once the fonts may be used: the executable initializes fontconfig
/// on another thread while it loads the module (FontconfigWarmUp.h), and two
/// first uses at once would each do all of that work.
using WaitForFonts = void (*)();
/// Each entry point: `int entry(int *argc, char **argv, WaitForFonts)`, with
/// main()'s argc and argv, called before any QCoreApplication exists. It calls
/// the third argument before building its application object.
using EntryPoint = int (*)(int *argc, char **argv, WaitForFonts waitForFonts);
/// The symbol of a `const char *()` function returning the module's build key
/// (TMEMS_BUILD_KEY), so that an executable never runs a module left over from
/// another installation or build (PrivateModule).
inline constexpr char VersionSymbol[] = "tmems_gui_module_version";
inline constexpr char WizardSymbol[] = "tmems_gui_run_wizard";
inline constexpr char ReportSymbol[] = "tmems_gui_run_report";

} // namespace GuiModule
