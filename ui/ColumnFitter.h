// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QTableView;

/// Keeps chosen columns of a table as wide as their widest cell, measuring
/// only the rows that changed. QTableView::resizeColumnToContents() measures
/// every row each time (up to 1000), which with 200 domains updated one by
/// one stalled the event loop for tens of milliseconds per pass. Owned by the
/// page that owns the table; main thread.
class ColumnFitter final
{
public:
    ColumnFitter(QTableView *table, const QList<int> &columns);

    /// Grows the needed widths to fit `row`'s cells (call after changing them).
    void noteRow(int row);
    /// Forgets the widths, before every row is noted again (new rows, new language).
    void reset();
    /// Sets each column to what its cells and its header need.
    void apply();

private:
    QTableView *m_table;
    QList<int> m_columns;
    QList<int> m_needed; ///< per entry of m_columns
};
