// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfTreeFetcher.h"
#include "ZoneText.h"

#include <QSignalSpy>
#include <QTest>

class TestSpfTreeFetcher final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void levelByLevel();
    void eachQuestionOnce();
    void queryCap();
    void abort();
};

void TestSpfTreeFetcher::levelByLevel()
{
    ZoneResolver zone;
    loadZone(zone, {"example.jp TXT v=spf1 include:a.example.jp include:b.example.jp mx a:relay.example.jp -all",
                    "a.example.jp TXT v=spf1 include:a1.example.jp -all", "b.example.jp TXT v=spf1 ip4:192.0.2.1 -all",
                    "a1.example.jp TXT v=spf1 -all", "example.jp MX 10 mx.example.jp", "mx.example.jp A 192.0.2.2",
                    "relay.example.jp A 192.0.2.3"});
    SpfTreeFetcher fetcher(&zone);
    QSignalSpy finished(&fetcher, &SpfTreeFetcher::finished);
    QList<QStringList> asked; // the questions asked by the time each answer arrived
    connect(&zone, &DnsResolver::answered, this, [&] { asked.append(zone.questions()); });
    fetcher.start("example.jp");
    QCOMPARE(zone.questions(), QStringList{"example.jp/TXT"});
    QVERIFY(finished.wait());
    QCOMPARE(finished.count(), 1);
    // The root's answer puts the whole second level in flight at once ...
    const QStringList level2{"a.example.jp/TXT", "b.example.jp/TXT", "example.jp/MX", "relay.example.jp/A"};
    QCOMPARE(asked.at(0).mid(1), level2); // the fetcher sees each answer before this test does
    // ... and the third level follows from each answer as it arrives.
    QVERIFY(zone.questions().contains("a1.example.jp/TXT"));
    QVERIFY(zone.questions().contains("mx.example.jp/A"));
    QCOMPARE(zone.questions().size(), 7);
    QCOMPARE(fetcher.data().record("a1.example.jp").state, SpfRecordAt::State::Ok);
}

void TestSpfTreeFetcher::eachQuestionOnce()
{
    ZoneResolver zone;
    loadZone(zone, {"example.jp TXT v=spf1 include:a.example.jp include:b.example.jp -all",
                    "a.example.jp TXT v=spf1 include:shared.example.jp include:example.jp -all",
                    "b.example.jp TXT v=spf1 include:shared.example.jp a:shared.example.jp -all",
                    "shared.example.jp TXT v=spf1 a -all", "shared.example.jp A 192.0.2.9"});
    SpfTreeFetcher fetcher(&zone);
    QSignalSpy finished(&fetcher, &SpfTreeFetcher::finished);
    fetcher.start("example.jp");
    QVERIFY(finished.wait());
    QStringList questions = zone.questions();
    QCOMPARE(questions.removeDuplicates(), 0); // the loop back to example.jp ends by itself
    QCOMPARE(questions.size(), 5);
}

void TestSpfTreeFetcher::queryCap()
{
    // Every record includes two new names: a tree that doubles per level.
    ZoneResolver zone;
    for (int i = 1; i < 2000; ++i)
        zone.addTxt(QString("n%1.example.jp").arg(i),
                    QString("v=spf1 include:n%1.example.jp include:n%2.example.jp -all").arg(2 * i).arg(2 * i + 1).toLatin1());
    SpfTreeFetcher fetcher(&zone);
    QSignalSpy finished(&fetcher, &SpfTreeFetcher::finished);
    fetcher.start("n1.example.jp");
    QVERIFY(finished.wait(10000));
    QVERIFY(fetcher.hitQueryLimit());
    QCOMPARE(zone.questions().size(), SpfTreeFetcher::MaxQueries);
}

void TestSpfTreeFetcher::abort()
{
    ZoneResolver zone;
    zone.setLatencyMs(10);
    loadZone(zone, {"example.jp TXT v=spf1 -all"});
    auto *fetcher = new SpfTreeFetcher(&zone);
    QSignalSpy finished(fetcher, &SpfTreeFetcher::finished);
    QSignalSpy answered(&zone, &DnsResolver::answered);
    fetcher->start("example.jp");
    delete fetcher; // cancels what is in flight
    QVERIFY(answered.wait());
    QCOMPARE(answered.constFirst().at(1).value<DnsAnswer>().status, DnsAnswer::Status::Cancelled);
    QCOMPARE(finished.count(), 0);
}

QTEST_GUILESS_MAIN(TestSpfTreeFetcher)
#include "TestSpfTreeFetcher.moc"
