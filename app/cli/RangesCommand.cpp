// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RangesCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject rangeToJson(const CatalogRange &range)
{
    return QJsonObject{
        {QStringLiteral("range"), range.network.toString()},
        {QStringLiteral("status"), range.isAdded() ? QStringLiteral("added") : QStringLiteral("existing")},
        {QStringLiteral("inUseFrom"), range.inUseFrom.isValid() ? QJsonValue(dateText(range.inUseFrom)) : QJsonValue()},
        {QStringLiteral("netmask"), range.network.netmask()},
        {QStringLiteral("wildcardMask"), range.network.wildcardMask()},
        {QStringLiteral("first"), range.network.firstAddress().toString()},
        {QStringLiteral("last"), range.network.lastAddress().toString()},
        {QStringLiteral("addresses"), range.network.addressCountValue()},
        {QStringLiteral("source"), range.sourceId},
    };
}

} // namespace

QString RangesCommand::summary() const
{
    return tr("Print the data center's mail server IP address ranges.");
}

void RangesCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("datacenter"), tr("Data center (default: jp)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("added-only"), tr("Only the ranges added on 2024-08-21.")});
    parser.addOption({QStringLiteral("format"), tr("Output format: plain (one CIDR a line), csv or json."),
                      QStringLiteral("plain|csv|json"), QStringLiteral("plain")});
    if (!parse(parser, arguments))
        return;
    if (!parser.positionalArguments().isEmpty()) {
        failUsage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
        return;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("plain") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        failUsage(tr("unknown format \"%1\"; use plain, csv or json").arg(format));
        return;
    }
    const std::optional<RangesSite> site = rangesSite(parser);
    if (!site)
        return;
    const CatalogDataCenter *dc = &site->dataCenter;
    const bool addedOnly = parser.isSet(QStringLiteral("added-only"));
    QList<CatalogRange> ranges;
    for (const CatalogRange &range : dc->ranges) {
        if (!addedOnly || range.isAdded())
            ranges.append(range);
    }
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const CatalogRange &range : ranges)
            list.append(rangeToJson(range));
        const QJsonObject doc{{QStringLiteral("datacenter"), dc->id},
                              {QStringLiteral("catalogVersion"), site->catalog.catalogVersion},
                              {QStringLiteral("addedOnly"), addedOnly},
                              {QStringLiteral("ranges"), list}};
        out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        // Column names stay English: scripts and spreadsheets key on them.
        out() << "range,status,in_use_from,netmask,wildcard_mask,first,last,addresses\r\n";
        for (const CatalogRange &range : ranges) {
            out() << range.network.toString() << ',' << (range.isAdded() ? "added" : "existing") << ','
                  << dateText(range.inUseFrom) << ',' << range.network.netmask() << ','
                  << range.network.wildcardMask() << ',' << range.network.firstAddress().toString() << ','
                  << range.network.lastAddress().toString() << ',' << range.network.addressCountText() << "\r\n";
        }
    } else {
        for (const CatalogRange &range : ranges)
            out() << range.network.toString() << '\n';
    }
    finish(ExitOk);
}
