// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZoneResolver.h"

#include <QSignalSpy>
#include <QTest>

class TestZoneResolver final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outcomes();
    void answersArriveLater();
    void cancel();
};

void TestZoneResolver::outcomes()
{
    ZoneResolver zone;
    zone.addTxt("Example.JP.", "v=spf1 -all");
    zone.addAddress("mail.example.jp", *IpAddress::parse(QStringLiteral("192.0.2.1")));
    zone.addCname("alias.example.jp", "example.jp");
    zone.addFailure("slow.example.jp", DnsType::TXT);
    zone.addFailure("broken.example.jp", DnsAnswer::Status::ServerFailure);

    QCOMPARE(zone.answer("example.jp", DnsType::TXT).status, DnsAnswer::Status::Records);
    QCOMPARE(zone.answer("example.jp", DnsType::TXT).txt, QList<QByteArray>{"v=spf1 -all"});
    QCOMPARE(zone.answer("alias.example.jp", DnsType::TXT).txt, QList<QByteArray>{"v=spf1 -all"});
    QCOMPARE(zone.answer("example.jp", DnsType::MX).status, DnsAnswer::Status::NoData);
    QVERIFY(zone.answer("example.jp", DnsType::MX).isVoid());
    QCOMPARE(zone.answer("nothing.example.jp", DnsType::TXT).status, DnsAnswer::Status::NxDomain);
    QCOMPARE(zone.answer("mail.example.jp", DnsType::AAAA).status, DnsAnswer::Status::NoData);
    QCOMPARE(zone.answer("slow.example.jp", DnsType::TXT).status, DnsAnswer::Status::Timeout);
    QVERIFY(zone.answer("slow.example.jp", DnsType::TXT).isFailure());
    QCOMPARE(zone.answer("slow.example.jp", DnsType::A).status, DnsAnswer::Status::NoData);
    QCOMPARE(zone.answer("broken.example.jp", DnsType::MX).status, DnsAnswer::Status::ServerFailure);
}

void TestZoneResolver::answersArriveLater()
{
    ZoneResolver zone;
    zone.addTxt("example.jp", "hello");
    QSignalSpy spy(&zone, &DnsResolver::answered);
    const auto id = zone.lookup("example.jp", DnsType::TXT);
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait());
    QCOMPARE(spy.at(0).at(0).value<DnsResolver::QueryId>(), id);
    QCOMPARE(spy.at(0).at(1).value<DnsAnswer>().txt.value(0), QByteArray("hello"));
    QCOMPARE(zone.questions(), QStringList{"example.jp/TXT"});
}

void TestZoneResolver::cancel()
{
    ZoneResolver zone;
    zone.setLatencyMs(50);
    zone.addTxt("example.jp", "hello");
    QSignalSpy spy(&zone, &DnsResolver::answered);
    const auto id = zone.lookup("example.jp", DnsType::TXT);
    zone.cancel(id);
    QVERIFY(spy.wait());
    QCOMPARE(spy.at(0).at(1).value<DnsAnswer>().status, DnsAnswer::Status::Cancelled);
    QTest::qWait(80); // the original answer must not follow the cancellation
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TestZoneResolver)
#include "TestZoneResolver.moc"
