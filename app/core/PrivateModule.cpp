// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace PrivateModule {

QStringList candidatePaths(const QString &executableDir, const QString &fileName)
{
    const QDir dir(executableDir);
    return {QDir::cleanPath(dir.filePath(fileName)),
            QDir::cleanPath(dir.filePath(QStringLiteral(TMEMS_PRIVATE_LIBRARY_RELATIVE_DIR "/") + fileName))};
}

void *load(const QStringList &paths, const char *versionSymbol, const char *symbol, QList<FailedAttempt> *failures)
{
    using VersionFunction = const char *(*)();
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path)) {
            failures->append({FailedAttempt::Missing, path, {}});
            continue;
        }
        QLibrary module(path);
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
