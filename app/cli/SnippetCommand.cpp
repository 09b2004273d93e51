// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnippetCommand.h"

#include "ConnectorCommandBuilder.h"
#include "SnippetBuilder.h"

QString SnippetCommand::summary() const
{
    return tr("Print a configuration snippet that lets a firewall or mail server accept mail from the ranges.");
}

QString SnippetCommand::platformList()
{
    QString text = tr("Platforms:") + u'\n';
    for (const SnippetPlatform &p : SnippetBuilder::platforms())
        text += QStringLiteral("  %1  %2\n").arg(p.id, -17).arg(p.description);
    text += u'\n' + tr("Variants of exchange-online (--variant):") + u'\n';
    for (const QString &id : ConnectorCommandBuilder::variantIds()) {
        text += QStringLiteral("  %1  %2\n").arg(id, -19).arg(
            ConnectorCommandBuilder::variantDescription(*ConnectorCommandBuilder::variantFromId(id)));
    }
    return text;
}

void SnippetCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + u'\n' + u'\n' + platformList());
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PLATFORM"), tr("The platform id (see the list above)."));
    parser.addOption({QStringLiteral("datacenter"), tr("Data center (default: jp)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("added-only"), tr("Only the ranges added on 2024-08-21.")});
    parser.addOption({QStringLiteral("port"), tr("TCP port the mail server listens on (default: 25)."), QStringLiteral("N"),
                      QStringLiteral("25")});
    parser.addOption({QStringLiteral("variant"), tr("For exchange-online: connector (default), enhanced-filtering or ip-allow-list."),
                      QStringLiteral("VARIANT")});
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        failUsage(tr("name a platform: %1").arg(SnippetBuilder::platformIds().join(QStringLiteral(", "))));
        return;
    }
    if (positional.size() > 1) {
        failUsage(tr("unexpected argument \"%1\"").arg(positional.at(1)));
        return;
    }
    const QString platformId = positional.constFirst();
    const std::optional<SnippetPlatform> platform = SnippetBuilder::platform(platformId);
    if (!platform) {
        failUsage(tr("unknown platform \"%1\"; known platforms: %2")
                      .arg(platformId, SnippetBuilder::platformIds().join(QStringLiteral(", "))));
        return;
    }
    bool portOk = false;
    const QString portText = parser.value(QStringLiteral("port"));
    const int port = portText.toInt(&portOk);
    if (!portOk || port < 1 || port > 65535) {
        failUsage(tr("--port must be a number from 1 to 65535, not \"%1\"").arg(portText));
        return;
    }
    const QString variant = parser.value(QStringLiteral("variant"));
    if (parser.isSet(QStringLiteral("variant")) && platform->variants.isEmpty()) {
        failUsage(tr("--variant applies only to exchange-online, not to %1").arg(platformId));
        return;
    }
    const std::optional<RangesSite> site = rangesSite(parser);
    if (!site)
        return;
    SnippetOptions options;
    options.platformId = platformId;
    options.variant = variant;
    options.addedOnly = parser.isSet(QStringLiteral("added-only"));
    options.port = port;
    const SnippetResult result = SnippetBuilder(site->catalog, site->dataCenter.id).build(options);
    if (!result.ok()) {
        failUsage(result.error);
        return;
    }
    out() << result.text;
    finish(ExitOk);
}
