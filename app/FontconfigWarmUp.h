// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// fontconfig's initialization, on a second thread while the main thread
/// loads the GUI module.
///
/// Why: at its first use fontconfig parses its configuration and maps its
/// font caches, a fifth of the instructions of the wizard's start-up (25 M
/// of 127 M, measured with callgrind), and the main thread did it after
/// loading the GUI module, whose mapping and relocating of the QtWidgets
/// stack needs no fonts. Initialized meanwhile on another core, it is ready
/// when the interface asks for its first font. Only where Qt draws text with
/// fontconfig (Unix but macOS); elsewhere both calls do nothing.
///
/// fontconfig is thread-safe, but two first uses at the same time would
/// both read everything (the loser's work is thrown away), so the main
/// thread waits for this one before its first font; and before building its
/// Q(Gui)Application, whose setlocale() must not run while fontconfig reads
/// its configuration (glibc's setlocale is not thread-safe).
namespace FontconfigWarmUp {

/// Starts the warm-up, unless one is running: opens fontconfig on the calling
/// thread (glibc's loader lock would hold a second thread's dlopen() behind
/// the GUI module's) and initializes it on a second one. Without fontconfig
/// or a thread to be had, does nothing: the first font then pays, as it would have.
void start();
/// Returns once the warm-up has finished (at once if none was started), with
/// whether it initialized fontconfig. Safe to call more than once.
bool wait();

} // namespace FontconfigWarmUp
