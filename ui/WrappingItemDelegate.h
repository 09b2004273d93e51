// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

/// Measures a cell at its column's width, so a word-wrapping tree column
/// grows its rows instead of cutting the text. QTreeView asks for row heights
/// with no width (Qt sets the option's width to -1), so its own word wrap
/// never adds a line. Set it on the column that stretches: a column sized to
/// its contents must keep measuring its text unwrapped.
class WrappingItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};
