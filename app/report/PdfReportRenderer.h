// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportOptions.h"

#include <QByteArray>
#include <QRectF>
#include <QString>

class QPainter;
class QPdfWriter;
class QTextDocument;

/// Lays the report's HTML out on A4 or Letter pages with QTextDocument and
/// paints them into a QPdfWriter, adding what QTextDocument::print() cannot:
/// a running header (title, organisation, date) and "page X of Y" footers.
/// Long unbroken tokens (records, snippets) wrap anywhere rather than being
/// cut at the margin. Needs a QGuiApplication (fonts); main thread.
class PdfReportRenderer final
{
public:
    struct Page
    {
        QString title;        ///< running header, left
        QString organization; ///< running header, after the title
        QString dateText;     ///< running header, right
        QString footer;       ///< footer, left
        QString pageFormat;   ///< footer, right: "Page %1 of %2" in the report's language
    };

    /// `parts` are complete HTML documents, each starting on a new page.
    /// Returns the PDF bytes; `pageCount` (optional) receives the number of pages.
    static QByteArray render(const QStringList &parts, ReportOptions::Paper paper, const Page &page,
                             int *pageCount = nullptr);
    /// Sets `document` up for `writer` (fonts at its resolution, wrapping,
    /// page size) and loads `html`; returns the body rectangle of a page in
    /// device pixels. `writer`'s page size must already be set. Tests use it
    /// to inspect the layout the PDF is painted from.
    static QRectF prepare(QTextDocument &document, const QString &html, QPdfWriter &writer);
    /// QTextDocument only moves a table row to the next page when none of its
    /// cells has a line left on the current one, so rows straddle page breaks.
    /// This pads the bottom of the row before each straddling row until it
    /// starts on the next page (under the repeated header), or moves the whole
    /// table down when its first rows straddle. Rows taller than a page stay.
    /// A heading stranded at the foot of a page moves to the next one.
    static void keepRowsTogether(QTextDocument &document);
    /// Paints page `index` of `document` (set up by prepare()) with its top
    /// left at the painter's origin, and nothing that belongs to another page.
    static void paintPage(QPainter &painter, QTextDocument &document, int index);
};
