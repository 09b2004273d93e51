// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Starts the wizard: builds the QApplication, installs the remembered or
/// system language, shows the window and runs the event loop. Ends the
/// process when the window is closed (quickExit), so it never returns.
namespace WizardLauncher {
[[noreturn]] void run(int &argc, char **argv);
/// What run() does to the new QApplication before the window exists: the
/// style (DeferredIconStyle) and the window icon. Also used by the start-up
/// benchmark, so that it measures what a user starts.
void configureApplication();
}
