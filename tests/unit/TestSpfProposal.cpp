// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfProposal.h"

#include <QTest>

class TestSpfProposal final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void propose_data();
    void propose();
};

void TestSpfProposal::propose_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("expected"); // null: no change proposed

    const QString none;
    QTest::newRow("legacy only") << "v=spf1 include:spf.tmes.trendmicro.com -all"
                                 << "v=spf1 include:spf.tmems-jp.trendmicro.com -all";
    QTest::newRow("spacing, case and trailing dot kept around it")
        << "v=spf1  ip4:192.0.2.0/24   INCLUDE:SPF.TMES.TrendMicro.com.  ~all  "
        << "v=spf1  ip4:192.0.2.0/24   include:spf.tmems-jp.trendmicro.com  ~all  ";
    QTest::newRow("explicit qualifier kept") << "v=spf1 +include:spf.tmes.trendmicro.com ?all"
                                             << "v=spf1 +include:spf.tmems-jp.trendmicro.com ?all";
    QTest::newRow("both: the legacy one goes")
        << "v=spf1 include:spf.tmes.trendmicro.com mx include:spf.tmems-jp.trendmicro.com -all"
        << "v=spf1 mx include:spf.tmems-jp.trendmicro.com -all";
    QTest::newRow("both, Japan first") << "v=spf1 include:spf.tmems-jp.trendmicro.com a include:spf.tmes.trendmicro.com -all"
                                       << "v=spf1 include:spf.tmems-jp.trendmicro.com a -all";
    QTest::newRow("legacy twice") << "v=spf1 include:spf.tmes.trendmicro.com ip4:192.0.2.1 include:spf.tmes.trendmicro.com -all"
                                  << "v=spf1 include:spf.tmems-jp.trendmicro.com ip4:192.0.2.1 -all";
    QTest::newRow("legacy last, no all") << "v=spf1 mx include:spf.tmes.trendmicro.com"
                                         << "v=spf1 mx include:spf.tmems-jp.trendmicro.com";
    QTest::newRow("modifiers and macros untouched")
        << "v=spf1 exists:%{i}._spf.example.jp include:spf.tmes.trendmicro.com redirect=_spf.example.jp exp=exp.example.jp"
        << "v=spf1 exists:%{i}._spf.example.jp include:spf.tmems-jp.trendmicro.com redirect=_spf.example.jp exp=exp.example.jp";
    QTest::newRow("Japan only: nothing to change") << "v=spf1 include:spf.tmems-jp.trendmicro.com -all" << none;
    QTest::newRow("no TMEmS include") << "v=spf1 include:_spf.google.com -all" << none;
    QTest::newRow("look-alike host is not the legacy one") << "v=spf1 include:spf.tmes.trendmicro.com.evil.example -all"
                                                           << none;
    QTest::newRow("broken record: no proposal") << "v=spf1 include:spf.tmes.trendmicro.com foo:bar -all" << none;
}

void TestSpfProposal::propose()
{
    QFETCH(QString, record);
    QFETCH(QString, expected);
    const QString proposed = SpfProposal::propose(SpfPolicy::parse(record.toLatin1()), "example.jp",
                                                  "spf.tmes.trendmicro.com", "spf.tmems-jp.trendmicro.com");
    QCOMPARE(proposed, expected);
    QCOMPARE(proposed.isNull(), expected.isNull());
}

QTEST_GUILESS_MAIN(TestSpfProposal)
#include "TestSpfProposal.moc"
