// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FittingScrollArea.h"

#include <QEvent>
#include <QScrollBar>

FittingScrollArea::FittingScrollArea(QWidget *content, int minimumLines, QWidget *parent)
    : QScrollArea(parent)
    , m_minimumLines(minimumLines)
{
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Window);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setFocusPolicy(Qt::StrongFocus); // the keyboard scrolls it as well
}

bool FittingScrollArea::hasHeightForWidth() const
{
    return widget() && widget()->hasHeightForWidth();
}

int FittingScrollArea::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    const int inner = width - margins.left() - margins.right();
    return widget()->heightForWidth(inner) + margins.top() + margins.bottom();
}

QSize FittingScrollArea::sizeHint() const
{
    const QSize content = widget()->sizeHint();
    const QMargins margins = contentsMargins();
    return {content.width() + margins.left() + margins.right() + verticalScrollBar()->sizeHint().width(),
            heightForWidth(content.width() + margins.left() + margins.right())};
}

QSize FittingScrollArea::minimumSizeHint() const
{
    const QMargins margins = contentsMargins();
    return {verticalScrollBar()->sizeHint().width() * 3,
            fontMetrics().lineSpacing() * m_minimumLines + margins.top() + margins.bottom()};
}

// A new text asks the content's parent, the viewport, to lay it out again,
// and only while it is visible; the page's layout hears of neither. Asking
// it again on each request, and when shown (for a text set while hidden),
// keeps the area's height the text's.
void FittingScrollArea::showEvent(QShowEvent *event)
{
    updateGeometry();
    QScrollArea::showEvent(event);
}

bool FittingScrollArea::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::viewportEvent(event);
}
