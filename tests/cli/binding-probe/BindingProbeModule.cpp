// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A module as PrivateModule loads them: a version function and an entry point.
#include "BindingProbe.h"

extern "C" Q_DECL_EXPORT const char *tmemsProbeVersion()
{
    return TMEMS_BUILD_KEY;
}

extern "C" Q_DECL_EXPORT int tmemsProbeAnswer()
{
    return tmemsBindingProbe();
}
