// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// How the start-up benchmark (tests/bench/BenchWizardStartup) times the
/// program users start rather than a stand-in built for it: with
/// TMEMS_EXIT_AFTER_FIRST_PAINT=1 in its environment, the wizard prints
/// "shown <peak resident memory in KiB, or -1>" on standard output once its
/// first page has been painted, and closes its window as a user would
/// (saving the session and settings), which ends the program.
namespace StartupMeasurement {

/// Whether this run was started to be measured.
bool requested();

/// Prints the line and closes every window; the event loop ends with exit code 0.
void reportShownAndQuit();

} // namespace StartupMeasurement
