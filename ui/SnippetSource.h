// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"

#include <QString>
#include <QStringList>

/// The pages' one door to the engine's snippet generators (SnippetBuilder,
/// ConnectorCommandBuilder), so the wizard and the `snippet` subcommand print
/// the same text. Main thread only; plain functions over the catalog.
namespace SnippetSource {

/// Platform ids in the order the picker lists them.
QStringList platforms();
QString platformName(const QString &id);
QString suggestedFileName(const QString &id);
/// The Japan data center's ranges from the catalog, one CIDR each.
QStringList ranges(const Catalog &catalog, bool addedOnly);
/// The snippet for `platform`; on failure empty, with `error` set.
QString snippet(const Catalog &catalog, const QString &platform, bool addedOnly, QString *error);
/// Exchange Online PowerShell adding the ranges to an inbound connector.
QString exchangeOnlineCommands(const Catalog &catalog, bool addedOnly, QString *error);
/// The Exchange admin center steps for the same change (numbered plain text).
QString adminCenterSteps(const Catalog &catalog, bool addedOnly);

} // namespace SnippetSource
