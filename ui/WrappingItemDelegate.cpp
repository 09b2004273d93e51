// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappingItemDelegate.h"

#include <QTreeView>

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (option.rect.width() > 0 || !m_view->wordWrap() || index.column() == 0)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem atColumnWidth(option);
    // The style wraps only inside a valid rectangle: its height must not be empty either.
    atColumnWidth.rect.setSize({m_view->columnWidth(index.column()), qMax(option.rect.height(), 1)});
    return QStyledItemDelegate::sizeHint(atColumnWidth, index);
}
