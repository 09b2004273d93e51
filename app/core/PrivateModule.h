// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// Finds and loads the program's own modules (GuiModule.h, DnsModule.h): each
/// is looked for beside the executable (build tree, Windows), then in the
/// private library directory of a Unix installation, and used only if it
/// comes from the same build (TMEMS_BUILD_KEY: version, configuration,
/// compiler, Qt, and the headers whose types cross into the DNS module), so
/// that one left over from another installation or build is never run.
namespace PrivateModule {

/// Why one candidate path could not serve.
struct FailedAttempt
{
    enum Reason { Missing, NotLoadable, WrongVersion } reason = Missing;
    QString path;
    QString loaderError;
};

/// Where the module `fileName` may be, for an executable in `executableDir`.
QStringList candidatePaths(const QString &executableDir, const QString &fileName);

/// The first of `paths` that exists, loads, and whose `versionSymbol` (a
/// `const char *()` function) returns TMEMS_BUILD_KEY: `symbol` from it, which
/// stays loaded until the process exits. Null if none; `failures` then says why
/// for each path (describe() them once a translator is installed).
void *load(const QStringList &paths, const char *versionSymbol, const char *symbol, QList<FailedAttempt> *failures);

/// One failure in the user's language.
QString describe(const FailedAttempt &attempt);
/// Every failure in the user's language, in the order tried.
QString describe(const QList<FailedAttempt> &attempts);

} // namespace PrivateModule
