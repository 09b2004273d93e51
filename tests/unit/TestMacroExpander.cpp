// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MacroExpander.h"

#include <QTest>

namespace {

/// The context of the examples in RFC 7208 §7.4.
SpfMacroContext rfcContext(const QString &ip = QStringLiteral("192.0.2.3"))
{
    SpfMacroContext context;
    context.sender = QStringLiteral("strong-bad@email.example.com");
    context.localPart = QStringLiteral("strong-bad");
    context.senderDomain = QStringLiteral("email.example.com");
    context.domain = QStringLiteral("email.example.com");
    context.client = *IpAddress::parse(ip);
    context.helo = QStringLiteral("mx.example.org");
    context.timestamp = 1700000000;
    return context;
}

} // namespace

class TestMacroExpander final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expandDomain_data();
    void expandDomain();
    void expandExplanation_data();
    void expandExplanation();
    void invalid_data();
    void invalid();
    void truncation();
    void reverseName_data();
    void reverseName();
    void queryableName_data();
    void queryableName();
};

void TestMacroExpander::expandDomain_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString v4 = QStringLiteral("192.0.2.3");
    // RFC 7208 §7.4, in order.
    QTest::newRow("s") << v4 << "%{s}" << "strong-bad@email.example.com";
    QTest::newRow("o") << v4 << "%{o}" << "email.example.com";
    QTest::newRow("d") << v4 << "%{d}" << "email.example.com";
    QTest::newRow("d4") << v4 << "%{d4}" << "email.example.com";
    QTest::newRow("d3") << v4 << "%{d3}" << "email.example.com";
    QTest::newRow("d2") << v4 << "%{d2}" << "example.com";
    QTest::newRow("d1") << v4 << "%{d1}" << "com";
    QTest::newRow("dr") << v4 << "%{dr}" << "com.example.email";
    QTest::newRow("d2r") << v4 << "%{d2r}" << "example.email";
    QTest::newRow("l") << v4 << "%{l}" << "strong-bad";
    QTest::newRow("l-") << v4 << "%{l-}" << "strong.bad";
    QTest::newRow("lr") << v4 << "%{lr}" << "strong-bad";
    QTest::newRow("lr-") << v4 << "%{lr-}" << "bad.strong";
    QTest::newRow("l1r-") << v4 << "%{l1r-}" << "strong";
    QTest::newRow("ir v d2") << v4 << "%{ir}.%{v}._spf.%{d2}" << "3.2.0.192.in-addr._spf.example.com";
    QTest::newRow("lr- lp") << v4 << "%{lr-}.lp._spf.%{d2}" << "bad.strong.lp._spf.example.com";
    QTest::newRow("lr- ir v") << v4 << "%{lr-}.lp.%{ir}.%{v}._spf.%{d2}"
                              << "bad.strong.lp.3.2.0.192.in-addr._spf.example.com";
    QTest::newRow("ir v l1r-") << v4 << "%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}"
                               << "3.2.0.192.in-addr.strong.lp._spf.example.com";
    QTest::newRow("trusted") << v4 << "%{d2}.trusted-domains.example.net" << "example.com.trusted-domains.example.net";
    // The suite (v-macro-ip6) expects upper-case nibbles; DNS names ignore case.
    QTest::newRow("ipv6 ir") << "2001:db8::cb01" << "%{ir}.%{v}._spf.%{d2}"
                             << "1.0.B.C.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.B.D.0.1.0.0.2.ip6._spf.example.com";
    QTest::newRow("escapes") << v4 << "a%%b%_c%-d.example.com" << "a%b c%20d.example.com";
    QTest::newRow("h") << v4 << "%{h}" << "mx.example.org";
    QTest::newRow("upper-case letter escapes") << v4 << "%{L}.x.com" << "strong-bad.x.com";
    QTest::newRow("multiple delimiters") << v4 << "%{s.-}" << "strong.bad@email.example.com";
    QTest::newRow("huge digit") << v4 << "%{d99999999999}" << "email.example.com";
    QTest::newRow("trailing dot dropped") << v4 << "%{d}." << "email.example.com";
    QTest::newRow("p unknown") << v4 << "%{p}" << "unknown";
    QTest::newRow("upper R transformer") << v4 << "%{d2R}" << "example.email";
}

void TestMacroExpander::expandDomain()
{
    QFETCH(QString, ip);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const auto expanded = MacroExpander::expand(text, rfcContext(ip), MacroExpander::Mode::DomainSpec, &error);
    QVERIFY2(expanded, qPrintable(error));
    QCOMPARE(*expanded, expected);
}

void TestMacroExpander::expandExplanation_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("c v4") << "192.0.2.3" << "%{c} is not allowed" << "192.0.2.3 is not allowed";
    QTest::newRow("c v6") << "2001:DB8::CB01" << "%{c}" << "2001:db8::cb01";
    QTest::newRow("r default") << "192.0.2.3" << "%{r}" << "unknown";
    QTest::newRow("t") << "192.0.2.3" << "%{t}" << "1700000000";
    QTest::newRow("url escape") << "192.0.2.3" << "see %{S}" << "see strong-bad%40email.example.com";
    QTest::newRow("spaces kept, trailing dot kept") << "192.0.2.3" << "a  b." << "a  b.";
}

void TestMacroExpander::expandExplanation()
{
    QFETCH(QString, ip);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto expanded = MacroExpander::expand(text, rfcContext(ip), MacroExpander::Mode::Explanation);
    QVERIFY(expanded);
    QCOMPARE(*expanded, expected);
}

void TestMacroExpander::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode");
    const int domain = int(MacroExpander::Mode::DomainSpec);
    const int explanation = int(MacroExpander::Mode::Explanation);
    QTest::newRow("unknown letter") << "%{a}.example.com" << domain;
    QTest::newRow("exp letter c in domain") << "%{c}.example.com" << domain;
    QTest::newRow("exp letter r in domain") << "%{r}.example.com" << domain;
    QTest::newRow("exp letter t in domain") << "%{t}.example.com" << domain;
    QTest::newRow("parentheses") << "%(ir).example.com" << domain;
    QTest::newRow("lone percent") << "foo%.example.com" << domain;
    QTest::newRow("percent at end") << "foo%" << explanation;
    QTest::newRow("unterminated") << "%{d" << domain;
    QTest::newRow("bad delimiter") << "%{d!}" << domain;
    QTest::newRow("zero digits") << "%{d0}" << domain;
    QTest::newRow("unknown letter in explanation") << "The %{x}-files." << explanation;
    QTest::newRow("space in domain") << "a b.example.com" << domain;
}

void TestMacroExpander::invalid()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    QString error;
    QVERIFY(!MacroExpander::expand(text, rfcContext(), MacroExpander::Mode(mode), &error));
    QVERIFY(!error.isEmpty());
}

void TestMacroExpander::truncation()
{
    SpfMacroContext context = rfcContext();
    context.localPart = QString(60, u'a') + u'.' + QString(60, u'b') + u'.' + QString(60, u'c') + u'.'
                        + QString(60, u'd') + u'.' + QString(60, u'e');
    const auto expanded = MacroExpander::expand(u"%{l}.example.com", context, MacroExpander::Mode::DomainSpec);
    QVERIFY(expanded);
    QVERIFY(expanded->size() <= 253);
    // b.c.d.e.example.com would be 255 characters: "b." goes too.
    QCOMPARE(*expanded, QString(60, u'c') + u'.' + QString(60, u'd') + u'.' + QString(60, u'e')
                            + QStringLiteral(".example.com"));
    // A single label longer than 253 cannot be truncated; the caller refuses to query it.
    // Untrusted text cannot make an expansion grow without bound.
    context.sender = QString(1000, u's');
    QVERIFY(!MacroExpander::expand(QStringLiteral("%{s}").repeated(100), context,
                                   MacroExpander::Mode::Explanation));
    context.localPart = QString(2000, u'x');
    const auto huge = MacroExpander::expand(u"%{l}", context, MacroExpander::Mode::DomainSpec);
    QVERIFY(huge);
    QVERIFY(!MacroExpander::isQueryableName(*huge));
}

void TestMacroExpander::reverseName_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("name");
    QTest::newRow("v4") << "192.0.2.3" << "3.2.0.192.in-addr.arpa";
    QTest::newRow("v6") << "2001:db8::1"
                        << "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.B.D.0.1.0.0.2.ip6.arpa";
}

void TestMacroExpander::reverseName()
{
    QFETCH(QString, ip);
    QFETCH(QString, name);
    QCOMPARE(MacroExpander::reverseName(*IpAddress::parse(ip)), name);
}

void TestMacroExpander::queryableName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("multiLabel");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "mail.example.com" << true << true;
    QTest::newRow("trailing dot") << "mail.example.com." << true << true;
    QTest::newRow("empty label") << "mail..example.com" << false << false;
    QTest::newRow("label 63") << QString(63, u'a') + ".com" << false << true;
    QTest::newRow("label 64") << QString(64, u'a') + ".com" << false << false;
    QTest::newRow("single label allowed") << "localhost" << false << true;
    QTest::newRow("single label refused") << "localhost" << true << false;
    QTest::newRow("empty") << "" << false << false;
    QTest::newRow("too long") << QString(200, u'a').replace(50, 1, u'.').replace(100, 1, u'.').replace(150, 1, u'.')
                                     + u'.' + QString(60, u'b')
                              << false << false;
}

void TestMacroExpander::queryableName()
{
    QFETCH(QString, name);
    QFETCH(bool, multiLabel);
    QFETCH(bool, valid);
    QCOMPARE(MacroExpander::isQueryableName(name, multiLabel), valid);
}

QTEST_GUILESS_MAIN(TestMacroExpander)
#include "TestMacroExpander.moc"
