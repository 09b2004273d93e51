// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupMeasurement.h"

#include "PeakMemory.h"

#include <QCoreApplication>

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
    QCoreApplication::exit(0);
}

} // namespace StartupMeasurement
