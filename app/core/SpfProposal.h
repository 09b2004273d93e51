// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SpfPolicy.h"

/// The record an administrator on the Japan data center should publish: the
/// legacy TMEmS include replaced by the Japan one, duplicates dropped (when
/// both are present the legacy one goes), every other byte kept exactly as
/// published, so the change can be reviewed as a one-term diff. Pure function.
class SpfProposal final
{
public:
    /// Null when the record has no legacy include (nothing to change) or cannot be parsed.
    static QString propose(const SpfPolicy &policy, const QString &domain, const QString &legacyHost,
                           const QString &japanHost);
};
