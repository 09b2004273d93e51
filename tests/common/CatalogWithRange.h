// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

/// The built-in catalog's JSON with one more Japan range, `cidr` (an IPv6
/// one, say), for tests of what a catalog of one's own may hold.
inline QByteArray catalogJsonWithRange(const QString &cidr)
{
    QFile f(QStringLiteral(":/catalog/tmems-catalog.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("built-in catalog missing");
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray centers = root.value(QStringLiteral("dataCenters")).toArray();
    QJsonObject jp = centers.at(0).toObject();
    QJsonArray ranges = jp.value(QStringLiteral("ranges")).toArray();
    QJsonObject added = ranges.last().toObject();
    added.insert(QStringLiteral("cidr"), cidr);
    ranges.append(added);
    jp.insert(QStringLiteral("ranges"), ranges);
    centers.replace(0, jp);
    root.insert(QStringLiteral("dataCenters"), centers);
    return QJsonDocument(root).toJson();
}
