// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

/// Runs the installed-style binary as a shell would: exit codes, streams, --version.
class TestBinarySmoke final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version();
    void help();
    void usageErrorIsTwo();
    void mistypedSubcommand();
    void rangesToStdout();
    void deadDnsServer_data();
    void deadDnsServer();
};

void TestBinarySmoke::version()
{
    const CliRun run = runBinary({"--version"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("tmems-assistant " TMEMS_VERSION "\n")), qPrintable(run.out));
    QVERIFY(run.out.contains("2024.08.21"));
}

void TestBinarySmoke::help()
{
    const CliRun run = runBinary({"--help", "--lang", "en"});
    QCOMPARE(run.exitCode, 0);
    for (const char *name : {"ranges", "snippet"})
        QVERIFY2(run.out.contains(QLatin1String(name)), qPrintable(run.out));
}

void TestBinarySmoke::usageErrorIsTwo()
{
    const CliRun run = runBinary({"ranges", "--format"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(run.out, QString());
}

void TestBinarySmoke::mistypedSubcommand()
{
    // Not a window (or, without a display, a crash): the command line's message.
    const CliRun run = runBinary({"rangez", "--lang", "en"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("unknown subcommand \"rangez\"")), qPrintable(run.err));
}

void TestBinarySmoke::rangesToStdout()
{
    const CliRun run = runBinary({"ranges", "--added-only"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("15.168.56.0/25\n15.168.49.64/26\n15.168.56.128/26\n"));
}

void TestBinarySmoke::deadDnsServer_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en" << "unknown data center (the MX lookup failed because of a DNS error)";
    QTest::newRow("ja") << "ja" << "(DNSエラーのため、MXレコードのDNS検索に失敗しました)";
}

void TestBinarySmoke::deadDnsServer()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    // Nothing listens on 127.0.0.9: every query fails at once (or within the 1 s limit).
    const CliRun run = runBinary({"check", "example.jp", "--dns-server", "127.0.0.9", "--timeout", "1000", "--lang", lang});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    QVERIFY2(!run.out.contains(lang == "en" ? "no MX hosts found" : "MX ホストが見つかりません"), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestBinarySmoke)
#include "TestBinarySmoke.moc"
