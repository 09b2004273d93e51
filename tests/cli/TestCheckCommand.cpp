// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogLoader.h"
#include "CheckCommand.h"
#include "CheckJsonDocument.h"
#include "CliRunner.h"
#include "Translations.h"
#include "ZoneText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

class TestCheckCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonShape();
    void exitCodes_data();
    void exitCodes();
    void badInput_data();
    void badInput();
    void domainsFile_data();
    void domainsFile();
    void humanOutput_data();
    void humanOutput();
    void help();
    void mxLookupFailure_data();
    void mxLookupFailure();
    void everyRecordOfSeveralIsShown();
    void dnsFailureIsUnknownNotNone_data();
    void dnsFailureIsUnknownNotNone();
    void lookupCountStopsAtAFailedInclude();

private:
    static QStringList zone();
    Catalog m_catalog = CatalogLoader::builtIn();
};

namespace {

/// Runs `check ARGS` in process against an in-memory zone.
CliRun runCheck(QStringList arguments, const QStringList &zoneLines)
{
    const QString lang = arguments.contains("ja") ? "ja" : "en";
    Translations::install(lang);
    arguments.prepend("check");
    arguments.prepend("tmems-assistant");
    ZoneResolver resolver;
    loadZone(resolver, zoneLines);
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CheckCommand command({&out, &err});
    command.setResolver(&resolver);
    QSignalSpy finished(&command, &Subcommand::finished);
    command.start(arguments);
    if (!finished.wait(20000))
        return run;
    run.exitCode = finished.constFirst().constFirst().toInt();
    out.flush();
    err.flush();
    return run;
}

} // namespace

QStringList TestCheckCommand::zone()
{
    return tmemsZone() + QStringList{
        "jp.example TXT v=spf1 include:spf.tmes.trendmicro.com -all",
        "jp.example MX 10 jp-example.in.tmems-jp.trendmicro.com",
        "us.example TXT v=spf1 include:spf.tmes.trendmicro.com -all",
        "us.example MX 10 us-example.in.tmes.trendmicro.com",
        "slow.example TXT v=spf1 include:broken.example -all",
        "slow.example MX 10 slow-example.in.tmes.trendmicro.com",
        "broken.example FAIL TXT",
        "xn--r8jz45g.jp TXT v=spf1 include:spf.tmems-jp.trendmicro.com -all",
        "xn--r8jz45g.jp MX 10 idn.in.tmems-jp.trendmicro.com",
        "deadmx.example TXT v=spf1 include:spf.tmes.trendmicro.com -all",
        "deadmx.example FAIL MX",
        "nomx.example TXT v=spf1 include:spf.tmes.trendmicro.com -all",
        "deadtxt.example FAIL TXT",
        "deadtxt.example MX 10 deadtxt-example.in.tmems-jp.trendmicro.com",
    };
}

void TestCheckCommand::jsonShape()
{
    const CliRun run = runCheck({"user@JP.example", "--json", "--lang", "en"}, zone());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QString());
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.value("tool").isObject());
    QCOMPARE(doc.value("tool").toObject().value("name").toString(), QString("tmems-assistant"));
    QVERIFY(doc.value("catalog").toObject().value("version").isString());
    // The superset CheckJsonDocument writes (the report's JSON export is the same document).
    QCOMPARE(doc.value("tool").toObject().value("version").toString(), QString(TMEMS_VERSION));
    QCOMPARE(doc.value("tool").toObject().value("language").toString(), QString("en"));
    QCOMPARE(doc.value("catalog").toObject().value("formatVersion").toString(), m_catalog.formatVersion);
    QCOMPARE(doc.value("catalog").toObject().value("updated").toString(), m_catalog.updated.toString(Qt::ISODate));
    QCOMPARE(doc.value("catalog").toObject().value("sourcesAsOf").toString(),
             m_catalog.sourceDate().toString(Qt::ISODate));
    QCOMPARE(doc, CheckJsonDocument::build(CheckJsonDocument::parse(run.out.toUtf8(), nullptr).value(), m_catalog, "en"));
    QCOMPARE(doc.value("domains").toArray().size(), 1);

    const QJsonObject d = doc.value("domains").toArray().at(0).toObject();
    QCOMPARE(d.value("domain").toString(), QString("jp.example"));
    QCOMPARE(d.value("input").toString(), QString("user@JP.example"));
    const QJsonObject dc = d.value("datacenter").toObject();
    QCOMPARE(dc.value("id").toString(), QString("jp"));
    QCOMPARE(dc.value("detectedFrom").toString(), QString("mx"));
    QCOMPARE(dc.value("mx").toArray(), QJsonArray{"jp-example.in.tmems-jp.trendmicro.com"});
    const QJsonObject spf = d.value("spf").toObject();
    QCOMPARE(spf.value("status").toString(), QString("ok"));
    QCOMPARE(spf.value("record").toString(), QString("v=spf1 include:spf.tmes.trendmicro.com -all"));
    QCOMPARE(spf.value("lookups").toInt(), 6);
    QCOMPARE(spf.value("voidLookups").toInt(), 0);
    QCOMPARE(spf.value("tmemsInclude").toString(), QString("legacy"));
    QCOMPARE(spf.value("proposedRecord").toString(), QString("v=spf1 include:spf.tmems-jp.trendmicro.com -all"));
    QCOMPARE(spf.value("proposedLookups").toInt(), 1);
    QVERIFY(spf.value("problems").isArray());
    const QJsonArray coverage = d.value("coverage").toArray();
    QCOMPARE(coverage.size(), 7);
    QCOMPARE(coverage.at(4).toObject().value("range").toString(), QString("15.168.56.0/25"));
    QCOMPARE(coverage.at(4).toObject().value("authorized").toString(), QString("full"));
    const QJsonArray actions = d.value("actions").toArray();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0).toObject().value("code").toString(), QString("allow-added-ranges"));
    QCOMPARE(actions.at(0).toObject().value("required").toBool(), true);
    QCOMPARE(actions.at(1).toObject().value("code").toString(), QString("replace-spf-include"));
    QCOMPARE(actions.at(1).toObject().value("required").toBool(), false);
    QVERIFY(!actions.at(1).toObject().value("message").toString().isEmpty());

    // null where no change is proposed
    const CliRun us = runCheck({"us.example", "--json"}, zone());
    const QJsonObject usSpf = QJsonDocument::fromJson(us.out.toUtf8()).object().value("domains").toArray().at(0)
                                  .toObject().value("spf").toObject();
    QVERIFY(usSpf.value("proposedRecord").isNull());
    QVERIFY(usSpf.value("proposedLookups").isNull());
}

void TestCheckCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("US site: nothing to do") << QStringList{"us.example"} << 0;
    QTest::newRow("Japan site: action") << QStringList{"jp.example"} << 1;
    QTest::newRow("chosen Japan") << QStringList{"us.example", "--datacenter", "jp"} << 1;
    QTest::newRow("chosen US") << QStringList{"jp.example", "--datacenter", "us"} << 0;
    QTest::newRow("DNS failure wins") << QStringList{"jp.example", "slow.example"} << 3;
    QTest::newRow("IDN") << QStringList{"例え.jp", "--json"} << 1;
    QTest::newRow("unknown data center") << QStringList{"jp.example", "--datacenter", "mars"} << 2;
    QTest::newRow("no domain") << QStringList{} << 2;
    QTest::newRow("bad timeout") << QStringList{"jp.example", "--timeout", "x"} << 2;
}

void TestCheckCommand::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QCOMPARE(runCheck(arguments, zone()).exitCode, exitCode);
}

void TestCheckCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("one bad") << QStringList{"bad domain!"} << QStringList{"bad domain!"};
    QTest::newRow("bad among good, all named")
        << QStringList{"jp.example", "x@@y", "-", "https://"} << QStringList{"x@@y", "\"-\"", "https://"};
}

void TestCheckCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, named);
    // Through the real dispatcher: `check` is registered; nothing is checked, no DNS needed.
    const CliRun run = runCli(QStringList{"check"} + arguments + QStringList{"--lang", "en"});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    for (const QString &input : named)
        QVERIFY2(run.err.contains(input), qPrintable(run.err));
    QVERIFY(run.err.contains("Nothing was checked"));
}

void TestCheckCommand::domainsFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("domains");
    QTest::newRow("one a line, comments")
        << QByteArray("# our domains\njp.example\n\n  us.example  # the US one\n") << QStringList{"jp.example", "us.example"};
    QTest::newRow("CSV with header, CRLF, BOM")
        << QByteArray("\xEF\xBB\xBF" "domain,owner\r\njp.example,sales\r\n\"us.example\",it\r\n")
        << QStringList{"jp.example", "us.example"};
    QTest::newRow("duplicates checked once") << QByteArray("jp.example\nJP.example.\nuser@jp.example\n")
                                             << QStringList{"jp.example"};
}

void TestCheckCommand::domainsFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, domains);
    QTemporaryDir dir;
    QFile file(dir.filePath("domains.csv"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const CliRun run = runCheck({"--domains-file", file.fileName(), "--json"}, zone());
    QVERIFY(run.exitCode == 1);
    QStringList seen;
    for (const QJsonValue &d : QJsonDocument::fromJson(run.out.toUtf8()).object().value("domains").toArray())
        seen.append(d.toObject().value("domain").toString());
    QCOMPARE(seen, domains);

    const CliRun missing = runCheck({"--domains-file", dir.filePath("absent.txt")}, zone());
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("absent.txt"));
}

void TestCheckCommand::humanOutput_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("English") << "en"
                             << QStringList{"jp.example", "Japan data center", "jp-example.in.tmems-jp.trendmicro.com",
                                            "DNS lookups: 6 now, 1 after the change", "[required]", "[recommended]",
                                            "Proposed SPF record:", "v=spf1 include:spf.tmems-jp.trendmicro.com -all",
                                            "15.168.56.0/25 (added): passes SPF", "US data center"};
    QTest::newRow("Japanese") << "ja"
                              << QStringList{"jp.example", "日本データセンター", "[必須]", "[推奨]", "SPFレコード",
                                             "v=spf1 include:spf.tmems-jp.trendmicro.com -all", "追加",
                                             "USデータセンター", "受信サーバ"};
}

void TestCheckCommand::humanOutput()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    const CliRun run = runCheck({"jp.example", "us.example", "--lang", lang}, zone());
    QCOMPARE(run.exitCode, 1);
    for (const QString &text : expected)
        QVERIFY2(run.out.contains(text), qPrintable(text + "\n---\n" + run.out));
    if (lang == "ja")
        QVERIFY2(!run.out.contains("サーバー"), "the glossary writes サーバ");

    // A typo is reported as one, without ranges "failing" under a record that cannot exist.
    const CliRun missing = runCheck({"missing.example", "--lang", lang}, zone());
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.out.contains("NXDOMAIN"), qPrintable(missing.out));
    QVERIFY2(!missing.out.contains("15.168.56.0/25"), qPrintable(missing.out));
}

void TestCheckCommand::help()
{
    const CliRun run = runCli({"check", "--help", "--lang", "en"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("--datacenter"), qPrintable(run.out));
    QVERIFY(run.out.contains("--domains-file"));
    QVERIFY(run.out.contains("--dns-server"));
}

void TestCheckCommand::mxLookupFailure_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("failed");
    QTest::addColumn<QString>("noMx");
    QTest::newRow("English") << "en" << "unknown data center (the MX lookup failed because of a DNS error)"
                             << "unknown data center (no MX hosts found)";
    QTest::newRow("Japanese") << "ja" << "(DNSエラーのため、MXレコードのDNS検索に失敗しました)"
                              << "(MX ホストが見つかりません)";
}

void TestCheckCommand::mxLookupFailure()
{
    QFETCH(QString, lang);
    QFETCH(QString, failed);
    QFETCH(QString, noMx);
    // A failed MX lookup says nothing about the domain's mail hosts: it must not
    // read as "no MX hosts", which is an answer. Only the domain without MX
    // records says that.
    const CliRun dead = runCheck({"deadmx.example", "--lang", lang}, zone());
    QCOMPARE(dead.exitCode, 3);
    QVERIFY2(dead.out.contains(failed), qPrintable(dead.out));
    QVERIFY2(!dead.out.contains(noMx), qPrintable(dead.out));
    const CliRun none = runCheck({"nomx.example", "--lang", lang}, zone());
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.out.contains(noMx), qPrintable(none.out));
    QVERIFY2(!none.out.contains(failed), qPrintable(none.out));

    const CliRun json = runCheck({"deadmx.example", "nomx.example", "--json", "--lang", lang}, zone());
    QCOMPARE(json.exitCode, 3);
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(doc.value("tool").toObject().value("language").toString(), lang); // the language of the messages
    const QJsonArray domains = doc.value("domains").toArray();
    QCOMPARE(domains.size(), 2);
    const QJsonObject deadDc = domains.at(0).toObject().value("datacenter").toObject();
    QCOMPARE(deadDc.value("id").toString(), QString("unknown"));
    QCOMPARE(deadDc.value("mx").toArray(), QJsonArray());
    QCOMPARE(deadDc.value("mxLookupFailed").toBool(), true);
    bool dnsFailure = false;
    for (const QJsonValue &p : domains.at(0).toObject().value("spf").toObject().value("problems").toArray())
        dnsFailure = dnsFailure || p.toObject().value("code").toString() == "dns-failure";
    QVERIFY(dnsFailure);
    const QJsonObject noMxDc = domains.at(1).toObject().value("datacenter").toObject();
    QCOMPARE(noMxDc.value("mxLookupFailed"), QJsonValue(false));
}

void TestCheckCommand::lookupCountStopsAtAFailedInclude()
{
    // slow.example's record was read, its include's was not: the lookups
    // counted so far are no total, and are not printed as one.
    CliRun run = runCheck({"slow.example", "--lang", "en"}, zone());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains("DNS lookups: unknown: DNS failed after 1 (limit 10)"), qPrintable(run.out));
    QVERIFY2(!run.out.contains("DNS lookups: 1"), qPrintable(run.out));
    run = runCheck({"slow.example", "--lang", "ja"}, zone());
    QVERIFY2(run.out.contains(QString::fromUtf8("DNS検索回数: 不明 (1 回まで数えた後にDNS検索が失敗、上限 10)")), qPrintable(run.out));
}

void TestCheckCommand::dnsFailureIsUnknownNotNone_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("English") << "en"
                             << QStringList{"SPF record: (unknown: DNS failed)", "TMEmS include: unknown: DNS failed",
                                            "DNS lookups: unknown: DNS failed\n", "15.168.56.0/25 (added): unknown",
                                            "[required] DNS did not answer every question about deadtxt.example"}
                             << QStringList{"SPF record: (none)", "TMEmS include: none", "does not pass SPF",
                                            "could not be told from its MX hosts", "DNS lookups: 0"};
    QTest::newRow("Japanese") << "ja"
                              << QStringList{"TMEmS のインクルード: 不明 (DNS検索の失敗)",
                                             "[必須] deadtxt.example についての DNS の問い合わせの一部に応答がなかった"}
                              << QStringList{"TMEmS のインクルード: なし", "SPFで許可なし"};
}

void TestCheckCommand::dnsFailureIsUnknownNotNone()
{
    // The SPF record's own TXT question failed: nothing is known about its
    // include or what it authorises, and the first thing to do is to check
    // again once DNS answers.
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const CliRun run = runCheck({"deadtxt.example", "--lang", lang}, zone());
    QCOMPARE(run.exitCode, 3);
    for (const QString &text : expected)
        QVERIFY2(run.out.contains(text), qPrintable(text + "\n---\n" + run.out));
    for (const QString &text : absent)
        QVERIFY2(!run.out.contains(text), qPrintable(text + "\n---\n" + run.out));
    // It still needs action (check again; its firewall, on Japan), as the report counts it.
    if (lang == "en") {
        const CliRun two = runCheck({"deadtxt.example", "us.example", "--lang", lang}, zone());
        QVERIFY2(two.out.contains("Domains checked: 2; needing action: 1, of which 1 could not be checked completely "
                                  "because DNS failed"),
                 qPrintable(two.out));
        const CliRun fine = runCheck({"us.example", "--lang", lang}, zone());
        QVERIFY2(fine.out.contains("Domains checked: 1; needing action: 0\n"), qPrintable(fine.out));
    }
    const CliRun json = runCheck({"deadtxt.example", "--json"}, zone());
    const QJsonArray actions = QJsonDocument::fromJson(json.out.toUtf8())
                                   .object().value("domains").toArray().at(0).toObject().value("actions").toArray();
    QCOMPARE(actions.at(0).toObject().value("code").toString(), QString("retry-check"));
    QCOMPARE(actions.at(0).toObject().value("required").toBool(), true);
    // A script reading the JSON is told the same: not "none".
    const auto includeOf = [](const CliRun &run) {
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value("domains").toArray().at(0).toObject()
            .value("spf").toObject().value("tmemsInclude").toString();
    };
    QCOMPARE(includeOf(json), QString("unknown"));
    QCOMPARE(includeOf(runCheck({"slow.example", "--json"}, zone())), QString("unknown")); // an include unread
    QCOMPARE(includeOf(runCheck({"us.example", "--json"}, zone())), QString("legacy"));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "TestCheckCommand.moc"

void TestCheckCommand::everyRecordOfSeveralIsShown()
{
    // Two records are a permerror the administrator has to merge: both must
    // be in front of them, not the first alone.
    const QStringList zoneLines = zone() + QStringList{"two.example TXT v=spf1 mx -all",
                                                       "two.example TXT v=spf1 include:spf.tmes.trendmicro.com -all",
                                                       "two.example MX 10 two.in.tmems-jp.trendmicro.com"};
    const CliRun text = runCheck({"two.example", "--lang", "en"}, zoneLines);
    QVERIFY2(text.out.contains("SPF records (2; receivers accept only one):"), qPrintable(text.out));
    QVERIFY2(text.out.contains("    v=spf1 mx -all\n") && text.out.contains("    v=spf1 include:spf.tmes.trendmicro.com -all\n"),
             qPrintable(text.out));
    const CliRun json = runCheck({"two.example", "--json", "--lang", "en"}, zoneLines);
    const QJsonObject spf = QJsonDocument::fromJson(json.out.toUtf8()).object().value("domains").toArray().at(0)
                                .toObject().value("spf").toObject();
    QCOMPARE(spf.value("status").toString(), QString("permerror"));
    QCOMPARE(spf.value("record").toString(), QString("v=spf1 mx -all")); // the contract's one string: the first
    QCOMPARE(spf.value("records").toArray().size(), 2);
}
