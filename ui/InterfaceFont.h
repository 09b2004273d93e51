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
/// system prefers for Japanese text, at the desktop's size.
///
/// The Japanese interface also skips OpenType shaping (QFont::PreferNoShaping;
/// scripts that need shaping, such as Arabic in an IDN, are still shaped).
/// Its strings use none of the features shaping applies (kerning of Latin
/// pairs is the only loss), and shaping reads Noto Sans CJK's layout tables,
/// about a megabyte copied to the heap: both choices together cut the
/// Japanese start-up by about a tenth (README, "Performance").
namespace InterfaceFont {

/// From now on, the application font follows Translations::currentLanguage():
/// set now and again at every language change of the application. The
/// desktop's font is the one QApplication has when this is first called.
void followLanguage();

/// The font for an interface in `language` on a desktop whose font is
/// `desktopFont`: `desktopFont` itself unless the language is Japanese.
QFont forLanguage(const QString &language, const QFont &desktopFont);

/// The family the system prefers for Japanese text set in `desktopFont`:
/// that font's own family if it has Japanese glyphs. Empty if no installed
/// font has them. Asks fontconfig where there is one (the source of the
/// desktop's font preferences on Linux), else Qt.
QString japaneseFamily(const QFont &desktopFont);

/// The same answer from Qt's font database alone (the path without
/// fontconfig; tested on Linux too).
QString japaneseFamilyFromQt(const QFont &desktopFont);

} // namespace InterfaceFont
