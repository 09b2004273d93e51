// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The page layout the PDF is painted from: table rows never straddle a page
// break, long tokens wrap inside the page, and the document loads nothing.
#include "PdfReportRenderer.h"
#include "ReportFixtures.h"
#include "ReportHtml.h"
#include "ReportHtmlBuilder.h"
#include "ReportTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QHash>
#include <QPageSize>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
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

/// Where a block's lines are painted, in document coordinates: the top of its
/// first line and the bottom of its last. blockBoundingRect() alone puts the
/// block where its layout starts, but a line that did not fit at the foot of a
/// page is painted lower, at the top of the next page.
QPair<double, double> paintedLines(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const double origin = layout->blockBoundingRect(block).top();
    const QTextLayout *lines = block.layout();
    if (lines->lineCount() == 0)
        return {origin, origin};
    const QTextLine last = lines->lineAt(lines->lineCount() - 1);
    return {origin + lines->lineAt(0).y(), origin + last.y() + last.height()};
}

QString pageList(const QSet<int> &pages)
{
    QStringList numbers;
    for (int page : pages)
        numbers.append(QString::number(page + 1));
    numbers.sort();
    return numbers.isEmpty() ? QStringLiteral("none") : numbers.join(QLatin1Char(','));
}

/// The pages on which each piece of text is painted where it can be seen:
/// what the PDF shows, measured independently of the layout's own geometry.
/// Records every text item PdfReportRenderer::paintPage() draws for each page,
/// visible where its baseline is inside the page, hidden (clipped) elsewhere.
class PaintedPages final : public QPaintDevice
{
public:
    PaintedPages(QTextDocument &document, const QPaintDevice &like)
        : m_like(like)
    {
        QPainter painter(this);
        m_engine.pageHeight = document.pageSize().height();
        for (int page = 0; page < document.pageCount(); ++page) {
            m_engine.page = page;
            PdfReportRenderer::paintPage(painter, document, page);
        }
    }

    /// Pages showing a text item that is exactly `text`.
    QSet<int> pagesOf(const QString &text) const { return m_engine.pages.value(text); }
    /// Text drawn on a page where the clip hides it: invisible, but in that
    /// page's PDF text all the same.
    QStringList hidden() const { return m_engine.hidden; }

    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_like.width();
        case PdmHeight: return m_like.height();
        case PdmWidthMM: return m_like.widthMM();
        case PdmHeightMM: return m_like.heightMM();
        case PdmNumColors: return m_like.colorCount();
        case PdmDepth: return m_like.depth();
        case PdmDpiX: return m_like.logicalDpiX();
        case PdmDpiY: return m_like.logicalDpiY();
        case PdmPhysicalDpiX: return m_like.physicalDpiX();
        case PdmPhysicalDpiY: return m_like.physicalDpiY();
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        default: return 0;
        }
    }

private:
    class Engine final : public QPaintEngine
    {
    public:
        Engine() : QPaintEngine(QPaintEngine::AllFeatures) {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &state) override
        {
            if (state.state() & QPaintEngine::DirtyTransform)
                transform = state.transform();
        }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPath(const QPainterPath &) override {}
        void drawTextItem(const QPointF &at, const QTextItem &item) override
        {
            const double baseline = transform.map(at).y();
            if (baseline >= 0 && baseline <= pageHeight)
                pages[item.text().trimmed()].insert(page);
            else
                hidden.append(QStringLiteral("page %1: \"%2\"").arg(page + 1).arg(item.text()));
        }
        Type type() const override { return QPaintEngine::User; }

        QTransform transform;
        int page = 0;
        double pageHeight = 0;
        QHash<QString, QSet<int>> pages;
        QStringList hidden;
    };

    const QPaintDevice &m_like;
    mutable Engine m_engine;
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
        // Each count puts the page breaks elsewhere in the same kinds of table.
        for (int count = 1; count <= 8; ++count) {
            QTest::addRow("Japanese A4, %d domains", count) << QStringLiteral("ja") << int(ReportOptions::Paper::A4) << count;
            QTest::addRow("English A4, %d domains", count) << QStringLiteral("en") << int(ReportOptions::Paper::A4) << count;
        }
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
            // Nothing is drawn on a page that does not show it: a heading at
            // the top of the next page must not also be in this one's text.
            const PaintedPages painted(document, target.writer);
            QVERIFY2(painted.hidden().isEmpty(), qPrintable(painted.hidden().join(QStringLiteral("; "))));
            QAbstractTextDocumentLayout *layout = document.documentLayout();
            const double pageHeight = body.height();
            for (QTextTable *table : tables(document.rootFrame())) {
                for (int row = 0; row < table->rows(); ++row) {
                    double top = 1e12;
                    double bottom = -1;
                    for (int column = 0; column < table->columns(); ++column) {
                        const QTextTableCell cell = table->cellAt(row, column);
                        top = qMin(top, paintedLines(layout, cell.firstCursorPosition().block()).first);
                        bottom = qMax(bottom, paintedLines(layout, cell.lastCursorPosition().block()).second);
                        // Nothing is wider than the page (long tokens wrap).
                        QVERIFY2(layout->blockBoundingRect(cell.lastCursorPosition().block()).right() <= body.width() + 1,
                                 qPrintable(cell.firstCursorPosition().block().text()));
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
                const double headingTop = paintedLines(layout, block).first;
                const auto [nextTop, nextBottom] = paintedLines(layout, block.next());
                QVERIFY2(int((headingTop + 0.5) / pageHeight) == int((nextTop + nextBottom) / 2 / pageHeight),
                         qPrintable(QStringLiteral("heading \"%1\" is stranded at the foot of a page").arg(block.text())));
            }
            QCOMPARE(document.blockedResourceRequests(), 0);
        }
        QVERIFY(rows > 10 * domains);
        QVERIFY(pages > domains);
    }

    /// A row whose cells have lines of different heights (a bold Japanese key
    /// beside a Latin value): at the foot of a page, QTextDocumentLayout moves
    /// the taller line alone to the next page, and the row is cut in two with
    /// its key on one page and its value on the other. Slides such a table down
    /// the first page, a little at a time, so that its rows meet the foot of the
    /// page at every offset.
    void testRowOfUnevenLinesNeverSplits()
    {
        PdfTarget target(QStringLiteral("ja"), int(ReportOptions::Paper::A4));
        // Bold kanji keys beside Latin values, each of one script, so that
        // each is painted as one text item.
        const QList<QPair<QString, QString>> rows{{QStringLiteral("検索種別"), QStringLiteral("alpha TXT")},
                                                  {QStringLiteral("現在回数"), QStringLiteral("bravo 6")},
                                                  {QStringLiteral("変更後回数"), QStringLiteral("charlie 1")}};
        QList<QPair<QString, QString>> html;
        for (const auto &row : rows)
            html.append({row.first, ReportHtml::text(row.second)});
        const QString table = ReportHtml::keyValueTable(html);
        int tablesAcrossTheBreak = 0; // the sweep must reach the foot of the page
        // The first block's top margin is dropped: the spacer is the second's.
        for (int spacer = 850; spacer <= 930; ++spacer) {
            ReportTextDocument document;
            PdfReportRenderer::prepare(
                document, target.head + QStringLiteral("<p>.</p><p style=\"margin-top:%1px\">.</p>").arg(spacer) + table,
                target.writer);
            PdfReportRenderer::keepRowsTogether(document);
            const PaintedPages painted(document, target.writer);
            QSet<int> tablePages;
            for (const auto &[key, value] : rows) {
                const QSet<int> keyPages = painted.pagesOf(key);
                const QSet<int> valuePages = painted.pagesOf(value);
                QVERIFY2(keyPages.size() == 1 && keyPages == valuePages,
                         qPrintable(QStringLiteral("spacer %1 px: \"%2\" is painted on page(s) %3, its value on %4")
                                        .arg(spacer)
                                        .arg(key, pageList(keyPages), pageList(valuePages))));
                tablePages += keyPages;
            }
            tablesAcrossTheBreak += tablePages.size() > 1 ? 1 : 0;
        }
        QVERIFY(tablesAcrossTheBreak > 10);
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
