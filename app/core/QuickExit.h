// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <cstdlib>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

/// Ends the process once everything it had to say is written and saved,
/// without destroying the application object or running global destructors.
///
/// Why: a query to a silent DNS server holds one of QDnsLookup's pool threads
/// until libresolv gives up (~10 s; abort() only drops the result), and Qt
/// makes the destruction of QCoreApplication wait for that pool, so the
/// program would sit for seconds after printing its answer or closing its
/// window. It also spares the user the milliseconds of tearing Qt down.
/// Callers flush their QTextStreams and let windows and settings be destroyed
/// (saved) first.
[[noreturn]] inline void quickExit(int exitCode)
{
    std::fflush(stdout);
    std::fflush(stderr);
#if defined(__SANITIZE_ADDRESS__)
    __lsan_do_leak_check(); // _Exit skips LeakSanitizer's exit-time check
#endif
    std::_Exit(exitCode);
}
