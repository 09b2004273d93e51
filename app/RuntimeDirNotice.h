// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Qt prints "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to ..." on
/// standard error whenever that variable is unset (root over SSH or sudo,
/// cron, containers), then uses a private directory in /tmp, as it should.
/// The line means nothing to an administrator, and scripts around `report`
/// read its standard error as the command's own. From this call on, the
/// process drops that one message; every other passes on unchanged.
void dropRuntimeDirNotice();
