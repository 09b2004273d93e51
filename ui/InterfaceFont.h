// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

/// The interface's font follows its language.
///
/// A desktop font without Japanese glyphs (DejaVu Sans, Cantarell, Segoe UI)
/// sets each Japanese sentence in two designs: its Latin letters and digits
/// in the desktop face, its kana and kanji in whatever face the fallback
/// search finds. A Japanese desktop sets the whole interface in its Japanese
/// face (Yu Gothic UI, Meiryo UI, Noto Sans CJK JP), whose Latin letters are
/// drawn to sit beside its kana. The Japanese interface does the same: when
/// the desktop's font has no Japanese glyphs, its family becomes the one the
/// system prefers for Japanese text, at the desktop's size. A desktop font
/// with Japanese glyphs is kept, even a Chinese or Korean face whose kanji
/// take that region's shapes (Noto Sans CJK KR on a Korean desktop): the
/// desktop's font is its user's choice.
///
/// Two more choices make the start-up, and every first paint of new text
/// after it, cheaper (README, "Performance"):
/// - In both languages, no OpenType shaping (QFont::PreferNoShaping, which Qt
///   documents for this). The interface's own strings use no feature shaping
///   applies but the kerning of Latin pairs. Shaping them all was a sixth of
///   a restored start's instructions (Japanese 86.6 M against 103.4 M,
///   English 67.1 M against 77.7 M), and in Japanese it copies Noto Sans
///   CJK's layout tables, about a megabyte, to the heap. Qt 6.4 then shapes
///   only the Indic scripts, Syriac, Thaana, Khmer and N'Ko, so the user's
///   data that needs shaping (an Arabic or Thai IDN) is drawn by ShapingStyle
///   and in the paste box with shaping on.
/// - In Japanese, whole-pixel advances (QFont::PreferFullHinting), as
///   Japanese Windows sets its interface text. At the light hinting of most
///   Linux desktops Qt places each glyph at a quarter-pixel offset and draws
///   it once for every offset it lands on; after a Latin word each kana lands
///   on a new offset. Noto
///   Sans CJK is a CFF font, which FreeType hints vertically in either mode,
///   so its glyphs keep their shapes; only Latin advances round to whole
///   pixels (kana and kanji are a whole em wide already).
namespace InterfaceFont {

/// From now on, the application font follows Translations::currentLanguage():
/// set now and again at every language change of the application. The
/// desktop's font is the one QApplication has when this is first called.
void followLanguage();

/// The font for an interface in `language` on a desktop whose font is
/// `desktopFont`: `desktopFont` without shaping, and for Japanese in the
/// Japanese face at whole-pixel advances.
QFont forLanguage(const QString &language, const QFont &desktopFont);

/// `font` (a theme's font for menus, tool tips, ...) in the face, shaping and
/// hinting of `interfaceFont`, at its own size and weight.
QFont inFaceOf(QFont font, const QFont &interfaceFont);

/// `font` without OpenType shaping (QFont::PreferNoShaping), as the interface
/// draws its own strings.
QFont unshaped(QFont font);
/// `font` with shaping, for text that may need it (ShapingStyle.h).
QFont shaped(QFont font);

/// The family the system prefers for Japanese text set in `desktopFont`:
/// that font's own family if it has Japanese glyphs. Empty if no installed
/// font has them. Asks fontconfig where there is one (the source of the
/// desktop's font preferences on Linux), else Qt.
QString japaneseFamily(const QFont &desktopFont);

/// The same answer from Qt's font database alone (the path without
/// fontconfig; tested on Linux too).
QString japaneseFamilyFromQt(const QFont &desktopFont);

} // namespace InterfaceFont
