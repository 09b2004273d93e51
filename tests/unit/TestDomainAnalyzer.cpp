// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The per-domain analysis (the brief's "SpfAnalyzer") on in-memory zones.
#include "CatalogLoader.h"
#include "DomainActions.h"
#include "DomainAnalyzer.h"
#include "Translations.h"
#include "ZoneText.h"

#include <QSignalSpy>
#include <QTest>

class TestDomainAnalyzer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void analyze_data();
    void analyze();
    void treeCounts();
    void badInput_data();
    void badInput();
    void choiceAgainstMx();
    void japaneseMessages();
    void mxLookup_data();
    void mxLookup();
    void treeMarksLimitCrossing();
    void severalRecordsSurviveJson();
    void redirectActionSaysRedirect();
    void nestedLegacyIncludeNamesTheRecordToChange();
    void includeIsUnknownOnlyWhereARecordWasNotRead();
    void nullMxNamesNoHost();
    void mxHostsWithoutAddressesAreVoidLookups();
    void japanIncludeOnAnotherSiteMustGoBack_data();
    void japanIncludeOnAnotherSiteMustGoBack();
    void treeMarksVoidLimitCrossing();
    void unknownSiteNamesEveryChangedSiteOnce();
    void notSureAsksToConfirmTheSiteEvenWhenMxFailed();
    void dnsFailureSaysWhichQuestionAndWhy_data();
    void dnsFailureSaysWhichQuestionAndWhy();

private:
    DomainReport run(const QStringList &zoneLines, const QString &domain = "example.jp",
                     const QString &choice = "auto");
    Catalog m_catalog = CatalogLoader::builtIn();
};

namespace {

const QString Jp = "include:spf.tmems-jp.trendmicro.com";
const QString JpMx = "example.jp MX 10 example-jp.in.tmems-jp.trendmicro.com";

QStringList codes(const DomainReport &r)
{
    QStringList out;
    for (const SpfProblem &p : r.problems)
        out.append(p.code);
    out.sort();
    return out;
}

QStringList actionCodes(const DomainReport &r)
{
    QStringList out;
    for (const DomainAction &a : r.actions)
        out.append(a.code);
    return out;
}

QString coverage(const DomainReport &r)
{
    QStringList out;
    for (const RangeCoverage &c : r.coverage)
        out.append(DomainReport::coverageCode(c.authorized));
    return out.join(u' ');
}

QString all(const char *level)
{
    return QStringList(7, QString::fromLatin1(level)).join(u' ');
}

} // namespace

DomainReport TestDomainAnalyzer::run(const QStringList &zoneLines, const QString &domain, const QString &choice)
{
    ZoneResolver zone;
    loadZone(zone, tmemsZone() + zoneLines);
    DomainAnalyzer analyzer(&zone, &m_catalog);
    analyzer.setDataCenterChoice(choice);
    QSignalSpy finished(&analyzer, &DomainAnalyzer::finished);
    analyzer.start(DomainName::normalize(domain));
    if (!finished.wait(10000))
        return {};
    [&] { QCOMPARE(finished.count(), 1); }();
    return analyzer.report();
}

void TestDomainAnalyzer::analyze_data()
{
    QTest::addColumn<QStringList>("zone");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<int>("voids");
    QTest::addColumn<QString>("include");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<QString>("proposed");
    QTest::addColumn<int>("proposedLookups");
    QTest::addColumn<QString>("coverage");
    QTest::addColumn<QStringList>("actions");

    const QString none; // a null QString: no proposed record
    const QStringList jpActions{"allow-added-ranges"};
    const QStringList swap{"allow-added-ranges", "replace-spf-include"};

    // The legacy include pushes the tree over 10 (outlook 2 + google 4 + legacy 6 + mx 1 = 13): the
    // receiver stops at the 11th lookup, inside the legacy record, before reaching the Japan record, so
    // no Japan range passes; the Japan include brings it to 8 and every range passes.
    QTest::newRow("realistic: legacy over 10, Japan back under")
        << QStringList{"example.jp TXT v=spf1 include:spf.protection.outlook.com include:_spf.google.com "
                       "include:spf.tmes.trendmicro.com mx -all",
                       JpMx, "example-jp.in.tmems-jp.trendmicro.com A 18.176.203.130"}
        << "permerror" << 13 << 0 << "legacy" << QStringList{"too-many-lookups"}
        << "v=spf1 include:spf.protection.outlook.com include:_spf.google.com include:spf.tmems-jp.trendmicro.com mx -all"
        << 8 << all("none") << QStringList{"allow-added-ranges", "replace-spf-include", "fix-spf-record"};
    QTest::newRow("legacy only")
        << QStringList{"example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all", JpMx} << "ok" << 6 << 0
        << "legacy" << QStringList{} << "v=spf1 " + Jp + " -all" << 1 << all("full") << swap;
    QTest::newRow("redirect to the legacy record")
        << QStringList{"example.jp TXT v=spf1 redirect=spf.tmes.trendmicro.com", JpMx} << "ok" << 6 << 0 << "legacy"
        << QStringList{} << "v=spf1 redirect=spf.tmems-jp.trendmicro.com" << 1 << all("full") << swap;
    QTest::newRow("redirect to the legacy record, ignored beside all")
        << QStringList{"example.jp TXT v=spf1 ip4:192.0.2.1 -all redirect=spf.tmes.trendmicro.com", JpMx} << "ok" << 0
        << 0 << "none" << QStringList{"redirect-ignored"} << none << -1 << all("none") << jpActions;
    QTest::newRow("Japan include only")
        << QStringList{"example.jp TXT v=spf1 " + Jp + " -all", JpMx} << "ok" << 1 << 0 << "jp" << QStringList{}
        << none << -1 << all("full") << jpActions;
    QTest::newRow("both includes: the legacy one goes")
        << QStringList{"example.jp TXT v=spf1 ip4:192.0.2.0/24 " + Jp + " include:spf.tmes.trendmicro.com ~all", JpMx}
        << "ok" << 7 << 0 << "both" << QStringList{} << "v=spf1 ip4:192.0.2.0/24 " + Jp + " ~all" << 1 << all("full")
        << swap;
    QTest::newRow("US site: nothing to change")
        << QStringList{"example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all",
                       "example.jp MX 10 example-jp.in.tmes.trendmicro.com"}
        << "ok" << 6 << 0 << "legacy" << QStringList{} << none << -1 << all("full") << QStringList{"no-change-needed"};
    QTest::newRow("unknown site, legacy include")
        << QStringList{"example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all", "example.jp MX 10 mail.example.jp"}
        << "ok" << 6 << 0 << "legacy" << QStringList{} << none << -1 << all("full")
        // No Japan record yet: it would fail the mail of a domain on another
        // site. Opening the firewall to the added ranges costs little meanwhile.
        << QStringList{"confirm-data-center", "allow-added-ranges"};
    QTest::newRow("legacy include inside the domain's own sub-record")
        << QStringList{"example.jp TXT v=spf1 redirect=_spf.example.jp", "_spf.example.jp TXT v=spf1 "
                                                                         "include:spf.tmes.trendmicro.com ~all", JpMx}
        << "ok" << 7 << 0 << "legacy" << QStringList{} << none << -1 << all("full") << swap;
    QTest::newRow("CNAME in front of the record")
        << QStringList{"example.jp CNAME spf-alias.example.net", "spf-alias.example.net TXT v=spf1 " + Jp + " -all",
                       "spf-alias.example.net MX 10 x.in.tmems-jp.trendmicro.com"}
        << "ok" << 1 << 0 << "jp" << QStringList{} << none << -1 << all("full") << jpActions;

    // Every problem code.
    QTest::newRow("no-spf-record") << QStringList{"example.jp TXT google-site-verification=abc", JpMx} << "none" << 0
                                   << 0 << "none" << QStringList{"no-spf-record"} << none << -1 << all("none")
                                   << jpActions;
    QTest::newRow("multiple-spf-records")
        << QStringList{"example.jp TXT v=spf1 " + Jp + " -all", "example.jp TXT v=spf1 mx -all", JpMx} << "permerror"
        << 0 << 0 << "jp" << QStringList{"multiple-spf-records"} << none << -1 << all("none")
        << QStringList{"allow-added-ranges", "fix-spf-record"};
    QTest::newRow("multiple-spf-records, one with the legacy include")
        << QStringList{"example.jp TXT v=spf1 mx -all", "example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all", JpMx}
        << "permerror" << 0 << 0 << "legacy" << QStringList{"multiple-spf-records"} << none << -1 << all("none")
        << QStringList{"allow-added-ranges", "replace-spf-include", "fix-spf-record"};
    QTest::newRow("syntax-error") << QStringList{"example.jp TXT v=spf1 " + Jp + " ip4:192.0.2.300 -all", JpMx}
                                  << "permerror" << 0 << 0 << "none" << QStringList{"syntax-error"} << none << -1
                                  << all("none") << QStringList{"allow-added-ranges", "fix-spf-record"};
    QTest::newRow("too-many-void-lookups")
        << QStringList{"example.jp TXT v=spf1 a:n1.example.jp a:n2.example.jp mx:n3.example.jp " + Jp + " -all", JpMx}
        << "permerror" << 4 << 3 << "jp" << QStringList{"too-many-void-lookups"} << none << -1 << all("none")
        << QStringList{"allow-added-ranges", "fix-spf-record"};
    QTest::newRow("include-loop")
        << QStringList{"example.jp TXT v=spf1 include:loop.example.jp " + Jp + " -all",
                       "loop.example.jp TXT v=spf1 include:example.jp -all", JpMx}
        << "permerror" << 3 << 0 << "jp" << QStringList{"include-loop"} << none << -1 << all("none")
        << QStringList{"allow-added-ranges", "fix-spf-record"};
    QTest::newRow("include-target-missing")
        << QStringList{"example.jp TXT v=spf1 include:gone.example.jp " + Jp + " -all", JpMx} << "permerror" << 2 << 0
        << "jp" << QStringList{"include-target-missing"} << none << -1 << all("none")
        << QStringList{"allow-added-ranges", "fix-spf-record"};
    QTest::newRow("ptr-used after the Japan include")
        << QStringList{"example.jp TXT v=spf1 " + Jp + " ptr -all", JpMx} << "ok" << 2 << 0 << "jp"
        << QStringList{"ptr-used"} << none << -1 << all("full") << jpActions;
    QTest::newRow("ptr-used before the Japan include (sampled)")
        << QStringList{"example.jp TXT v=spf1 ptr " + Jp + " -all", JpMx} << "ok" << 2 << 0 << "jp"
        << QStringList{"ptr-used"} << none << -1 << all("full") << jpActions;
    QTest::newRow("plus-all") << QStringList{"example.jp TXT v=spf1 +all", JpMx} << "ok" << 0 << 0 << "none"
                              << QStringList{"plus-all"} << none << -1 << all("full") << jpActions;
    QTest::newRow("no-all") << QStringList{"example.jp TXT v=spf1 " + Jp, JpMx} << "ok" << 1 << 0 << "jp"
                            << QStringList{"no-all"} << none << -1 << all("full") << jpActions;
    QTest::newRow("redirect-ignored")
        << QStringList{"example.jp TXT v=spf1 " + Jp + " -all redirect=other.example.jp", JpMx} << "ok" << 1 << 0
        << "jp" << QStringList{"redirect-ignored"} << none << -1 << all("full") << jpActions;
    QTest::newRow("dns-failure in an include")
        << QStringList{"example.jp TXT v=spf1 include:slow.example.jp " + Jp + " -all", "slow.example.jp FAIL TXT", JpMx}
        << "temperror" << 2 << 0 << "jp" << QStringList{"dns-failure"} << none << -1 << all("unknown")
        << QStringList{"retry-check"} + jpActions;
    QTest::newRow("dns-failure of the record itself")
        << QStringList{"example.jp FAIL TXT", JpMx} << "temperror" << 0 << 0 << "none" << QStringList{"dns-failure"}
        << none << -1 << all("unknown") << QStringList{"retry-check"} + jpActions;
    QTest::newRow("domain-not-found") << QStringList{} << "none" << 0 << 0 << "none"
                                      << QStringList{"domain-not-found"} << none << -1 << all("none")
                                      << QStringList{"check-domain-name"};

    // Coverage, exactly.
    QTest::newRow("-ip4 exclusion before the include")
        << QStringList{"example.jp TXT v=spf1 -ip4:15.168.56.0/26 " + Jp + " -all", JpMx} << "ok" << 1 << 0 << "jp"
        << QStringList{} << none << -1 << "full full full full partial full full" << jpActions;
    QTest::newRow("part of one range")
        << QStringList{"example.jp TXT v=spf1 ip4:18.176.203.128/27 -all", JpMx} << "ok" << 0 << 0 << "none"
        << QStringList{} << none << -1 << "partial none none none none none none" << jpActions;
    QTest::newRow("a with a CIDR length")
        << QStringList{"example.jp TXT v=spf1 a:relay.example.jp/26 -all", "relay.example.jp A 18.177.156.10", JpMx}
        << "ok" << 1 << 0 << "none" << QStringList{} << none << -1 << "none none full none none none none" << jpActions;
    QTest::newRow("mx with a CIDR length")
        << QStringList{"example.jp TXT v=spf1 mx/25 -all", JpMx, "example-jp.in.tmems-jp.trendmicro.com A 15.168.56.5"}
        << "ok" << 1 << 0 << "none" << QStringList{} << none << -1 << "none none none none full none none" << jpActions;
    QTest::newRow("softfail include authorises nothing")
        << QStringList{"example.jp TXT v=spf1 ~" + Jp + " -all", JpMx} << "ok" << 1 << 0 << "jp" << QStringList{}
        << none << -1 << all("none") << jpActions;
    QTest::newRow("neutral ip4 first, then the include")
        << QStringList{"example.jp TXT v=spf1 ?ip4:18.176.203.128/26 " + Jp + " -all", JpMx} << "ok" << 1 << 0 << "jp"
        << QStringList{} << none << -1 << "none full full full full full full" << jpActions;
    QTest::newRow("include that fails some addresses falls through")
        << QStringList{"example.jp TXT v=spf1 include:_part.example.jp -all",
                       "_part.example.jp TXT v=spf1 -ip4:18.176.203.128/26 ip4:15.168.0.0/16 ~all", JpMx}
        << "ok" << 1 << 0 << "none" << QStringList{} << none << -1 << "none none none none full full full" << jpActions;
    QTest::newRow("exists with a client macro (sampled)")
        << QStringList{"example.jp TXT v=spf1 exists:%{i}.allow.example.jp -all",
                       "18.176.203.128.allow.example.jp A 127.0.0.2", JpMx}
        << "ok" << 1 << 0 << "none" << QStringList{} << none << -1 << "partial none none none none none none"
        << jpActions;
    // The client macro makes every address a question of its own: listing the
    // first, middle and last address of each range is no "full".
    QStringList everyAddress{"example.jp TXT v=spf1 exists:%{i}.allow.example.jp -all", JpMx};
    QStringList threeEach = everyAddress;
    for (const CatalogRange &range : m_catalog.dataCenter(QStringLiteral("jp"))->ranges) {
        const quint32 first = range.network.firstAddress().toV4();
        const quint32 count = quint32(range.network.addressCount());
        for (quint32 i = 0; i < count; ++i) {
            const QString line = IpAddress::fromV4(first + i).toString() + ".allow.example.jp A 127.0.0.2";
            everyAddress.append(line);
            if (i == 0 || i == count / 2 || i == count - 1)
                threeEach.append(line);
        }
    }
    QTest::newRow("exists with a client macro, three addresses of each range")
        << threeEach << "ok" << 1 << 0 << "none" << QStringList{} << none << -1 << all("partial") << jpActions;
    QTest::newRow("exists with a client macro, every address")
        << everyAddress << "ok" << 1 << 0 << "none" << QStringList{} << none << -1 << all("full") << jpActions;
}

void TestDomainAnalyzer::analyze()
{
    QFETCH(QStringList, zone);
    QFETCH(QString, status);
    QFETCH(int, lookups);
    QFETCH(int, voids);
    QFETCH(QString, include);
    QFETCH(QStringList, problems);
    QFETCH(QString, proposed);
    QFETCH(int, proposedLookups);
    QFETCH(QString, coverage);
    QFETCH(QStringList, actions);

    const DomainReport r = run(zone);
    QCOMPARE(DomainReport::spfStatusCode(r.spfStatus), status);
    QCOMPARE(r.lookups, lookups);
    QCOMPARE(r.voidLookups, voids);
    QCOMPARE(DomainReport::tmemsIncludeCode(r.tmemsInclude), include);
    QCOMPARE(codes(r), problems);
    QCOMPARE(r.proposedRecord, proposed);
    QCOMPARE(r.proposedRecord.isNull(), proposed.isNull());
    if (!proposed.isNull())
        QCOMPARE(r.proposedLookups, proposedLookups);
    QCOMPARE(::coverage(r), coverage);
    QCOMPARE(actionCodes(r), actions);
    for (const SpfProblem &p : r.problems)
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.code));
    for (const DomainAction &a : r.actions)
        QVERIFY2(!a.message.isEmpty(), qPrintable(a.code));
}

void TestDomainAnalyzer::treeCounts()
{
    const DomainReport r = run({"example.jp TXT v=spf1 include:spf.protection.outlook.com "
                                "include:spf.tmes.trendmicro.com a -all",
                                "example.jp A 192.0.2.1", JpMx});
    QCOMPARE(r.record, QString("v=spf1 include:spf.protection.outlook.com include:spf.tmes.trendmicro.com a -all"));
    QCOMPARE(r.tree.domain, QString("example.jp"));
    QCOMPARE(r.tree.ownLookups, 3);
    QCOMPARE(r.tree.runningTotal, 9);
    QCOMPARE(r.tree.children.size(), 2);
    const SpfTreeNode &outlook = r.tree.children.at(0);
    QCOMPARE(outlook.mechanism, QString("include:spf.protection.outlook.com"));
    QCOMPARE(outlook.ownLookups, 1);
    QCOMPARE(outlook.runningTotal, 2); // the include itself, then spfd inside it
    const SpfTreeNode &legacy = r.tree.children.at(1);
    QCOMPARE(legacy.domain, QString("spf.tmes.trendmicro.com"));
    QCOMPARE(legacy.ownLookups, 5);
    QCOMPARE(legacy.runningTotal, 8);
    QCOMPARE(legacy.children.size(), 5);
    QCOMPARE(legacy.children.at(3).domain, QString("spf.tmems-jp.trendmicro.com"));
    QCOMPARE(legacy.children.at(3).runningTotal, 7);
}

void TestDomainAnalyzer::badInput_data()
{
    QTest::addColumn<QStringList>("zone");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("coverage");

    QStringList chain{"example.jp TXT v=spf1 include:n1.example.jp -all", JpMx};
    for (int i = 1; i < 50; ++i)
        chain.append(QString("n%1.example.jp TXT v=spf1 include:n%2.example.jp -all").arg(i).arg(i + 1));
    chain.append("n50.example.jp TXT v=spf1 " + Jp + " -all");
    QTest::newRow("50 nested includes") << chain << "permerror" << "too-many-lookups" << all("none");

    QString longRecord = "v=spf1";
    for (int i = 0; longRecord.size() < 3965; ++i)
        longRecord += QString(" ip4:192.0.%1.%2").arg(i / 250).arg(i % 250);
    longRecord += " " + Jp + " -all";
    QVERIFY(longRecord.size() >= 4000);
    QTest::newRow("4,000-character record") << QStringList{"example.jp TXT " + longRecord, JpMx} << "ok" << QString()
                                            << all("full");
    QTest::newRow("binary bytes in TXT")
        << QStringList{QString::fromLatin1("example.jp TXT v=spf1 ip4:192.0.2.1 \x01\xff\x1b[2J -all"), JpMx}
        << "permerror" << "syntax-error" << all("none");
    QTest::newRow("include loop of three")
        << QStringList{"example.jp TXT v=spf1 include:a.example.jp -all", "a.example.jp TXT v=spf1 include:b.example.jp",
                       "b.example.jp TXT v=spf1 include:example.jp", JpMx}
        << "permerror" << "include-loop" << all("none");
    QString huge = "v=spf1 exists:";
    for (int i = 0; i < 60; ++i)
        huge += "%{d}.%{i}.";
    huge += "example.jp " + Jp + " -all";
    QTest::newRow("macro that expands to over 2,000 characters")
        << QStringList{"example.jp TXT " + huge, JpMx} << "ok" << QString() << all("full");
}

void TestDomainAnalyzer::badInput()
{
    QFETCH(QStringList, zone);
    QFETCH(QString, status);
    QFETCH(QString, problem);
    QFETCH(QString, coverage);

    const DomainReport r = run(zone);
    QCOMPARE(DomainReport::spfStatusCode(r.spfStatus), status);
    if (!problem.isEmpty())
        QVERIFY2(codes(r).contains(problem), qPrintable(codes(r).join(u',')));
    QCOMPARE(::coverage(r), coverage);
    for (const QChar c : r.record)
        QVERIFY(c.unicode() >= 0x20 && c.unicode() < 0x7f); // DNS bytes shown escaped
}

void TestDomainAnalyzer::choiceAgainstMx()
{
    const DomainReport r = run({"example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all",
                                "example.jp MX 10 example-jp.in.tmes.trendmicro.com"},
                               "example.jp", "jp");
    QCOMPARE(r.dataCenterId, QString("jp"));
    QCOMPARE(int(r.detectedFrom), int(DomainReport::DetectedFrom::Option));
    QCOMPARE(codes(r), QStringList{"datacenter-mismatch"});
    QCOMPARE(actionCodes(r), (QStringList{"allow-added-ranges", "replace-spf-include"}));
    QVERIFY(r.problems.at(0).message.contains("US data center"));
}

void TestDomainAnalyzer::japaneseMessages()
{
    // Messages follow the language installed when the analysis runs; the
    // translation itself is checked by TestTranslationsComplete and the CLI tests.
    const DomainReport r = run({"example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all", JpMx});
    QVERIFY(r.actions.at(0).message.contains("15.168.56.0/25"));
    QVERIFY(r.actions.at(1).message.contains("spf.tmems-jp.trendmicro.com"));
}

void TestDomainAnalyzer::mxLookup_data()
{
    QTest::addColumn<QStringList>("zone");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<QStringList>("mxHosts");
    QTest::addColumn<bool>("dnsFailure");
    QTest::addColumn<QStringList>("actions");

    const QStringList spf{"example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all"};
    QTest::newRow("MX found") << spf + QStringList{JpMx} << false
                              << QStringList{"example-jp.in.tmems-jp.trendmicro.com"} << false
                              << QStringList{"allow-added-ranges", "replace-spf-include"};
    // No TMEmS MX host is a finding: the administrator confirms the site.
    QTest::newRow("no MX records (NODATA)") << spf << false << QStringList() << false
                                            << QStringList{"confirm-data-center", "allow-added-ranges"};
    // A failed MX question is none: check again first, the site may show then.
    QTest::newRow("MX lookup times out") << spf + QStringList{"example.jp FAIL MX"} << true << QStringList() << true
                                         << QStringList{"retry-check", "allow-added-ranges"};
}

void TestDomainAnalyzer::mxLookup()
{
    QFETCH(QStringList, zone);
    QFETCH(bool, failed);
    QFETCH(QStringList, mxHosts);
    QFETCH(bool, dnsFailure);
    QFETCH(QStringList, actions);

    // "No MX records" and "the MX question failed" must stay apart all the way
    // to the report: the first is an answer about the domain, the second is not.
    const DomainReport r = run(zone);
    QCOMPARE(r.mxLookupFailed, failed);
    QCOMPARE(r.mxHosts, mxHosts);
    QCOMPARE(r.hasDnsFailure(), dnsFailure);
    QCOMPARE(actionCodes(r), actions);
    QCOMPARE(DomainReport::fromJson(r.toJson()).mxLookupFailed, failed);
}

void TestDomainAnalyzer::nestedLegacyIncludeNamesTheRecordToChange()
{
    // The legacy include sits in the provider's record the domain includes:
    // no whole record to propose, but the record to edit is known.
    Translations::install(QStringLiteral("en"));
    const DomainReport r = run({"example.jp TXT v=spf1 include:_spf.provider.example -all",
                                "_spf.provider.example TXT v=spf1 ip4:192.0.2.1 include:spf.tmes.trendmicro.com -all",
                                JpMx});
    QVERIFY(r.usesLegacyInclude());
    QVERIFY(r.proposedRecord.isNull());
    QCOMPARE(r.recordsNaming(QStringLiteral("spf.tmes.trendmicro.com")), QStringList{"_spf.provider.example"});
    QCOMPARE(r.recordsNaming(QStringLiteral("_spf.provider.example")), QStringList{"example.jp"});
    QCOMPARE(r.recordsNaming(QStringLiteral("absent.example")), QStringList());
    QCOMPARE(actionCodes(r), (QStringList{"allow-added-ranges", "replace-spf-include"}));
    QVERIFY2(r.actions.at(1).message.endsWith(QStringLiteral("in the SPF record of _spf.provider.example.")),
             qPrintable(r.actions.at(1).message));
}

void TestDomainAnalyzer::includeIsUnknownOnlyWhereARecordWasNotRead()
{
    // A failed A question behind a: hides no include; a failed TXT may.
    const DomainReport aFailed = run({"example.jp TXT v=spf1 a:host.example.jp -all", "host.example.jp FAIL A", JpMx});
    QCOMPARE(aFailed.spfStatus, DomainReport::SpfStatus::TempError);
    QVERIFY(!aFailed.tmemsIncludeUnknown());
    const DomainReport txtFailed = run({"example.jp TXT v=spf1 include:slow.example.jp -all", "slow.example.jp FAIL TXT", JpMx});
    QVERIFY(txtFailed.tmemsIncludeUnknown());
    const DomainReport rootFailed = run({"example.jp FAIL TXT", JpMx});
    QVERIFY(rootFailed.tmemsIncludeUnknown());
    QVERIFY(rootFailed.recordUnknown());
    // The JSON (check --json, sessions) says "unknown", and reads back as such.
    QCOMPARE(txtFailed.toJson().value("spf").toObject().value("tmemsInclude").toString(), QString("unknown"));
    QVERIFY(DomainReport::fromJson(txtFailed.toJson()).tmemsIncludeUnknown());
    QVERIFY(DomainReport::fromJson(rootFailed.toJson()).tmemsIncludeUnknown());
    QCOMPARE(aFailed.toJson().value("spf").toObject().value("tmemsInclude").toString(), QString("none"));
    const DomainReport legacyFound = run({"example.jp TXT v=spf1 include:spf.tmes.trendmicro.com include:slow.example.jp -all",
                                          "slow.example.jp FAIL TXT", JpMx});
    QVERIFY(!legacyFound.tmemsIncludeUnknown());
    // Its counts stop at the record DNS did not give: no "N now" as a fact.
    const DomainAction *replace = nullptr;
    for (const DomainAction &a : legacyFound.actions)
        replace = a.code == QLatin1String("replace-spf-include") ? &a : replace;
    QVERIFY(replace);
    QVERIFY2(!replace->message.contains(QLatin1String("DNS lookups")), qPrintable(replace->message));
}

void TestDomainAnalyzer::nullMxNamesNoHost()
{
    // "MX 0 ." (RFC 7505): the mx mechanism matches nothing and asks nothing
    // more, as check_host() does; the tree is complete and the include decides.
    const DomainReport r = run({"example.jp MX 0 .", "example.jp TXT v=spf1 mx " + Jp + " -all"}, "example.jp", "jp");
    QCOMPARE(DomainReport::spfStatusCode(r.spfStatus), QString("ok"));
    QVERIFY2(!codes(r).contains("analysis-limit"), qPrintable(codes(r).join(u',')));
    QCOMPARE(::coverage(r), all("full"));
}

void TestDomainAnalyzer::mxHostsWithoutAddressesAreVoidLookups()
{
    // check_host() counts an MX host's empty address answer as a void lookup
    // (as pyspf does): three of them end in permerror, before the include.
    const DomainReport r = run({"example.jp TXT v=spf1 mx:m.example.jp " + Jp + " -all",
                                "m.example.jp MX 10 h1.example.jp", "m.example.jp MX 20 h2.example.jp",
                                "m.example.jp MX 30 h3.example.jp", "h1.example.jp EMPTY", "h2.example.jp EMPTY",
                                "h3.example.jp EMPTY"},
                               "example.jp", "jp");
    QVERIFY2(codes(r).contains("too-many-void-lookups"), qPrintable(codes(r).join(u',')));
    QCOMPARE(DomainReport::spfStatusCode(r.spfStatus), QString("permerror"));
    QCOMPARE(::coverage(r), all("none"));
}

void TestDomainAnalyzer::japanIncludeOnAnotherSiteMustGoBack_data()
{
    QTest::addColumn<QString>("mx");
    QTest::addColumn<QString>("record");
    QTest::addColumn<QStringList>("actions");
    const QString us = QStringLiteral("example.jp MX 10 example-jp.in.tmes.trendmicro.com");
    const QString eu = QStringLiteral("example.jp MX 10 example-jp.in.tmes.trendmicro.eu");
    QTest::newRow("US, Japan include only") << us << "v=spf1 include:spf.tmems-jp.trendmicro.com -all"
                                            << QStringList{"restore-legacy-include"};
    QTest::newRow("Europe, Japan include only") << eu << "v=spf1 include:spf.tmems-jp.trendmicro.com -all"
                                                << QStringList{"restore-legacy-include"};
    // The legacy record still lists every site: nothing fails.
    QTest::newRow("US, both includes") << us << "v=spf1 include:spf.tmes.trendmicro.com include:spf.tmems-jp.trendmicro.com -all"
                                       << QStringList{"no-change-needed"};
    QTest::newRow("US, legacy include") << us << "v=spf1 include:spf.tmes.trendmicro.com -all"
                                        << QStringList{"no-change-needed"};
    QTest::newRow("Japan, Japan include") << JpMx << "v=spf1 include:spf.tmems-jp.trendmicro.com -all"
                                          << QStringList{"allow-added-ranges"};
}

void TestDomainAnalyzer::japanIncludeOnAnotherSiteMustGoBack()
{
    QFETCH(QString, mx);
    QFETCH(QString, record);
    QFETCH(QStringList, actions);
    const DomainReport r = run({QStringLiteral("example.jp TXT ") + record, mx});
    QCOMPARE(actionCodes(r), actions);
    if (actions.first() == QLatin1String("restore-legacy-include")) {
        QVERIFY(r.actions.first().required);
        QVERIFY(r.needsAction());
    }
}

void TestDomainAnalyzer::redirectActionSaysRedirect()
{
    // The administrator edits what the record has: a redirect=, not an include:.
    Translations::install(QStringLiteral("en"));
    const DomainReport r = run({"example.jp TXT v=spf1 redirect=spf.tmes.trendmicro.com", JpMx});
    QString message;
    for (const DomainAction &a : r.actions) {
        if (a.code == QLatin1String("replace-spf-include"))
            message = a.message;
    }
    QVERIFY2(message.contains(QStringLiteral("replace redirect=spf.tmes.trendmicro.com with redirect=spf.tmems-jp.trendmicro.com")),
             qPrintable(message));
}

void TestDomainAnalyzer::severalRecordsSurviveJson()
{
    // A saved session or check --json read back (report --from-json) still
    // shows every record to merge.
    const DomainReport r = run({"example.jp TXT v=spf1 mx -all", "example.jp TXT v=spf1 a -all", JpMx});
    QCOMPARE(r.record.split(u'\n').size(), 2);
    const QJsonObject json = r.toJson();
    QVERIFY(!json.value("spf").toObject().value("record").toString().contains(u'\n'));
    QCOMPARE(DomainReport::fromJson(json).record, r.record);
}

void TestDomainAnalyzer::dnsFailureSaysWhichQuestionAndWhy_data()
{
    QTest::addColumn<QStringList>("zone");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason");
    QTest::newRow("an include's TXT times out")
        << QStringList{"example.jp TXT v=spf1 include:slow.example.jp -all", "slow.example.jp FAIL TXT", JpMx}
        << "slow.example.jp" << "TXT" << "timeout";
    QTest::newRow("the domain's MX, server failure")
        << QStringList{"example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all", "example.jp FAIL MX SERVFAIL"}
        << "example.jp" << "MX" << "server-failure";
    QTest::newRow("the A of an a: term, server failure")
        << QStringList{"example.jp TXT v=spf1 a:relay.example.jp -all", "relay.example.jp FAIL A SERVFAIL", JpMx}
        << "relay.example.jp" << "A" << "server-failure";
}

void TestDomainAnalyzer::dnsFailureSaysWhichQuestionAndWhy()
{
    // A report in another language than the check's (report --from-json)
    // cannot reuse the resolver's words: the finding also carries the
    // question's type and why it failed as stable tokens, through JSON too.
    QFETCH(QStringList, zone);
    QFETCH(QString, where);
    QFETCH(QString, type);
    QFETCH(QString, reason);
    const DomainReport r = run(zone);
    QCOMPARE(r.spfStatus == DomainReport::SpfStatus::TempError || r.mxLookupFailed, true);
    const DomainReport read = DomainReport::fromJson(r.toJson());
    for (const DomainReport &report : {r, read}) {
        QList<SpfProblem> failures;
        for (const SpfProblem &p : report.problems) {
            if (p.code == QLatin1String("dns-failure"))
                failures.append(p);
        }
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().where, where);
        QCOMPARE(failures.first().arguments.size(), 3);
        QVERIFY2(failures.first().arguments.at(0).startsWith(type + QStringLiteral(": ")),
                 qPrintable(failures.first().arguments.at(0)));
        QCOMPARE(failures.first().arguments.mid(1), (QStringList{type, reason}));
    }
}

void TestDomainAnalyzer::treeMarksLimitCrossing()
{
    // google 1+3, outlook 1+1, legacy 1, then _us 8, _eu 9, _anz 10, and the
    // include of the Japan record inside the legacy one is the 11th.
    const DomainReport r = run({"example.jp TXT v=spf1 include:_spf.google.com include:spf.protection.outlook.com "
                                "include:spf.tmes.trendmicro.com -all", JpMx});
    QCOMPARE(r.lookups, 12);
    QCOMPARE(DomainReport::spfStatusCode(r.spfStatus), QString("permerror"));
    QCOMPARE(r.tree.status, QString("permerror"));
    QCOMPARE(r.tree.children.at(0).status, QString("ok"));
    QCOMPARE(r.tree.children.at(1).status, QString("ok"));
    const SpfTreeNode &legacy = r.tree.children.at(2);
    QCOMPARE(legacy.domain, QString("spf.tmes.trendmicro.com"));
    QCOMPARE(legacy.status, QString("permerror"));
    QCOMPARE(legacy.children.at(2).status, QString("ok"));          // _anz: the 10th, still evaluated
    QCOMPARE(legacy.children.at(3).status, QString("unevaluated")); // the Japan record: past the limit
    QCOMPARE(legacy.children.at(4).status, QString("unevaluated"));

    const DomainReport under = run({"example.jp TXT v=spf1 include:spf.protection.outlook.com "
                                    "include:spf.tmes.trendmicro.com -all", JpMx});
    QCOMPARE(under.lookups, 8);
    QCOMPARE(under.tree.status, QString("ok"));
    QCOMPARE(under.tree.children.at(1).status, QString("ok"));
}

void TestDomainAnalyzer::treeMarksVoidLimitCrossing()
{
    const DomainReport r = run({"example.jp TXT v=spf1 include:spf.tmems-jp.trendmicro.com include:v.example.jp -all",
                                "v.example.jp TXT v=spf1 a:n1.example.jp a:n2.example.jp a:n3.example.jp -all", JpMx});
    QCOMPARE(r.voidLookups, 3);
    QCOMPARE(r.tree.status, QString("permerror"));
    QCOMPARE(r.tree.children.at(0).status, QString("ok"));
    QCOMPARE(r.tree.children.at(1).status, QString("permerror"));
}

void TestDomainAnalyzer::unknownSiteNamesEveryChangedSiteOnce()
{
    // A catalog of one's own where two sites changed: a domain on an unknown
    // site gets one action 1 naming both, not one per site.
    Catalog catalog = CatalogLoader::builtIn();
    for (CatalogDataCenter &dc : catalog.dataCenters) {
        if (dc.id == QLatin1String("eu"))
            dc.changeRequired = true;
    }
    DomainReport report;
    report.domain = DomainName::normalize(QStringLiteral("example.jp"));
    report.dataCenterId = QStringLiteral("unknown");
    const QList<DomainAction> actions = DomainActions::plan(report, catalog);
    QStringList codes;
    for (const DomainAction &action : actions)
        codes.append(action.code);
    QCOMPARE(codes, (QStringList{QStringLiteral("confirm-data-center"), QStringLiteral("allow-added-ranges")}));
    const QString message = actions.at(1).message;
    QVERIFY2(message.contains(QStringLiteral("on the Japan data center or Europe data center,")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("(15.168.56.0/25")) && !message.contains(QStringLiteral(", )")),
             qPrintable(message)); // Europe has no added ranges: nothing empty in the list
}

void TestDomainAnalyzer::notSureAsksToConfirmTheSiteEvenWhenMxFailed()
{
    // The MX question failed: checking again comes first and confirming the
    // site waits (mxLookup); unless the administrator answered "Not sure".
    DomainReport r = run({"example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all", "example.jp FAIL MX"});
    QVERIFY(r.mxLookupFailed);
    QCOMPARE(actionCodes(r), (QStringList{"retry-check", "allow-added-ranges"}));
    r.actions = DomainActions::plan(r, CatalogLoader::builtIn(), DomainActions::SiteAnswer::NotSure);
    QCOMPARE(actionCodes(r), (QStringList{"retry-check", "confirm-data-center", "allow-added-ranges"}));
}

QTEST_GUILESS_MAIN(TestDomainAnalyzer)
#include "TestDomainAnalyzer.moc"
