// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckJsonDocument.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject CheckJsonDocument::build(const QList<DomainReport> &reports, const Catalog &catalog,
                                     const QString &language)
{
    QJsonArray domains;
    for (const DomainReport &report : reports)
        domains.append(report.toJson());
    const QJsonObject tool{{QStringLiteral("name"), QStringLiteral("tmems-assistant")},
                           {QStringLiteral("version"), QStringLiteral(TMEMS_VERSION)},
                           {QStringLiteral("language"), language}};
    const QJsonObject catalogInfo{{QStringLiteral("version"), catalog.catalogVersion},
                                  {QStringLiteral("formatVersion"), catalog.formatVersion},
                                  {QStringLiteral("updated"), dateValue(catalog.updated)},
                                  {QStringLiteral("sourcesAsOf"), dateValue(catalog.sourceDate())}};
    return QJsonObject{{QStringLiteral("tool"), tool},
                       {QStringLiteral("catalog"), catalogInfo},
                       {QStringLiteral("domains"), domains}};
}

QByteArray CheckJsonDocument::toJson(const QList<DomainReport> &reports, const Catalog &catalog,
                                     const QString &language)
{
    return QJsonDocument(build(reports, catalog, language)).toJson(QJsonDocument::Indented);
}

std::optional<QList<DomainReport>> CheckJsonDocument::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = tr("not a check --json document: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        }
        return std::nullopt;
    }
    const QJsonValue domains = document.object().value(QStringLiteral("domains"));
    if (!document.isObject() || !domains.isArray()) {
        if (error)
            *error = tr("not a check --json document: no \"domains\" list");
        return std::nullopt;
    }
    QList<DomainReport> reports;
    const QJsonArray list = domains.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject() || !list.at(i).toObject().value(QStringLiteral("domain")).isString()) {
            if (error)
                *error = tr("not a check --json document: domains[%1] has no \"domain\"").arg(i);
            return std::nullopt;
        }
        reports.append(DomainReport::fromJson(list.at(i).toObject()));
    }
    return reports;
}
