// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsModule.h"

#include "PrivateModule.h"

#include <QCoreApplication>

#include <future>
#include <optional>
#include <system_error>

namespace {

struct LoadResult
{
    const DnsLookupBackend *backend = nullptr;
    QList<PrivateModule::FailedAttempt> failures; ///< why the module could not be loaded
};

LoadResult loadModule(const QString &executableDir)
{
    LoadResult result;
    const auto backendFunction = reinterpret_cast<DnsModule::BackendFunction>(
        PrivateModule::load(PrivateModule::candidatePaths(executableDir, QStringLiteral(TMEMS_DNS_MODULE_FILE)),
                            DnsModule::VersionSymbol, DnsModule::BackendSymbol, &result.failures));
    result.backend = backendFunction ? backendFunction() : nullptr;
    return result;
}

const DnsLookupBackend *builtIn = nullptr;
std::future<LoadResult> loading; ///< valid from preload() until backend() takes its result
std::optional<LoadResult> loaded;

} // namespace

namespace DnsModule {

void preload()
{
    if (builtIn || loaded || loading.valid())
        return;
    try {
        loading = std::async(std::launch::async, loadModule, QCoreApplication::applicationDirPath());
    } catch (const std::system_error &) {
        // No thread to be had (a process limit): backend() loads it itself.
    }
}

const DnsLookupBackend *backend(QString *error)
{
    if (builtIn)
        return builtIn;
    if (!loaded)
        loaded = loading.valid() ? loading.get() : loadModule(QCoreApplication::applicationDirPath());
    if (!loaded->backend && error) {
        *error = QCoreApplication::translate("DnsModule", "cannot load the DNS module: %1")
                     .arg(PrivateModule::describe(loaded->failures));
    }
    return loaded->backend;
}

void setBuiltIn(const DnsLookupBackend *backend)
{
    builtIn = backend;
}

} // namespace DnsModule
