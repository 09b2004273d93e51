// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpNetwork.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The Exchange Online (Office 365) side of action 1: the PowerShell that adds the
/// ranges to the inbound connector (or to Enhanced Filtering's skip list, or to the
/// connection filter's IP Allow List), always with @{Add=...} so nothing already
/// listed is lost, and the same change as admin-center steps. Used by SnippetBuilder
/// (platform exchange-online) and by the wizard's Office 365 page. A plain value; any thread.
class ConnectorCommandBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorCommandBuilder)
public:
    enum class Variant { Connector, EnhancedFiltering, IpAllowList };

    /// "connector", "enhanced-filtering", "ip-allow-list" (the first is the default).
    static QStringList variantIds();
    static QString variantId(Variant variant);
    static std::optional<Variant> variantFromId(const QString &id);
    /// Translated one-line description of a variant, for pickers and --help.
    static QString variantDescription(Variant variant);

    /// `networks`: the ranges to add; `allNetworks`: every range of the data center,
    /// for the commented "new connector" alternative.
    ConnectorCommandBuilder(const QList<IpNetwork> &networks, const QList<IpNetwork> &allNetworks);

    /// Empty when Microsoft accepts every range; otherwise a message naming the first
    /// range it refuses (SenderIPAddresses, EFSkipIPs and IPAllowList take IPv4 /24 to /32 only).
    QString validationError() const;
    /// The commands with their explanatory comments, no file header. Empty when
    /// validationError() is not.
    QString powerShell(Variant variant) const;
    /// Numbered steps for the Exchange admin center or the Defender portal.
    QString adminCenterSteps(Variant variant) const;

    /// Microsoft's caps on IP Allow List entries.
    static constexpr int MaxIpAllowListEntries = 1273;

private:
    QString quotedList(const QList<IpNetwork> &networks) const;
    QString rangeBullets() const;

    QList<IpNetwork> m_networks;
    QList<IpNetwork> m_allNetworks;
};
