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

void warmUp()
{
    // Opened by name rather than linked: the executable stays free of
    // QtGui's font stack for the command line (GuiModule.h). QtGui links
    // this same library, so the GUI module finds it loaded and
    // initialized. Never closed: the module keeps using it.
    void *library = dlopen("libfontconfig.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return; // Qt will report a missing fontconfig in its own words
    using Init = int (*)();
    if (auto init = reinterpret_cast<Init>(dlsym(library, "FcInit")))
        initialized = init() != 0;
}
} // namespace

void start()
{
    if (worker().joinable())
        return;
    try {
        worker() = std::thread(warmUp);
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
