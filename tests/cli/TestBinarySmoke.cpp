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
    void rangesToStdout();
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

void TestBinarySmoke::rangesToStdout()
{
    const CliRun run = runBinary({"ranges", "--added-only"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("15.168.56.0/25\n15.168.49.64/26\n15.168.56.128/26\n"));
}

QTEST_GUILESS_MAIN(TestBinarySmoke)
#include "TestBinarySmoke.moc"
