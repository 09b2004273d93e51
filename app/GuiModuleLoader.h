// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Loads the GUI module (GuiModule.h) and runs one of its entry points.
namespace GuiModuleLoader {

/// Runs the module's entry point `symbol` with main()'s argc/argv and returns
/// its exit code. If the module is missing, from another version or broken,
/// says so on stderr (with the paths tried) and returns ExitUsage.
int run(const char *symbol, int &argc, char **argv);

} // namespace GuiModuleLoader
