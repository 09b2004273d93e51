// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsModule.h"

#include "PrivateModule.h"

#include <QCoreApplication>

namespace {

const DnsLookupBackend *builtIn = nullptr;
const DnsLookupBackend *loaded = nullptr;
QList<PrivateModule::FailedAttempt> failures; ///< why the module could not be loaded, once tried

} // namespace

namespace DnsModule {

const DnsLookupBackend *backend(QString *error)
{
    if (builtIn)
        return builtIn;
    if (!loaded && failures.isEmpty()) {
        const auto backendFunction = reinterpret_cast<BackendFunction>(PrivateModule::load(
            PrivateModule::candidatePaths(QCoreApplication::applicationDirPath(), QStringLiteral(TMEMS_DNS_MODULE_FILE)),
            VersionSymbol, BackendSymbol, &failures));
        loaded = backendFunction ? backendFunction() : nullptr;
    }
    if (!loaded && error) {
        QStringList reasons;
        for (const PrivateModule::FailedAttempt &attempt : std::as_const(failures))
            reasons << PrivateModule::describe(attempt);
        *error = QCoreApplication::translate("DnsModule", "cannot load the DNS module: %1")
                     .arg(reasons.join(QStringLiteral("; ")));
    }
    return loaded;
}

void setBuiltIn(const DnsLookupBackend *backend)
{
    builtIn = backend;
}

} // namespace DnsModule
