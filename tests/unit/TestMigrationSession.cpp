// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationSession.h"

#include "DomainName.h"
#include "Translations.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

class TestMigrationSession : public QObject
{
    Q_OBJECT

private slots:
    void addDomainInputs_data()
    {
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("valid");
        QTest::addColumn<QStringList>("alreadyListed");
        QTest::newRow("plain") << QStringList{"a.example", "b.example"} << 2 << 2 << QStringList();
        QTest::newRow("same name twice in other forms")
            << QStringList{"A.example", " user@a.example ", "a.example."} << 1 << 1
            << QStringList{"user@a.example", "a.example."};
        QTest::newRow("invalid kept with its reason") << QStringList{"bad..name", "a.example"} << 2 << 1 << QStringList();
        QTest::newRow("the same invalid entry twice")
            << QStringList{"bad..name", "bad..name"} << 1 << 0 << QStringList{"bad..name"};
        QTest::newRow("blank ignored, not a duplicate") << QStringList{"  ", "a.example", ""} << 1 << 1 << QStringList();
        QTest::newRow("IDN and its A-label are one")
            << QStringList{"例え.jp", "xn--r8jz45g.jp"} << 1 << 1 << QStringList{"xn--r8jz45g.jp"};
    }

    void addDomainInputs()
    {
        QFETCH(QStringList, inputs);
        QFETCH(int, added);
        QFETCH(int, valid);
        QFETCH(QStringList, alreadyListed);
        MigrationSession session;
        QSignalSpy changed(&session, &MigrationSession::domainsChanged);
        QStringList skipped;
        QCOMPARE(session.addDomainInputs(inputs, &skipped), added);
        QCOMPARE(skipped, alreadyListed);
        QCOMPARE(session.domainInputs().size(), added);
        QCOMPARE(session.validDomains().size(), valid);
        QCOMPARE(changed.count(), 1);
        // Pasted again: nothing new, every non-blank entry named as already listed.
        skipped.clear();
        QCOMPARE(session.addDomainInputs(inputs, &skipped), 0);
        QCOMPARE(skipped.size(), int(std::count_if(inputs.cbegin(), inputs.cend(),
                                                   [](const QString &i) { return !i.trimmed().isEmpty(); })));
        QCOMPARE(changed.count(), 1);
    }

    void effectiveDataCenter_data()
    {
        QTest::addColumn<QString>("detected");
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("effective");
        QTest::addColumn<bool>("japanChanges");
        QTest::newRow("detected jp") << "jp" << "auto" << "jp" << true;
        QTest::newRow("detected us") << "us" << "auto" << "us" << false;
        QTest::newRow("override us over jp") << "jp" << "us" << "us" << false;
        QTest::newRow("not sure counts as Japan") << "us" << "unsure" << "unsure" << true;
        QTest::newRow("nothing detected counts as Japan") << "" << "auto" << "unknown" << true;
        // DNS says the name does not exist: its spelling comes first, not firewall rules.
        QTest::newRow("domain not found") << "missing" << "auto" << "unknown" << false;
        QTest::newRow("domain not found, Japan chosen") << "missing" << "jp" << "jp" << false;
    }

    void effectiveDataCenter()
    {
        QFETCH(QString, detected);
        QFETCH(QString, choice);
        QFETCH(QString, effective);
        QFETCH(bool, japanChanges);
        MigrationSession session;
        session.setDomainInputs({"a.example"});
        if (!detected.isEmpty()) {
            DomainReport report;
            report.domain = DomainName::normalize("a.example");
            if (detected == QLatin1String("missing"))
                report.problems.append({QStringLiteral("domain-not-found"), SpfProblem::Severity::Error, {}, {}, {}, 0});
            else
                report.dataCenterId = detected;
            session.setReport(report);
        }
        DomainChoice c;
        c.dataCenter = choice;
        session.setChoice("a.example", c);
        QCOMPARE(session.effectiveDataCenter("a.example"), effective);
        QCOMPARE(session.needsJapanChanges("a.example"), japanChanges);
    }

    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        MigrationSession session;
        session.setDomainInputs({"user@Jp.example", "bad..name", "例え.jp"});
        DomainChoice choice;
        choice.dataCenter = "us";
        choice.outboundProtection = false;
        choice.usesOffice365 = true;
        choice.firewallPlatform = "fortigate";
        session.setChoice("jp.example", choice);
        DomainReport report;
        report.domain = DomainName::normalize("user@Jp.example");
        report.dataCenterId = "jp";
        report.mxHosts = {"jp.in.tmems-jp.trendmicro.com"};
        report.record = "v=spf1 include:spf.tmes.trendmicro.com -all";
        report.tmemsInclude = DomainReport::TmemsInclude::Legacy;
        session.setReport(report);
        session.setDnsServer("192.0.2.53");
        session.setTimeoutMs(3000);
        session.setLanguage("ja");
        session.setAddedRangesOnly(true);
        const QString path = dir.filePath("s.json");
        QString error;
        QVERIFY2(session.save(path, &error), qPrintable(error));

        MigrationSession loaded;
        QSignalSpy reports(&loaded, &MigrationSession::reportsChanged);
        QVERIFY2(loaded.load(path, &error), qPrintable(error));
        QCOMPARE(reports.count(), 1);
        QCOMPARE(loaded.toJson(), session.toJson());
        QCOMPARE(loaded.domainInputs(), session.domainInputs());
        QCOMPARE(loaded.choice("jp.example"), choice);
        QCOMPARE(loaded.report("jp.example").mxHosts, report.mxHosts);
        QCOMPARE(loaded.dnsServer(), QString("192.0.2.53"));
        QCOMPARE(loaded.timeoutMs(), 3000);
        QCOMPARE(loaded.language(), QString("ja"));
        QVERIFY(loaded.addedRangesOnly());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("not JSON") << QByteArray("{{{") << "not a valid session file";
        QTest::newRow("another JSON document") << QByteArray("{\"tool\":{}}") << "not a saved migration session";
        QTest::newRow("newer version")
            << QByteArray("{\"format\":\"tmems-session\",\"version\":99}") << "format version 99";
        QTest::newRow("array") << QByteArray("[]") << "holds no session";
        // The right format, the wrong shape: refused whole, never read as empty.
        const QByteArray head("{\"format\":\"tmems-session\",");
        QTest::newRow("no version") << head + "\"domains\":[]}" << "format version is missing";
        QTest::newRow("version as text") << head + "\"version\":\"1\"}" << "format version is missing";
        QTest::newRow("version 1.5") << head + "\"version\":1.5}" << "not a whole number";
        QTest::newRow("domains an object") << head + "\"version\":1,\"domains\":{}}" << "domain list is not a list";
        QTest::newRow("domains as plain names")
            << head + "\"version\":1,\"domains\":[\"a.example\",\"b.example\"]}" << "entry 1 of its domain list";
        QTest::newRow("input not text")
            << head + "\"version\":1,\"domains\":[{\"input\":\"a.example\"},{\"input\":7}]}" << "entry 2";
    }

    void unusableDnsSettingsAreReplacedNotRefused()
    {
        // "1.2.3" was accepted by an older Settings dialog and saved: the
        // session still opens, with the system resolver, and says so.
        QTemporaryDir dir;
        QFile file(dir.filePath("old.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"tmems-session\",\"version\":1,\"dnsServer\":\"1.2.3\",\"timeoutMs\":1,"
                   "\"domains\":[{\"input\":\"keep.example\"}]}");
        file.close();
        MigrationSession session;
        QString error;
        QVERIFY2(session.load(file.fileName(), &error), qPrintable(error));
        QCOMPARE(session.domainInputs(), QStringList{"keep.example"});
        QCOMPARE(session.dnsServer(), QString());
        QCOMPARE(session.timeoutMs(), MigrationSession::MinTimeoutMs);
        QVERIFY2(session.loadNotice().contains("\"1.2.3\" cannot be used"), qPrintable(session.loadNotice()));
        QVERIFY2(session.loadNotice().contains("1 ms"), qPrintable(session.loadNotice()));
        // What it saves now opens without a notice.
        QVERIFY(session.save(file.fileName(), &error));
        QVERIFY(session.load(file.fileName(), &error));
        QCOMPARE(session.loadNotice(), QString());
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, errorPart);
        QTemporaryDir dir;
        QFile file(dir.filePath("bad.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        MigrationSession session;
        session.setDomainInputs({"keep.example"});
        QString error;
        QVERIFY(!session.load(file.fileName(), &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QCOMPARE(session.domainInputs(), QStringList{"keep.example"});
    }

    void normalizedListsFollowEveryChange()
    {
        // entries() and validDomains() are kept between changes
        // (MigrationSession.h); every way the list changes shows at once.
        MigrationSession session;
        const auto valid = [&] {
            QStringList names;
            for (const DomainInput &entry : session.validDomains())
                names << entry.ascii;
            return names;
        };
        QCOMPARE(valid(), QStringList());
        session.setDomainInputs({QStringLiteral("A.example"), QStringLiteral("bad..name"), QStringLiteral("a.example")});
        QCOMPARE(session.entries().size(), 3);
        QCOMPARE(valid(), QStringList{QStringLiteral("a.example")});
        QCOMPARE(session.addDomainInputs({QStringLiteral("user@b.example")}), 1);
        QCOMPARE(valid(), (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example")}));
        QCOMPARE(session.entries().last().input, QStringLiteral("user@b.example"));
        session.removeDomainInput(0);
        QCOMPARE(session.entries().first().input, QStringLiteral("bad..name"));
        QCOMPARE(valid(), (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example")}));
        session.removeDomainInput(1);
        QCOMPARE(valid(), QStringList{QStringLiteral("b.example")});

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        QString error;
        MigrationSession other;
        other.setDomainInputs({QStringLiteral("例え.jp")});
        QVERIFY2(other.save(path, &error), qPrintable(error));
        QVERIFY2(session.load(path, &error), qPrintable(error));
        QCOMPARE(valid(), QStringList{QStringLiteral("xn--r8jz45g.jp")});
        QCOMPARE(session.entries().first().unicode, QStringLiteral("例え.jp"));
        session.clear();
        QCOMPARE(session.entries().size(), 0);
        QCOMPARE(valid(), QStringList());
        // Saved from the kept lists, as typed.
        session.setDomainInputs({QStringLiteral(" c.example"), QStringLiteral("c.example")});
        QVERIFY2(session.save(path, &error), qPrintable(error));
        QVERIFY2(other.load(path, &error), qPrintable(error));
        QCOMPARE(other.domainInputs(), session.domainInputs());
    }

    void aRefusedReasonFollowsTheLanguage()
    {
        // The kept lists hold translated reasons: a language switch (at run
        // time, or a restored session's language applied after loading it)
        // must not leave them in the language they were first made in.
        QVERIFY(Translations::install(QStringLiteral("en")));
        MigrationSession session;
        session.setDomainInputs({QStringLiteral("bad..name")});
        const QString english = session.entries().first().error;
        QCOMPARE(english, DomainName::normalize(QStringLiteral("bad..name")).error);
        QVERIFY(Translations::install(QStringLiteral("ja")));
        const QString japanese = DomainName::normalize(QStringLiteral("bad..name")).error;
        QVERIFY2(japanese != english, "no Japanese translation of the reason to switch to");
        QCOMPARE(session.entries().first().error, japanese);
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(session.entries().first().error, english);
    }

    void modifiedFiresForEveryChange()
    {
        MigrationSession session;
        QSignalSpy modified(&session, &MigrationSession::modified);
        session.setDomainInputs({"a.example"});
        session.setChoice("a.example", DomainChoice{});
        session.setDnsServer("192.0.2.1");
        session.setTimeoutMs(1000);
        session.setLanguage("en");
        session.setAddedRangesOnly(true);
        session.setReport(DomainReport{});
        QCOMPARE(modified.count(), 7);
        session.setDnsServer("192.0.2.1");
        QCOMPARE(modified.count(), 7);
    }
};

QTEST_GUILESS_MAIN(TestMigrationSession)
#include "TestMigrationSession.moc"
