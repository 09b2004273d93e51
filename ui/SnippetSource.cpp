// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnippetSource.h"

#include "ConnectorCommandBuilder.h"
#include "SnippetBuilder.h"

namespace {
const QString Japan = QStringLiteral("jp");

QList<IpNetwork> japanNetworks(const Catalog &catalog, bool addedOnly)
{
    const CatalogDataCenter *japan = catalog.dataCenter(Japan);
    return japan ? japan->networks(addedOnly) : QList<IpNetwork>();
}
} // namespace

namespace SnippetSource {

QStringList platforms()
{
    return SnippetBuilder::platformIds();
}

QString platformName(const QString &id)
{
    const auto platform = SnippetBuilder::platform(id);
    return platform ? platform->displayName : id;
}

QString suggestedFileName(const QString &id)
{
    const bool powerShell = id == QLatin1String("exchange-online") || id == QLatin1String("exchange-server")
        || id == QLatin1String("windows-firewall");
    return QStringLiteral("tmems-jp-%1.%2").arg(id, powerShell ? QStringLiteral("ps1") : QStringLiteral("txt"));
}

QStringList ranges(const Catalog &catalog, bool addedOnly)
{
    QStringList result;
    for (const IpNetwork &network : japanNetworks(catalog, addedOnly))
        result.append(network.toString());
    return result;
}

QString snippet(const Catalog &catalog, const QString &platform, bool addedOnly, QString *error)
{
    SnippetOptions options;
    options.platformId = platform;
    options.addedOnly = addedOnly;
    const SnippetResult result = SnippetBuilder(catalog, Japan).build(options);
    *error = result.error;
    return result.ok() ? result.text : QString();
}

QString exchangeOnlineCommands(const Catalog &catalog, bool addedOnly, QString *error)
{
    const ConnectorCommandBuilder builder(japanNetworks(catalog, addedOnly), japanNetworks(catalog, false));
    *error = builder.validationError();
    return error->isEmpty() ? builder.powerShell(ConnectorCommandBuilder::Variant::Connector) : QString();
}

QString adminCenterSteps(const Catalog &catalog, bool addedOnly)
{
    const ConnectorCommandBuilder builder(japanNetworks(catalog, addedOnly), japanNetworks(catalog, false));
    return builder.adminCenterSteps(ConnectorCommandBuilder::Variant::Connector);
}

} // namespace SnippetSource
