// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Domain lists as administrators save them: an editor's UTF-8, Excel's
// "CSV UTF-8" (BOM), "Unicode text" (UTF-16) and plain "CSV" (Shift_JIS).
#include "DomainsFile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

class TestDomainsFile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void read_data();
    void read();
    void strayNulStaysUtf8();
    void refusals_data();
    void refusals();

private:
    QString write(const QByteArray &bytes);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestDomainsFile::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("list%1.csv").arg(++m_files));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestDomainsFile::read_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString csv = QStringLiteral("ドメイン,備考\r\nexample.co.jp,本社\r\n例え.jp,支店\r\n");
    QTest::newRow("UTF-8") << csv.toUtf8();
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
    QByteArray utf16le("\xFF\xFE", 2);
    for (QChar c : csv)
        utf16le += char(c.unicode() & 0xff), utf16le += char(c.unicode() >> 8);
    QTest::newRow("UTF-16 LE with BOM") << utf16le;
    QByteArray utf16be("\xFE\xFF", 2);
    for (QChar c : csv)
        utf16be += char(c.unicode() >> 8), utf16be += char(c.unicode() & 0xff);
    QTest::newRow("UTF-16 BE with BOM") << utf16be;
    QTest::newRow("UTF-16 LE without BOM") << utf16le.mid(2);
    QTest::newRow("UTF-16 BE without BOM") << utf16be.mid(2);
    // 一 (U+4E00) puts a NUL on the other side too; a newline byte added at the end.
    const QString listed = QStringLiteral("# 一覧\nexample.co.jp\n例え.jp\u3000\n");
    QByteArray kanjiLe;
    for (QChar c : listed)
        kanjiLe += char(c.unicode() & 0xff), kanjiLe += char(c.unicode() >> 8);
    QTest::newRow("UTF-16 LE without BOM, with 一 and a stray newline byte") << kanjiLe + "\n";
    QStringEncoder sjis("Shift_JIS");
    // An empty row says "skip": this Qt has no Shift_JIS encoder to make the file with.
    QTest::newRow("Shift_JIS (Excel's CSV)") << (sjis.isValid() ? QByteArray(sjis(csv)) : QByteArray());
}

void TestDomainsFile::read()
{
    QFETCH(QByteArray, bytes);
    if (bytes.isEmpty())
        QSKIP("this Qt cannot encode Shift_JIS (no ICU), so the file cannot be made");
    QString error;
    const QStringList entries = DomainsFile::read(write(bytes), &error);
    QCOMPARE(error, QString());
    QCOMPARE(entries, (QStringList{QStringLiteral("example.co.jp"), QStringLiteral("例え.jp")}));
}

void TestDomainsFile::strayNulStaysUtf8()
{
    // One NUL in a UTF-8 list is a bad line, not a reason to read it all as UTF-16.
    const QByteArray bytes("example.com\n\0xy\n", 16);
    QString error;
    QCOMPARE(DomainsFile::decode(bytes, &error), std::optional<QString>(QString::fromUtf8(bytes)));
}

void TestDomainsFile::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("UTF-8 cut off in the middle of a character")
        << QByteArray("example.jp,\xE6") << "neither UTF-8 nor Shift_JIS";
    QTest::newRow("no encoding fits") << QByteArray("example.jp\n\x80\x80\xFF\n") << "neither UTF-8 nor Shift_JIS";
    QTest::newRow("too large") << QByteArray(DomainsFile::MaxBytes + 1, 'a') << "too large";
}

void TestDomainsFile::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path = write(bytes);
    QString error;
    QVERIFY(DomainsFile::read(path, &error).isEmpty());
    QVERIFY2(error.contains(reason) && error.contains(QFileInfo(path).fileName()), qPrintable(error));
    QVERIFY(DomainsFile::read(m_dir.filePath(QStringLiteral("missing.txt")), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("missing.txt")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDomainsFile)
#include "TestDomainsFile.moc"
