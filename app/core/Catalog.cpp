// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"

QList<IpNetwork> CatalogDataCenter::networks(bool addedOnly) const
{
    QList<IpNetwork> out;
    for (const CatalogRange &range : ranges) {
        if (!addedOnly || range.isAdded())
            out.append(range.network);
    }
    return out;
}

const CatalogDataCenter *Catalog::dataCenter(const QString &id) const
{
    for (const CatalogDataCenter &dc : dataCenters) {
        if (dc.id == id)
            return &dc;
    }
    return nullptr;
}

const CatalogSpfHost *Catalog::spfHost(const QString &id) const
{
    for (const CatalogSpfHost &host : spfHosts) {
        if (host.id == id)
            return &host;
    }
    return nullptr;
}

const CatalogSource *Catalog::source(const QString &id) const
{
    for (const CatalogSource &s : sources) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const CatalogDataCenter *Catalog::dataCenterForMxHosts(const QStringList &mxHosts) const
{
    for (const QString &host : mxHosts) {
        if (const CatalogDataCenter *dc = dataCenterForMx(host))
            return dc;
    }
    return nullptr;
}

QList<const CatalogDataCenter *> Catalog::changedDataCenters() const
{
    QList<const CatalogDataCenter *> changed;
    for (const CatalogDataCenter &dc : dataCenters) {
        if (dc.changeRequired)
            changed.append(&dc);
    }
    return changed;
}

const CatalogDataCenter *Catalog::dataCenterForMx(const QString &mxHost) const
{
    QString host = mxHost.toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    for (const CatalogDataCenter &dc : dataCenters) {
        for (const QString &suffix : dc.mxSuffixes) {
            if (host.endsWith(suffix.toLower()) && host.size() > suffix.size())
                return &dc;
        }
    }
    return nullptr;
}

QString Catalog::legacySpfHost() const
{
    const CatalogSpfHost *host = spfHost(QStringLiteral("legacy"));
    return host ? host->host : QString();
}

QString Catalog::japanSpfHost() const
{
    const CatalogSpfHost *host = spfHost(QStringLiteral("jp"));
    return host ? host->host : QString();
}

QDate Catalog::sourceDate() const
{
    QDate newest;
    for (const CatalogSource &s : sources) {
        const QDate d = s.updated.isValid() ? s.updated : s.published;
        if (d.isValid() && (!newest.isValid() || d > newest))
            newest = d;
    }
    return newest;
}
