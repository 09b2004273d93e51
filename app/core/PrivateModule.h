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

/// Where the symbols a module and the libraries it brings in refer to are
/// looked for.
enum class Binding {
    /// The process's libraries first (the executable's, in load order), then
    /// the module's own: the usual order.
    ProcessFirst,
    /// The module's own libraries first (RTLD_DEEPBIND), where
    /// ownLibrariesFirstIsSafe(); elsewhere the usual order.
    ///
    /// Why: the GUI module brings in QtWidgets and QtGui, whose several
    /// thousand symbol references would otherwise each be looked for in the
    /// executable, QtCore, QtNetwork and their fifteen libraries before the
    /// one that defines them (3 M more instructions than the same libraries
    /// loaded with the executable). With the module's own libraries first,
    /// the wizard's returning start is 0.27 ms faster (shuffled A/B, README
    /// "Performance"). The executable defines no symbol the module's
    /// libraries would then miss: it exports only type information of
    /// libstdc++'s, which compares by name.
    OwnLibrariesFirst,
};

/// False where the module's libraries must find the process's symbols first:
/// under a sanitizer (its runtime refuses RTLD_DEEPBIND), and when libraries
/// are preloaded (LD_PRELOAD, /etc/ld.so.preload), which replace symbols such
/// as malloc() for the whole process: a profiler, a memory checker, another
/// allocator. Also false where RTLD_DEEPBIND does not exist.
bool ownLibrariesFirstIsSafe();

/// The first of `paths` that exists, loads, and whose `versionSymbol` (a
/// `const char *()` function) returns TMEMS_BUILD_KEY: `symbol` from it, which
/// stays loaded until the process exits. Null if none; `failures` then says why
/// for each path (describe() them once a translator is installed).
void *load(const QStringList &paths, const char *versionSymbol, const char *symbol, QList<FailedAttempt> *failures,
           Binding binding = Binding::ProcessFirst);

/// One failure in the user's language.
QString describe(const FailedAttempt &attempt);
/// Every failure in the user's language, in the order tried.
QString describe(const QList<FailedAttempt> &attempts);

} // namespace PrivateModule
