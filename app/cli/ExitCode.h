// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Exit statuses of the command line (../shared/cli-contract.md); scripts rely on them.
enum ExitCode : int {
    ExitOk = 0,          ///< finished; nothing for the administrator to change
    ExitActionNeeded = 1,///< finished; at least one finding needs action
    ExitUsage = 2,       ///< bad input or usage; nothing was checked
    ExitDnsFailure = 3,  ///< could not finish: DNS failed for some domain
};
