// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// Every file the program writes (session, autosave, report, snippet) goes
/// through here: afterwards the file holds either its old content or all of
/// the new, never a part of it, and a failure is reported, never hidden.
namespace AtomicFile {

/// Writes `bytes` to `path`; an empty string on success, otherwise the
/// system's reason ("No space left on device").
QString write(const QString &path, const QByteArray &bytes);

} // namespace AtomicFile
