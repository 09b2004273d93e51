// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpNetwork.h"

#include <QDate>
#include <QList>
#include <QString>

/// Where a fact in the catalog comes from (the Trend Micro notice and its dates).
struct CatalogSource
{
    QString id;
    QString title;
    QString publisher;
    QString reference;
    QDate published;
    QDate updated;
};

/// One TMEmS mail-server range of a data center.
struct CatalogRange
{
    enum class Status { Existing, Added };
    IpNetwork network;
    Status status = Status::Existing;
    QDate inUseFrom; ///< null for ranges in use before the notice
    QDate listedOn;
    QString sourceId;

    bool isAdded() const { return status == Status::Added; }
};

/// An SPF host name Trend Micro publishes for customers to include.
struct CatalogSpfHost
{
    QString id; ///< "legacy" or "jp"
    QString host;
    QString scope;
    QDate published;
    QString sourceId;
};

/// One TMEmS site, recognised by the suffix of the MX hosts it gives customers.
struct CatalogDataCenter
{
    QString id; ///< "jp", "us", "eu", ...
    QString name;
    QStringList mxSuffixes;
    QString spfHostId;
    bool changeRequired = false;
    QList<CatalogRange> ranges;

    QList<IpNetwork> networks(bool addedOnly = false) const;
};

/// The versioned data-center catalog: every IP range, SPF host and MX suffix the
/// program knows, with its source. Loaded by CatalogLoader; a plain value.
class Catalog final
{
public:
    QString formatVersion;
    QString catalogVersion;
    QDate updated;
    QList<CatalogSource> sources;
    QList<CatalogSpfHost> spfHosts;
    QList<CatalogDataCenter> dataCenters;

    const CatalogDataCenter *dataCenter(const QString &id) const;
    const CatalogSpfHost *spfHost(const QString &id) const;
    const CatalogSource *source(const QString &id) const;
    /// The data center whose MX suffix ends `mxHost` (case-insensitive, trailing dot ignored).
    const CatalogDataCenter *dataCenterForMx(const QString &mxHost) const;
    /// The data center of the first of `mxHosts` (most preferred first) that
    /// names one: mail goes to that host first, so it decides. nullptr if none.
    const CatalogDataCenter *dataCenterForMxHosts(const QStringList &mxHosts) const;
    /// The data centers whose customers must change something (Japan), in catalog order.
    QList<const CatalogDataCenter *> changedDataCenters() const;
    /// Host of the legacy global include (spf.tmes.trendmicro.com) and of the Japan one.
    QString legacySpfHost() const;
    QString japanSpfHost() const;
    /// The newest date among the sources: what "as of" means for the data.
    QDate sourceDate() const;
};
