// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>

class TestRangesCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainAll();
    void plainAddedOnly();
    void csv();
    void json();
    void ipv6AddressCounts();
    void badUsage_data();
    void badUsage();
    void brokenCatalogFile();
    void japaneseMessages();
};

void TestRangesCommand::plainAll()
{
    const CliRun run = runCli({"ranges", "--lang", "en"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("18.176.203.128/26\n18.176.203.192/26\n18.177.156.0/26\n18.177.156.64/26\n"
                                     "15.168.56.0/25\n15.168.49.64/26\n15.168.56.128/26\n"));
    QCOMPARE(run.err, QString());
}

void TestRangesCommand::plainAddedOnly()
{
    const CliRun run = runCli({"ranges", "--added-only", "--datacenter", "jp"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("15.168.56.0/25\n15.168.49.64/26\n15.168.56.128/26\n"));
}

void TestRangesCommand::csv()
{
    const CliRun run = runCli({"ranges", "--format", "csv"});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines.at(0), QStringLiteral("range,status,in_use_from,netmask,wildcard_mask,first,last,addresses"));
    QCOMPARE(lines.at(5), QStringLiteral("15.168.56.0/25,added,2024-08-21,255.255.255.128,0.0.0.127,15.168.56.0,15.168.56.127,128"));
    QCOMPARE(lines.at(1), QStringLiteral("18.176.203.128/26,existing,,255.255.255.192,0.0.0.63,18.176.203.128,18.176.203.191,64"));
}

void TestRangesCommand::json()
{
    const CliRun run = runCli({"ranges", "--format", "json", "--added-only"});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value("datacenter").toString(), QStringLiteral("jp"));
    const QJsonArray ranges = doc.value("ranges").toArray();
    QCOMPARE(ranges.size(), 3);
    QCOMPARE(ranges.at(1).toObject().value("range").toString(), QStringLiteral("15.168.49.64/26"));
    QCOMPARE(ranges.at(1).toObject().value("inUseFrom").toString(), QStringLiteral("2024-08-21"));
    QCOMPARE(ranges.at(1).toObject().value("wildcardMask").toString(), QStringLiteral("0.0.0.63"));
}

void TestRangesCommand::ipv6AddressCounts()
{
    // A catalog of one's own may list IPv6 ranges: their address counts pass
    // 64 bits, and must not come out as 18446744073709551615.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString catalog = catalogWithRange(dir, QStringLiteral("2001:db8::/48"));
    const CliRun csv = runCli({"ranges", "--catalog", catalog, "--format", "csv", "--added-only"});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY2(lines.last().startsWith(QStringLiteral("2001:db8::/48,added,")), qPrintable(lines.last()));
    QVERIFY2(lines.last().endsWith(QStringLiteral(",1208925819614629174706176")), qPrintable(lines.last())); // 2^80
    const CliRun json = runCli({"ranges", "--catalog", catalog, "--format", "json", "--added-only"});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray ranges = QJsonDocument::fromJson(json.out.toUtf8()).object().value("ranges").toArray();
    QCOMPARE(ranges.last().toObject().value("addresses").toDouble(), std::ldexp(1.0, 80));
    QCOMPARE(ranges.first().toObject().value("addresses").toDouble(), 128.0);
}

void TestRangesCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("unknown option") << QStringList{"ranges", "--bogus"} << "bogus";
    QTest::newRow("unknown format") << QStringList{"ranges", "--format", "xml"} << "xml";
    QTest::newRow("stray argument") << QStringList{"ranges", "extra"} << "extra";
    QTest::newRow("unknown data center") << QStringList{"ranges", "--datacenter", "mars"} << "mars";
    QTest::newRow("data center without ranges") << QStringList{"ranges", "--datacenter", "us"} << "jp";
    QTest::newRow("missing catalog") << QStringList{"ranges", "--catalog", "/nonexistent.json"} << "/nonexistent.json";
    QTest::newRow("unknown language") << QStringList{"ranges", "--lang", "fr"} << "fr";
    QTest::newRow("unknown subcommand") << QStringList{"rangez"} << "rangez";
}

void TestRangesCommand::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    const CliRun run = runCli(arguments << "--lang" << (arguments.contains("fr") ? "fr" : "en"));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(errorPart), qPrintable(run.err));
}

void TestRangesCommand::brokenCatalogFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath("catalog.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"tmems-catalog\", \"formatVersion\": \"9.0\"}");
    file.close();
    const CliRun run = runCli({"ranges", "--catalog", file.fileName(), "--lang", "en"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("formatVersion"), qPrintable(run.err));
    QVERIFY2(run.err.contains(file.fileName()), qPrintable(run.err));
}

void TestRangesCommand::japaneseMessages()
{
    const CliRun run = runCli({"ranges", "--format", "xml", "--lang", "ja"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("形式")), qPrintable(run.err));
    const CliRun help = runCli({"--help", "--lang", "ja"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("ウィザード")), qPrintable(help.out));
}

QTEST_GUILESS_MAIN(TestRangesCommand)
#include "TestRangesCommand.moc"
