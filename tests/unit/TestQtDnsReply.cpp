// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtDnsReply.h"

#include <QTest>

/// QtDnsReply reads what the DNS module copies out of a finished QDnsLookup
/// (DnsRawReply); the integration test asks Knot, this one covers the cases a
/// test zone makes awkward: CNAME chains with strangers' records beside them,
/// owners in Unicode, odd address lengths.
class TestQtDnsReply final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsOfTheChainsEndOnly()
    {
        DnsRawReply reply;
        reply.error = DnsRawReply::Error::None;
        reply.canonicalNames = {{QStringLiteral("www.example.jp."), QStringLiteral("Alias.Example.NET.")},
                                {QStringLiteral("alias.example.net"), QStringLiteral("final.example.org")}};
        reply.texts = {{QStringLiteral("www.example.jp"), "v=spf1 -all"},
                       {QStringLiteral("final.example.org."), "v=spf1 ip4:192.0.2.1 -all"},
                       {QStringLiteral("other.example.org"), "v=spf1 +all"}};
        const DnsAnswer answer = QtDnsReply::toAnswer(reply, QStringLiteral("www.example.jp"), DnsType::TXT,
                                                      QStringLiteral("192.0.2.53"));
        QCOMPARE(answer.status, DnsAnswer::Status::Records);
        QCOMPARE(answer.txt, QList<QByteArray>{"v=spf1 ip4:192.0.2.1 -all"});
    }

    void aCnameLoopIsAFailure()
    {
        DnsRawReply reply;
        reply.error = DnsRawReply::Error::None;
        reply.canonicalNames = {{QStringLiteral("a.example"), QStringLiteral("b.example")},
                                {QStringLiteral("b.example"), QStringLiteral("a.example")}};
        reply.texts = {{QStringLiteral("c.example"), "v=spf1 -all"}};
        const DnsAnswer answer = QtDnsReply::toAnswer(reply, QStringLiteral("a.example"), DnsType::TXT, {});
        QCOMPARE(answer.status, DnsAnswer::Status::ServerFailure);
        QVERIFY(answer.errorString.contains(QLatin1String("loop")));
    }

    // Where the records must come from: QtDnsResolver asks a chain's end again
    // when the reply holds nothing for it (an authoritative server's CNAME alone).
    void chainEndIsReported()
    {
        DnsRawReply reply;
        reply.error = DnsRawReply::Error::None;
        reply.canonicalNames = {{QStringLiteral("SPF.example.jp."), QStringLiteral("spf.Provider.example.")}};
        QString end;
        const DnsAnswer answer = QtDnsReply::toAnswer(reply, QStringLiteral("spf.example.jp"), DnsType::TXT, {}, &end);
        QCOMPARE(answer.status, DnsAnswer::Status::NoData);
        QCOMPARE(end, QStringLiteral("spf.provider.example"));
        reply.canonicalNames.clear();
        QtDnsReply::toAnswer(reply, QStringLiteral("Plain.example.jp."), DnsType::TXT, {}, &end);
        QCOMPARE(end, QStringLiteral("plain.example.jp"));
    }

    void unicodeOwnersMatchTheALabelAsked()
    {
        // QDnsLookup gives record names back in Unicode; we ask in A-labels.
        DnsRawReply reply;
        reply.error = DnsRawReply::Error::None;
        reply.mailExchanges = {{QString::fromUtf8("例え.jp."), 10, QString::fromUtf8("メール.例え.jp.")},
                               {QStringLiteral("else.jp"), 5, QStringLiteral("mx.else.jp")}};
        const DnsAnswer answer = QtDnsReply::toAnswer(reply, QStringLiteral("xn--r8jz45g.jp"), DnsType::MX, {});
        QCOMPARE(answer.status, DnsAnswer::Status::Records);
        QCOMPARE(answer.mx.size(), 1);
        QCOMPARE(answer.mx.at(0).preference, quint16(10));
        QCOMPARE(answer.mx.at(0).exchange, QStringLiteral("xn--4dkua4c.xn--r8jz45g.jp"));
    }

    void addressesOfTheFamilyAsked()
    {
        DnsRawReply reply;
        reply.error = DnsRawReply::Error::None;
        const char v4[] = {char(192), 0, 2, char(200)};
        QByteArray v6(16, '\0');
        v6[0] = char(0x20);
        v6[1] = 0x01;
        v6[2] = 0x0d;
        v6[3] = char(0xb8);
        v6[15] = 0x01;
        reply.addresses = {{QStringLiteral("host.example"), QByteArray(v4, 4)},
                           {QStringLiteral("host.example"), v6},
                           {QStringLiteral("host.example"), QByteArray(7, 'x')}}; // neither: ignored
        DnsAnswer answer = QtDnsReply::toAnswer(reply, QStringLiteral("host.example"), DnsType::A, {});
        QCOMPARE(answer.addresses.size(), 1);
        QCOMPARE(answer.addresses.at(0).toString(), QStringLiteral("192.0.2.200"));
        answer = QtDnsReply::toAnswer(reply, QStringLiteral("host.example"), DnsType::AAAA, {});
        QCOMPARE(answer.addresses.size(), 1);
        QCOMPARE(answer.addresses.at(0).toString(), QStringLiteral("2001:db8::1"));
    }

    void errorsBecomeStatusesWithMessages_data()
    {
        QTest::addColumn<DnsRawReply::Error>("error");
        QTest::addColumn<DnsAnswer::Status>("status");
        QTest::addColumn<bool>("definite");
        QTest::addColumn<QString>("mentions");
        using E = DnsRawReply::Error;
        using S = DnsAnswer::Status;
        QTest::newRow("nxdomain") << E::NotFound << S::NxDomain << true << "";
        QTest::newRow("nodata (Qt 6.6+)") << E::None << S::NoData << true << "";
        QTest::newRow("servfail") << E::ServerFailure << S::ServerFailure << true << "SERVFAIL";
        QTest::newRow("refused") << E::ServerRefused << S::ServerFailure << true << "REFUSED";
        QTest::newRow("invalid name") << E::InvalidRequest << S::ServerFailure << false << "Checking again will not change this";
        QTest::newRow("timeout (Qt 6.6+)") << E::Timeout << S::Timeout << false << "network down";
        QTest::newRow("other") << E::Other << S::ServerFailure << false << "network down";
    }
    void errorsBecomeStatusesWithMessages()
    {
        QFETCH(DnsRawReply::Error, error);
        QFETCH(DnsAnswer::Status, status);
        QFETCH(bool, definite);
        QFETCH(QString, mentions);
        DnsRawReply reply;
        reply.error = error;
        reply.errorString = QStringLiteral("network down");
        const DnsAnswer answer = QtDnsReply::toAnswer(reply, QStringLiteral("example.jp"), DnsType::TXT,
                                                      QStringLiteral("192.0.2.53"));
        QCOMPARE(answer.status, status);
        QCOMPARE(QtDnsReply::isDefinite(error), definite);
        QVERIFY2(answer.errorString.contains(mentions), qPrintable(answer.errorString));
        QVERIFY(!QtDnsReply::isDefinite(DnsRawReply::Error::InvalidReply));
    }
};

QTEST_GUILESS_MAIN(TestQtDnsReply)
#include "TestQtDnsReply.moc"
