// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ZoneResolver.h"

#include <QStringList>

/// Fills a ZoneResolver from compact lines, so test tables read like zone files:
///   "example.jp TXT v=spf1 -all"       (the rest of the line is the TXT string)
///   "mx.example.jp A 192.0.2.1"        (A or AAAA, by the address family)
///   "example.jp MX 10 mx.example.jp"
///   "alias.example.jp CNAME example.jp"
///   "slow.example.jp FAIL TXT"         (that type times out; FAIL alone: every type)
///   "bad.example.jp FAIL MX SERVFAIL"  (that type fails as a server failure)
///   "empty.example.jp EMPTY"           (the name exists with no records)
inline void loadZone(ZoneResolver &zone, const QStringList &lines)
{
    for (const QString &line : lines) {
        const QString name = line.section(u' ', 0, 0);
        const QString type = line.section(u' ', 1, 1);
        const QString rest = line.section(u' ', 2);
        if (type == QLatin1String("TXT"))
            zone.addTxt(name, rest.toLatin1());
        else if (type == QLatin1String("A") || type == QLatin1String("AAAA"))
            zone.addAddress(name, *IpAddress::parse(rest));
        else if (type == QLatin1String("MX"))
            zone.addMx(name, quint16(rest.section(u' ', 0, 0).toUInt()), rest.section(u' ', 1, 1));
        else if (type == QLatin1String("CNAME"))
            zone.addCname(name, rest);
        else if (type == QLatin1String("EMPTY"))
            zone.addEmptyName(name);
        else if (type == QLatin1String("FAIL") && rest.isEmpty())
            zone.addFailure(name);
        else if (type == QLatin1String("FAIL")) {
            const QString failed = rest.section(u' ', 0, 0);
            const auto status = rest.section(u' ', 1, 1) == QLatin1String("SERVFAIL") ? DnsAnswer::Status::ServerFailure
                                                                                      : DnsAnswer::Status::Timeout;
            zone.addFailure(name,
                            failed == QLatin1String("A")    ? DnsType::A
                            : failed == QLatin1String("MX") ? DnsType::MX
                                                            : DnsType::TXT,
                            status);
        }
    }
}

/// The TMEmS records as a realistic tree: the Japan record lists the Japan
/// ranges with no include; the legacy record reaches every site through
/// include:, the Japan one among them, costing 6 lookups in all.
inline QStringList tmemsZone()
{
    return {
        "spf.tmems-jp.trendmicro.com TXT v=spf1 ip4:18.176.203.128/26 ip4:18.176.203.192/26 ip4:18.177.156.0/26 "
        "ip4:18.177.156.64/26 ip4:15.168.56.0/25 ip4:15.168.49.64/26 ip4:15.168.56.128/26 -all",
        "spf.tmes.trendmicro.com TXT v=spf1 include:_us.spf.tmes.trendmicro.com include:_eu.spf.tmes.trendmicro.com "
        "include:_anz.spf.tmes.trendmicro.com include:spf.tmems-jp.trendmicro.com include:_sg.spf.tmes.trendmicro.com -all",
        "_us.spf.tmes.trendmicro.com TXT v=spf1 ip4:150.70.149.0/25 ip4:150.70.143.0/24 -all",
        "_eu.spf.tmes.trendmicro.com TXT v=spf1 ip4:35.156.0.0/22 -all",
        "_anz.spf.tmes.trendmicro.com TXT v=spf1 ip4:13.238.202.0/26 -all",
        "_sg.spf.tmes.trendmicro.com TXT v=spf1 ip4:18.139.17.0/26 -all",
        // Other senders a typical Japanese company includes.
        "spf.protection.outlook.com TXT v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 include:spfd.protection.outlook.com -all",
        "spfd.protection.outlook.com TXT v=spf1 ip4:51.4.72.0/24 -all",
        "_spf.google.com TXT v=spf1 include:_netblocks.google.com include:_netblocks2.google.com include:_netblocks3.google.com ~all",
        "_netblocks.google.com TXT v=spf1 ip4:35.190.247.0/24 ~all",
        "_netblocks2.google.com TXT v=spf1 ip6:2001:4860:4000::/36 ~all",
        "_netblocks3.google.com TXT v=spf1 ip4:172.217.0.0/19 ~all",
    };
}
