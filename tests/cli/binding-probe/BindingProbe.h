// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// Defined twice, by two libraries: the one the test executable links
/// answers 1, the one the probe module links answers 2. Which one the module
/// reaches tells where its symbol references were looked for first.
extern "C" Q_DECL_EXPORT int tmemsBindingProbe();
