// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupMeasurement.h"

#include "PeakMemory.h"

#include <QApplication>

#include <cstdio>

namespace StartupMeasurement {

bool requested()
{
    return qEnvironmentVariableIntValue("TMEMS_EXIT_AFTER_FIRST_PAINT") == 1;
}

void reportShownAndQuit()
{
    std::printf("shown %ld\n", peakResidentKiB());
    std::fflush(stdout);
    // Closed as a user closes it, so the window saves its session and settings
    // as it goes: the next start in the same home is a returning user's, made
    // by the program itself. The last window closed ends the event loop.
    QApplication::closeAllWindows();
}

} // namespace StartupMeasurement
