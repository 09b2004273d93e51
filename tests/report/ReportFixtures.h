// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogLoader.h"
#include "DomainName.h"
#include "DomainReport.h"
#include "ReportOptions.h"

#include <QTimeZone>

/// Fixed analyses the report tests render: a Japan domain that needs both
/// actions, a US domain, a broken record carrying hostile markup, an IDN
/// domain and one whose DNS failed. Built in code so the tests do not depend
/// on the check engine.
namespace ReportFixtures {

inline const QString MaliciousRecord =
    QStringLiteral("v=spf1 <img src=file:///etc/passwd> </table> ip4:192.0.2.1 -all");
inline const QString LongToken = QStringLiteral("exists:%{i}.") + QString(180, u'a') + QStringLiteral(".example.net");

inline QList<RangeCoverage> coverage(const Catalog &catalog, RangeCoverage::Level existing, RangeCoverage::Level added)
{
    QList<RangeCoverage> out;
    for (const CatalogRange &range : catalog.dataCenter(QStringLiteral("jp"))->ranges)
        out.append({range.network, range.isAdded(), range.isAdded() ? added : existing});
    return out;
}

inline SpfTreeNode node(const QString &mechanism, const QString &domain, const QString &record, int own, int total,
                        QList<SpfTreeNode> children = {})
{
    SpfTreeNode n;
    n.mechanism = mechanism;
    n.domain = domain;
    n.record = record;
    n.status = QStringLiteral("ok");
    n.ownLookups = own;
    n.runningTotal = total;
    n.children = children;
    return n;
}

inline DomainReport bothActions(const Catalog &catalog)
{
    DomainReport r;
    r.domain = DomainName::normalize(QStringLiteral("user@Example.co.jp"));
    r.dataCenterId = QStringLiteral("jp");
    r.detectedFrom = DomainReport::DetectedFrom::Mx;
    r.mxHosts = {QStringLiteral("example-co-jp.in.tmems-jp.trendmicro.com")};
    r.spfStatus = DomainReport::SpfStatus::PermError;
    r.record = QStringLiteral("v=spf1 ip4:203.0.113.0/24 ip4:198.51.100.0/24 ip4:192.0.2.0/24 include:_spf.google.com "
                              "include:spf.protection.outlook.com include:mail.zendesk.com include:spf.tmes.trendmicro.com -all");
    r.lookups = 12;
    r.voidLookups = 0;
    r.tmemsInclude = DomainReport::TmemsInclude::Legacy;
    r.proposedRecord = QStringLiteral("v=spf1 ip4:203.0.113.0/24 ip4:198.51.100.0/24 ip4:192.0.2.0/24 include:_spf.google.com "
                                      "include:spf.protection.outlook.com include:mail.zendesk.com "
                                      "include:spf.tmems-jp.trendmicro.com -all");
    r.proposedLookups = 8;
    r.problems = {{QStringLiteral("too-many-lookups"), SpfProblem::Severity::Error, QStringLiteral("12 > 10"), QString(), {}, 0}};
    r.tree = node(QString(), r.domain.ascii, r.record, 4, 12,
                  {node(QStringLiteral("include:_spf.google.com"), QStringLiteral("_spf.google.com"), QString(), 3, 8),
                   node(QStringLiteral("include:spf.protection.outlook.com"), QStringLiteral("spf.protection.outlook.com"), QString(), 1, 9),
                   node(QStringLiteral("include:mail.zendesk.com"), QStringLiteral("mail.zendesk.com"), QString(), 0, 9),
                   node(QStringLiteral("include:spf.tmes.trendmicro.com"), QStringLiteral("spf.tmes.trendmicro.com"), QString(), 3, 12)});
    // As the engine marks them: the legacy record holds the 11th lookup, so it and the root are permerror.
    r.tree.status = QStringLiteral("permerror");
    r.tree.children.last().status = QStringLiteral("permerror");
    r.coverage = coverage(catalog, RangeCoverage::Level::None, RangeCoverage::Level::None);
    r.actions = {{QStringLiteral("allow-added-ranges"), true, QStringLiteral("allow")},
                 {QStringLiteral("update-o365-connector"), true, QStringLiteral("connector")},
                 {QStringLiteral("replace-spf-include"), false, QStringLiteral("replace")}};
    return r;
}

inline DomainReport usDomain()
{
    DomainReport r;
    r.domain = DomainName::normalize(QStringLiteral("example.com"));
    r.dataCenterId = QStringLiteral("us");
    r.detectedFrom = DomainReport::DetectedFrom::Mx;
    r.mxHosts = {QStringLiteral("example-com.in.tmes.trendmicro.com")};
    r.spfStatus = DomainReport::SpfStatus::Ok;
    r.record = QStringLiteral("v=spf1 include:spf.tmes.trendmicro.com ~all");
    r.lookups = 4;
    r.tmemsInclude = DomainReport::TmemsInclude::Legacy;
    r.tree = node(QString(), r.domain.ascii, r.record, 1, 4,
                  {node(QStringLiteral("include:spf.tmes.trendmicro.com"), QStringLiteral("spf.tmes.trendmicro.com"), QString(), 3, 4)});
    r.actions = {{QStringLiteral("no-change-needed"), false, QStringLiteral("none")}};
    return r;
}

inline DomainReport brokenDomain()
{
    DomainReport r;
    r.domain = DomainName::normalize(QStringLiteral("broken.example.jp"));
    r.dataCenterId = QStringLiteral("jp");
    r.detectedFrom = DomainReport::DetectedFrom::Mx;
    r.mxHosts = {QStringLiteral("broken-example-jp.in.tmems-jp.trendmicro.com")};
    r.spfStatus = DomainReport::SpfStatus::PermError;
    r.record = MaliciousRecord + QLatin1Char(' ') + LongToken;
    r.lookups = 1;
    r.tmemsInclude = DomainReport::TmemsInclude::None;
    r.problems = {{QStringLiteral("syntax-error"), SpfProblem::Severity::Error, QStringLiteral("bad term"), r.domain.ascii, {}, 0},
                  {QStringLiteral("multiple-spf-records"), SpfProblem::Severity::Error, QStringLiteral("two"), QString(), {}, 0}};
    SpfTreeNode root = node(QString(), r.domain.ascii, r.record, 1, 1);
    root.status = QStringLiteral("permerror");
    r.tree = root;
    r.coverage = coverage(CatalogLoader::builtIn(), RangeCoverage::Level::None, RangeCoverage::Level::None);
    r.actions = {{QStringLiteral("allow-added-ranges"), true, QStringLiteral("allow")},
                 {QStringLiteral("fix-spf-record"), true, QStringLiteral("fix")}};
    return r;
}

inline DomainReport idnDomain(const Catalog &catalog)
{
    DomainReport r;
    r.domain = DomainName::normalize(QStringLiteral("例え.jp"));
    r.dataCenterId = QStringLiteral("jp");
    r.detectedFrom = DomainReport::DetectedFrom::Mx;
    r.mxHosts = {QStringLiteral("xn--r8jz45g-jp.in.tmems-jp.trendmicro.com")};
    r.spfStatus = DomainReport::SpfStatus::Ok;
    r.record = QStringLiteral("v=spf1 include:spf.tmems-jp.trendmicro.com -all");
    r.lookups = 1;
    r.tmemsInclude = DomainReport::TmemsInclude::Japan;
    r.tree = node(QString(), r.domain.ascii, r.record, 1, 1,
                  {node(QStringLiteral("include:spf.tmems-jp.trendmicro.com"), QStringLiteral("spf.tmems-jp.trendmicro.com"), QString(), 0, 1)});
    r.coverage = coverage(catalog, RangeCoverage::Level::Full, RangeCoverage::Level::Full);
    r.actions = {{QStringLiteral("allow-added-ranges"), true, QStringLiteral("allow")}};
    return r;
}

inline DomainReport tempErrorDomain()
{
    DomainReport r;
    r.domain = DomainName::normalize(QStringLiteral("timeout.example.jp"));
    r.dataCenterId = QStringLiteral("unknown");
    r.spfStatus = DomainReport::SpfStatus::TempError;
    r.problems = {{QStringLiteral("dns-failure"), SpfProblem::Severity::Error, QStringLiteral("timeout"), QString(), {}, 0}};
    r.actions = {{QStringLiteral("retry-check"), true, QStringLiteral("retry")}};
    return r;
}

inline QList<DomainReport> all()
{
    const Catalog catalog = CatalogLoader::builtIn();
    return {bothActions(catalog), usDomain(), brokenDomain(), idnDomain(catalog), tempErrorDomain()};
}

/// `count` reports cycling through all(), each under its own domain name.
inline QList<DomainReport> many(int count)
{
    const QList<DomainReport> base = all();
    QList<DomainReport> out;
    for (int i = 0; i < count; ++i) {
        DomainReport r = base.at(i % base.size());
        r.domain = DomainName::normalize(QStringLiteral("d%1-%2").arg(i).arg(r.domain.ascii));
        out.append(r);
    }
    return out;
}

/// Options with a fixed time and zone, and snippet texts standing in for the
/// snippet engine, built from the catalog so every range appears in them.
inline ReportOptions options(const QString &language)
{
    ReportOptions o;
    o.language = language;
    o.organization = QStringLiteral("株式会社サンプル <Sample & Co.>");
    o.generatedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 15), QTimeZone("Asia/Tokyo"));
    o.platforms = {QStringLiteral("nftables"), QStringLiteral("fortigate")};
    o.firewallSnippet = [](const QString &platform, const CatalogDataCenter &dc) {
        QString text = QStringLiteral("# %1 (fixture)\n").arg(platform);
        for (const IpNetwork &n : dc.networks())
            text += QStringLiteral("allow tcp from %1 to any port 25\n").arg(n.toString());
        return ReportSnippet{platform, platform == QLatin1String("nftables") ? QStringLiteral("nftables") : QStringLiteral("FortiGate"), text};
    };
    o.connectorCommand = [](const CatalogDataCenter &dc) {
        QStringList ranges;
        for (const IpNetwork &n : dc.networks())
            ranges.append(QStringLiteral("\"%1\"").arg(n.toString()));
        return QStringLiteral("Set-InboundConnector -Identity \"TMEmS\" -SenderIPAddresses @{Add=%1}").arg(ranges.join(u','));
    };
    return o;
}

} // namespace ReportFixtures
