// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class DomainChecker;
class QObject;

/// Makes the checker a page runs. The wizard's launcher binds it to the real
/// resolver (settings' DNS server and timeout); tests bind it to a ZoneResolver.
using DomainCheckerFactory = std::function<DomainChecker *(QObject *parent)>;
