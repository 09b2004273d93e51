// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfRecord.h"

#include <QTest>

namespace {

/// One line per term: "position qualifier name [:domain] [/cidr4] [//cidr6] [net]".
QString describe(const SpfRecord &record)
{
    QStringList lines;
    for (const SpfTerm &term : record.terms()) {
        QString line = QString::number(term.position) + u' ';
        if (term.isModifier()) {
            line += term.name + u'=' + term.domainSpec;
        } else {
            line += QStringLiteral("+-~?").at(int(term.qualifier)) + term.name;
            if (!term.domainSpec.isEmpty())
                line += u':' + term.domainSpec;
            if (term.cidr4 >= 0)
                line += u'/' + QString::number(term.cidr4);
            if (term.cidr6 >= 0)
                line += QStringLiteral("//") + QString::number(term.cidr6);
            if (term.network.isValid())
                line += u' ' + term.network.toString();
        }
        lines.append(line);
    }
    return lines.join(u'|');
}

} // namespace

class TestSpfRecord final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void sourceTextKept();
    void lookupCount_data();
    void lookupCount();
    void select_data();
    void select();
};

void TestSpfRecord::parseValid_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("terms");
    QTest::newRow("bare version") << QByteArray("v=spf1") << "";
    QTest::newRow("trailing spaces") << QByteArray("v=spf1 -all  ") << "7 -all";
    QTest::newRow("upper-case version and names") << QByteArray("V=SPF1 INCLUDE:Example.com ~ALL")
                                                  << "7 +include:Example.com|27 ~all";
    QTest::newRow("qualifiers") << QByteArray("v=spf1 +a -mx ~ptr ?all") << "7 +a|10 -mx|14 ~ptr|19 ?all";
    QTest::newRow("many spaces") << QByteArray("v=spf1   a    all") << "9 +a|14 +all";
    QTest::newRow("a with dual cidr") << QByteArray("v=spf1 a:foo.example.com/24//64")
                                      << "7 +a:foo.example.com/24//64";
    QTest::newRow("mx cidr6 only") << QByteArray("v=spf1 mx//0") << "7 +mx//0";
    QTest::newRow("a cidr4 only") << QByteArray("v=spf1 a/0") << "7 +a/0";
    QTest::newRow("ip4 host bits") << QByteArray("v=spf1 ip4:192.0.2.77/24") << "7 +ip4 192.0.2.0/24";
    QTest::newRow("ip4 no prefix") << QByteArray("v=spf1 -ip4:192.0.2.1") << "7 -ip4 192.0.2.1/32";
    QTest::newRow("ip6") << QByteArray("v=spf1 ip6:2001:db8::/32") << "7 +ip6 2001:db8::/32";
    QTest::newRow("ip6 mapped") << QByteArray("v=spf1 ip6:::ffff:1.2.3.4") << "7 +ip6 ::ffff:1.2.3.4/128";
    QTest::newRow("macro domain") << QByteArray("v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d}")
                                  << "7 +exists:%{ir}.%{l1r+-}._spf.%{d}";
    QTest::newRow("trailing dot") << QByteArray("v=spf1 include:example.com.") << "7 +include:example.com.";
    QTest::newRow("hyphen numeric toplabel") << QByteArray("v=spf1 a:foo.123-4") << "7 +a:foo.123-4";
    QTest::newRow("modifiers") << QByteArray("v=spf1 redirect=_spf.example.com exp=explain.%{d} x-foo=%{i}bar")
                               << "7 redirect=_spf.example.com|33 exp=explain.%{d}|50 x-foo=%{i}bar";
    QTest::newRow("empty unknown modifier") << QByteArray("v=spf1 foo= -all") << "7 foo=|12 -all";
    QTest::newRow("macro escapes") << QByteArray("v=spf1 a:%%%_%-.%{d}") << "7 +a:%%%_%-.%{d}";
    QTest::newRow("slash in macro domain") << QByteArray("v=spf1 exists:%{d/}") << "7 +exists:%{d/}";
}

void TestSpfRecord::parseValid()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, terms);
    const SpfRecord parsed = SpfRecord::parse(record);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorReason()));
    QCOMPARE(describe(parsed), terms);
}

void TestSpfRecord::parseInvalid_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<int>("position");
    QTest::newRow("not spf") << QByteArray("v=spf10 -all") << 0;
    QTest::newRow("unknown mechanism") << QByteArray("v=spf1 foo -all") << 7;
    QTest::newRow("unknown mechanism with qualifier") << QByteArray("v=spf1 -all ~bar") << 13;
    QTest::newRow("include without domain") << QByteArray("v=spf1 include") << 14;
    QTest::newRow("include empty domain") << QByteArray("v=spf1 include:") << 15;
    QTest::newRow("all with argument") << QByteArray("v=spf1 all:foo.com") << 10;
    QTest::newRow("numeric toplabel") << QByteArray("v=spf1 a:1.2.3.4") << 15;
    QTest::newRow("single label") << QByteArray("v=spf1 a:museum") << 9;
    QTest::newRow("ip4 cidr 33") << QByteArray("v=spf1 ip4:1.2.3.4/33") << 18;
    QTest::newRow("ip4 leading zero cidr") << QByteArray("v=spf1 ip4:1.2.3.4/024") << 18;
    QTest::newRow("ip4 is v6") << QByteArray("v=spf1 ip4:::1") << 11;
    QTest::newRow("ip6 is v4") << QByteArray("v=spf1 ip6:1.2.3.4") << 11;
    QTest::newRow("ip4 short") << QByteArray("v=spf1 ip4:1.2.3") << 11;
    QTest::newRow("a cidr4 33") << QByteArray("v=spf1 a/33") << 8;
    QTest::newRow("mx cidr6 129") << QByteArray("v=spf1 mx//129") << 9;
    QTest::newRow("ptr cidr") << QByteArray("v=spf1 ptr/24") << 10;
    QTest::newRow("bad macro letter") << QByteArray("v=spf1 exists:%{x}.example.com") << 14;
    QTest::newRow("exp letter in domain") << QByteArray("v=spf1 exists:%{c}.example.com") << 14;
    QTest::newRow("lone percent") << QByteArray("v=spf1 a:foo%.example.com") << 12;
    QTest::newRow("unterminated macro") << QByteArray("v=spf1 a:%{d") << 9;
    QTest::newRow("two redirects") << QByteArray("v=spf1 redirect=a.com redirect=b.com") << 22;
    QTest::newRow("two exps") << QByteArray("v=spf1 exp=a.com exp=b.com") << 17;
    QTest::newRow("redirect empty") << QByteArray("v=spf1 redirect=") << 16;
    QTest::newRow("modifier bad macro") << QByteArray("v=spf1 foo=%{q}") << 11;
    QTest::newRow("empty modifier name") << QByteArray("v=spf1 =foo") << 7;
    QTest::newRow("non-ascii byte") << QByteArray("v=spf1 a:caf\xc3\xa9.com") << 12;
    QTest::newRow("nul byte") << QByteArray("v=spf1 a\0 -all", 14) << 8;
    QTest::newRow("tab") << QByteArray("v=spf1\t-all") << 0;
    QTest::newRow("tab inside") << QByteArray("v=spf1 -all\tmx") << 11;
    QTest::newRow("qualifier only") << QByteArray("v=spf1 -") << 8;
}

void TestSpfRecord::parseInvalid()
{
    QFETCH(QByteArray, record);
    QFETCH(int, position);
    const SpfRecord parsed = SpfRecord::parse(record);
    QVERIFY(!parsed.isValid());
    QVERIFY(!parsed.errorReason().isEmpty());
    QCOMPARE(parsed.errorPosition(), position);
}

void TestSpfRecord::sourceTextKept()
{
    const QByteArray text("v=spf1  ip4:192.0.2.1/24   include:spf.tmes.trendmicro.com ~all ");
    const SpfRecord parsed = SpfRecord::parse(text);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.terms().size(), 3);
    for (const SpfTerm &term : parsed.terms())
        QCOMPARE(QString::fromLatin1(text.mid(term.position, term.text.size())), term.text);
    QCOMPARE(parsed.terms().at(0).text, QStringLiteral("ip4:192.0.2.1/24"));
    QCOMPARE(parsed.source(), text);
}

void TestSpfRecord::lookupCount_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<int>("lookups");
    QTest::newRow("none") << QByteArray("v=spf1 ip4:1.2.3.4 ip6:::1 all") << 0;
    QTest::newRow("each querying term") << QByteArray("v=spf1 a mx ptr include:a.com exists:b.com redirect=c.com") << 6;
    QTest::newRow("exp does not count") << QByteArray("v=spf1 -all exp=e.com") << 0;
}

void TestSpfRecord::lookupCount()
{
    QFETCH(QByteArray, record);
    QFETCH(int, lookups);
    QCOMPARE(SpfRecord::parse(record).lookupTermCount(), lookups);
}

void TestSpfRecord::select_data()
{
    QTest::addColumn<QList<QByteArray>>("txt");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QByteArray>("record");
    using O = SpfRecord::Selection::Outcome;
    QTest::newRow("no records") << QList<QByteArray>{} << int(O::None) << QByteArray();
    QTest::newRow("other txt only") << QList<QByteArray>{"google-site-verification=x", "v=spf10"} << int(O::None)
                                    << QByteArray();
    QTest::newRow("one among others") << QList<QByteArray>{"hello", "v=spf1 -all"} << int(O::One)
                                      << QByteArray("v=spf1 -all");
    QTest::newRow("bare version") << QList<QByteArray>{"v=spf1"} << int(O::One) << QByteArray("v=spf1");
    QTest::newRow("upper case") << QList<QByteArray>{"V=SPF1 -all"} << int(O::One) << QByteArray("V=SPF1 -all");
    QTest::newRow("two records") << QList<QByteArray>{"v=spf1 -all", "v=spf1 +all"} << int(O::Several)
                                 << QByteArray();
    QTest::newRow("version glued") << QList<QByteArray>{"v=spf1-all"} << int(O::None) << QByteArray();
}

void TestSpfRecord::select()
{
    QFETCH(QList<QByteArray>, txt);
    QFETCH(int, outcome);
    QFETCH(QByteArray, record);
    const SpfRecord::Selection selection = SpfRecord::select(txt);
    QCOMPARE(int(selection.outcome), outcome);
    QCOMPARE(selection.record, record);
}

QTEST_GUILESS_MAIN(TestSpfRecord)
#include "TestSpfRecord.moc"
