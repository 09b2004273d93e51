// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Reads and checks the data-center catalog. A catalog that is malformed or
/// inconsistent is refused whole, with a message naming the problem and its
/// place (a JSON path such as dataCenters[0].ranges[2].cidr), because a wrong
/// range silently accepted would end up in someone's firewall.
class CatalogLoader final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)
public:
    static constexpr int SupportedMajor = 1;
    static constexpr int SupportedMinor = 0;
    static constexpr auto BuiltInPath = ":/catalog/tmems-catalog.json";

    /// The catalog compiled into the program.
    static Catalog builtIn();
    /// `path` may be a file or a Qt resource; on failure returns nullopt and sets `error`.
    static std::optional<Catalog> loadFile(const QString &path, QString *error);
    static std::optional<Catalog> loadJson(const QByteArray &json, QString *error);
};
