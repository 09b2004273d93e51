// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct DnsLookupBackend;

/// The DNS module (libtmems-assistant-dns.so / tmems-assistant-dns.dll): the
/// only part of the program linking QtNetwork (see DnsLookupBackend.h).
namespace DnsModule {

/// Exported by the module: its build key (TMEMS_BUILD_KEY), so that a module
/// left over from another installation or build is never used (PrivateModule),
/// and its backend.
inline constexpr char VersionSymbol[] = "tmems_dns_module_version";
inline constexpr char BackendSymbol[] = "tmems_dns_backend";
using BackendFunction = const DnsLookupBackend *(*)();

/// The backend of this process: the built-in one if set, else the module's,
/// loaded by preload() or on first use, from beside the executable or from the
/// program's private library directory. Null, with why in `error` (the paths tried), when the
/// module cannot be loaded. Main thread.
const DnsLookupBackend *backend(QString *error = nullptr);

/// Starts loading the module on a thread of its own, so that mapping QtNetwork
/// and its libraries overlaps the command's own start-up (arguments, catalog)
/// instead of delaying its first query; backend() waits for it. For commands
/// that will ask DNS; main thread, once QCoreApplication exists and the
/// translator is installed: the loader words its reasons in the language of
/// the moment, and QLocale's default must not change while the thread runs.
void preload();

/// For programs that link the backend in (tests, benchmarks): used instead of
/// the module from now on.
void setBuiltIn(const DnsLookupBackend *backend);

} // namespace DnsModule
