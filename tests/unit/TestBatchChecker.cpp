// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchChecker.h"
#include "CachingResolver.h"
#include "CatalogLoader.h"
#include "ZoneText.h"

#include <QSignalSpy>
#include <QTest>

class TestBatchChecker final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checksEveryDomainInOrder_data();
    void checksEveryDomainInOrder();
    void sharedIncludesAskedOnce();
    void cancel();
    void emptyList();

private:
    static QList<DomainInput> inputs(int count);
    static QStringList zoneFor(int count);
    Catalog m_catalog = CatalogLoader::builtIn();
};

QList<DomainInput> TestBatchChecker::inputs(int count)
{
    QList<DomainInput> out;
    for (int i = 0; i < count; ++i)
        out.append(DomainName::normalize(QString("d%1.example.jp").arg(i)));
    return out;
}

QStringList TestBatchChecker::zoneFor(int count)
{
    QStringList zone = tmemsZone();
    for (int i = 0; i < count; ++i) {
        // Odd domains on the US site, even ones on the Japan site, all with the legacy include.
        const QString site = i % 2 ? "in.tmes.trendmicro.com" : "in.tmems-jp.trendmicro.com";
        zone << QString("d%1.example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all").arg(i)
             << QString("d%1.example.jp MX 10 d%1.%2").arg(i).arg(site);
    }
    return zone;
}

void TestBatchChecker::checksEveryDomainInOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("concurrent");
    QTest::newRow("one") << 1 << 16;
    QTest::newRow("fewer than the pool") << 5 << 16;
    QTest::newRow("many, one at a time") << 7 << 1;
    QTest::newRow("many, several at a time") << 40 << 8;
}

void TestBatchChecker::checksEveryDomainInOrder()
{
    QFETCH(int, count);
    QFETCH(int, concurrent);
    ZoneResolver zone;
    loadZone(zone, zoneFor(count));
    BatchChecker checker(&zone, &m_catalog);
    checker.setMaxConcurrent(concurrent);
    QSignalSpy started(&checker, &BatchChecker::domainStarted);
    QSignalSpy progress(&checker, &BatchChecker::progress);
    QSignalSpy finished(&checker, &BatchChecker::finished);
    checker.start(inputs(count));
    QCOMPARE(started.count(), 0); // nothing fires inside start()
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(started.count(), count);
    QCOMPARE(progress.count(), count);
    QCOMPARE(progress.constLast().at(0).toInt(), count);
    QCOMPARE(progress.constLast().at(1).toInt(), count);
    const auto reports = finished.constFirst().constFirst().value<QList<DomainReport>>();
    QCOMPARE(reports.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(reports.at(i).domain.ascii, QString("d%1.example.jp").arg(i));
        QCOMPARE(reports.at(i).dataCenterId, QString(i % 2 ? "us" : "jp"));
        QCOMPARE(reports.at(i).lookups, 6);
    }
    QVERIFY(!checker.isRunning());
}

void TestBatchChecker::sharedIncludesAskedOnce()
{
    ZoneResolver zone;
    loadZone(zone, zoneFor(20));
    CachingResolver cache(&zone);
    BatchChecker checker(&cache, &m_catalog);
    QSignalSpy finished(&checker, &BatchChecker::finished);
    checker.start(inputs(20));
    QVERIFY(finished.wait(20000));
    QCOMPARE(zone.questions().count("spf.tmes.trendmicro.com/TXT"), 1);
    QCOMPARE(zone.questions().count("spf.tmems-jp.trendmicro.com/TXT"), 1);
    QCOMPARE(zone.questions().removeDuplicates(), 0);
}

void TestBatchChecker::cancel()
{
    ZoneResolver zone;
    zone.setLatencyMs(5);
    loadZone(zone, zoneFor(30));
    BatchChecker checker(&zone, &m_catalog);
    checker.setMaxConcurrent(4);
    QSignalSpy finished(&checker, &BatchChecker::finished);
    QSignalSpy cancelled(&checker, &BatchChecker::cancelled);
    QSignalSpy progress(&checker, &BatchChecker::progress);
    checker.start(inputs(30));
    QVERIFY(progress.wait());
    checker.cancel();
    QVERIFY(!checker.isRunning());
    QVERIFY(cancelled.wait());
    QCOMPARE(cancelled.count(), 1);
    const int seen = progress.count();
    QVERIFY(seen < 30);
    // Let any late answer arrive: nothing more may happen.
    QSignalSpy answered(&zone, &DnsResolver::answered);
    answered.wait(100);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(progress.count(), seen);
}

void TestBatchChecker::emptyList()
{
    ZoneResolver zone;
    BatchChecker checker(&zone, &m_catalog);
    QSignalSpy finished(&checker, &BatchChecker::finished);
    checker.start({});
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait());
    QVERIFY(finished.constFirst().constFirst().value<QList<DomainReport>>().isEmpty());
}

QTEST_GUILESS_MAIN(TestBatchChecker)
#include "TestBatchChecker.moc"
