// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "DomainReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

/// The `check --json` document of cli-contract.md:
/// {"tool": {...}, "catalog": {...}, "domains": [DomainReport::toJson(), ...]}.
/// Shared by the `check` command, the report's JSON export and `report --from-json`,
/// so the three can never disagree. A plain value builder; any thread.
class CheckJsonDocument final
{
    Q_DECLARE_TR_FUNCTIONS(CheckJsonDocument)
public:
    /// `language` is the language of the `message` fields ("ja" or "en").
    static QJsonObject build(const QList<DomainReport> &reports, const Catalog &catalog, const QString &language);
    /// The same, as indented UTF-8 JSON with a final newline.
    static QByteArray toJson(const QList<DomainReport> &reports, const Catalog &catalog, const QString &language);
    /// The same bytes as toJson(), handed to `sink` a domain at a time, so a
    /// check of many domains never holds the whole document (nor its UTF-16
    /// copy) in memory at once.
    static void writeJson(const QList<DomainReport> &reports, const Catalog &catalog, const QString &language,
                          const std::function<void(const QByteArray &)> &sink);
    /// Reads the `domains` of such a document back; on failure returns nullopt
    /// and sets `error` to a message naming the problem.
    static std::optional<QList<DomainReport>> parse(const QByteArray &json, QString *error);
};
