// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnFitter.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

ColumnFitter::ColumnFitter(QTableView *table, const QList<int> &columns)
    : m_table(table)
    , m_columns(columns)
    , m_needed(columns.size(), 0)
{
}

void ColumnFitter::noteRow(int row)
{
    QAbstractItemModel *model = m_table->model();
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QModelIndex index = model->index(row, m_columns.at(i));
        int width = m_table->sizeHintForIndex(index).width();
        if (QWidget *widget = m_table->indexWidget(index))
            width = qMax(width, widget->sizeHint().width());
        m_needed[i] = qMax(m_needed.at(i), width);
    }
}

void ColumnFitter::reset()
{
    m_needed.fill(0);
}

void ColumnFitter::apply()
{
    QHeaderView *header = m_table->horizontalHeader();
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const int column = m_columns.at(i);
        // As resizeColumnToContents(): the grid line takes a pixel.
        const int cells = m_needed.at(i) + (m_table->showGrid() ? 1 : 0);
        const int width = qMax(cells, header->sectionSizeHint(column));
        if (m_table->columnWidth(column) != width)
            m_table->setColumnWidth(column, width);
    }
}
