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
    QByteArray json;
    writeJson(reports, catalog, language, [&json](const QByteArray &part) { json += part; });
    return json;
}

void CheckJsonDocument::writeJson(const QList<DomainReport> &reports, const Catalog &catalog,
                                  const QString &language, const std::function<void(const QByteArray &)> &sink)
{
    // QJsonDocument's own indented text of the document with an empty domain
    // list, split where the list is; each domain is then written as
    // QJsonDocument writes it, indented two levels deeper.
    const QByteArray empty = QJsonDocument(build({}, catalog, language)).toJson(QJsonDocument::Indented);
    static const QByteArray marker = QByteArrayLiteral("\"domains\": [\n");
    const qsizetype listAt = empty.indexOf(marker);
    if (listAt < 0 || reports.isEmpty()) {
        sink(empty);
        return;
    }
    const qsizetype itemsAt = listAt + marker.size();
    sink(empty.left(itemsAt));
    const QByteArray indent(8, ' ');
    for (qsizetype i = 0; i < reports.size(); ++i) {
        QByteArray item = QJsonDocument(reports.at(i).toJson()).toJson(QJsonDocument::Indented);
        item.chop(1); // the final newline
        item.replace('\n', QByteArray("\n") + indent);
        sink(indent + item + (i + 1 < reports.size() ? ",\n" : "\n"));
    }
    // What follows the (empty) list's items: its closing bracket and the rest.
    sink(empty.mid(empty.indexOf(']', itemsAt) - 4));
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
