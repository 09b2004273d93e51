// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "SpfCommand.h"
#include "Translations.h"
#include "ZoneResolver.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

/// Runs `tmems-assistant spf ARGS...` in process over an in-memory zone.
CliRun runSpf(ZoneResolver *zone, QStringList arguments)
{
    arguments.prepend(QStringLiteral("spf"));
    arguments.prepend(QStringLiteral("tmems-assistant"));
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    SpfCommand command({&out, &err});
    command.setResolver(zone);
    QSignalSpy finished(&command, &Subcommand::finished);
    command.start(arguments);
    if (!finished.wait(10000))
        return run;
    run.exitCode = finished.constFirst().constFirst().toInt();
    out.flush();
    err.flush();
    return run;
}

void fillZone(ZoneResolver &zone)
{
    zone.addTxt("example.jp", "v=spf1 include:_spf.example.jp -all exp=why.example.jp");
    zone.addTxt("_spf.example.jp", "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 ~all");
    zone.addTxt("why.example.jp", "%{i} is not one of our servers");
    zone.addTxt("none.example.jp", "hello");
    zone.addFailure("slow.example.jp", DnsType::TXT);
    zone.addTxt("broken.example.jp", "v=spf1 foo -all");
    zone.addTxt("macro.example.jp", "v=spf1 exists:%{o}.ok.example.jp -all");
    zone.addAddress("xn--r8jz45g.jp.ok.example.jp", *IpAddress::parse(QStringLiteral("127.0.0.2")));
}

} // namespace

class TestSpfCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { Translations::install(QStringLiteral("en")); }
    void results_data();
    void results();
    void json();
    void japanese();
    void badUsage_data();
    void badUsage();
    void binaryExitCodes();
};

void TestSpfCommand::results_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<QString>("contains");
    QTest::newRow("pass") << QStringList{"example.jp", "--ip", "192.0.2.10"} << 0 << "pass" << "lookups: 1";
    QTest::newRow("pass ipv6") << QStringList{"example.jp", "--ip", "2001:db8::25"} << 0 << "pass" << "authorizes";
    QTest::newRow("fail with explanation") << QStringList{"example.jp", "--ip", "198.51.100.1"} << 0 << "fail"
                                           << "198.51.100.1 is not one of our servers";
    QTest::newRow("sender macro with IDN") << QStringList{"macro.example.jp", "--ip", "192.0.2.1", "--sender",
                                                          QStringLiteral("info@例え.jp")}
                                           << 0 << "pass" << "exists:%{o}.ok.example.jp";
    QTest::newRow("pasted domain") << QStringList{"user@Example.JP", "--ip", "192.0.2.1"} << 0 << "pass"
                                   << "Domain: example.jp";
    QTest::newRow("none") << QStringList{"none.example.jp", "--ip", "192.0.2.1"} << 0 << "none"
                          << "no SPF record";
    QTest::newRow("permerror") << QStringList{"broken.example.jp", "--ip", "192.0.2.1"} << 0 << "permerror"
                               << "unknown mechanism";
    QTest::newRow("temperror") << QStringList{"slow.example.jp", "--ip", "192.0.2.1"} << 3 << "temperror"
                               << "temporary DNS error";
}

void TestSpfCommand::results()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, firstLine);
    QFETCH(QString, contains);
    ZoneResolver zone;
    fillZone(zone);
    const CliRun run = runSpf(&zone, arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out.section(u'\n', 0, 0), firstLine);
    QVERIFY2(run.out.contains(contains), qPrintable(run.out));
    QCOMPARE(run.err, QString());
}

void TestSpfCommand::json()
{
    ZoneResolver zone;
    fillZone(zone);
    const CliRun run = runSpf(&zone, {"example.jp", "--ip", "198.51.100.7", "--json"});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value("domain").toString(), QStringLiteral("example.jp"));
    QCOMPARE(doc.value("ip").toString(), QStringLiteral("198.51.100.7"));
    QCOMPARE(doc.value("result").toString(), QStringLiteral("fail"));
    QCOMPARE(doc.value("lookups").toInt(), 1);
    QCOMPARE(doc.value("voidLookups").toInt(), 0);
    QCOMPARE(doc.value("explanation").toString(), QStringLiteral("198.51.100.7 is not one of our servers"));

    const CliRun pass = runSpf(&zone, {"example.jp", "--ip", "192.0.2.7", "--json"});
    const QJsonObject passDoc = QJsonDocument::fromJson(pass.out.toUtf8()).object();
    QCOMPARE(passDoc.value("result").toString(), QStringLiteral("pass"));
    QVERIFY(passDoc.contains("explanation"));
    QVERIFY(passDoc.value("explanation").isNull());
}

void TestSpfCommand::japanese()
{
    Translations::install(QStringLiteral("ja"));
    ZoneResolver zone;
    fillZone(zone);
    const CliRun run = runSpf(&zone, {"example.jp", "--ip", "192.0.2.10"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.section(u'\n', 0, 0), QStringLiteral("pass")); // the result word is never translated
    QVERIFY2(run.out.contains(QStringLiteral("許可しています")), qPrintable(run.out));
    const CliRun bad = runSpf(&zone, {"example.jp", "--ip", "300.1.1.1"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("300.1.1.1")), qPrintable(bad.err));
}

void TestSpfCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("no domain") << QStringList{"--ip", "192.0.2.1"} << "DOMAIN";
    QTest::newRow("two domains") << QStringList{"a.example", "b.example", "--ip", "192.0.2.1"} << "b.example";
    QTest::newRow("no ip") << QStringList{"example.jp"} << "--ip";
    QTest::newRow("bad ip") << QStringList{"example.jp", "--ip", "192.0.2"} << "192.0.2";
    QTest::newRow("ip with prefix") << QStringList{"example.jp", "--ip", "192.0.2.0/24"} << "192.0.2.0/24";
    QTest::newRow("bad domain") << QStringList{"exa mple.jp", "--ip", "192.0.2.1"} << "exa mple.jp";
    QTest::newRow("sender without domain") << QStringList{"example.jp", "--ip", "192.0.2.1", "--sender", "someone"}
                                           << "someone";
    QTest::newRow("sender with bad domain") << QStringList{"example.jp", "--ip", "192.0.2.1", "--sender", "a@b c"}
                                            << "a@b c";
    QTest::newRow("unknown option") << QStringList{"example.jp", "--ip", "192.0.2.1", "--bogus"} << "bogus";
}

void TestSpfCommand::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    ZoneResolver zone;
    const CliRun run = runSpf(&zone, arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(errorPart), qPrintable(run.err));
    QVERIFY(zone.questions().isEmpty()); // nothing was checked
}

void TestSpfCommand::binaryExitCodes()
{
    if (qEnvironmentVariableIsEmpty("TMEMS_BINARY"))
        QSKIP("TMEMS_BINARY is not set (CTest sets it to the built tmems-assistant)");
    const CliRun bad = runBinary({"spf", "example.jp", "--ip", "not-an-ip", "--lang", "en"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("not-an-ip"), qPrintable(bad.err));
    const CliRun badServer = runBinary({"spf", "example.jp", "--ip", "192.0.2.1", "--dns-server", "dns.example"});
    QCOMPARE(badServer.exitCode, 2);
    const CliRun help = runCli({"--help", "--lang", "en"});
    QVERIFY2(help.out.contains("spf"), qPrintable(help.out));
}

QTEST_GUILESS_MAIN(TestSpfCommand)
#include "TestSpfCommand.moc"
