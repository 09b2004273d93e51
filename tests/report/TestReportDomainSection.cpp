// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One domain's section of the report, rendered from what the engine concludes
// about in-memory zones (not from fixtures), so engine and report are checked
// together: what a row says is what the analysis found.
#include "CatalogLoader.h"
#include "DomainActions.h"
#include "DomainAnalyzer.h"
#include "ReportHtmlBuilder.h"
#include "ReportDomainSection.h"
#include "ReportVocabulary.h"
#include "SpfFindings.h"
#include "ZoneResolver.h"
#include "ZoneText.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestReportDomainSection final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mxHostsRow_data();
    void mxHostsRow();
    void includeTreeShowsTheLimit_data();
    void includeTreeShowsTheLimit();
    void summaryNamesEveryActionShortly_data();
    void summaryNamesEveryActionShortly();
    void missingDomainIsNamedInTheSummary_data();
    void missingDomainIsNamedInTheSummary();
    void missingDomainSectionIsShort();
    void everyFindingHasTheReportsOwnWords_data();
    void everyFindingHasTheReportsOwnWords();
    void dataCenterHasTheProgramsName_data();
    void dataCenterHasTheProgramsName();
    void action2NamesTheIncludedRecordToChange();
    void action1ListsDomainsInTheReportsLanguage_data();
    void action1ListsDomainsInTheReportsLanguage();
    void countsReadAsSentences_data();
    void countsReadAsSentences();
    void dnsFailureSaysWhichQuestionAndWhy_data();
    void dnsFailureSaysWhichQuestionAndWhy();
    void dnsFailureIsUnknownNotNone_data();
    void dnsFailureIsUnknownNotNone();
    void unknownSiteGetsAction1OnCondition_data();
    void unknownSiteGetsAction1OnCondition();

private:
    DomainReport analyze(const QStringList &zoneLines);
    QString section(const DomainReport &report, const QString &language);
    Catalog m_catalog = CatalogLoader::builtIn();
};

namespace {

const QString JpMx = QStringLiteral("example.jp MX 10 example-jp.in.tmems-jp.trendmicro.com");

/// The rows of the table that follows `heading`, each as its cells' plain text.
QList<QStringList> tableRows(const QString &html, const QString &heading)
{
    const qsizetype start = html.indexOf(heading);
    const qsizetype end = html.indexOf(QStringLiteral("</table>"), start);
    if (start < 0 || end < 0)
        return {};
    const QString table = html.mid(start, end - start);
    static const QRegularExpression row(QStringLiteral("<tr>(.*?)</tr>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cell(QStringLiteral("<td[^>]*>(.*?)</td>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QList<QStringList> rows;
    for (const auto &r : row.globalMatch(table)) {
        QStringList cells;
        for (const auto &c : cell.globalMatch(r.captured(1)))
            cells.append(QString(c.captured(1)).remove(tag).replace(QChar(0x00A0), u' ').trimmed());
        if (!cells.isEmpty())
            rows.append(cells);
    }
    return rows;
}

/// The value of the key-value row named `key`, as plain text.
QString factValue(const QString &html, const QString &key)
{
    const QRegularExpression re(QStringLiteral("<th[^>]*>%1</th><td>(.*?)</td>").arg(QRegularExpression::escape(key)));
    return re.match(html).captured(1).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

} // namespace

DomainReport TestReportDomainSection::analyze(const QStringList &zoneLines)
{
    ZoneResolver zone;
    loadZone(zone, tmemsZone() + zoneLines);
    DomainAnalyzer analyzer(&zone, &m_catalog);
    QSignalSpy finished(&analyzer, &DomainAnalyzer::finished);
    analyzer.start(DomainName::normalize(QStringLiteral("example.jp")));
    if (!finished.wait(10000))
        return {};
    return analyzer.report();
}

QString TestReportDomainSection::section(const DomainReport &report, const QString &language)
{
    const ReportTranslator translator(language);
    const ReportVocabulary vocabulary(translator, m_catalog);
    return ReportDomainSection::build(report, 1, ReportOptions(), vocabulary);
}

void TestReportDomainSection::dnsFailureSaysWhichQuestionAndWhy_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("zone");
    QTest::addColumn<QString>("expected");
    const QStringList slowInclude{"example.jp TXT v=spf1 include:slow.example.jp -all", "slow.example.jp FAIL TXT", JpMx};
    const QStringList refusedMx{"example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all",
                                "example.jp FAIL MX SERVFAIL"};
    QTest::newRow("timeout, en") << "en" << slowInclude
                                 << "The DNS question for the TXT record of slow.example.jp got no answer in time (timeout)";
    QTest::newRow("timeout, ja") << "ja" << slowInclude
                                 << "slow.example.jp の TXT レコードのDNS検索に時間内の応答がありませんでした (タイムアウト)";
    QTest::newRow("server failure, en") << "en" << refusedMx
                                        << "The DNS server could not answer the question for the MX record of example.jp";
    QTest::newRow("server failure, ja") << "ja" << refusedMx
                                        << "DNSサーバが example.jp の MX レコードのDNS検索に応答できませんでした";
}

void TestReportDomainSection::dnsFailureSaysWhichQuestionAndWhy()
{
    // The report names the failed question and why in its own language; a
    // finding stored without those (a check by an older version) keeps the
    // general sentence.
    QFETCH(QString, language);
    QFETCH(QStringList, zone);
    QFETCH(QString, expected);
    DomainReport report = analyze(zone);
    const QString html = section(report, language);
    QVERIFY2(html.contains(expected), qPrintable(html));

    for (SpfProblem &p : report.problems) {
        if (p.code == QLatin1String("dns-failure"))
            p.arguments = p.arguments.mid(0, 1);
    }
    const QString older = section(report, language);
    QVERIFY(!older.contains(expected));
    const QString general = language == QLatin1String("en") ? QStringLiteral("A DNS query failed (timeout or server failure)")
                                                            : QStringLiteral("DNS検索に失敗したため (タイムアウトまたはサーバの障害)");
    QVERIFY2(older.contains(general), qPrintable(older));
}

void TestReportDomainSection::mxHostsRow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("mxLine");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("key");
    QTest::newRow("failed, en") << "en" << "example.jp FAIL MX" << "the MX lookup failed" << "MX hosts";
    QTest::newRow("failed, ja") << "ja" << "example.jp FAIL MX" << "MXレコードのDNS検索に失敗" << "MXホスト";
    QTest::newRow("none, en") << "en" << QString() << "\u2014" << "MX hosts";
}

void TestReportDomainSection::mxHostsRow()
{
    QFETCH(QString, language);
    QFETCH(QString, mxLine);
    QFETCH(QString, expected);
    QFETCH(QString, key);
    QStringList zone{QStringLiteral("example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all")};
    if (!mxLine.isEmpty())
        zone.append(mxLine);
    const QString html = section(analyze(zone), language);
    const QString value = factValue(html, key);
    QVERIFY2(value.contains(expected), qPrintable(value + QStringLiteral("\n---\n") + html));
}

void TestReportDomainSection::includeTreeShowsTheLimit_data()
{
    QTest::addColumn<QStringList>("zone");
    QTest::addColumn<QStringList>("statuses"); // one per tree row, depth first
    const QString ok = QStringLiteral("Valid");
    const QString broken = QStringLiteral("Broken (permerror)");
    const QString skipped = QStringLiteral("Not evaluated");
    // google 1+3, outlook 1+1, legacy 1, _us 8, _eu 9, _anz 10: the include of
    // the Japan record inside the legacy one is the 11th lookup.
    QTest::newRow("legacy include crosses 10")
        << QStringList{"example.jp TXT v=spf1 include:_spf.google.com include:spf.protection.outlook.com "
                       "include:spf.tmes.trendmicro.com -all", JpMx}
        << QStringList{broken, ok, ok, ok, ok, ok, ok, broken, ok, ok, ok, skipped, skipped};
    QTest::newRow("under the limit")
        << QStringList{"example.jp TXT v=spf1 include:spf.protection.outlook.com include:spf.tmes.trendmicro.com -all",
                       JpMx}
        << QStringList{ok, ok, ok, ok, ok, ok, ok, ok, ok};
}

void TestReportDomainSection::includeTreeShowsTheLimit()
{
    QFETCH(QStringList, zone);
    QFETCH(QStringList, statuses);
    const QString html = section(analyze(zone), QStringLiteral("en"));
    const QList<QStringList> rows = tableRows(html, QStringLiteral("Include tree and DNS lookup cost"));
    QCOMPARE(rows.size(), statuses.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), 4);
        // The status cell starts with a tone marker (for black-and-white printers).
        QVERIFY2(rows.at(i).at(3).endsWith(statuses.at(i)),
                 qPrintable(QStringLiteral("row %1 (%2): %3").arg(i).arg(rows.at(i).at(0), rows.at(i).at(3))));
    }
}

QTEST_MAIN(TestReportDomainSection)
#include "TestReportDomainSection.moc"

void TestReportDomainSection::summaryNamesEveryActionShortly_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        for (const QString &code : DomainActions::codes()) {
            if (code != QLatin1String("no-change-needed")) // never listed in the summary
                QTest::addRow("%s, %s", qPrintable(code), qPrintable(language)) << language << code;
        }
    }
}

void TestReportDomainSection::summaryNamesEveryActionShortly()
{
    // The summary table's action columns are narrow: every action the engine
    // can plan has a title of a few words there, never its long message.
    QFETCH(QString, language);
    QFETCH(QString, code);
    const ReportTranslator translator(language);
    const ReportVocabulary vocabulary(translator, m_catalog);
    const QString message = QStringLiteral("the engine's long message for this one domain");
    const QString title = vocabulary.actionShortTitle({code, true, message});
    QVERIFY2(title != message, qPrintable(code));
    QVERIFY2(title.size() <= (language == QLatin1String("ja") ? 14 : 24), qPrintable(title));
}

void TestReportDomainSection::missingDomainIsNamedInTheSummary_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected"); // status, coverage, required
    QTest::newRow("en") << "en" << QStringList{"\u2716 Domain not found", "\u2014", "Check domain name"};
    QTest::newRow("ja") << "ja" << QStringList{"\u2716 \u30C9\u30E1\u30A4\u30F3\u304C\u5B58\u5728\u3057\u306A\u3044",
                                             "\u2014", "\u30C9\u30E1\u30A4\u30F3\u540D\u306E\u78BA\u8A8D"};
}

void TestReportDomainSection::missingDomainIsNamedInTheSummary()
{
    // example.jp is not in the zone (NXDOMAIN): a typo, not a domain without SPF.
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const DomainReport report = analyze({});
    QVERIFY(report.domainNotFound());
    ReportOptions options;
    options.language = language;
    const QString html = ReportHtmlBuilder::buildParts({report}, options).join(QString());
    const QList<QStringList> rows = tableRows(html, QStringLiteral("<table class=\"grid summary\""));
    QCOMPARE(rows.size(), 1);
    const QStringList row = rows.first();
    QCOMPARE(row.size(), 8);
    QCOMPARE(row.at(2), expected.at(0));
    QCOMPARE(row.at(5), expected.at(1));
    QCOMPARE(row.at(6), expected.at(2));
}

void TestReportDomainSection::missingDomainSectionIsShort()
{
    // No record, include tree or range table for a name DNS does not know.
    const QString html = section(analyze({}), QStringLiteral("en"));
    QCOMPARE(factValue(html, QStringLiteral("SPF status")), QStringLiteral("\u2716 Domain not found"));
    QVERIFY2(html.contains(QStringLiteral("domain-not-found")), qPrintable(html));
    for (const QString &absent : {QStringLiteral("Include tree"), QStringLiteral("15.168.56.0/25"),
                                  QStringLiteral("Proposed SPF record"), QStringLiteral("MX hosts")})
        QVERIFY2(!html.contains(absent), qPrintable(absent + QStringLiteral("\n---\n") + html));
}

void TestReportDomainSection::dataCenterHasTheProgramsName_data()
{
    QTest::addColumn<QString>("mxHost");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Japan, ja") << "a.in.tmems-jp.trendmicro.com" << "ja" << "\u65E5\u672C\u30C7\u30FC\u30BF\u30BB\u30F3\u30BF\u30FC";
    QTest::newRow("Europe, ja") << "a.in.tmes.trendmicro.eu" << "ja" << "\u6B27\u5DDE\u30C7\u30FC\u30BF\u30BB\u30F3\u30BF\u30FC";
    QTest::newRow("Europe, en") << "a.in.tmes.trendmicro.eu" << "en" << "Europe data center";
    QTest::newRow("UAE, en") << "a.in.tmes-uae.trendmicro.com" << "en" << "Middle East (UAE) data center";
}

void TestReportDomainSection::dataCenterHasTheProgramsName()
{
    // The report names a site as `check` and the wizard do, in the report's
    // language, not by the catalog's English name.
    QFETCH(QString, mxHost);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const DomainReport report = analyze({QStringLiteral("example.jp MX 10 ") + mxHost});
    const QString html = section(report, language);
    const QString dataCenter = factValue(html, language == QLatin1String("ja") ? QStringLiteral("\u30C7\u30FC\u30BF\u30BB\u30F3\u30BF\u30FC")
                                                                             : QStringLiteral("Data center"));
    QVERIFY2(dataCenter.startsWith(expected + QStringLiteral(" (")), qPrintable(dataCenter));
}

void TestReportDomainSection::action2NamesTheIncludedRecordToChange()
{
    // The summary table lists action 2 for this domain: section 4 must say
    // what to change, not "No domain in this report needs action 2".
    const DomainReport report = analyze({QStringLiteral("example.jp TXT v=spf1 include:_spf.provider.example -all"),
                                         QStringLiteral("_spf.provider.example TXT v=spf1 include:spf.tmes.trendmicro.com -all"),
                                         JpMx});
    QVERIFY(report.proposedRecord.isNull());
    ReportOptions options;
    options.language = QStringLiteral("en");
    const QString html = ReportHtmlBuilder::buildParts({report}, options).join(QString());
    QVERIFY2(!html.contains(QStringLiteral("No domain in this report needs action 2.")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("Replace include:spf.tmes.trendmicro.com with include:spf.tmems-jp.trendmicro.com "
                                          "in the SPF record of _spf.provider.example.")),
             qPrintable(html));

    // Two records (a permerror, no tree below): the domain's own record is named.
    const DomainReport twice = analyze({QStringLiteral("example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all"),
                                        QStringLiteral("example.jp TXT v=spf1 mx -all"), JpMx});
    QVERIFY(twice.proposedRecord.isNull());
    const QString twiceHtml = ReportHtmlBuilder::buildParts({twice}, options).join(QString());
    QVERIFY2(twiceHtml.contains(QStringLiteral("in the SPF record of example.jp.")), qPrintable(twiceHtml));
    QVERIFY(!twiceHtml.contains(QStringLiteral("in the SPF record of .")));
    QVERIFY(!twiceHtml.contains(QStringLiteral("in the SPF record of  ")));
}

void TestReportDomainSection::action1ListsDomainsInTheReportsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en" << "example.jp, second.example.jp, and third.example.jp";
    QTest::newRow("ja") << "ja" << "example.jp\u3001second.example.jp\u3001third.example.jp";
}

void TestReportDomainSection::action1ListsDomainsInTheReportsLanguage()
{
    // The report's language, not the program's, decides how a list reads.
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const DomainReport first = analyze({QStringLiteral("example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all"), JpMx});
    DomainReport second = first;
    second.domain = DomainName::normalize(QStringLiteral("second.example.jp"));
    DomainReport third = first;
    third.domain = DomainName::normalize(QStringLiteral("third.example.jp"));
    ReportOptions options;
    options.language = language;
    const QString html = ReportHtmlBuilder::buildParts({first, second, third}, options).join(QString());
    QVERIFY2(html.contains(expected), qPrintable(html.mid(html.indexOf(QStringLiteral("example.jp")), 400)));
}

void TestReportDomainSection::countsReadAsSentences_data()
{
    QTest::addColumn<int>("domains");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one, en") << 1 << "en"
                             << QStringList{"1 domain checked.", "1 domain needs a required action.",
                                            "1 domain has a recommended action.", "0 domains need no change.",
                                            "Japan data center: 1 domain"};
    QTest::newRow("two, en") << 2 << "en"
                             << QStringList{"2 domains checked.", "2 domains need a required action.",
                                            "2 domains have a recommended action.", "Japan data center: 2 domains"};
    QTest::newRow("two, ja") << 2 << "ja"
                             << QStringList{"2 \u4EF6\u306E\u30C9\u30E1\u30A4\u30F3\u3092\u78BA\u8A8D\u3057\u307E\u3057\u305F\u3002"};
}

void TestReportDomainSection::countsReadAsSentences()
{
    // "1 domain(s) checked." in a change ticket reads as a machine's output.
    QFETCH(int, domains);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const DomainReport first = analyze({QStringLiteral("example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all"), JpMx});
    QList<DomainReport> reports;
    for (int i = 0; i < domains; ++i) {
        DomainReport r = first;
        r.domain = DomainName::normalize(QStringLiteral("d%1.example.jp").arg(i));
        reports.append(r);
    }
    ReportOptions options;
    options.language = language;
    const QString html = ReportHtmlBuilder::buildParts(reports, options).join(QString());
    QVERIFY2(!html.contains(QStringLiteral("(s)")), qPrintable(html.left(3000)));
    for (const QString &sentence : expected)
        QVERIFY2(html.contains(sentence), qPrintable(sentence));
}

void TestReportDomainSection::dnsFailureIsUnknownNotNone_data()
{
    QTest::addColumn<QStringList>("zone");
    QTest::addColumn<QStringList>("expected"); // include, added ranges, required, section's include
    const QStringList unknown{"Unknown", "Unknown: DNS failed", "Check againAllow added ranges", "Unknown: DNS failed"};
    QTest::newRow("record itself") << QStringList{QStringLiteral("example.jp FAIL TXT"), JpMx} << unknown;
    QTest::newRow("an include")
        << QStringList{QStringLiteral("example.jp TXT v=spf1 include:slow.example.jp -all"),
                       QStringLiteral("slow.example.jp FAIL TXT"), JpMx}
        << unknown;
    // The legacy include was reached before the failure: that much is known.
    QTest::newRow("an include beside the legacy one")
        << QStringList{QStringLiteral("example.jp TXT v=spf1 include:spf.tmes.trendmicro.com include:slow.example.jp -all"),
                       QStringLiteral("slow.example.jp FAIL TXT"), JpMx}
        << QStringList{"Legacy", "3 of 3 fully authorised", "Check againAllow added ranges",
                       "Legacy (spf.tmes.trendmicro.com)"};
}

void TestReportDomainSection::dnsFailureIsUnknownNotNone()
{
    // Where DNS failed, "no TMEmS include" and "0 of 3 ranges authorised"
    // would be findings the check never made.
    QFETCH(QStringList, zone);
    QFETCH(QStringList, expected);
    const DomainReport report = analyze(zone);
    QCOMPARE(report.spfStatus, DomainReport::SpfStatus::TempError);
    ReportOptions options;
    options.language = QStringLiteral("en");
    const QString html = ReportHtmlBuilder::buildParts({report}, options).join(QString());
    const QList<QStringList> rows = tableRows(html, QStringLiteral("<table class=\"grid summary\""));
    QCOMPARE(rows.size(), 1);
    const QStringList row = rows.first();
    QCOMPARE(row.at(4), expected.at(0));
    QCOMPARE(row.at(5), expected.at(1));
    // One title a line (the tags between are gone here): checking again comes first.
    QCOMPARE(row.at(6), expected.at(2));
    const QString html1 = section(report, QStringLiteral("en"));
    QCOMPARE(factValue(html1, QStringLiteral("TMEmS include")), expected.at(3));
    // Only the record's own failed question leaves the record unknown.
    const bool unread = report.record.isEmpty();
    QCOMPARE(html1.contains(QStringLiteral("The SPF record could not be read: DNS failed.")), unread);
    QVERIFY(!html1.contains(QStringLiteral("No SPF record was found.")));
    // A count that stopped at the failure is no figure to state.
    QVERIFY(!html.contains(QStringLiteral(" now, ")));
    if (!report.proposedRecord.isNull())
        QVERIFY(html.contains(QStringLiteral("DNS lookups: unknown, because DNS did not answer every question.")));
}

void TestReportDomainSection::unknownSiteGetsAction1OnCondition_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en" << "example.jp (only if it is on the Japan data center: confirm its data center first)";
    QTest::newRow("ja") << "ja" << "example.jp (\u65E5\u672C\u30C7\u30FC\u30BF\u30BB\u30F3\u30BF\u30FC\u306E\u5834\u5408\u306E\u307F: ";
}

void TestReportDomainSection::unknownSiteGetsAction1OnCondition()
{
    // MX at the domain's own server, legacy include: the site cannot be told.
    // Action 1 stands meanwhile, as in the wizard's checklist, and the report
    // says it applies only if the site is Japan, to be confirmed first.
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const DomainReport report = analyze({QStringLiteral("example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all"),
                                         QStringLiteral("example.jp MX 10 mail.example.jp")});
    QStringList codes;
    for (const DomainAction &action : report.actions)
        codes.append(action.code);
    QCOMPARE(codes, (QStringList{QStringLiteral("confirm-data-center"), QStringLiteral("allow-added-ranges")}));
    ReportOptions options;
    options.language = language;
    options.catalog = m_catalog;
    const QString html = ReportHtmlBuilder::buildParts({report}, options).join(QString());
    QVERIFY2(html.contains(expected), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("15.168.56.0/25")), "the Japan ranges are listed for it");
}

void TestReportDomainSection::everyFindingHasTheReportsOwnWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        for (const QString &code : SpfFindings::codes() + QStringList{QStringLiteral("datacenter-mismatch")})
            QTest::addRow("problem %s, %s", qPrintable(code), qPrintable(language)) << language << "problem" << code;
        for (const QString &code : DomainActions::codes())
            QTest::addRow("action %s, %s", qPrintable(code), qPrintable(language)) << language << "action" << code;
    }
}

void TestReportDomainSection::everyFindingHasTheReportsOwnWords()
{
    // `report --from-json` renders what `check --json` wrote, perhaps in the
    // other language: the engine's stored sentence must never be what shows.
    QFETCH(QString, language);
    QFETCH(QString, kind);
    QFETCH(QString, code);
    const ReportTranslator translator(language);
    const ReportVocabulary vocabulary(translator, m_catalog);
    const QString stored = QStringLiteral("the sentence check --json stored, in its own language");
    QString shown;
    if (kind == QLatin1String("problem")) {
        SpfProblem problem;
        problem.code = code;
        problem.message = stored;
        problem.where = QStringLiteral("example.jp");
        if (code == QLatin1String("datacenter-mismatch"))
            problem.arguments = QStringList{QStringLiteral("jp"), QStringLiteral("us")};
        shown = vocabulary.problemExplanation(problem);
    } else {
        shown = vocabulary.actionTitle({code, true, stored});
    }
    QVERIFY2(!shown.isEmpty() && shown != stored && shown != code, qPrintable(shown));
    if (language == QLatin1String("ja"))
        QVERIFY2(shown.contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"))),
                 qPrintable(shown));
}
