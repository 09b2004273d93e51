// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/// Repairs the text layer (the /ToUnicode CMaps) of a PDF that QPdfWriter
/// wrote. Japanese fonts such as Noto Sans CJK draw 日 (U+65E5) and the Kangxi
/// radical ⽇ (U+2F47) with one glyph; Qt maps each glyph back to the lowest
/// code point that uses it, so copying or searching the report's Japanese
/// found ⽇本 instead of 日本 (43 times in one report). Our text never holds a
/// radical (domain names are NFKC-normalised, every other word is ours), so
/// each radical in a CMap stands for the ideograph it is compatible with.
namespace PdfTextLayer {

/// Rewrites, in place and at the same length (no offset in the file moves),
/// every Kangxi radical that a CMap maps a glyph to into its ideograph;
/// returns how many entries changed.
int mapRadicalsToIdeographs(QByteArray *pdf);

} // namespace PdfTextLayer
