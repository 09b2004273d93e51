// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "CatalogLoader.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/// One firewall platform the user chose, with the text to paste. `text` comes
/// from the snippet engine (SnippetBuilder), never from the report itself.
struct ReportSnippet
{
    QString platformId;   ///< "nftables", "fortigate", ... (the `snippet` command's ids)
    QString platformName; ///< shown as the heading
    QString text;         ///< the configuration, or empty when the platform is unknown
};

/// Everything the report needs besides the analysis results. A plain value:
/// the CLI fills it from its options, the wizard's Summary page from the session.
struct ReportOptions
{
    enum class Paper { A4, Letter };

    QString language = QStringLiteral("en"); ///< "ja" or "en", independent of the UI language
    QString organization;                    ///< optional; shown on the cover and in the header
    Paper paper = Paper::A4;
    QStringList platforms;                   ///< firewall platform ids for action 1, in order
    QDateTime generatedAt = QDateTime::currentDateTime(); ///< shown with its time zone
    QString programVersion = QStringLiteral(TMEMS_VERSION);
    QString dnsServer;                       ///< empty: the system resolver
    Catalog catalog = CatalogLoader::builtIn();

    /// Firewall snippets for `platforms` (action 1). The wiring lives outside the
    /// report so that the report, the `snippet` command and the wizard share one
    /// engine; unset or empty text means "not available" and the report says so.
    std::function<ReportSnippet(const QString &platformId, const CatalogDataCenter &dataCenter)> firewallSnippet;
    /// The Exchange Online PowerShell that adds the ranges to the Office 365
    /// inbound connector; unset or empty means the report omits that block.
    std::function<QString(const CatalogDataCenter &dataCenter)> connectorCommand;
};
