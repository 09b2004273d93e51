// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The symbolic coverage must agree with RFC 7208 check_host() (SpfChecker)
// address by address: every address of every Japan range is checked here.
#include "CatalogLoader.h"
#include "SpfChecker.h"
#include "SpfCoverage.h"
#include "SpfTreeFetcher.h"
#include "ZoneText.h"

#include <QSignalSpy>
#include <QTest>

class TestSpfCoverage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreesWithCheckHost_data();
    void agreesWithCheckHost();
    void levelOfLargeRanges_data();
    void levelOfLargeRanges();
    void samplesEveryAddressOfSmallRanges();
};

void TestSpfCoverage::agreesWithCheckHost_data()
{
    QTest::addColumn<QStringList>("zone");
    const QString jp = "include:spf.tmems-jp.trendmicro.com";
    QTest::newRow("Japan include") << QStringList{"example.jp TXT v=spf1 " + jp + " -all"};
    QTest::newRow("legacy include") << QStringList{"example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all"};
    QTest::newRow("over the lookup limit")
        << QStringList{"example.jp TXT v=spf1 include:spf.protection.outlook.com include:_spf.google.com "
                       "include:spf.tmes.trendmicro.com -all"};
    QTest::newRow("exclusions and qualifiers")
        << QStringList{"example.jp TXT v=spf1 -ip4:15.168.56.0/26 ?ip4:18.176.203.160/27 ~ip4:18.177.156.64/28 " + jp +
                       " -all"};
    QTest::newRow("a, mx and redirect")
        << QStringList{"example.jp TXT v=spf1 a:relay.example.jp/28 mx/27 redirect=_spf.example.jp",
                       "relay.example.jp A 18.177.156.20", "example.jp MX 10 mx.example.jp",
                       "mx.example.jp A 15.168.49.100", "_spf.example.jp TXT v=spf1 ip4:15.168.56.128/27 ~all"};
    QTest::newRow("include falls through on fail")
        << QStringList{"example.jp TXT v=spf1 include:_part.example.jp ip4:18.176.203.128/25 -all",
                       "_part.example.jp TXT v=spf1 -ip4:18.176.203.128/26 ip4:15.168.0.0/16 ~all"};
    QTest::newRow("MX hosts without addresses, one matching between")
        << QStringList{"example.jp TXT v=spf1 mx:m.example.jp " + jp + " -all", "m.example.jp MX 40 h4.example.jp",
                       "m.example.jp MX 10 h1.example.jp", "m.example.jp MX 20 h2.example.jp",
                       "m.example.jp MX 30 h3.example.jp", "h1.example.jp EMPTY", "h2.example.jp A 15.168.56.5",
                       "h3.example.jp EMPTY", "h4.example.jp EMPTY"};
    QTest::newRow("void lookups over 2 midway")
        << QStringList{"example.jp TXT v=spf1 ip4:18.176.203.128/26 a:n1.example.jp a:n2.example.jp "
                       "a:n3.example.jp " + jp + " -all"};
}

void TestSpfCoverage::agreesWithCheckHost()
{
    QFETCH(QStringList, zone);
    ZoneResolver resolver;
    loadZone(resolver, tmemsZone() + zone);
    const Catalog catalog = CatalogLoader::builtIn();
    const QList<IpNetwork> ranges = catalog.dataCenter("jp")->networks();

    SpfTreeFetcher fetcher(&resolver);
    QSignalSpy fetched(&fetcher, &SpfTreeFetcher::finished);
    fetcher.start("example.jp");
    QVERIFY(fetched.wait());
    const SpfCoverage::Result result = SpfCoverage::evaluate(fetcher.data(), "example.jp", ranges);
    QVERIFY(result.undetermined.isEmpty());
    QVERIFY(result.failed.isEmpty());

    int checked = 0;
    for (const IpNetwork &range : ranges) {
        // Every address of the range: 512 in all, each a full check_host().
        for (quint32 v = range.firstAddress().toV4(); v <= range.lastAddress().toV4(); ++v) {
            const IpAddress ip = IpAddress::fromV4(v);
            SpfChecker checker(&resolver);
            QSignalSpy done(&checker, &SpfChecker::finished);
            checker.start(SpfCheckRequest::fromIdentity(ip, "postmaster@example.jp", "example.jp"));
            QVERIFY(done.count() == 1 || done.wait());
            const bool pass = done.constFirst().constFirst().value<SpfResult>().code == SpfResult::Code::Pass;
            bool symbolic = false;
            for (const IpNetwork &n : result.pass)
                symbolic = symbolic || n.contains(ip);
            QVERIFY2(pass == symbolic, qPrintable(ip.toString()));
            ++checked;
        }
    }
    QCOMPARE(checked, 512);
}

void TestSpfCoverage::levelOfLargeRanges_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QStringList>("pass");
    QTest::addColumn<QStringList>("undetermined");
    QTest::addColumn<QStringList>("samples"); // "address=1" passes, "address=0" does not
    QTest::addColumn<int>("expected");
    const int full = int(RangeCoverage::Level::Full);
    const int partial = int(RangeCoverage::Level::Partial);
    const int none = int(RangeCoverage::Level::None);
    // An IPv6 range holds more addresses than 64 bits count: half of it
    // passing once read as "full".
    QTest::newRow("IPv6, half passes") << "2001:db8::/48" << QStringList{"2001:db8::/49"} << QStringList{} << QStringList{} << partial;
    QTest::newRow("IPv6, all passes") << "2001:db8::/48" << QStringList{"2001:db8::/32"} << QStringList{} << QStringList{} << full;
    QTest::newRow("IPv6, all passes in two halves")
        << "2001:db8::/48" << QStringList{"2001:db8::/49", "2001:db8:0:8000::/49"} << QStringList{} << QStringList{} << full;
    QTest::newRow("IPv6, none passes") << "2001:db8::/48" << QStringList{"2001:db9::/48"} << QStringList{} << QStringList{} << none;
    QTest::newRow("IPv6 /0, one address passes") << "::/0" << QStringList{"2001:db8::1/128"} << QStringList{} << QStringList{} << partial;
    QTest::newRow("IPv4, one address short") << "15.168.56.0/25" << QStringList{"15.168.56.0/26", "15.168.56.64/27",
                                                                             "15.168.56.96/28", "15.168.56.112/29",
                                                                             "15.168.56.120/30", "15.168.56.124/31",
                                                                             "15.168.56.126/32"}
                                             << QStringList{} << QStringList{} << partial;
    QTest::newRow("IPv6, the rest undetermined, its sample fails")
        << "2001:db8::/48" << QStringList{"2001:db8::/49"} << QStringList{"2001:db8:0:8000::/49"}
        << QStringList{"2001:db8:0:8000::1=0"} << partial;
    // A sample stands for itself alone: passing samples prove no "full", failing ones no "none".
    QTest::newRow("IPv6, all undetermined, its sample passes")
        << "2001:db8::/48" << QStringList{} << QStringList{"2001:db8::/48"} << QStringList{"2001:db8::5=1"}
        << int(RangeCoverage::Level::Unknown);
    QTest::newRow("IPv4, all undetermined, three samples pass")
        << "15.168.49.64/26" << QStringList{} << QStringList{"15.168.49.64/26"}
        << QStringList{"15.168.49.64=1", "15.168.49.96=1", "15.168.49.127=1"} << int(RangeCoverage::Level::Unknown);
    QTest::newRow("IPv4, all undetermined, three samples fail")
        << "15.168.49.64/26" << QStringList{} << QStringList{"15.168.49.64/26"}
        << QStringList{"15.168.49.64=0", "15.168.49.96=0", "15.168.49.127=0"} << int(RangeCoverage::Level::Unknown);
    QStringList everyPass, everyButOne, oneFails;
    for (int i = 0; i < 64; ++i) {
        const QString address = QStringLiteral("15.168.49.%1").arg(64 + i);
        everyPass << address + "=1";
        oneFails << address + (i == 17 ? "=0" : "=1");
        if (i != 17)
            everyButOne << address + "=1"; // one address's check met a DNS failure
    }
    QTest::newRow("IPv4, all undetermined, every address passes")
        << "15.168.49.64/26" << QStringList{} << QStringList{"15.168.49.64/26"} << everyPass << full;
    QTest::newRow("IPv4, all undetermined, every address checked, one fails")
        << "15.168.49.64/26" << QStringList{} << QStringList{"15.168.49.64/26"} << oneFails << partial;
    QTest::newRow("IPv4, all undetermined, one address not checked")
        << "15.168.49.64/26" << QStringList{} << QStringList{"15.168.49.64/26"} << everyButOne
        << int(RangeCoverage::Level::Unknown);
    QTest::newRow("IPv6, undetermined without a sample")
        << "2001:db8::/48" << QStringList{"2001:db8::/49"} << QStringList{"2001:db8:0:8000::/49"} << QStringList{}
        << int(RangeCoverage::Level::Unknown);
    QTest::newRow("both families passing, IPv4 range")
        << "15.168.56.0/25" << QStringList{"2001:db8::/32", "15.168.56.0/25"} << QStringList{} << QStringList{} << full;
}

void TestSpfCoverage::levelOfLargeRanges()
{
    QFETCH(QString, range);
    QFETCH(QStringList, pass);
    QFETCH(QStringList, undetermined);
    QFETCH(QStringList, samples);
    QFETCH(int, expected);
    const auto networks = [](const QStringList &texts) {
        QList<IpNetwork> out;
        for (const QString &t : texts)
            out.append(*IpNetwork::parse(t));
        return out;
    };
    SpfCoverage::Result result;
    result.pass = networks(pass);
    result.undetermined = networks(undetermined);
    SpfCoverage::Samples sampled;
    for (const QString &sample : samples)
        sampled.insert(sample.section(u'=', 0, 0), sample.endsWith(QLatin1String("=1")));
    QCOMPARE(int(SpfCoverage::level(result, *IpNetwork::parse(range), sampled)), expected);
}

void TestSpfCoverage::samplesEveryAddressOfSmallRanges()
{
    // The Japan ranges hold 512 addresses: each undetermined one is checked.
    SpfCoverage::Result result;
    result.pass = {*IpNetwork::parse(u"15.168.56.0/26")};
    result.undetermined = {*IpNetwork::parse(u"15.168.56.64/26"), *IpNetwork::parse(u"15.168.49.64/26")};
    const QList<IpNetwork> ranges{*IpNetwork::parse(u"15.168.56.0/25"), *IpNetwork::parse(u"15.168.49.64/26")};
    const QList<IpAddress> points = SpfCoverage::samplePoints(result, ranges);
    QCOMPARE(points.size(), 128);
    QCOMPARE(points.first().toString(), QString("15.168.56.64"));
    QCOMPARE(points.last().toString(), QString("15.168.49.127"));
    // A huge range of one's own catalog: a few points only.
    result.undetermined = {*IpNetwork::parse(u"2001:db8::/48")};
    QCOMPARE(SpfCoverage::samplePoints(result, {*IpNetwork::parse(u"2001:db8::/48")}).size(), 2);
    result.undetermined = {*IpNetwork::parse(u"2001:db8::/120")};
    QCOMPARE(SpfCoverage::samplePoints(result, {*IpNetwork::parse(u"2001:db8::/120")}).size(), 256);
    // The limit counts a domain's ranges together: four /23s (2,048) get a few each.
    QList<IpNetwork> four;
    for (const char16_t *text : {u"10.0.0.0/23", u"10.0.2.0/23", u"10.0.4.0/23", u"10.0.6.0/23"})
        four.append(*IpNetwork::parse(text));
    result.undetermined = four;
    QCOMPARE(SpfCoverage::samplePoints(result, four).size(), 4 * 3);
}

QTEST_GUILESS_MAIN(TestSpfCoverage)
#include "TestSpfCoverage.moc"
