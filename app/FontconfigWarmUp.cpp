// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FontconfigWarmUp.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#define TMEMS_WARM_UP_FONTCONFIG 1
#include <dlfcn.h>
#include <system_error>
#include <thread>
#endif

namespace FontconfigWarmUp {

#ifdef TMEMS_WARM_UP_FONTCONFIG

namespace {
std::thread &worker()
{
    static std::thread thread;
    return thread;
}

bool initialized = false; // written by the worker, read after joining it

using Init = int (*)();

/// fontconfig's FcInit, looked up on the calling thread. Not on the worker:
/// glibc holds its loader lock through a whole dlopen(), so a dlopen() on
/// the worker waited for the main thread's of the GUI module, and
/// fontconfig started its work only once the module was loaded (traced:
/// ready 5-8 ms after it, never during it).
Init loadInit()
{
    // Opened by name rather than linked: the executable stays free of
    // QtGui's font stack for the command line (GuiModule.h). QtGui links
    // this same library, so the GUI module finds it loaded and
    // initialized. Never closed: the module keeps using it.
    void *library = dlopen("libfontconfig.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return nullptr; // Qt will report a missing fontconfig in its own words
    return reinterpret_cast<Init>(dlsym(library, "FcInit"));
}

} // namespace

void start()
{
    if (worker().joinable())
        return;
    const Init init = loadInit();
    if (!init)
        return;
    try {
        worker() = std::thread([init] { initialized = init() != 0; });
    } catch (const std::system_error &) {
        // No thread to be had (a process limit): the first font pays, as before.
    }
}

bool wait()
{
    if (worker().joinable())
        worker().join();
    return initialized;
}

#else

void start() {}
bool wait() { return false; }

#endif

} // namespace FontconfigWarmUp
