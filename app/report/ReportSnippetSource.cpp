// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSnippetSource.h"

#include "SnippetBuilder.h"

namespace ReportSnippetSource {

bool isKnownPlatform(const QString &platformId)
{
    return SnippetBuilder::platform(platformId).has_value();
}

void install(ReportOptions *options)
{
    // The catalog is copied into the functions: the report may outlive the options it was built from.
    const Catalog catalog = options->catalog;
    options->firewallSnippet = [catalog](const QString &platformId, const CatalogDataCenter &dataCenter) {
        const std::optional<SnippetPlatform> platform = SnippetBuilder::platform(platformId);
        SnippetOptions snippet;
        snippet.platformId = platformId;
        const SnippetResult result = SnippetBuilder(catalog, dataCenter.id).build(snippet);
        return ReportSnippet{platformId, platform ? platform->displayName : platformId, result.ok() ? result.text : QString()};
    };
    options->connectorCommand = [catalog](const CatalogDataCenter &dataCenter) {
        SnippetOptions snippet;
        snippet.platformId = QStringLiteral("exchange-online");
        const SnippetResult result = SnippetBuilder(catalog, dataCenter.id).build(snippet);
        return result.ok() ? result.text : QString();
    };
}

} // namespace ReportSnippetSource
