// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainName.h"

#include <QTest>

class TestDomainName final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalize_data();
    void errorsQuoteControlCharactersEscaped_data();
    void errorsQuoteControlCharactersEscaped();
    void normalize();
    void splitList();
    void splitFileLines();
};

void TestDomainName::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("ascii");   // "" when refused
    QTest::addColumn<QString>("unicode"); // or the part the error must contain

    QTest::newRow("plain") << "example.co.jp" << "example.co.jp" << "example.co.jp";
    QTest::newRow("mixed case") << "Example.CO.JP" << "example.co.jp" << "example.co.jp";
    QTest::newRow("trailing dot") << "example.co.jp." << "example.co.jp" << "example.co.jp";
    QTest::newRow("surrounding blanks") << "  example.co.jp \t" << "example.co.jp" << "example.co.jp";
    QTest::newRow("e-mail address") << "user@Example.co.jp" << "example.co.jp" << "example.co.jp";
    QTest::newRow("display name and address") << "Taro <taro@example.co.jp>" << "example.co.jp" << "example.co.jp";
    QTest::newRow("mailto") << "mailto:taro@example.co.jp" << "example.co.jp" << "example.co.jp";
    QTest::newRow("url with path") << "https://example.co.jp/path?q=1" << "example.co.jp" << "example.co.jp";
    QTest::newRow("url with port") << "http://www.example.co.jp:8080/" << "www.example.co.jp" << "www.example.co.jp";
    QTest::newRow("IDN") << "例え.jp" << "xn--r8jz45g.jp" << "例え.jp";
    QTest::newRow("IDN A-label given") << "XN--R8JZ45G.JP" << "xn--r8jz45g.jp" << "例え.jp";
    // Qt's IDN whitelist guards browsers' address bars; here the administrator
    // typed the name, so every top-level domain shows its Unicode form.
    QTest::newRow("IDN under a TLD outside Qt's whitelist") << "例え.test" << "xn--r8jz45g.test" << "例え.test";
    QTest::newRow("A-label under a TLD outside Qt's whitelist") << "xn--r8jz45g.example" << "xn--r8jz45g.example" << "例え.example";
    QTest::newRow("IDN in e-mail") << "info@日本語.jp" << "xn--wgv71a119e.jp" << "日本語.jp";
    QTest::newRow("full-width letters") << "ｅｘａｍｐｌｅ．ｊｐ" << "example.jp" << "example.jp";
    QTest::newRow("ideographic full stop") << "example。co。jp" << "example.co.jp" << "example.co.jp";
    QTest::newRow("underscore label") << "_spf.example.jp" << "_spf.example.jp" << "_spf.example.jp";
    QTest::newRow("63-octet label") << QString(63, u'a') + ".jp" << QString(63, u'a') + ".jp" << QString(63, u'a') + ".jp";

    QTest::newRow("empty") << "" << "" << "empty";
    QTest::newRow("blank") << "   " << "" << "empty";
    QTest::newRow("single label") << "localhost" << "" << "localhost";
    QTest::newRow("ip address") << "192.0.2.1" << "" << "IP address";
    QTest::newRow("ipv6 address") << "2001:db8::1" << "" << "IP address";
    QTest::newRow("space inside") << "exa mple.jp" << "" << "space";
    QTest::newRow("empty label") << "example..jp" << "" << "two dots";
    QTest::newRow("leading hyphen") << "-example.jp" << "" << "hyphen";
    QTest::newRow("bad character") << "exam!ple.jp" << "" << "exam!ple.jp";
    QTest::newRow("64-octet label") << QString(64, u'a') + ".jp" << "" << "longer than 63";
    QTest::newRow("name over 253") << (QString(60, u'a') + ".").repeated(4) + "example.jp" << "" << "too long";
    QTest::newRow("numeric tld") << "example.123" << "" << "last part";
    QTest::newRow("e-mail without domain") << "user@" << "" << "user@";
    QTest::newRow("url without host") << "https:///path" << "" << "https:///path";
    QTest::newRow("two trailing dots") << "example.co.jp.." << "" << "two dots";
    QTest::newRow("A-label that does not decode") << "xn--zz.jp" << "" << "internationalized";
}

void TestDomainName::errorsQuoteControlCharactersEscaped_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");
    QTest::newRow("terminal escape") << QStringLiteral("x\x1b[31mRED\x1b[0m.com") << QStringLiteral("x\\u{001b}[31mRED\\u{001b}[0m.com");
    QTest::newRow("bidi override") << QStringLiteral("abc\u202Emoc.jp") << QStringLiteral("abc\\u{202e}moc.jp");
    QTest::newRow("NUL") << QString::fromUtf8("a\0b.jp", 6) << QStringLiteral("a\\u{0000}b.jp");
    // A whole file on one line is quoted by its start, not echoed whole.
    QTest::newRow("ten thousand characters")
        << QString(10000, u'a') + QStringLiteral(" b.jp") << QString(256, u'a') + QChar(0x2026);
}

void TestDomainName::errorsQuoteControlCharactersEscaped()
{
    // A line of a domains file goes into the message that refuses it: nothing
    // in it may drive the terminal (colours, a cursor move) or reorder the text.
    QFETCH(QString, input);
    QFETCH(QString, shown);
    const DomainInput d = DomainName::normalize(input);
    QVERIFY(!d.isValid());
    QVERIFY2(d.error.contains(shown), qPrintable(d.error));
    QVERIFY2(d.error.size() < 400, qPrintable(d.error));
    for (QChar c : d.error)
        QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format, qPrintable(d.error));
}

void TestDomainName::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, ascii);
    QFETCH(QString, unicode);
    const DomainInput d = DomainName::normalize(input);
    QCOMPARE(d.input, input);
    if (ascii.isEmpty()) {
        QVERIFY2(!d.isValid(), qPrintable(d.ascii));
        QVERIFY2(d.error.contains(unicode), qPrintable(d.error));
        if (!input.trimmed().isEmpty())
            QVERIFY2(d.error.contains(input), qPrintable(d.error));
    } else {
        QVERIFY2(d.isValid(), qPrintable(d.error));
        QCOMPARE(d.ascii, ascii);
        QCOMPARE(d.unicode, unicode);
    }
}

void TestDomainName::splitList()
{
    QCOMPARE(DomainName::splitList("a.jp, b.jp;c.jp\nd.jp  e.jp\r\n# comment\n\"f.jp\"\ng.jp、h.jp"),
             (QStringList{"a.jp", "b.jp", "c.jp", "d.jp", "e.jp", "f.jp", "g.jp", "h.jp"}));
    QCOMPARE(DomainName::splitList("  \n\n"), QStringList{});
}

void TestDomainName::splitFileLines()
{
    const QString file = QStringLiteral("\uFEFFdomain,platform,notes\n"
                                        "example.co.jp,fortigate,main office\n"
                                        "\n"
                                        "# staging\n"
                                        "\"user@Example.ne.jp\",o365\n"
                                        "third.jp   # trailing comment\r\n"
                                        "bad domain,x\n");
    QCOMPARE(DomainName::splitFileLines(file),
             (QStringList{"example.co.jp", "user@Example.ne.jp", "third.jp", "bad domain"}));
}

QTEST_GUILESS_MAIN(TestDomainName)
#include "TestDomainName.moc"
