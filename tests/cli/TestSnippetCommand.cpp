// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

/// `tmems-assistant snippet`: output per platform, --help, exit codes and messages
/// for bad input, in both languages. The text itself is SnippetBuilder's (unit tests).
class TestSnippetCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPlatform_data();
    void everyPlatform();
    void helpListsPlatforms_data();
    void helpListsPlatforms();
    void options();
    void badUsage_data();
    void badUsage();
    void microsoftLimitsFromCatalogFile();
    void japaneseMessages();
    void realBinary();
};

void TestSnippetCommand::everyPlatform_data()
{
    QTest::addColumn<QString>("platform");
    for (const char *id : {"iptables", "nftables", "firewalld", "ufw", "windows-firewall", "pf", "cisco-asa", "cisco-ios",
                           "juniper-srx", "fortigate", "paloalto", "checkpoint", "aws-sg", "azure-nsg", "gcp", "postfix",
                           "exchange-online", "exchange-server"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestSnippetCommand::everyPlatform()
{
    QFETCH(QString, platform);
    const CliRun run = runCli({"snippet", platform, "--lang", "en"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY(run.out.contains("15.168.56.128"));
    QVERIFY(run.out.contains("18.176.203.128"));
    QVERIFY(run.out.contains("KB 000296568"));
    const CliRun added = runCli({"snippet", platform, "--added-only", "--lang", "en"});
    QCOMPARE(added.exitCode, 0);
    QVERIFY(added.out.contains("15.168.49.64"));
    QVERIFY2(!added.out.section("\n\n", 1).contains("18.177.156.0/26") || platform.startsWith("exchange"), qPrintable(added.out));
}

void TestSnippetCommand::helpListsPlatforms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("en") << "en" << "Platforms:";
    QTest::newRow("ja") << "ja" << QStringLiteral("プラットフォーム:");
}

void TestSnippetCommand::helpListsPlatforms()
{
    QFETCH(QString, language);
    QFETCH(QString, phrase);
    const CliRun run = runCli({"snippet", "--help", "--lang", language});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(phrase), qPrintable(run.out));
    for (const char *id : {"iptables ", "windows-firewall ", "exchange-online ", "exchange-server ", "ip-allow-list ", "--variant"})
        QVERIFY2(run.out.contains(QLatin1String(id)), id);
}

void TestSnippetCommand::options()
{
    const CliRun port = runCli({"snippet", "cisco-asa", "--port", "2525", "--datacenter", "jp"});
    QCOMPARE(port.exitCode, 0);
    QVERIFY(port.out.contains("eq 2525"));
    const CliRun variant = runCli({"snippet", "exchange-online", "--variant", "ip-allow-list"});
    QCOMPARE(variant.exitCode, 0);
    QVERIFY(variant.out.contains("Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList @{Add="));
    const CliRun ef = runCli({"snippet", "exchange-online", "--variant=enhanced-filtering", "--added-only"});
    QCOMPARE(ef.exitCode, 0);
    QVERIFY(ef.out.contains("-EFSkipIPs @{Add=\"15.168.56.0/25\",\"15.168.49.64/26\",\"15.168.56.128/26\"}"));
}

void TestSnippetCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("no platform") << QStringList{"snippet"} << "iptables";
    QTest::newRow("unknown platform") << QStringList{"snippet", "sendmail"} << "sendmail";
    QTest::newRow("two platforms") << QStringList{"snippet", "ufw", "pf"} << "pf";
    QTest::newRow("port not a number") << QStringList{"snippet", "ufw", "--port", "smtp"} << "smtp";
    QTest::newRow("port 0") << QStringList{"snippet", "ufw", "--port", "0"} << "65535";
    QTest::newRow("port 65536") << QStringList{"snippet", "ufw", "--port", "65536"} << "65536";
    QTest::newRow("port negative") << QStringList{"snippet", "ufw", "--port=-25"} << "-25";
    QTest::newRow("port missing value") << QStringList{"snippet", "ufw", "--port"} << "port";
    QTest::newRow("variant on iptables") << QStringList{"snippet", "iptables", "--variant", "connector"} << "exchange-online";
    QTest::newRow("unknown variant") << QStringList{"snippet", "exchange-online", "--variant", "rule"} << "rule";
    QTest::newRow("port for postfix") << QStringList{"snippet", "postfix", "--port", "587"} << "postfix";
    QTest::newRow("unknown data center") << QStringList{"snippet", "ufw", "--datacenter", "mars"} << "mars";
    QTest::newRow("data center without ranges") << QStringList{"snippet", "ufw", "--datacenter", "us"} << "jp";
    QTest::newRow("missing catalog") << QStringList{"snippet", "ufw", "--catalog", "/nonexistent.json"} << "/nonexistent.json";
    QTest::newRow("unknown option") << QStringList{"snippet", "ufw", "--bogus"} << "bogus";
}

void TestSnippetCommand::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    arguments.insert(1, "--lang=en"); // before the options, so a missing value cannot swallow it
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(errorPart), qPrintable(run.err));
    QVERIFY2(run.err.startsWith("tmems-assistant snippet: "), qPrintable(run.err));
}

void TestSnippetCommand::microsoftLimitsFromCatalogFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &cidr : {QStringLiteral("15.170.0.0/23"), QStringLiteral("2001:db8:10::/48")}) {
        const QString catalog = catalogWithRange(dir, cidr);
        for (const char *variant : {"connector", "enhanced-filtering", "ip-allow-list"}) {
            const CliRun run = runCli({"snippet", "exchange-online", "--variant", variant, "--catalog", catalog, "--lang", "en"});
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.out, QString());
            QVERIFY2(run.err.contains(cidr) && run.err.contains("/24 to /32"), qPrintable(run.err));
        }
        // Other platforms take such ranges.
        const CliRun server = runCli({"snippet", "exchange-server", "--catalog", catalog});
        QCOMPARE(server.exitCode, 0);
        QVERIFY(server.out.contains('"' + cidr + '"'));
        QCOMPARE(runCli({"snippet", "nftables", "--catalog", catalog}).exitCode, 0);
    }
}

void TestSnippetCommand::japaneseMessages()
{
    const CliRun bad = runCli({"snippet", "sendmail", "--lang", "ja"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("不明なプラットフォーム「sendmail」")), qPrintable(bad.err));
    const CliRun port = runCli({"snippet", "ufw", "--port", "x", "--lang", "ja"});
    QCOMPARE(port.exitCode, 2);
    QVERIFY2(port.err.contains(QStringLiteral("1 から 65535")), qPrintable(port.err));
    const CliRun ok = runCli({"snippet", "exchange-online", "--lang", "ja"});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains(QStringLiteral("受信コネクタ")));
    QVERIFY(ok.out.contains(QStringLiteral("日本データセンター")));
    const CliRun en = runCli({"snippet", "exchange-online", "--lang", "en"});
    QVERIFY(en.out.contains("inbound connector"));
    QVERIFY(!en.out.contains(QStringLiteral("受信コネクタ")));
}

void TestSnippetCommand::realBinary()
{
    const CliRun run = runBinary({"snippet", "postfix", "--added-only", "--lang", "en"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("for net in 15.168.56.0/25 15.168.49.64/26 15.168.56.128/26; do"));
    const CliRun bad = runBinary({"snippet", "ufw", "--port", "70000"});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.out, QString());
}

QTEST_GUILESS_MAIN(TestSnippetCommand)
#include "TestSnippetCommand.moc"
