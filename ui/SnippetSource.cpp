// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnippetSource.h"

#include <QCoreApplication>

namespace SnippetSource {

QStringList platforms()
{
    return {QStringLiteral("plain")};
}

QString platformName(const QString &id)
{
    if (id == QLatin1String("plain"))
        return QCoreApplication::translate("SnippetSource", "Plain list (one range a line)");
    return id;
}

QString suggestedFileName(const QString &id)
{
    return QStringLiteral("tmems-jp-%1.txt").arg(id);
}

QStringList ranges(const Catalog &catalog, bool addedOnly)
{
    QStringList result;
    if (const CatalogDataCenter *japan = catalog.dataCenter(QStringLiteral("jp"))) {
        for (const IpNetwork &network : japan->networks(addedOnly))
            result.append(network.toString());
    }
    return result;
}

QString snippet(const Catalog &catalog, const QString &platform, bool addedOnly, QString *error)
{
    if (platform == QLatin1String("plain"))
        return ranges(catalog, addedOnly).join(QLatin1Char('\n')) + QLatin1Char('\n');
    *error = QCoreApplication::translate("SnippetSource", "No snippet generator for %1 in this build.").arg(platform);
    return {};
}

QString exchangeOnlineCommands(const Catalog &catalog, bool addedOnly, QString *error)
{
    Q_UNUSED(catalog)
    Q_UNUSED(addedOnly)
    *error = QCoreApplication::translate("SnippetSource", "The Exchange Online commands are not available in this build.");
    return {};
}

} // namespace SnippetSource
