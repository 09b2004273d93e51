// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF as a reader gets it: rendered from fixed analyses in both languages,
// read back with poppler (pdftotext, pdffonts, pdfinfo) and rendered to PNG
// (pdftoppm) as artifacts to look at. Qt's text layer maps some kanji to
// Kangxi radicals (research note §4); PdfTextLayer repairs that, which
// testJapaneseTextIsSearchable checks on the raw text. The other tests compare
// text after NFKC, which also folds full-width forms.
#include "ReportFixtures.h"
#include "ReportWriter.h"

#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

QString run(const QString &program, const QStringList &arguments, bool *ok = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
                       && process.exitCode() == 0;
    if (ok)
        *ok = finished;
    return finished ? QString::fromUtf8(process.readAllStandardOutput()) : QString();
}

QString normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString withoutSpace(const QString &text)
{
    QString out = normalized(text);
    out.remove(QLatin1Char(' '));
    return out;
}

} // namespace

class TestReportPdf final : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    QString pdfPath(const QString &language, const QString &paper) const
    {
        return QStringLiteral("%1/report-%2-%3.pdf").arg(m_dir, language, paper);
    }
    QString write(const QString &language, ReportOptions::Paper paper = ReportOptions::Paper::A4)
    {
        ReportOptions options = ReportFixtures::options(language);
        options.paper = paper;
        const QString path = pdfPath(language, paper == ReportOptions::Paper::A4 ? QStringLiteral("a4") : QStringLiteral("letter"));
        QString error;
        if (!ReportWriter::write(ReportFixtures::all(), options, path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"pdftotext", "pdffonts", "pdfinfo", "pdftoppm"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 (Debian poppler-utils) is not installed").arg(QLatin1String(tool))));
        }
        m_dir = QStringLiteral(TMEMS_REPORT_ARTIFACTS);
        QVERIFY(QDir().mkpath(m_dir));
    }

    void testKeyFacts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("Japanese") << QStringLiteral("ja")
                                  << QStringList{QStringLiteral("日本データセンター"), QStringLiteral("USデータセンター"),
                                                 QStringLiteral("株式会社サンプル <Sample & Co.>"), QStringLiteral("必須"),
                                                 QStringLiteral("推奨"), QStringLiteral("Office 365 の受信コネクタ"),
                                                 QStringLiteral("追加IPアドレス帯"), QStringLiteral("2 / ")};
        QTest::newRow("English") << QStringLiteral("en")
                                 << QStringList{QStringLiteral("Japan data center"), QStringLiteral("US data center"),
                                                QStringLiteral("株式会社サンプル <Sample & Co.>"),
                                                QStringLiteral("Action 1 (required)"), QStringLiteral("Action 2 (recommended)"),
                                                QStringLiteral("not affiliated with"), QStringLiteral("Page 2 of")};
    }

    void testKeyFacts()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, phrases);
        const QString path = write(language);
        const QString text = normalized(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
        QVERIFY2(!text.isEmpty(), "pdftotext extracted nothing");
        const QString compact = withoutSpace(text);
        for (const QString &phrase : phrases)
            QVERIFY2(text.contains(normalized(phrase)), qPrintable(QStringLiteral("missing: %1").arg(phrase)));
        const QList<DomainReport> reports = ReportFixtures::all();
        for (const DomainReport &r : reports) {
            QVERIFY2(text.contains(r.domain.ascii), qPrintable(r.domain.ascii));
            QVERIFY2(text.contains(normalized(r.domain.unicode)), qPrintable(r.domain.unicode));
            // Records wrap in the code blocks: compare them without white space.
            if (!r.record.isEmpty())
                QVERIFY2(compact.contains(withoutSpace(r.record)), qPrintable(r.record));
            if (!r.proposedRecord.isNull())
                QVERIFY2(compact.contains(withoutSpace(r.proposedRecord)), qPrintable(r.proposedRecord));
        }
        const Catalog catalog = CatalogLoader::builtIn(); // a named catalog: the loop must not outlive it
        for (const CatalogRange &range : catalog.dataCenter(QStringLiteral("jp"))->ranges)
            QVERIFY2(text.contains(range.network.toString()), qPrintable(range.network.toString()));
        // Lookups now → after, for the domain that needs both actions.
        QVERIFY(text.contains(QStringLiteral("12 \u2192 8")));
        QVERIFY(text.contains(QStringLiteral("spf.tmems-jp.trendmicro.com")));
        QVERIFY(text.contains(QStringLiteral("Set-InboundConnector")));
        // The hostile TXT record is printed as text.
        QVERIFY(compact.contains(QStringLiteral("<imgsrc=file:///etc/passwd></table>")));
    }

    void testIndependentOfTheApplicationFont()
    {
        // The wizard's Japanese interface sets an application font without
        // shaping and with full hinting (InterfaceFont); a report exported
        // there must match the command line's, which has neither.
        const QString plain = write(QStringLiteral("ja"));
        const QString plainPage = m_dir + QStringLiteral("/plain-font");
        bool ok = false;
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"), QStringLiteral("2"),
                                         QStringLiteral("-l"), QStringLiteral("2"), QStringLiteral("-png"),
                                         QStringLiteral("-singlefile"), plain, plainPage}, &ok);
        QVERIFY(ok);
        const QFont before = QGuiApplication::font();
        QFont interfaceFont = before;
        interfaceFont.setStyleStrategy(QFont::PreferNoShaping);
        interfaceFont.setHintingPreference(QFont::PreferFullHinting);
        QGuiApplication::setFont(interfaceFont);
        const QString shaped = write(QStringLiteral("ja"));
        QGuiApplication::setFont(before);
        const QString interfacePage = m_dir + QStringLiteral("/interface-font");
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"), QStringLiteral("2"),
                                         QStringLiteral("-l"), QStringLiteral("2"), QStringLiteral("-png"),
                                         QStringLiteral("-singlefile"), shaped, interfacePage}, &ok);
        QVERIFY(ok);
        const QImage a(plainPage + QStringLiteral(".png"));
        const QImage b(interfacePage + QStringLiteral(".png"));
        QVERIFY(!a.isNull());
        QCOMPARE(b, a);
    }

    void testJapaneseTextIsSearchable()
    {
        // Searching a PDF viewer for 日本 must find it: no radical (⽇, U+2F47)
        // may stand in the text layer for the ideograph it shares a glyph with.
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), write(QStringLiteral("ja")), QStringLiteral("-")});
        QVERIFY2(!text.isEmpty(), "pdftotext extracted nothing");
        for (const QString &phrase : {QStringLiteral("日本データセンター"), QStringLiteral("作成日時"), QStringLiteral("使用")})
            QVERIFY2(text.contains(phrase), qPrintable(QStringLiteral("missing: %1").arg(phrase)));
        for (QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QStringLiteral("radical U+%1 in the text").arg(c.unicode(), 4, 16)));
    }

    void testFontsEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Japanese") << QStringLiteral("ja");
        QTest::newRow("English") << QStringLiteral("en");
    }

    void testFontsEmbedded()
    {
        QFETCH(QString, language);
        const QString fonts = run(QStringLiteral("pdffonts"), {write(language)});
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(fonts));
        int checked = 0;
        bool cjk = false;
        for (const QString &line : lines.mid(2)) {
            const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cells.size() >= 6, qPrintable(line));
            QCOMPARE(cells.at(cells.size() - 5), QStringLiteral("yes")); // emb
            cjk = cjk || line.contains(QLatin1String("CJK"));
            ++checked;
        }
        QVERIFY(checked >= 2); // body and monospace at least
        QVERIFY2(cjk, "the Japanese organisation name needs the CJK font");
    }

    void testPagesAndPaper_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("Japanese A4") << QStringLiteral("ja") << int(ReportOptions::Paper::A4) << QStringLiteral("(A4)");
        QTest::newRow("English A4") << QStringLiteral("en") << int(ReportOptions::Paper::A4) << QStringLiteral("(A4)");
        QTest::newRow("English Letter") << QStringLiteral("en") << int(ReportOptions::Paper::Letter) << QStringLiteral("(letter)");
    }

    void testPagesAndPaper()
    {
        QFETCH(QString, language);
        QFETCH(int, paper);
        QFETCH(QString, size);
        const QString path = write(language, ReportOptions::Paper(paper));
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(size), qPrintable(info));
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        const int count = pages.captured(1).toInt();
        // Cover, summary, five domains, actions, appendix: at least 9, and no runaway layout.
        QVERIFY2(count >= 9 && count <= 30, qPrintable(info));
        // Every page carries "page X of Y" with the right total.
        const QString text = normalized(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
        const QString last = language == QLatin1String("ja") ? QStringLiteral("%1 / %1").arg(count) : QStringLiteral("Page %1 of %1").arg(count);
        QVERIFY2(text.contains(last), qPrintable(last));

        // PNG renders for people to look at (and proof that poppler can draw every page).
        const QString prefix = QFileInfo(path).absolutePath() + QLatin1Char('/') + QFileInfo(path).completeBaseName();
        const QStringList pattern{QFileInfo(path).completeBaseName() + QStringLiteral("-*.png")};
        QDir dir(QFileInfo(path).absolutePath());
        for (const QString &old : dir.entryList(pattern, QDir::Files))
            QVERIFY(dir.remove(old));
        bool rendered = false;
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path, prefix}, &rendered);
        QVERIFY(rendered);
        const QStringList pngs = dir.entryList(pattern, QDir::Files);
        QCOMPARE(pngs.size(), count);
    }
};

QTEST_MAIN(TestReportPdf)
#include "TestReportPdf.moc"
