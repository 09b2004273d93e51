// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReportRenderer.h"

#include "PdfTextLayer.h"
#include "ReportStyle.h"
#include "ReportTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>

namespace {

constexpr int Dpi = 300;

double mm(double millimetres)
{
    return millimetres * Dpi / 25.4;
}

void drawHeaderFooter(QPainter &painter, const QRectF &paper, const QRectF &body, const PdfReportRenderer::Page &page,
                      int index, int count)
{
    painter.save();
    painter.setFont(ReportStyle::headerFont());
    painter.setPen(QColor(0x4a, 0x5a, 0x6a));
    const double lineGap = mm(2.5);
    const QRectF header(body.left(), mm(8), body.width(), body.top() - mm(8) - lineGap);
    const QRectF footer(body.left(), body.bottom() + lineGap, body.width(), paper.height() - body.bottom() - lineGap - mm(8));
    if (index > 0) { // the cover has no running header
        const QString left = page.organization.isEmpty() ? page.title : QStringLiteral("%1 \u2014 %2").arg(page.title, page.organization);
        const QFontMetricsF metrics(painter.font(), painter.device());
        const double dateWidth = metrics.horizontalAdvance(page.dateText) + mm(4);
        painter.drawText(QRectF(header.left(), header.top(), header.width() - dateWidth, header.height()),
                         Qt::AlignLeft | Qt::AlignBottom,
                         metrics.elidedText(left, Qt::ElideRight, header.width() - dateWidth));
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, page.dateText);
        painter.setPen(QPen(QColor(0x12, 0x35, 0x5b), mm(0.3)));
        painter.drawLine(QPointF(body.left(), body.top() - lineGap / 2), QPointF(body.right(), body.top() - lineGap / 2));
    }
    painter.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), mm(0.2)));
    painter.drawLine(QPointF(body.left(), body.bottom() + lineGap / 2), QPointF(body.right(), body.bottom() + lineGap / 2));
    painter.setPen(QColor(0x4a, 0x5a, 0x6a));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, page.footer);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, page.pageFormat.arg(index + 1).arg(count));
    painter.restore();
}

QList<QTextTable *> tablesIn(QTextFrame *frame)
{
    QList<QTextTable *> out;
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            out.append(table);
        out += tablesIn(child);
    }
    return out;
}

/// The document-coordinate top of a block's first line and bottom of its last.
/// Not blockBoundingRect() alone: that puts the block at its layout's position,
/// but a line that did not fit at the foot of a page sits lower in the layout,
/// at the top of the next page (QTextDocumentLayout moves lines, not blocks).
QPair<double, double> linesExtent(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const double origin = layout->blockBoundingRect(block).top();
    const QTextLayout *lines = block.layout();
    if (!lines || lines->lineCount() == 0)
        return {origin, origin};
    const QTextLine last = lines->lineAt(lines->lineCount() - 1);
    return {origin + lines->lineAt(0).y(), origin + last.y() + last.height()};
}

/// The document-coordinate top of the row's first lines and bottom of its last.
QPair<double, double> rowExtent(QAbstractTextDocumentLayout *layout, QTextTable *table, int row)
{
    double top = 1e12;
    double bottom = -1;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        top = qMin(top, linesExtent(layout, cell.firstCursorPosition().block()).first);
        bottom = qMax(bottom, linesExtent(layout, cell.lastCursorPosition().block()).second);
    }
    return {top, bottom};
}

/// Returns true when it changed the document (positions after it moved).
bool keepRowOnOnePage(QTextDocument &document, QTextTable *table, int row, double pageHeight)
{
    const auto [top, bottom] = rowExtent(document.documentLayout(), table, row);
    const int topPage = int((top + 0.5) / pageHeight);
    if (bottom - top >= pageHeight * 0.9 || topPage == int((bottom - 0.5) / pageHeight))
        return false;
    const double shift = (topPage + 1) * pageHeight - top + 1;
    const int headerRows = table->format().headerRowCount();
    if (row <= headerRows) {
        QTextTableFormat format = table->format();
        format.setTopMargin(format.topMargin() + shift);
        table->setFormat(format);
        return true;
    }
    for (int column = 0; column < table->columns(); ++column) {
        QTextTableCell cell = table->cellAt(row - 1, column);
        QTextTableCellFormat format = cell.format().toTableCellFormat();
        format.setBottomPadding(format.bottomPadding() + shift * 96.0 / Dpi);
        cell.setFormat(format);
    }
    return true;
}

void keepRows(QTextDocument &document, double pageHeight)
{
    for (QTextTable *table : tablesIn(document.rootFrame())) {
        for (int row = 0; row < table->rows(); ++row) {
            // A shift can make the same row straddle the next break only if it
            // is nearly a page tall; the bound stops that from looping.
            for (int attempt = 0; attempt < 3 && keepRowOnOnePage(document, table, row, pageHeight); ++attempt) {
            }
        }
    }
}

/// A heading left alone at the foot of a page starts the next page instead.
bool keepHeadingsWithNext(QTextDocument &document, double pageHeight)
{
    bool changed = false;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next();
        if (block.blockFormat().headingLevel() == 0 || !next.isValid())
            continue;
        const double headingTop = linesExtent(layout, block).first;
        const auto [followingTop, followingBottom] = linesExtent(layout, next);
        // Half a pixel of slack: a block at the top of a page may sit a hair above the break.
        if (int((headingTop + 0.5) / pageHeight) == int((followingTop + followingBottom) / 2 / pageHeight)
            || headingTop < 1)
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
        changed = true;
    }
    return changed;
}

} // namespace

void PdfReportRenderer::keepRowsTogether(QTextDocument &document)
{
    const double pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return;
    keepRows(document, pageHeight);
    // Moving a heading moves the tables after it; one more round settles them.
    if (keepHeadingsWithNext(document, pageHeight))
        keepRows(document, pageHeight);
}

void PdfReportRenderer::paintPage(QPainter &painter, QTextDocument &document, int index)
{
    const QSizeF size = document.pageSize();
    const QRectF page(0, index * size.height(), size.width(), size.height());
    painter.save();
    painter.translate(0, -page.top());
    painter.setClipRect(page);
    QAbstractTextDocumentLayout::PaintContext context;
    // The layout draws whatever touches the clip, edges included: a heading or
    // row that starts exactly at the top of the next page would be drawn here
    // too, hidden by the clip but still in this page's PDF text, where search
    // and copy find it. Half a pixel less keeps it to its own page.
    context.clip = page.adjusted(0, 0, 0, -0.5);
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

QRectF PdfReportRenderer::prepare(QTextDocument &document, const QString &html, QPdfWriter &writer)
{
    writer.setResolution(Dpi);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    const QSizeF paper = writer.pageLayout().fullRectPixels(Dpi).size();
    const QRectF body(mm(16), mm(20), paper.width() - mm(32), paper.height() - mm(20) - mm(18));
    document.setDefaultFont(ReportStyle::bodyFont());
    document.setDocumentMargin(0);
    QTextOption option = document.defaultTextOption();
    // A 400-character record or a long PowerShell line must wrap, not run off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(option);
    // Content first, then device and page size: with a device set, setHtml()
    // lays the document out block by block as it inserts them (4x slower).
    document.setHtml(html);
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(body.size());
    return body;
}

QByteArray PdfReportRenderer::render(const QStringList &parts, ReportOptions::Paper paper, const Page &page,
                                     int *pageCount)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(paper == ReportOptions::Paper::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setTitle(page.title);
    writer.setCreator(page.footer);

    std::vector<std::unique_ptr<ReportTextDocument>> documents;
    QRectF body;
    int count = 0;
    for (const QString &part : parts) {
        documents.push_back(std::make_unique<ReportTextDocument>());
        body = prepare(*documents.back(), part, writer);
        keepRowsTogether(*documents.back());
        count += documents.back()->pageCount();
    }
    const QRectF paperRect(QPointF(0, 0), writer.pageLayout().fullRectPixels(Dpi).size());

    QPainter painter(&writer);
    int index = 0;
    for (const auto &document : documents) {
        for (int i = 0; i < document->pageCount(); ++i, ++index) {
            if (index > 0)
                writer.newPage();
            drawHeaderFooter(painter, paperRect, body, page, index, count);
            painter.save();
            painter.translate(body.topLeft());
            paintPage(painter, *document, i);
            painter.restore();
        }
        document->clear(); // painted: free its layout before the next part's pages
    }
    painter.end();
    PdfTextLayer::mapRadicalsToIdeographs(&bytes); // so the Japanese can be searched and copied
    if (pageCount)
        *pageCount = count;
    return bytes;
}
