// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnippetBuilder.h"

#include "CloudSnippets.h"
#include "ConnectorCommandBuilder.h"
#include "DomainActions.h"
#include "HostFirewallSnippets.h"
#include "MailServerSnippets.h"
#include "NetworkDeviceSnippets.h"
#include "SnippetContext.h"


namespace {

struct PlatformEntry
{
    const char *id;
    const char *name;
    const char *description;
    bool usesPort;
};

// Marked here, translated when shown (never tr() in a static initialiser).
const PlatformEntry platformTable[] = {
    {"iptables", QT_TRANSLATE_NOOP("SnippetBuilder", "iptables (Linux)"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "iptables commands that insert ACCEPT rules at the top of INPUT, skipping rules already there."), true},
    {"nftables", QT_TRANSLATE_NOOP("SnippetBuilder", "nftables (Linux)"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "An nft -f file: a set of the ranges and a rule at the top of the inet filter input chain."), true},
    {"firewalld", QT_TRANSLATE_NOOP("SnippetBuilder", "firewalld (RHEL, Rocky, Fedora)"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "firewall-cmd commands: an ipset of the ranges and a rich rule in the public zone."), true},
    {"ufw", QT_TRANSLATE_NOOP("SnippetBuilder", "ufw (Ubuntu)"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "ufw commands: one allow rule per range, placed before the existing rules."), true},
    {"windows-firewall", QT_TRANSLATE_NOOP("SnippetBuilder", "Windows Defender Firewall"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "PowerShell: one inbound rule, created or extended with the ranges."), true},
    {"pf", QT_TRANSLATE_NOOP("SnippetBuilder", "pf (OpenBSD, FreeBSD, macOS)"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "pf.conf lines: a table of the ranges and a quick pass rule."), true},
    {"cisco-asa", QT_TRANSLATE_NOOP("SnippetBuilder", "Cisco ASA"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "A network object group and an access list entry at the top of the list."), true},
    {"cisco-ios", QT_TRANSLATE_NOOP("SnippetBuilder", "Cisco IOS / IOS XE"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "Extended access list entries with wildcard masks, numbered to come first."), true},
    {"juniper-srx", QT_TRANSLATE_NOOP("SnippetBuilder", "Juniper SRX"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "set commands: address book entries, an address set and a security policy."), true},
    {"fortigate", QT_TRANSLATE_NOOP("SnippetBuilder", "Fortinet FortiGate"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "FortiOS CLI: address objects appended to an address group, and a firewall policy."), true},
    {"paloalto", QT_TRANSLATE_NOOP("SnippetBuilder", "Palo Alto Networks (PAN-OS)"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "set commands: address objects, an address group and a security rule."), true},
    {"checkpoint", QT_TRANSLATE_NOOP("SnippetBuilder", "Check Point"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "mgmt_cli commands: network objects, a group and an access rule, then publish and install."), true},
    {"aws-sg", QT_TRANSLATE_NOOP("SnippetBuilder", "AWS security group"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "AWS CLI: inbound rules added to a security group, one per range."), true},
    {"azure-nsg", QT_TRANSLATE_NOOP("SnippetBuilder", "Azure network security group"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "Azure CLI: an inbound security rule with every range."), true},
    {"gcp", QT_TRANSLATE_NOOP("SnippetBuilder", "Google Cloud VPC firewall"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "gcloud: an ingress firewall rule with every range."), true},
    {"postfix", QT_TRANSLATE_NOOP("SnippetBuilder", "Postfix"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "A check_client_access cidr table of the ranges, put in front of smtpd_client_restrictions."), false},
    {"exchange-online", QT_TRANSLATE_NOOP("SnippetBuilder", "Microsoft 365 / Exchange Online"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "PowerShell that adds the ranges to the Office 365 inbound connector (or Enhanced Filtering, or the IP Allow List)."), false},
    {"exchange-server", QT_TRANSLATE_NOOP("SnippetBuilder", "Exchange Server (on-premises)"),
     QT_TRANSLATE_NOOP("SnippetBuilder", "Exchange Management Shell: the ranges added to a receive connector."), true},
};

/// Catalog text goes into comment lines: one line, printable, so that no value
/// from a (possibly edited) catalog file can end a comment and become a command.
QString commentSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const bool lineBreak = ch.category() == QChar::Separator_Line || ch.category() == QChar::Separator_Paragraph;
        out += (ch.isPrint() && !lineBreak) ? ch : QChar(u' ');
    }
    return out.simplified();
}

/// IpNetwork::toString() is canonical; this guards the one assumption every
/// generator makes when it puts a range on a command line unquoted.
bool isPlainCidr(const QString &text)
{
    for (const QChar ch : text) {
        if (!(ch.isDigit() || (ch >= u'a' && ch <= u'f') || ch == u'.' || ch == u':' || ch == u'/'))
            return false;
    }
    return !text.isEmpty();
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

SnippetBuilder::SnippetBuilder(const Catalog &catalog, const QString &dataCenterId)
    : m_catalog(catalog)
    , m_dataCenterId(dataCenterId)
{
}

QStringList SnippetBuilder::platformIds()
{
    QStringList ids;
    for (const PlatformEntry &entry : platformTable)
        ids.append(QLatin1String(entry.id));
    return ids;
}

QList<SnippetPlatform> SnippetBuilder::platforms()
{
    QList<SnippetPlatform> out;
    for (const PlatformEntry &entry : platformTable) {
        SnippetPlatform p;
        p.id = QLatin1String(entry.id);
        p.displayName = tr(entry.name);
        p.description = tr(entry.description);
        p.usesPort = entry.usesPort;
        if (p.id == QLatin1String("exchange-online"))
            p.variants = ConnectorCommandBuilder::variantIds();
        out.append(p);
    }
    return out;
}

std::optional<SnippetPlatform> SnippetBuilder::platform(const QString &id)
{
    for (const SnippetPlatform &p : platforms()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

QString SnippetBuilder::dataCenterName() const
{
    // The names `check` and the wizard use; a name from a user's catalog file
    // ends up in a comment of the snippet, so it is made comment-safe.
    if (const char *source = DomainActions::dataCenterNameSource(m_dataCenterId))
        return QCoreApplication::translate("DomainActions", source);
    const CatalogDataCenter *dc = m_catalog.dataCenter(m_dataCenterId);
    return tr("%1 data center").arg(commentSafe(dc ? dc->name : m_dataCenterId));
}

QStringList SnippetBuilder::headerLines(const SnippetPlatform &platform, const SnippetOptions &options,
                                        const QList<IpNetwork> &networks) const
{
    const CatalogDataCenter *dc = m_catalog.dataCenter(m_dataCenterId);
    QStringList lines;
    if (platform.usesPort) {
        lines << tr("%1: accept mail (SMTP, TCP port %2) from the TMEmS mail servers of the %3.")
                     .arg(platform.displayName)
                     .arg(options.port)
                     .arg(dataCenterName());
    } else {
        lines << tr("%1: accept mail from the TMEmS mail servers of the %2.").arg(platform.displayName, dataCenterName());
    }
    const int count = int(networks.size());
    lines << (options.addedOnly ? tr("IP address ranges: only the %n added range(s).", nullptr, count)
                                : tr("IP address ranges: all %n range(s), existing and added.", nullptr, count));
    QStringList inUse;
    QStringList sourceIds;
    for (const CatalogRange &range : dc->ranges) {
        if (range.isAdded() && range.inUseFrom.isValid() && !inUse.contains(isoDate(range.inUseFrom)))
            inUse.append(isoDate(range.inUseFrom));
        if ((!options.addedOnly || range.isAdded()) && !sourceIds.contains(range.sourceId))
            sourceIds.append(range.sourceId);
    }
    if (!inUse.isEmpty())
        lines << tr("The added ranges are in use from %1.").arg(inUse.join(QStringLiteral(", ")));
    for (const QString &id : sourceIds) {
        const CatalogSource *source = m_catalog.source(id);
        if (!source)
            continue;
        const QString published = source->published.isValid() ? isoDate(source->published) : tr("unknown", "date");
        if (source->updated.isValid()) {
            lines << tr("Source: %1, \"%2\" (published %3, updated %4).")
                         .arg(commentSafe(source->reference), commentSafe(source->title), published, isoDate(source->updated));
        } else {
            lines << tr("Source: %1, \"%2\" (published %3).").arg(commentSafe(source->reference), commentSafe(source->title), published);
        }
    }
    lines << tr("Catalog version %1. Generated by tmems-assistant, which is not affiliated with Trend Micro.")
                 .arg(commentSafe(m_catalog.catalogVersion));
    return lines;
}

SnippetResult SnippetBuilder::build(const SnippetOptions &options) const
{
    const std::optional<SnippetPlatform> platform = SnippetBuilder::platform(options.platformId);
    if (!platform)
        return {{}, tr("unknown platform \"%1\"; known platforms: %2").arg(options.platformId, platformIds().join(QStringLiteral(", ")))};
    if (options.port < 1 || options.port > 65535)
        return {{}, tr("the port must be a number from 1 to 65535, not %1").arg(options.port)};
    if (!platform->usesPort && options.port != 25)
        return {{}, tr("the %1 snippet does not depend on the TCP port; leave the port at 25").arg(platform->id)};
    QString variant = options.variant;
    if (!variant.isEmpty() && !platform->variants.contains(variant)) {
        if (platform->variants.isEmpty())
            return {{}, tr("the %1 snippet has no variants").arg(platform->id)};
        return {{}, tr("unknown variant \"%1\" for %2; use %3").arg(variant, platform->id, platform->variants.join(QStringLiteral(", ")))};
    }
    if (variant.isEmpty())
        variant = platform->variants.value(0);

    const CatalogDataCenter *dc = m_catalog.dataCenter(m_dataCenterId);
    if (!dc)
        return {{}, tr("unknown data center \"%1\"").arg(m_dataCenterId)};
    SnippetContext context;
    context.networks = dc->networks(options.addedOnly);
    context.port = options.port;
    context.variant = variant;
    if (context.networks.isEmpty()) {
        return {{}, options.addedOnly ? tr("the catalog lists no added IP address ranges for the %1").arg(dataCenterName())
                                      : tr("the catalog lists no IP address ranges for the %1").arg(dataCenterName())};
    }
    for (const IpNetwork &n : context.networks) {
        if (!isPlainCidr(n.toString()))
            return {{}, tr("the catalog range \"%1\" is not a plain CIDR").arg(commentSafe(n.toString()))};
    }
    context.headerLines = headerLines(*platform, options, context.networks);

    const QString &id = platform->id;
    if (id == QLatin1String("exchange-online")) {
        const ConnectorCommandBuilder connector(context.networks, dc->networks(false));
        const QString error = connector.validationError();
        if (!error.isEmpty())
            return {{}, error};
        return {context.header(QStringLiteral("#")) + connector.powerShell(*ConnectorCommandBuilder::variantFromId(variant)), {}};
    }
    using Generator = QString (*)(const SnippetContext &);
    const struct { const char *id; Generator generate; } generators[] = {
        {"iptables", &HostFirewallSnippets::iptables},
        {"nftables", &HostFirewallSnippets::nftables},
        {"firewalld", &HostFirewallSnippets::firewalld},
        {"ufw", &HostFirewallSnippets::ufw},
        {"windows-firewall", &HostFirewallSnippets::windowsFirewall},
        {"pf", &HostFirewallSnippets::pf},
        {"cisco-asa", &NetworkDeviceSnippets::ciscoAsa},
        {"cisco-ios", &NetworkDeviceSnippets::ciscoIos},
        {"juniper-srx", &NetworkDeviceSnippets::juniperSrx},
        {"fortigate", &NetworkDeviceSnippets::fortigate},
        {"paloalto", &NetworkDeviceSnippets::paloAlto},
        {"checkpoint", &NetworkDeviceSnippets::checkPoint},
        {"aws-sg", &CloudSnippets::awsSecurityGroup},
        {"azure-nsg", &CloudSnippets::azureNsg},
        {"gcp", &CloudSnippets::gcp},
        {"postfix", &MailServerSnippets::postfix},
    };
    for (const auto &g : generators) {
        if (id == QLatin1String(g.id))
            return {g.generate(context), {}};
    }
    if (id == QLatin1String("exchange-server"))
        return {MailServerSnippets::exchangeServer(context, dc->networks(false)), {}};
    return {{}, tr("unknown platform \"%1\"").arg(id)};
}
