// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CachingResolver.h"
#include "QtDnsResolver.h"
#include "ResolverFactory.h"
#include "Translations.h"

#include <QTest>

class TestResolverFactory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testDnsServer_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("used");        // the nameserver QDnsLookup gets
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("system resolver") << "" << true << "" << "";
        QTest::newRow("ipv4") << "192.0.2.53" << true << "192.0.2.53" << "";
        QTest::newRow("ipv4 with spaces") << "  192.0.2.53 " << true << "192.0.2.53" << "";
        QTest::newRow("ipv4 port 53") << "192.0.2.53:53" << true << "192.0.2.53" << "";
        QTest::newRow("ipv4-mapped ipv6") << "::ffff:192.0.2.53" << true << "192.0.2.53" << "";
        QTest::newRow("ipv6 refused") << "2001:db8::53" << false << "" << "IPv6";
        QTest::newRow("ipv6 loopback refused") << "::1" << false << "" << "IPv6";
        QTest::newRow("other port refused") << "192.0.2.53:5353" << false << "" << "53";
        QTest::newRow("host name refused") << "dns.example.com" << false << "" << "dns.example.com";
        QTest::newRow("garbage refused") << "1.2.3" << false << "" << "1.2.3";
    }
    void testDnsServer()
    {
        QFETCH(QString, server);
        QFETCH(bool, accepted);
        QFETCH(QString, used);
        QFETCH(QString, errorMentions);
        QtDnsResolver direct;
        QString error;
        QCOMPARE(direct.setNameserver(server, &error), accepted);
        if (accepted) {
            QVERIFY(error.isEmpty());
            QCOMPARE(direct.nameserver(), used);
        } else {
            QVERIFY2(error.contains(errorMentions), qPrintable(error));
            QVERIFY(direct.nameserver().isEmpty());
        }
        const auto made = createResolver(server, 1000, &error);
        QCOMPARE(bool(made), accepted);
        if (made)
            QVERIFY(qobject_cast<CachingResolver *>(made.get()));
    }

    void testErrorsAreTranslated()
    {
        QVERIFY(Translations::install(QStringLiteral("ja")));
        QString error;
        QVERIFY(!createResolver(QStringLiteral("::1"), 1000, &error));
        QVERIFY2(error.contains(QString::fromUtf8("IPv6アドレス")), qPrintable(error));
        Translations::install(QStringLiteral("en"));
    }

    /// An installation without its DNS module (this test has none beside it):
    /// every query fails, from the event loop, naming the module and the
    /// paths tried; nothing crashes and nothing reads as "no record".
    void testMissingDnsModule()
    {
        QtDnsResolver resolver;
        QList<DnsAnswer> answers;
        connect(&resolver, &DnsResolver::answered, this,
                [&answers](DnsResolver::QueryId, const DnsAnswer &answer) { answers.append(answer); });
        resolver.lookup(QStringLiteral("example.com"), DnsType::TXT);
        resolver.lookup(QStringLiteral("example.org"), DnsType::A);
        QVERIFY(answers.isEmpty()); // never inside lookup()
        QTRY_COMPARE(answers.size(), 2);
        for (const DnsAnswer &answer : std::as_const(answers)) {
            QCOMPARE(answer.status, DnsAnswer::Status::ServerFailure);
            QVERIFY2(answer.errorString.contains(QLatin1String("cannot load the DNS module"))
                         && answer.errorString.contains(QLatin1String("tmems-assistant-dns")),
                     qPrintable(answer.errorString));
        }
    }

    void testTimeoutDefault()
    {
        QtDnsResolver resolver;
        resolver.setTimeoutMs(0);
        QCOMPARE(resolver.timeoutMs(), QtDnsResolver::DefaultTimeoutMs);
        resolver.setTimeoutMs(250);
        QCOMPARE(resolver.timeoutMs(), 250);
    }
};

QTEST_GUILESS_MAIN(TestResolverFactory)
#include "TestResolverFactory.moc"
