// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectorCommandBuilder.h"

namespace {

QString hashComment(const QStringList &lines)
{
    QString out;
    for (const QString &paragraph : lines) {
        for (const QString &line : paragraph.split(u'\n'))
            out += QStringLiteral("# ") + line + u'\n';
    }
    return out;
}

} // namespace

QStringList ConnectorCommandBuilder::variantIds()
{
    return {QStringLiteral("connector"), QStringLiteral("enhanced-filtering"), QStringLiteral("ip-allow-list")};
}

QString ConnectorCommandBuilder::variantId(Variant variant)
{
    switch (variant) {
    case Variant::Connector:
        return QStringLiteral("connector");
    case Variant::EnhancedFiltering:
        return QStringLiteral("enhanced-filtering");
    case Variant::IpAllowList:
        return QStringLiteral("ip-allow-list");
    }
    return {};
}

std::optional<ConnectorCommandBuilder::Variant> ConnectorCommandBuilder::variantFromId(const QString &id)
{
    for (Variant v : {Variant::Connector, Variant::EnhancedFiltering, Variant::IpAllowList}) {
        if (variantId(v) == id)
            return v;
    }
    return std::nullopt;
}

QString ConnectorCommandBuilder::variantDescription(Variant variant)
{
    switch (variant) {
    case Variant::Connector:
        return tr("Add the ranges to the Office 365 inbound connector (default; required when the connector accepts only TMEmS's addresses).");
    case Variant::EnhancedFiltering:
        return tr("Add the ranges to Enhanced Filtering for Connectors (skip listing), so Office 365 looks past TMEmS to the original sender.");
    case Variant::IpAllowList:
        return tr("Add the ranges to the connection filter policy's IP Allow List (optional; skips spam filtering).");
    }
    return {};
}

ConnectorCommandBuilder::ConnectorCommandBuilder(const QList<IpNetwork> &networks, const QList<IpNetwork> &allNetworks)
    : m_networks(networks)
    , m_allNetworks(allNetworks)
{
}

QString ConnectorCommandBuilder::validationError() const
{
    if (m_networks.isEmpty())
        return tr("there are no IP address ranges to add");
    // Microsoft documents IPv4 only, CIDR /24 to /32, for SenderIPAddresses,
    // EFSkipIPs and IPAllowList; anything else fails in the tenant, so refuse it here.
    for (const IpNetwork &n : m_networks) {
        if (n.isV6())
            return tr("%1 is an IPv6 range; Exchange Online accepts only IPv4 addresses and IPv4 ranges from /24 to /32 here")
                .arg(n.toString());
        if (n.prefixLength() < 24)
            return tr("%1 is larger than a /24; Exchange Online accepts only IPv4 ranges from /24 to /32 here (split it into /24 ranges)")
                .arg(n.toString());
    }
    if (m_networks.size() > MaxIpAllowListEntries)
        return tr("%n ranges are more than the %1 entries Exchange Online allows", nullptr, int(m_networks.size()))
            .arg(MaxIpAllowListEntries);
    return {};
}

QString ConnectorCommandBuilder::quotedList(const QList<IpNetwork> &networks) const
{
    QStringList parts;
    for (const IpNetwork &n : networks)
        parts.append(u'"' + n.toString() + u'"');
    return parts.join(u',');
}

QString ConnectorCommandBuilder::rangeBullets() const
{
    QString out;
    for (const IpNetwork &n : m_networks)
        out += QStringLiteral("     - ") + n.toString() + u'\n';
    return out;
}

QString ConnectorCommandBuilder::powerShell(Variant variant) const
{
    if (!validationError().isEmpty())
        return {};
    QString out = hashComment({tr("Run in PowerShell with the ExchangeOnlineManagement module, after Connect-ExchangeOnline.\n"
                           "@{Add=...} adds to the list and keeps what is already there; a plain list would replace it all.")});
    const QString add = quotedList(m_networks);
    switch (variant) {
    case Variant::Connector:
        out += hashComment({tr("The inbound connector (Partner) that receives mail from TMEmS. Use this when your MX points to TMEmS:\n"
                           "a connector that rejects mail not sent from its IP addresses loses mail from any range missing here.\n"
                           "Set $ConnectorName to your connector's name (see Get-InboundConnector).")});
        out += QStringLiteral("$ConnectorName = \"<Inbound connector name>\"\n"
                              "Set-InboundConnector -Identity $ConnectorName -SenderIPAddresses @{Add=%1}\n"
                              "Get-InboundConnector -Identity $ConnectorName | Format-List Name,ConnectorType,SenderIPAddresses,RestrictDomainsToIPAddresses,RequireTls\n")
                   .arg(add);
        out += hashComment({tr("If you have no such connector yet, create one instead (all sender domains, only from TMEmS, TLS required):"),
                            QStringLiteral("New-InboundConnector -Name \"From TMEmS JP\" -ConnectorType Partner -SenderDomains * "
                                           "-SenderIPAddresses %1 -RestrictDomainsToIPAddresses $true -RequireTls $true")
                                .arg(quotedList(m_allNetworks))});
        break;
    case Variant::EnhancedFiltering:
        out += hashComment({tr("Enhanced Filtering for Connectors (skip listing): Office 365 skips these addresses and judges the\n"
                           "original sender's IP address instead (SPF, spam filtering). Use this when TMEmS sits in front of Office 365\n"
                           "and Enhanced Filtering lists TMEmS's addresses. -EFSkipLastIP $false makes the list take effect.\n"
                           "Disable any mail flow rule that sets SCL -1 for mail from the connector.")});
        out += QStringLiteral("$ConnectorName = \"<Inbound connector name>\"\n"
                              "Set-InboundConnector -Identity $ConnectorName -EFSkipLastIP $false -EFSkipIPs @{Add=%1}\n"
                              "Get-InboundConnector -Identity $ConnectorName | Format-List Name,EFSkipIPs,EFSkipLastIP,EFUsers\n")
                   .arg(add);
        break;
    case Variant::IpAllowList:
        out += hashComment({tr("The connection filter policy's IP Allow List: mail from these addresses skips spam filtering\n"
                               "(malware and high-confidence phishing are still checked). Optional: security baselines (CIS, CISA SCuBA)\n"
                               "recommend keeping this list empty; prefer the connector. At most %1 entries.").arg(MaxIpAllowListEntries)});
        out += QStringLiteral("Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add=%1}\n"
                              "Get-HostedConnectionFilterPolicy -Identity Default | Format-List IPAllowList\n")
                   .arg(add);
        break;
    }
    return out;
}

QString ConnectorCommandBuilder::adminCenterSteps(Variant variant) const
{
    QStringList steps;
    switch (variant) {
    case Variant::Connector:
        steps << tr("Open the Exchange admin center (https://admin.exchange.microsoft.com) and go to Mail flow > Connectors.")
              << tr("Select the inbound connector that receives mail from TMEmS (from: Partner organization, to: Office 365). "
                    "If there is none, choose Add a connector with Connection from: Partner organization.")
              << tr("Under the way the partner is identified, keep \"by verifying that the IP address of the sending server matches\" "
                    "and add each of these IP address ranges:\n%1").arg(rangeBullets())
              << tr("Under Security restrictions, keep \"Reject email messages if they aren't sent over TLS\" and \"Reject email "
                    "messages if they aren't sent from within this IP address range\" as they are, then save.");
        break;
    case Variant::EnhancedFiltering:
        steps << tr("Open the Microsoft Defender portal at https://security.microsoft.com/skiplisting "
                    "(Email & collaboration > Policies & rules > Threat policies > Enhanced filtering).")
              << tr("Select the inbound connector that receives mail from TMEmS.")
              << tr("Choose \"Skip these IP addresses that are associated with the connector\" and add each of these IP address ranges:\n%1")
                     .arg(rangeBullets())
              << tr("Save.");
        break;
    case Variant::IpAllowList:
        steps << tr("Open the Microsoft Defender portal at https://security.microsoft.com/antispam and select Connection filter policy (Default).")
              << tr("Choose Edit connection filter policy.")
              << tr("Under \"Always allow messages from the following IP addresses or address range\", add each of these IP address ranges:\n%1")
                     .arg(rangeBullets())
              << tr("Save. Security baselines recommend keeping this list empty; prefer the connector.");
        break;
    }
    QString out;
    for (int i = 0; i < steps.size(); ++i) {
        QString step = steps.at(i);
        if (step.endsWith(u'\n'))
            step.chop(1);
        out += QStringLiteral("%1. %2\n").arg(i + 1).arg(step);
    }
    out += tr("The labels may differ slightly in your language and admin center version.") + u'\n';
    return out;
}
