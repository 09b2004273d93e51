// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

namespace {

const DnsLookupBackend *builtIn = nullptr;
const DnsLookupBackend *loaded = nullptr;
QString loadError; ///< why the module could not be loaded, once tried

/// Where the module may be: beside the executable (build tree, Windows), then
/// in the private library directory of a Unix installation, as for the GUI module.
QStringList candidatePaths()
{
    const QDir dir(QCoreApplication::applicationDirPath());
    const QString file = QStringLiteral(TMEMS_DNS_MODULE_FILE);
    return {QDir::cleanPath(dir.filePath(file)),
            QDir::cleanPath(dir.filePath(QStringLiteral(TMEMS_PRIVATE_LIBRARY_RELATIVE_DIR "/") + file))};
}

const DnsLookupBackend *load(QString *error)
{
    QStringList reasons;
    for (const QString &path : candidatePaths()) {
        if (!QFileInfo::exists(path)) {
            reasons << QCoreApplication::translate("DnsModule", "%1: not found").arg(QDir::toNativeSeparators(path));
            continue;
        }
        QLibrary module(path);
        if (!module.load()) {
            reasons << module.errorString();
            continue;
        }
        const auto version = reinterpret_cast<DnsModule::VersionFunction>(module.resolve(DnsModule::VersionSymbol));
        const auto backend = reinterpret_cast<DnsModule::BackendFunction>(module.resolve(DnsModule::BackendSymbol));
        if (!version || !backend || qstrcmp(version(), TMEMS_VERSION) != 0) {
            reasons << QCoreApplication::translate("DnsModule", "%1: not the module of version %2")
                           .arg(QDir::toNativeSeparators(path), QStringLiteral(TMEMS_VERSION));
            module.unload();
            continue;
        }
        // Stays loaded until the process exits: its lookups may still be running.
        return backend();
    }
    *error = QCoreApplication::translate("DnsModule", "cannot load the DNS module: %1")
                 .arg(reasons.join(QStringLiteral("; ")));
    return nullptr;
}

} // namespace

namespace DnsModule {

const DnsLookupBackend *backend(QString *error)
{
    if (builtIn)
        return builtIn;
    if (!loaded && loadError.isEmpty())
        loaded = load(&loadError);
    if (!loaded && error)
        *error = loadError;
    return loaded;
}

void setBuiltIn(const DnsLookupBackend *backend)
{
    builtIn = backend;
}

} // namespace DnsModule
