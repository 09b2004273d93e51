// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappedTextLabel.h"

#include <QStyle>
#include <QTextLayout>
#include <QTextOption>

#include <cmath>

namespace {

/// QLabel's limit for "no limit" in its own measurements.
constexpr int Unlimited = 2000;

} // namespace

WrappedTextLabel::WrappedTextLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

bool WrappedTextLabel::handlesItself() const
{
    // QLabel measures an empty text as one average character.
    return wordWrap() && textFormat() == Qt::PlainText && indent() <= 0 && frameWidth() == 0 && !buddy()
           && !text().isEmpty();
}

WrappedTextLabel::Geometry WrappedTextLabel::geometryNow() const
{
    return {margin(), contentsMargins(), alignment(), layoutDirection(), minimumSize(), maximumWidth(), logicalDpiY()};
}

void WrappedTextLabel::validateCache() const
{
    const Geometry geometry = geometryNow();
    if (text() == m_measuredText && font() == m_measuredFont && geometry == m_measuredGeometry)
        return;
    m_measuredText = text();
    m_measuredFont = font();
    m_measuredGeometry = geometry;
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
    m_heights.fill(Height());
}

QSize WrappedTextLabel::sizeForWidth(int width) const
{
    // The same steps as QLabelPrivate::sizeForWidth() for plain text.
    if (minimumWidth() > 0)
        width = qMax(width, minimumWidth());
    const QMargins margins = contentsMargins();
    const int extra = 2 * margin();
    const QFontMetrics metrics = fontMetrics();
    const QString shown = text();
    // QLabel aligns plain text by the text's own direction, not the widget's.
    const Qt::LayoutDirection direction = shown.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    const int flags = (QStyle::visualAlignment(direction, alignment()) | Qt::TextWordWrap)
                      & ~(Qt::AlignVCenter | Qt::AlignHCenter);
    const bool tryWidth = width < 0;
    if (tryWidth)
        width = qMin(metrics.averageCharWidth() * 80, maximumSize().width());
    width -= extra + margins.left() + margins.right();
    QRect bounds = metrics.boundingRect(0, 0, width, Unlimited, flags, shown);
    if (tryWidth && bounds.height() < 4 * metrics.lineSpacing() && bounds.width() > width / 2)
        bounds = metrics.boundingRect(0, 0, width / 2, Unlimited, flags, shown);
    if (tryWidth && bounds.height() < 2 * metrics.lineSpacing() && bounds.width() > width / 4)
        bounds = metrics.boundingRect(0, 0, width / 4, Unlimited, flags, shown);
    const QSize contents(bounds.width() + extra + margins.left() + margins.right(),
                         bounds.height() + extra + margins.top() + margins.bottom());
    return contents.expandedTo(minimumSize());
}

QSize WrappedTextLabel::sizeHint() const
{
    if (!handlesItself())
        return QLabel::sizeHint();
    validateCache();
    if (!m_sizeHint.isValid()) {
        ensurePolished();
        m_sizeHint = sizeForWidth(-1);
    }
    return m_sizeHint;
}

QSize WrappedTextLabel::minimumSizeHint() const
{
    if (!handlesItself())
        return QLabel::minimumSizeHint();
    validateCache();
    if (m_minimumSizeHint.isValid())
        return m_minimumSizeHint;
    ensurePolished();
    // One layout on a single unlimited line gives both the height of a line
    // and the widest run that cannot be broken (a long word, a host name).
    QTextLayout layout(text(), font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
        line.setLineWidth(1e6);
    layout.endLayout();
    const QMargins margins = contentsMargins();
    const int extra = 2 * margin();
    const int widest = int(std::ceil(layout.minimumWidth()));
    const int oneLine = sizeForWidth(QWIDGETSIZE_MAX).height();
    m_minimumSizeHint = QSize(widest + extra + margins.left() + margins.right(), qMin(oneLine, sizeHint().height()))
                            .expandedTo(minimumSize());
    return m_minimumSizeHint;
}

int WrappedTextLabel::heightForWidth(int width) const
{
    if (!handlesItself())
        return QLabel::heightForWidth(width);
    validateCache();
    for (const Height &known : m_heights) {
        if (known.width == width)
            return known.height;
    }
    const int height = sizeForWidth(width).height();
    m_heights[m_nextHeight] = {width, height};
    m_nextHeight = (m_nextHeight + 1) % m_heights.size();
    return height;
}
