// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappedTextLabel.h"

#include "ShapingStyle.h"

#include <QFontMetricsF>
#include <QStyle>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
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

WrappedTextLabel::~WrappedTextLabel() = default;

bool WrappedTextLabel::handlesItself() const
{
    // QLabel measures an empty text as one average character.
    // Left to QLabel: U+009C separates length variants, which
    // qt_format_text() tries in turn; QLabel expands tabs to its own stops;
    // a carriage return is measured by rules of its own.
    const QString &shown = text();
    const auto special = [](QChar c) { return c == QChar(0x9c) || c == u'\t' || c == u'\r'; };
    return wordWrap() && textFormat() == Qt::PlainText && indent() <= 0 && frameWidth() == 0 && !buddy()
           && !shown.isEmpty() && std::none_of(shown.begin(), shown.end(), special);
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
    m_layout.reset();
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
    // QLabel aligns plain text by the text's own direction, not the widget's.
    const Qt::LayoutDirection direction = text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    const int flags = (QStyle::visualAlignment(direction, alignment()) | Qt::TextWordWrap)
                      & ~(Qt::AlignVCenter | Qt::AlignHCenter);
    const bool tryWidth = width < 0;
    if (tryWidth)
        width = qMin(metrics.averageCharWidth() * 80, maximumSize().width());
    width -= extra + margins.left() + margins.right();
    QRect bounds = boundingRect(width, Unlimited, flags);
    if (tryWidth && bounds.height() < 4 * metrics.lineSpacing() && bounds.width() > width / 2)
        bounds = boundingRect(width / 2, Unlimited, flags);
    if (tryWidth && bounds.height() < 2 * metrics.lineSpacing() && bounds.width() > width / 4)
        bounds = boundingRect(width / 4, Unlimited, flags);
    const QSize contents(bounds.width() + extra + margins.left() + margins.right(),
                         bounds.height() + extra + margins.top() + margins.bottom());
    return contents.expandedTo(minimumSize());
}

QTextLayout &WrappedTextLabel::shapedLayout() const
{
    if (m_layout)
        return *m_layout;
    // What qt_format_text() does to a plain text without mnemonics, tabs,
    // carriage returns or length variants before laying it out.
    QString shown = text();
    shown.replace(u'\n', QChar::LineSeparator);
    // Measured as drawn: the program's style shapes text that needs it even
    // where the interface font skips shaping (ShapingStyle.h).
    m_layout = std::make_unique<QTextLayout>(shown, ShapingStyle::fontFor(font(), shown));
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    option.setAlignment(Qt::AlignLeft); // boundingRect() aligns the whole block itself
    option.setTextDirection(Qt::LeftToRight); // as QFontMetrics measures, without a painter
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    // The layout is never ended: a new beginLayout() would drop the shaped
    // glyphs, and createLine() refuses to run after endLayout() (in Qt's
    // debug builds). clearLayout() drops only the lines.
    m_layout->beginLayout();
    return *m_layout;
}

QRect WrappedTextLabel::boundingRect(int width, int height, int flags) const
{
    // The steps of qt_format_text() for a measurement (no painter, no clip).
    // Qt adds every pass's line widths to the layout's maximumWidth(), which
    // only a new layout resets: start afresh long before that sum could
    // overflow (a thousand passes or so of a long text).
    if (m_layout && m_layout->maximumWidth() > 1e6)
        m_layout.reset();
    QTextLayout &layout = shapedLayout();
    const QRectF bounds(0, 0, width, height);
    const qreal lineWidth = qMax<qreal>(0, bounds.width());
    const qreal leading = QFontMetricsF(font()).leading();
    qreal textHeight = -leading;
    qreal textWidth = 0;
    layout.clearLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(lineWidth);
        textHeight = std::ceil(textHeight + leading); // lines start on whole pixels
        line.setPosition(QPointF(0, textHeight));
        textHeight += line.ascent() + line.descent();
        textWidth = qMax(textWidth, line.naturalTextWidth());
    }
    qreal left = 0;
    qreal top = 0;
    if (flags & Qt::AlignBottom)
        top = bounds.height() - textHeight;
    else if (flags & Qt::AlignVCenter)
        top = (bounds.height() - textHeight) / 2;
    if (flags & Qt::AlignRight)
        left = bounds.width() - textWidth;
    else if (flags & Qt::AlignHCenter)
        left = (bounds.width() - textWidth) / 2;
    return QRectF(left, top, textWidth, textHeight).toAlignedRect();
}

QSize WrappedTextLabel::sizeHint() const
{
    if (!handlesItself())
        return QLabel::sizeHint();
    ensurePolished(); // polishing may set the font the measurements depend on
    validateCache();
    if (!m_sizeHint.isValid())
        m_sizeHint = sizeForWidth(-1);
    return m_sizeHint;
}

QSize WrappedTextLabel::minimumSizeHint() const
{
    if (!handlesItself())
        return QLabel::minimumSizeHint();
    ensurePolished();
    validateCache();
    if (m_minimumSizeHint.isValid())
        return m_minimumSizeHint;
    // The layout on one unlimited line gives both the height of a line and
    // the widest run that cannot be broken (a long word, a host name).
    const int oneLine = sizeForWidth(QWIDGETSIZE_MAX).height();
    const int widest = int(std::ceil(shapedLayout().minimumWidth()));
    const QMargins margins = contentsMargins();
    const int extra = 2 * margin();
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
