// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractButton;
class QFont;
class QTableWidget;
class QWidget;

/// Small helpers every page uses, so copy buttons and accessible names behave alike.
namespace UiUtil {

/// Puts `text` on the clipboard (plain text).
void copyText(const QString &text);
/// The system's fixed-pitch font, for records, ranges and snippets.
QFont monospaceFont();
/// Sets the visible text and the accessible name (without the & mnemonic) at once.
void setButtonText(QAbstractButton *button, const QString &text);
/// Writes `text` to `path` atomically (QSaveFile); returns an error message or an empty string.
QString writeTextFile(const QString &path, const QString &text);
/// `text` as a tool tip that shows exactly these characters. Qt renders a tool
/// tip that looks like HTML as HTML, so DNS content (a record with "<img ...>")
/// or a pasted entry would otherwise be rendered, not shown.
QString plainToolTip(const QString &text);
/// A table of `columns` columns whose headers never draw a label in bold, so
/// that they are measured in their own font from the first measure on
/// (HeaderLabelStyle.h): QTableWidget's own constructor already measures the
/// numbered sections it starts with.
QTableWidget *newTable(int columns, QWidget *parent);
/// Gives `row` of `table` (which wraps words) the height its text in
/// `wrappingColumn` needs: taller where that text is wider than the column,
/// one line otherwise. Only that one text is measured: asking every cell of
/// a row for its size cost tens of milliseconds with 200 rows.
void fitRowHeight(QTableWidget *table, int row, int wrappingColumn);
/// A data center id as the user reads it ("Japan data center", "US data center", ...).
QString dataCenterName(const QString &id);

} // namespace UiUtil
