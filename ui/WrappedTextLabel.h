// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>
#include <memory>

class QTextLayout;

/// A word-wrapped plain-text QLabel that is cheaper to lay out, with the same
/// sizes as QLabel (tested against it) and QLabel's own painting. Text that
/// needs shaping is measured shaped, as ShapingStyle draws it, where QLabel
/// would measure it in an interface font that skips shaping.
///
/// QLabel measures through QFontMetrics::boundingRect(), which shapes the
/// whole text again for every width a layout asks about, and it finds its
/// minimum width by laying the text out at width 0, one word a line (in
/// Japanese, a line per character). At start-up the layouts ask about six
/// widths, so the Welcome page's Japanese text was shaped dozens of times.
/// This label shapes its text once, into a QTextLayout it keeps, and only
/// breaks the lines again for another width, with the steps of Qt's own
/// qt_format_text(); it takes the minimum width from that layout
/// (QTextLayout::minimumWidth(), the widest unbreakable run), and remembers
/// the heights of the last widths the layouts asked about.
class WrappedTextLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedTextLabel(QWidget *parent = nullptr);
    ~WrappedTextLabel() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

private:
    /// What QLabel's sizeForWidth() computes for plain text: `width` < 0 asks
    /// for its preferred width (about 80 characters, narrower for short text).
    QSize sizeForWidth(int width) const;
    /// QFontMetrics::boundingRect(QRect(0, 0, width, height), flags, text())
    /// for plain text without mnemonics, from the one shaped layout.
    QRect boundingRect(int width, int height, int flags) const;
    /// The text shaped once for this text and font; lines are broken anew
    /// for each width.
    QTextLayout &shapedLayout() const;
    /// False where QLabel measures something this class does not copy (rich
    /// text, an indent, a mnemonic): then QLabel's own code answers.
    bool handlesItself() const;
    /// Forgets every measurement when anything they depend on has changed.
    void validateCache() const;

    /// What the measurements depend on besides the text and the font.
    struct Geometry
    {
        int margin = 0;
        QMargins contentsMargins;
        Qt::Alignment alignment;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        QSize minimumSize;
        int maximumWidth = 0;
        int dpi = 0; ///< the same point size measures differently on another screen
        bool operator==(const Geometry &other) const
        {
            return margin == other.margin && contentsMargins == other.contentsMargins && alignment == other.alignment
                   && direction == other.direction && minimumSize == other.minimumSize
                   && maximumWidth == other.maximumWidth && dpi == other.dpi;
        }
    };
    Geometry geometryNow() const;

    struct Height
    {
        int width = -1;
        int height = 0;
    };
    mutable std::unique_ptr<QTextLayout> m_layout;
    mutable QString m_measuredText;
    mutable QFont m_measuredFont;
    mutable Geometry m_measuredGeometry;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable std::array<Height, 8> m_heights{};
    mutable std::size_t m_nextHeight = 0;
};
