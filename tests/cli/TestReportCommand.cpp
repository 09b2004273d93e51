// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `tmems-assistant report`: usage errors, the check pipeline over an in-memory
// zone, --from-json, and the real binary (QGuiApplication on offscreen).
#include "CheckJsonDocument.h"
#include "CliRunner.h"
#include "ReportCommand.h"
#include "ZoneResolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include "../report/ReportFixtures.h"

namespace {

/// Runs ReportCommand itself with an injected resolver.
CliRun runReport(const QStringList &arguments, DnsResolver *resolver)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    ReportCommand command({&out, &err});
    command.setResolver(resolver);
    QSignalSpy finished(&command, &Subcommand::finished);
    command.start(QStringList{QStringLiteral("tmems-assistant"), QStringLiteral("report")} + arguments);
    if (finished.isEmpty() && !finished.wait(30000))
        return run;
    run.exitCode = finished.constFirst().constFirst().toInt();
    out.flush();
    err.flush();
    return run;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReportCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no output") << QStringList{"report", "example.co.jp"} << "--output";
        QTest::newRow("unknown extension") << QStringList{"report", "example.co.jp", "--output", "r.txt"} << ".pdf, .html, .json";
        QTest::newRow("bad paper") << QStringList{"report", "example.co.jp", "-o", "r.pdf", "--paper", "a3"} << "a3";
        QTest::newRow("bad platform") << QStringList{"report", "example.co.jp", "-o", "r.pdf", "--platform", "toaster"} << "toaster";
        QTest::newRow("bad domain") << QStringList{"report", "exa mple", "-o", "r.pdf"} << "exa mple";
        // Each is named at once, as check does, not one per attempt.
        QTest::newRow("second bad domain") << QStringList{"report", "exa mple", "a.jp", "b..jp", "-o", "r.pdf"} << "b..jp";
        QTest::newRow("no domain") << QStringList{"report", "-o", "r.pdf"} << "domain";
        QTest::newRow("missing json") << QStringList{"report", "--from-json", "/nonexistent/x.json", "-o", "r.pdf"} << "/nonexistent/x.json";
        QTest::newRow("json and domains") << QStringList{"report", "a.jp", "--from-json", "x.json", "-o", "r.pdf"} << "--from-json";
        QTest::newRow("bad data center") << QStringList{"report", "a.jp", "-o", "r.pdf", "--datacenter", "mars"} << "mars";
        QTest::newRow("bad language") << QStringList{"report", "a.jp", "-o", "r.pdf", "--lang", "fr"} << "fr";
    }

    void testUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments + QStringList{"--lang", arguments.contains("fr") ? "fr" : "en"});
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("r.pdf")));
    }

    void testChecksThenWrites()
    {
        // The check pipeline (BatchChecker) over an in-memory zone, then the JSON export.
        const Catalog catalog = CatalogLoader::builtIn();
        QStringList jp;
        for (const IpNetwork &n : catalog.dataCenter(QStringLiteral("jp"))->networks())
            jp.append(QStringLiteral("ip4:") + n.toString());
        ZoneResolver zone;
        zone.addMx(QStringLiteral("example.co.jp"), 10, QStringLiteral("example-co-jp.in.tmems-jp.trendmicro.com"));
        zone.addTxt(QStringLiteral("example.co.jp"), "v=spf1 include:spf.tmes.trendmicro.com -all");
        zone.addTxt(QStringLiteral("spf.tmes.trendmicro.com"), "v=spf1 " + jp.join(u' ').toUtf8() + " -all");
        zone.addTxt(QStringLiteral("spf.tmems-jp.trendmicro.com"), "v=spf1 " + jp.join(u' ').toUtf8() + " -all");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.json"));
        const QString list = dir.filePath(QStringLiteral("domains.txt"));
        QFile listFile(list);
        QVERIFY(listFile.open(QIODevice::WriteOnly));
        listFile.write("# our domains\nuser@Example.co.jp\nexample.co.jp\n");
        listFile.close();
        const CliRun run = runReport({"--domains-file", list, "--output", path, "--lang", "en"}, &zone);
        QVERIFY2(run.exitCode == ExitActionNeeded, qPrintable(run.err));
        QVERIFY(run.out.contains(path));
        const QJsonObject document = QJsonDocument::fromJson(readAll(path)).object();
        QCOMPARE(document.value(QStringLiteral("domains")).toArray().size(), 1); // duplicates folded
        const QJsonObject domain = document.value(QStringLiteral("domains")).toArray().at(0).toObject();
        QCOMPARE(domain.value(QStringLiteral("domain")).toString(), QStringLiteral("example.co.jp"));
        QCOMPARE(domain.value(QStringLiteral("datacenter")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("jp"));
        const QJsonObject spf = domain.value(QStringLiteral("spf")).toObject();
        QCOMPARE(spf.value(QStringLiteral("tmemsInclude")).toString(), QStringLiteral("legacy"));
        QCOMPARE(spf.value(QStringLiteral("proposedRecord")).toString(),
                 QStringLiteral("v=spf1 include:spf.tmems-jp.trendmicro.com -all"));
    }

    void testFromJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("pdf") << "r.pdf";
        QTest::newRow("html") << "r.html";
        QTest::newRow("csv") << "r.csv";
        QTest::newRow("json") << "r.json";
    }

    void testFromJson()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("check.json"));
        QFile saved(input);
        QVERIFY(saved.open(QIODevice::WriteOnly));
        saved.write(CheckJsonDocument::toJson(ReportFixtures::all(), CatalogLoader::builtIn(), QStringLiteral("en")));
        saved.close();
        const QString output = dir.filePath(file);
        const CliRun run = runCli({"report", "--from-json", input, "--output", output, "--lang", "ja",
                                   "--organization", "サンプル", "--platform", "nftables", "--paper", "letter"});
        // The fixtures include a domain whose DNS failed: exit 3, report written all the same.
        QCOMPARE(run.exitCode, int(ExitDnsFailure));
        const QByteArray bytes = readAll(output);
        QVERIFY(bytes.size() > 100);
        if (file.endsWith(QLatin1String(".html"))) {
            QVERIFY(bytes.contains("nft "));              // the real nftables snippet
            QVERIFY(bytes.contains("Set-InboundConnector") || bytes.contains("InboundConnector"));
            QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("サンプル")));
        }
    }

    void testBinaryWritesPdf()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("check.json"));
        QFile saved(input);
        QVERIFY(saved.open(QIODevice::WriteOnly));
        saved.write(CheckJsonDocument::toJson({ReportFixtures::usDomain()}, CatalogLoader::builtIn(), QStringLiteral("en")));
        saved.close();
        const QString output = dir.filePath(QStringLiteral("r.pdf"));
        // --platform is also a QGuiApplication option: the report must get it, not Qt.
        const CliRun run = runBinary({"report", "--from-json", input, "--output", output, "--lang", "en",
                                      "--platform", "nftables", "--platform", "fortigate"});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.err)); // a US domain: nothing to change
        QVERIFY(readAll(output).startsWith("%PDF-"));
        const CliRun bad = runBinary({"report", "--from-json", input, "--output", dir.filePath(QStringLiteral("r.odt"))});
        QCOMPARE(bad.exitCode, int(ExitUsage));
    }
};

QTEST_MAIN(TestReportCommand)
#include "TestReportCommand.moc"
