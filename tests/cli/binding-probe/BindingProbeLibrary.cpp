// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BindingProbe.h"

extern "C" int tmemsBindingProbe()
{
    return TMEMS_PROBE_ANSWER;
}
