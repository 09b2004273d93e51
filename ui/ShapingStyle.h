// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QProxyStyle>
#include <QStringView>

/// Shapes the text that needs it, where the interface font does not.
///
/// The interface font skips OpenType shaping (QFont::PreferNoShaping, see
/// InterfaceFont.h): the program's own strings, Japanese and English, need
/// none, and shaping every string was a sixth of a restored start. But Qt 6.4
/// then shapes only the Indic scripts, Syriac, Thaana, Khmer and N'Ko, so the
/// user's data in another script that needs shaping (an Arabic or Thai IDN,
/// a folder name in a message) would be drawn with its letters unjoined. This
/// style draws such text, in item views and in plain-text labels, with
/// shaping on; everything else is drawn as by the base style.
class ShapingStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    /// Over `base` (owned), or over the platform's default style when null.
    explicit ShapingStyle(QStyle *base = nullptr);

    /// Whether `text` has letters Qt draws correctly only when shaped: any
    /// script but Latin, Greek, Cyrillic, Han, kana, Hangul and Bopomofo, and
    /// combining marks. Digits, punctuation and spaces need none.
    static bool needsShaping(QStringView text);
    /// `font` with shaping on if `text` needs it.
    static QFont fontFor(QFont font, QStringView text);
    /// For a widget that draws `text` without the style (a text edit, a
    /// selectable or rich-text label): shaping on while the text needs it,
    /// off again when it does not. Only the widget's font strategy changes,
    /// so a font it inherits keeps following the interface's language, and
    /// a font of its own (monospace) keeps its family.
    static void shapeTextOf(QWidget *widget, QStringView text);

    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette, bool enabled,
                      const QString &text, QPalette::ColorRole textRole = QPalette::NoRole) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget = nullptr) const override;
};
