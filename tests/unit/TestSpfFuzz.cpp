// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Property tests of the SPF parser, macro expander and checker on random,
// malformed and hostile input. The seed is fixed so a failure reproduces; set
// TMEMS_FUZZ_SEED to explore other inputs.
#include "SpfChecker.h"
#include "ZoneResolver.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {

quint32 seed()
{
    bool ok = false;
    const quint32 value = qEnvironmentVariable("TMEMS_FUZZ_SEED").toUInt(&ok);
    return ok ? value : 7208u;
}

const char *const Fragments[] = {
    "v=spf1", " ", "  ", "+", "-", "~", "?", "all", "include:", "a", "mx", "ptr", "ip4:", "ip6:", "exists:",
    "redirect=", "exp=", "x-mod=", ":", "/", "//", "24", "0", "33", "129", "192.0.2.1", "2001:db8::", "::ffff:1.2.3.4",
    "example.com", "a.example.com", ".", "..", "%{d}", "%{i}", "%{ir}", "%{l1r-}", "%{p}", "%{s}", "%{h}", "%{c}",
    "%%", "%_", "%-", "%", "%{", "}", "%{x}", "%{d0}", "%{D2}", "=", "\x01", "\xff", "\t", "\r\n",
};

QByteArray randomRecord(QRandomGenerator &random, int maxFragments)
{
    QByteArray record = random.bounded(4) == 0 ? QByteArray() : QByteArray("v=spf1 ");
    const int count = random.bounded(maxFragments + 1);
    const int fragments = int(sizeof(Fragments) / sizeof(Fragments[0]));
    for (int i = 0; i < count; ++i)
        record += Fragments[random.bounded(fragments)];
    return record;
}

QByteArray randomBytes(QRandomGenerator &random, int length)
{
    QByteArray bytes(length, '\0');
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

SpfResult check(ZoneResolver &zone, const QString &domain, const QString &ip, const QString &sender, int *questions)
{
    SpfChecker checker(&zone);
    QSignalSpy finished(&checker, &SpfChecker::finished);
    checker.start({*IpAddress::parse(ip), domain, sender, QStringLiteral("helo.example.org"), {}});
    if (!finished.wait(10000))
        return {};
    if (questions)
        *questions = checker.questionCount();
    return finished.constFirst().constFirst().value<SpfResult>();
}

/// More questions than any legal evaluation can need, plus the prefetch budget.
constexpr int QuestionBound = 400;

} // namespace

class TestSpfFuzz final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parserKeepsSourceText();
    void parserSurvivesBinary();
    void expanderAgreesWithSyntaxCheck();
    void checkerOnRandomZones();
    void hostile_data();
    void hostile();
};

void TestSpfFuzz::parserKeepsSourceText()
{
    QRandomGenerator random(seed());
    for (int round = 0; round < 3000; ++round) {
        const QByteArray text = randomRecord(random, 30);
        const SpfRecord record = SpfRecord::parse(text);
        QVERIFY(record.isValid() || (record.errorPosition() >= 0 && record.errorPosition() <= text.size()));
        int end = 0;
        for (const SpfTerm &term : record.terms()) {
            // Every term is the exact bytes at its position, in order, without overlap.
            QVERIFY2(term.position >= end, text.constData());
            QCOMPARE(QString::fromLatin1(text.mid(term.position, term.text.size())), term.text);
            end = term.position + int(term.text.size());
        }
    }
}

void TestSpfFuzz::parserSurvivesBinary()
{
    QRandomGenerator random(seed() + 1);
    for (int round = 0; round < 2000; ++round) {
        QByteArray text = randomBytes(random, random.bounded(200));
        if (round % 2)
            text.prepend("v=spf1 ");
        const SpfRecord record = SpfRecord::parse(text);
        for (int i = 0; i < text.size(); ++i) {
            const auto byte = static_cast<unsigned char>(text.at(i));
            if (byte < 0x20 || byte > 0x7e)
                QVERIFY(!record.isValid()); // §3.1: a record with such bytes is a permerror
        }
        (void)SpfRecord::select({text, text.left(text.size() / 2)});
    }
}

void TestSpfFuzz::expanderAgreesWithSyntaxCheck()
{
    QRandomGenerator random(seed() + 2);
    SpfMacroContext context;
    context.sender = QStringLiteral("a-b+c@example.com");
    context.localPart = QStringLiteral("a-b+c");
    context.senderDomain = context.domain = QStringLiteral("example.com");
    context.client = *IpAddress::parse(QStringLiteral("2001:db8::1"));
    context.helo = QStringLiteral("helo.example.org");
    for (int round = 0; round < 3000; ++round) {
        const QString text = QString::fromLatin1(randomRecord(random, 12)).remove(QStringLiteral("v=spf1 "));
        for (auto mode : {MacroExpander::Mode::DomainSpec, MacroExpander::Mode::Explanation}) {
            const bool syntaxOk = SpfRecord::checkMacroString(text, mode == MacroExpander::Mode::Explanation);
            const auto expanded = MacroExpander::expand(text, context, mode);
            if (!syntaxOk)
                QVERIFY2(!expanded, qPrintable(text));
            if (expanded && mode == MacroExpander::Mode::DomainSpec && expanded->contains(u'.'))
                QVERIFY2(expanded->size() <= 253 || !expanded->left(expanded->size() - 253).contains(u'.'),
                         qPrintable(*expanded));
        }
    }
}

void TestSpfFuzz::checkerOnRandomZones()
{
    QRandomGenerator random(seed() + 3);
    for (int round = 0; round < 300; ++round) {
        ZoneResolver zone;
        const QStringList names{"example.com", "a.example.com", "example.org", "d.example.com"};
        for (const QString &name : names) {
            zone.addTxt(name, randomRecord(random, 8));
            if (random.bounded(2))
                zone.addAddress(name, *IpAddress::parse(QStringLiteral("192.0.2.1")));
            if (random.bounded(3) == 0)
                zone.addMx(name, 10, names.at(random.bounded(int(names.size()))));
        }
        if (random.bounded(5) == 0)
            zone.addFailure(QStringLiteral("example.org"), DnsAnswer::Status::Timeout);
        int questions = 0;
        const SpfResult result = check(zone, QStringLiteral("example.com"),
                                       random.bounded(2) ? QStringLiteral("192.0.2.1") : QStringLiteral("2001:db8::1"),
                                       QStringLiteral("u@example.com"), &questions);
        QVERIFY(!result.ip.isEmpty()); // finished
        QVERIFY(questions <= QuestionBound);
        QVERIFY(result.lookups <= SpfChecker::MaxLookups + 1);
        const QStringList asked = zone.questions();
        QCOMPARE(QSet<QString>(asked.cbegin(), asked.cend()).size(), asked.size());
    }
}

void TestSpfFuzz::hostile_data()
{
    QTest::addColumn<QStringList>("txt");  // "name=record" lines
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("result");

    QString huge = QStringLiteral("v=spf1");
    for (int i = 0; huge.size() < 4000; ++i)
        huge += QStringLiteral(" ip4:10.%1.%2.0/24").arg(i / 256).arg(i % 256);
    QTest::newRow("4000-character record") << QStringList{"example.com=" + huge + " -all"} << "u@example.com" << "fail";
    QString hugeLookups = QStringLiteral("v=spf1");
    for (int i = 0; hugeLookups.size() < 4000; ++i)
        hugeLookups += QStringLiteral(" a:h%1.example.com").arg(i);
    QTest::newRow("4000 characters of a terms") << QStringList{"example.com=" + hugeLookups} << "u@example.com"
                                                << "permerror";
    QStringList nested;
    for (int i = 0; i < 50; ++i)
        nested << QStringLiteral("n%1.example.com=v=spf1 include:n%2.example.com").arg(i).arg(i + 1);
    nested << "n50.example.com=v=spf1 +all" << "example.com=v=spf1 include:n0.example.com -all";
    QTest::newRow("50 nested includes") << nested << "u@example.com" << "permerror";
    QTest::newRow("include loop") << QStringList{"example.com=v=spf1 include:l.example.com -all",
                                                "l.example.com=v=spf1 include:example.com"}
                                  << "u@example.com" << "permerror";
    QTest::newRow("self redirect") << QStringList{"example.com=v=spf1 redirect=%{d}"} << "u@example.com" << "permerror";
    QTest::newRow("macro expanding to 2000 characters")
        << QStringList{"example.com=v=spf1 exists:%{l}.%{l}.%{l}.%{l}.%{l}.%{l}.%{l}.%{l}.example.com -all"}
        << QString(250, u'x') + "@example.com" << "fail";
    QTest::newRow("2000-character sender in exp")
        << QStringList{"example.com=v=spf1 -all exp=why.example.com", "why.example.com=%{s} %{s} %{s} %{s}"}
        << QString(500, u'y') + "@example.com" << "fail";
    QTest::newRow("binary TXT beside the record")
        << QStringList{QStringLiteral("example.com=") + QString::fromLatin1("\x00\x01\xfe\xff garbage", 12),
                       "example.com=v=spf1 ~all"}
        << "u@example.com" << "softfail";
}

void TestSpfFuzz::hostile()
{
    QFETCH(QStringList, txt);
    QFETCH(QString, sender);
    QFETCH(QString, result);
    ZoneResolver zone;
    for (const QString &line : txt) {
        const qsizetype eq = line.indexOf(u'=');
        zone.addTxt(line.left(eq), line.mid(eq + 1).toLatin1());
    }
    int questions = 0;
    const SpfResult outcome = check(zone, QStringLiteral("example.com"), QStringLiteral("192.0.2.99"), sender,
                                    &questions);
    QVERIFY2(outcome.codeName() == result, qPrintable(outcome.codeName() + u' ' + outcome.reason));
    QVERIFY(questions <= QuestionBound);
    QVERIFY(outcome.lookups <= SpfChecker::MaxLookups + 1);
    QVERIFY(outcome.explanation.size() <= 4 * 600);
}

QTEST_GUILESS_MAIN(TestSpfFuzz)
#include "TestSpfFuzz.moc"
