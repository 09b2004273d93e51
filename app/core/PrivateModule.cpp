// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define TMEMS_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define TMEMS_SANITIZED 1
#endif

#if defined(Q_OS_LINUX) && !defined(TMEMS_SANITIZED)
#include <dlfcn.h>
#endif

namespace PrivateModule {

QStringList candidatePaths(const QString &executableDir, const QString &fileName)
{
    const QDir dir(executableDir);
    return {QDir::cleanPath(dir.filePath(fileName)),
            QDir::cleanPath(dir.filePath(QStringLiteral(TMEMS_PRIVATE_LIBRARY_RELATIVE_DIR "/") + fileName))};
}

bool ownLibrariesFirstIsSafe()
{
#if defined(Q_OS_LINUX) && !defined(TMEMS_SANITIZED) && defined(RTLD_DEEPBIND)
    return qEnvironmentVariableIsEmpty("LD_PRELOAD") && !QFileInfo::exists(QStringLiteral("/etc/ld.so.preload"));
#else
    return false;
#endif
}

void *load(const QStringList &paths, const char *versionSymbol, const char *symbol, QList<FailedAttempt> *failures,
           Binding binding)
{
    const bool ownLibrariesFirst = binding == Binding::OwnLibrariesFirst && ownLibrariesFirstIsSafe();
    using VersionFunction = const char *(*)();
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path)) {
            failures->append({FailedAttempt::Missing, path, {}});
            continue;
        }
        QLibrary module(path);
        if (ownLibrariesFirst)
            module.setLoadHints(QLibrary::DeepBindHint);
        if (!module.load()) {
            failures->append({FailedAttempt::NotLoadable, path, module.errorString()});
            continue;
        }
        const auto version = reinterpret_cast<VersionFunction>(module.resolve(versionSymbol));
        const QFunctionPointer wanted = module.resolve(symbol);
        if (!version || !wanted || qstrcmp(version(), TMEMS_BUILD_KEY) != 0) {
            failures->append({FailedAttempt::WrongVersion, path, {}});
            module.unload();
            continue;
        }
        return reinterpret_cast<void *>(wanted);
    }
    return nullptr;
}

QString describe(const FailedAttempt &attempt)
{
    const QString path = QDir::toNativeSeparators(attempt.path);
    switch (attempt.reason) {
    case FailedAttempt::Missing:
        return QCoreApplication::translate("PrivateModule", "%1: not found").arg(path);
    case FailedAttempt::NotLoadable:
        return attempt.loaderError;
    case FailedAttempt::WrongVersion:
        return QCoreApplication::translate("PrivateModule", "%1: from another build than this program (%2)")
            .arg(path, QStringLiteral(TMEMS_BUILD_KEY));
    }
    return path;
}

QString describe(const QList<FailedAttempt> &attempts)
{
    QStringList reasons;
    for (const FailedAttempt &attempt : attempts)
        reasons << describe(attempt);
    return reasons.join(QStringLiteral("; "));
}

} // namespace PrivateModule
