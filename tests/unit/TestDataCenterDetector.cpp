// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogLoader.h"
#include "DataCenterDetector.h"
#include "ZoneText.h"

#include <QSignalSpy>
#include <QTest>

class TestDataCenterDetector final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detect_data();
    void detect();
    void abortEndsQuietly();
    void domainNotFoundOnlyOnNxDomain_data();
    void domainNotFoundOnlyOnNxDomain();

private:
    Catalog m_catalog = CatalogLoader::builtIn();
};

using Include = DomainReport::TmemsInclude;
using From = DomainReport::DetectedFrom;

void TestDataCenterDetector::detect_data()
{
    QTest::addColumn<QStringList>("zone");
    QTest::addColumn<int>("include");
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("from");
    QTest::addColumn<QStringList>("mx");
    QTest::addColumn<bool>("dnsFailure");

    const auto row = [](const char *name, const QString &host, const QString &id) {
        QString shown = host.toLower(); // the resolver answers lower case, no trailing dot
        if (shown.endsWith(u'.'))
            shown.chop(1);
        QTest::newRow(name) << QStringList{"example.jp MX 10 " + host} << int(Include::None) << QString("auto")
                            << id << int(From::Mx) << QStringList{shown} << false;
    };
    row("Japan site", "example-jp.in.tmems-jp.trendmicro.com", "jp");
    row("US site", "example-jp.in.tmes.trendmicro.com", "us");
    row("Europe site", "example-jp.in.tmes.trendmicro.eu", "eu");
    row("ANZ site", "example-jp.in.tmes-anz.trendmicro.com", "anz");
    row("Singapore site", "example-jp.in.tmes-sg.trendmicro.com", "sg");
    row("India site", "example-jp.in.tmes-in.trendmicro.com", "in");
    row("UAE site", "example-jp.in.tmes-uae.trendmicro.com", "uae");
    row("upper case and trailing dot", "EXAMPLE-JP.IN.TMEMS-JP.TRENDMICRO.COM.", "jp");

    QTest::newRow("most preferred host decides")
        << QStringList{"example.jp MX 20 a.in.tmes.trendmicro.com", "example.jp MX 5 b.in.tmems-jp.trendmicro.com"}
        << int(Include::None) << "auto" << "jp" << int(From::Mx)
        << QStringList{"b.in.tmems-jp.trendmicro.com", "a.in.tmes.trendmicro.com"} << false;
    QTest::newRow("own gateway first, TMEmS backup")
        << QStringList{"example.jp MX 10 mail.example.jp", "example.jp MX 20 x.in.tmes.trendmicro.com"}
        << int(Include::None) << "auto" << "us" << int(From::Mx)
        << QStringList{"mail.example.jp", "x.in.tmes.trendmicro.com"} << false;
    QTest::newRow("suffix alone is not a host")
        << QStringList{"example.jp MX 10 in.tmems-jp.trendmicro.com"} << int(Include::None) << "auto" << "unknown"
        << int(From::None) << QStringList{"in.tmems-jp.trendmicro.com"} << false;
    QTest::newRow("look-alike suffix")
        << QStringList{"example.jp MX 10 x.in.tmems-jp.trendmicro.com.evil.example"} << int(Include::None) << "auto"
        << "unknown" << int(From::None) << QStringList{"x.in.tmems-jp.trendmicro.com.evil.example"} << false;
    QTest::newRow("Japan include, own MX")
        << QStringList{"example.jp MX 10 mail.example.jp"} << int(Include::Japan) << "auto" << "jp" << int(From::Spf)
        << QStringList{"mail.example.jp"} << false;
    QTest::newRow("both includes, no MX") << QStringList{"example.jp EMPTY"} << int(Include::Both) << "auto" << "jp"
                                          << int(From::Spf) << QStringList{} << false;
    // Every site publishes the legacy include, and a Japan customer who has not
    // switched yet has it too: it says nothing about the site.
    QTest::newRow("legacy include only is ambiguous")
        << QStringList{"example.jp MX 10 mail.example.jp"} << int(Include::Legacy) << "auto" << "unknown"
        << int(From::None) << QStringList{"mail.example.jp"} << false;
    QTest::newRow("MX beats the SPF include")
        << QStringList{"example.jp MX 10 a.in.tmes.trendmicro.com"} << int(Include::Japan) << "auto" << "us"
        << int(From::Mx) << QStringList{"a.in.tmes.trendmicro.com"} << false;
    QTest::newRow("user choice wins")
        << QStringList{"example.jp MX 10 a.in.tmes.trendmicro.com"} << int(Include::None) << "jp" << "jp"
        << int(From::Option) << QStringList{"a.in.tmes.trendmicro.com"} << false;
    QTest::newRow("no such domain") << QStringList{} << int(Include::None) << "auto" << "unknown" << int(From::None)
                                    << QStringList{} << false;
    QTest::newRow("MX lookup fails") << QStringList{"example.jp FAIL MX"} << int(Include::Japan) << "auto" << "jp"
                                     << int(From::Spf) << QStringList{} << true;
}

void TestDataCenterDetector::detect()
{
    QFETCH(QStringList, zone);
    QFETCH(int, include);
    QFETCH(QString, choice);
    QFETCH(QString, id);
    QFETCH(int, from);
    QFETCH(QStringList, mx);
    QFETCH(bool, dnsFailure);

    ZoneResolver resolver;
    loadZone(resolver, zone);
    DataCenterDetector detector(&resolver, &m_catalog);
    QSignalSpy finished(&detector, &DataCenterDetector::finished);
    detector.start("example.jp");
    QVERIFY(detector.isRunning());
    QVERIFY(finished.wait());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(detector.mxResult().dnsFailure, dnsFailure);
    const DataCenterDetection result =
        DataCenterDetector::decide(detector.mxResult(), Include(include), choice, m_catalog);
    QCOMPARE(result.id, id);
    QCOMPARE(int(result.detectedFrom), from);
    QCOMPARE(result.mxHosts, mx);
}

void TestDataCenterDetector::domainNotFoundOnlyOnNxDomain_data()
{
    QTest::addColumn<QStringList>("zone");
    QTest::addColumn<bool>("notFound");
    QTest::newRow("NXDOMAIN") << QStringList{} << true;
    QTest::newRow("NODATA: the name exists, no MX") << QStringList{"example.jp EMPTY"} << false;
    QTest::newRow("MX records") << QStringList{"example.jp MX 10 mail.example.jp"} << false;
    QTest::newRow("the lookup failed") << QStringList{"example.jp FAIL MX"} << false;
}

void TestDataCenterDetector::domainNotFoundOnlyOnNxDomain()
{
    // The wizard tells a typo apart from a domain without MX records by this.
    QFETCH(QStringList, zone);
    QFETCH(bool, notFound);
    ZoneResolver resolver;
    loadZone(resolver, zone);
    DataCenterDetector detector(&resolver, &m_catalog);
    QSignalSpy finished(&detector, &DataCenterDetector::finished);
    detector.start("example.jp");
    QVERIFY(finished.wait());
    QCOMPARE(detector.mxResult().domainNotFound, notFound);
}

void TestDataCenterDetector::abortEndsQuietly()
{
    ZoneResolver resolver;
    resolver.setLatencyMs(20);
    loadZone(resolver, {"example.jp MX 10 a.in.tmems-jp.trendmicro.com"});
    auto *detector = new DataCenterDetector(&resolver, &m_catalog);
    QSignalSpy finished(detector, &DataCenterDetector::finished);
    QSignalSpy answered(&resolver, &DnsResolver::answered);
    detector->start("example.jp");
    detector->abort();
    QVERIFY(answered.wait());
    QCOMPARE(answered.constFirst().at(1).value<DnsAnswer>().status, DnsAnswer::Status::Cancelled);
    QCOMPARE(finished.count(), 0);
    delete detector;
}

QTEST_GUILESS_MAIN(TestDataCenterDetector)
#include "TestDataCenterDetector.moc"
