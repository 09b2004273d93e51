// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTextLayer.h"

#include <QList>
#include <QString>

namespace {

/// The ideograph a radical is compatible with (NFKC), or 0. The CJK Radicals
/// Supplement (U+2E80..) has no such mapping for all but two of its
/// characters, so only those two are mapped from it.
char16_t ideographFor(char16_t radical)
{
    if (radical < 0x2E80 || radical > 0x2FDF)
        return 0;
    const QString normalized = QString(QChar(radical)).normalized(QString::NormalizationForm_KC);
    if (normalized.size() != 1 || normalized.at(0).unicode() == radical)
        return 0;
    return normalized.at(0).unicode();
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/// Rewrites the `<XXXX>` at `at` (four hex digits) if it is a radical.
bool rewriteCode(QByteArray *pdf, qsizetype at)
{
    if (at + 5 >= pdf->size() || pdf->at(at) != '<' || pdf->at(at + 5) != '>')
        return false;
    int value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int digit = hexValue(pdf->at(at + i));
        if (digit < 0)
            return false;
        value = value * 16 + digit;
    }
    const char16_t ideograph = ideographFor(char16_t(value));
    if (!ideograph)
        return false;
    const QByteArray hex = QByteArray::number(int(ideograph), 16).toUpper().rightJustified(4, '0');
    for (int i = 0; i < 4; ++i)
        (*pdf)[at + 1 + i] = hex.at(i);
    return true;
}

/// The positions of the `<` of every `<....>` token in [from, to).
QList<qsizetype> tokens(const QByteArray &pdf, qsizetype from, qsizetype to)
{
    QList<qsizetype> found;
    for (qsizetype at = pdf.indexOf('<', from); at >= 0 && at < to; at = pdf.indexOf('<', at + 1))
        found.append(at);
    return found;
}

} // namespace

int PdfTextLayer::mapRadicalsToIdeographs(QByteArray *pdf)
{
    int changed = 0;
    for (qsizetype start = pdf->indexOf("begincmap"); start >= 0; start = pdf->indexOf("begincmap", start + 1)) {
        const qsizetype end = pdf->indexOf("endcmap", start);
        if (end < 0)
            break;
        // "<src> <dst>" pairs: the destination is every second token.
        for (qsizetype block = pdf->indexOf("beginbfchar", start); block >= 0 && block < end;
             block = pdf->indexOf("beginbfchar", block + 1)) {
            const qsizetype blockEnd = pdf->indexOf("endbfchar", block);
            const QList<qsizetype> found = tokens(*pdf, block, blockEnd < 0 ? end : blockEnd);
            for (qsizetype i = 1; i < found.size(); i += 2)
                changed += rewriteCode(pdf, found.at(i));
        }
        // "<lo> <hi> [<dst> ...]" lines: every code inside the brackets; a
        // "<lo> <hi> <dst>" line maps a run and is rewritten only for one glyph.
        for (qsizetype block = pdf->indexOf("beginbfrange", start); block >= 0 && block < end;
             block = pdf->indexOf("beginbfrange", block + 1)) {
            const qsizetype blockEnd = qMin(end, pdf->indexOf("endbfrange", block));
            for (qsizetype line = pdf->indexOf('\n', block) + 1; line > 0 && line < blockEnd;) {
                const qsizetype lineEnd = qMin(blockEnd, pdf->indexOf('\n', line) < 0 ? blockEnd : pdf->indexOf('\n', line));
                const QList<qsizetype> found = tokens(*pdf, line, lineEnd);
                const qsizetype bracket = pdf->indexOf('[', line);
                if (bracket >= 0 && bracket < lineEnd) {
                    for (qsizetype at : found) {
                        if (at > bracket)
                            changed += rewriteCode(pdf, at);
                    }
                } else if (found.size() == 3 && pdf->mid(found.at(0), 6) == pdf->mid(found.at(1), 6)) {
                    changed += rewriteCode(pdf, found.at(2));
                }
                line = lineEnd + 1;
            }
        }
        start = end;
    }
    return changed;
}
