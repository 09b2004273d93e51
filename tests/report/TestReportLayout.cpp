// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The page layout the PDF is painted from: table rows never straddle a page
// break, long tokens wrap inside the page, and the document loads nothing.
#include "PdfReportRenderer.h"
#include "ReportFixtures.h"
#include "ReportHtmlBuilder.h"
#include "ReportTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QTest>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

namespace {

QList<QTextTable *> tables(QTextFrame *frame)
{
    QList<QTextTable *> out;
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            out.append(table);
        out += tables(child);
    }
    return out;
}

/// What the PDF renderer lays the report out for: the fixtures' options on
/// `paper`, their style head, and a PDF writer (into memory) of that size.
struct PdfTarget
{
    PdfTarget(const QString &language, int paper)
        : options(ReportFixtures::options(language))
    {
        options.paper = ReportOptions::Paper(paper);
        buffer.open(QIODevice::WriteOnly);
        writer.setPageSize(QPageSize(paper == int(ReportOptions::Paper::A4) ? QPageSize::A4 : QPageSize::Letter));
        head = ReportHtmlBuilder::documentHead(options);
    }
    ReportOptions options;
    QBuffer buffer;
    QPdfWriter writer{&buffer};
    QString head;
};

} // namespace

class TestReportLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRowsStayOnOnePage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("paper");
        QTest::addColumn<int>("domains");
        QTest::newRow("Japanese A4, fixtures") << QStringLiteral("ja") << int(ReportOptions::Paper::A4) << 5;
        QTest::newRow("English Letter, 40 domains") << QStringLiteral("en") << int(ReportOptions::Paper::Letter) << 40;
    }

    void testRowsStayOnOnePage()
    {
        QFETCH(QString, language);
        QFETCH(int, paper);
        QFETCH(int, domains);
        PdfTarget target(language, paper);
        int rows = 0;
        int pages = 0;
        for (const QString &part : ReportHtmlBuilder::buildParts(ReportFixtures::many(domains), target.options)) {
            ReportTextDocument document;
            const QRectF body = PdfReportRenderer::prepare(document, target.head + part, target.writer);
            PdfReportRenderer::keepRowsTogether(document);
            pages += document.pageCount();
            QAbstractTextDocumentLayout *layout = document.documentLayout();
            const double pageHeight = body.height();
            for (QTextTable *table : tables(document.rootFrame())) {
                for (int row = 0; row < table->rows(); ++row) {
                    double top = 1e12;
                    double bottom = -1;
                    for (int column = 0; column < table->columns(); ++column) {
                        const QTextTableCell cell = table->cellAt(row, column);
                        const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
                        const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
                        top = qMin(top, first.top());
                        bottom = qMax(bottom, last.bottom());
                        // Nothing is wider than the page (long tokens wrap).
                        QVERIFY2(last.right() <= body.width() + 1, qPrintable(cell.firstCursorPosition().block().text()));
                    }
                    if (bottom - top >= pageHeight * 0.9)
                        continue; // a row nearly a page tall has to break somewhere
                    QVERIFY2(int((top + 0.5) / pageHeight) == int((bottom - 0.5) / pageHeight),
                             qPrintable(QStringLiteral("row %1 of a table starting \"%2\" straddles a page break")
                                            .arg(row)
                                            .arg(table->cellAt(0, 0).firstCursorPosition().block().text())));
                    ++rows;
                }
            }
            // No heading is left alone at the foot of a page.
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                if (block.blockFormat().headingLevel() == 0 || !block.next().isValid())
                    continue;
                const QRectF heading = layout->blockBoundingRect(block);
                const QRectF next = layout->blockBoundingRect(block.next());
                QVERIFY2(int((heading.top() + 0.5) / pageHeight) == int((next.top() + next.height() / 2) / pageHeight),
                         qPrintable(QStringLiteral("heading \"%1\" is stranded at the foot of a page").arg(block.text())));
            }
            QCOMPARE(document.blockedResourceRequests(), 0);
        }
        QVERIFY(rows > 50);
        QVERIFY(pages > domains);
    }
    void testHeadersBreakOnlyBetweenWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("paper");
        QTest::newRow("English A4") << QStringLiteral("en") << int(ReportOptions::Paper::A4);
        QTest::newRow("English Letter") << QStringLiteral("en") << int(ReportOptions::Paper::Letter);
        QTest::newRow("Japanese A4") << QStringLiteral("ja") << int(ReportOptions::Paper::A4);
    }

    void testHeadersBreakOnlyBetweenWords()
    {
        // A column heading is read at a glance: "Recommend / ed" is a defect.
        // Japanese may break between any two kana or kanji; Latin words may not.
        QFETCH(QString, language);
        QFETCH(int, paper);
        PdfTarget target(language, paper);
        int headers = 0;
        for (const QString &part : ReportHtmlBuilder::buildParts(ReportFixtures::all(), target.options)) {
            ReportTextDocument document;
            PdfReportRenderer::prepare(document, target.head + part, target.writer);
            document.pageCount(); // lays it out
            for (QTextTable *table : tables(document.rootFrame())) {
                for (int row = 0; row < table->format().headerRowCount(); ++row) {
                    for (int column = 0; column < table->columns(); ++column) {
                        const QTextTableCell cell = table->cellAt(row, column);
                        for (QTextBlock block = cell.firstCursorPosition().block();
                             block.isValid() && block.position() <= cell.lastPosition(); block = block.next()) {
                            const QString text = block.text();
                            QTextLayout *layout = block.layout();
                            for (int line = 0; line + 1 < layout->lineCount(); ++line) {
                                const int end = layout->lineAt(line).textStart() + layout->lineAt(line).textLength();
                                const QChar before = text.at(end - 1);
                                const QChar after = text.at(end);
                                const bool insideWord = before.isLetterOrNumber() && after.isLetterOrNumber()
                                                        && before.script() == QChar::Script_Latin
                                                        && after.script() == QChar::Script_Latin;
                                QVERIFY2(!insideWord, qPrintable(QStringLiteral("heading \"%1\" breaks inside a word").arg(text)));
                            }
                            ++headers;
                        }
                    }
                }
            }
        }
        QVERIFY(headers > 20);
    }

    void testLongTokensWrapInsideThePage()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        ReportTextDocument document;
        const ReportOptions options = ReportFixtures::options(QStringLiteral("en"));
        const QRectF body = PdfReportRenderer::prepare(
            document, ReportHtmlBuilder::documentHead(options) + ReportHtmlBuilder::buildParts(ReportFixtures::all(), options).join(QString()),
            writer);
        bool found = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (!block.text().contains(QStringLiteral("aaaaaaaaaa")))
                continue;
            found = true;
            const QRectF rect = document.documentLayout()->blockBoundingRect(block);
            QVERIFY(rect.right() <= body.width() + 1);
            QVERIFY2(block.layout()->lineCount() >= 2, "the 200-character token should wrap");
        }
        QVERIFY(found);
    }

    void testDocumentLoadsNothing()
    {
        // Even raw markup (an escaping bug) cannot make the document read a file.
        ReportTextDocument document;
        document.setHtml(QStringLiteral("<p>x<img src=\"file:///etc/passwd\"/>"
                                        "<img src=\"qrc:/catalog/tmems-catalog.json\"/></p>"));
        document.setTextWidth(500);
        document.pageCount(); // forces layout, which is when images are fetched
        QVERIFY(document.blockedResourceRequests() > 0);
        QVERIFY(document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isNull());
    }
};

QTEST_MAIN(TestReportLayout)
#include "TestReportLayout.moc"
