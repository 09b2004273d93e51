// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>

/// A word-wrapped plain-text QLabel that is cheaper to lay out, with the same
/// sizes as QLabel (tested against it) and QLabel's own painting.
///
/// QLabel finds its minimum width by laying its text out at width 0, one
/// word a line; Japanese may break between any two characters, so that is a
/// line per character, and it shaped the Welcome page's text dozens of times
/// at start-up. This label takes the minimum width from one layout at full
/// width (QTextLayout::minimumWidth(), the widest unbreakable run), and
/// remembers the heights of the last widths the layouts asked about.
class WrappedTextLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedTextLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

private:
    /// What QLabel's sizeForWidth() computes for plain text: `width` < 0 asks
    /// for its preferred width (about 80 characters, narrower for short text).
    QSize sizeForWidth(int width) const;
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
    mutable QString m_measuredText;
    mutable QFont m_measuredFont;
    mutable Geometry m_measuredGeometry;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable std::array<Height, 8> m_heights{};
    mutable std::size_t m_nextHeight = 0;
};
