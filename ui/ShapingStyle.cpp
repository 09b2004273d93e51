// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShapingStyle.h"

#include "InterfaceFont.h"

#include <QPainter>
#include <QStyleOptionViewItem>
#include <QWidget>

#include <optional>

ShapingStyle::ShapingStyle(QStyle *base)
    : QProxyStyle(base)
{
}

bool ShapingStyle::needsShaping(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x80) // ASCII: the whole interface but a few strings
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i; // not in the call above: its arguments are read in no set order
        }
        switch (QChar::script(c)) {
        case QChar::Script_Common:
        case QChar::Script_Latin:
        case QChar::Script_Greek:
        case QChar::Script_Cyrillic:
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
        case QChar::Script_Bopomofo:
            continue;
        default: // combining marks (Inherited) need placing too
            return true;
        }
    }
    return false;
}

QFont ShapingStyle::fontFor(QFont font, QStringView text)
{
    return (font.styleStrategy() & QFont::PreferNoShaping) && needsShaping(text) ? InterfaceFont::shaped(font) : font;
}

void ShapingStyle::shapeTextOf(QWidget *widget, QStringView text)
{
    const QFont current = widget->font();
    const bool shape = needsShaping(text);
    if (shape == !(current.styleStrategy() & QFont::PreferNoShaping))
        return;
    const bool ownFont = widget->testAttribute(Qt::WA_SetFont)
        && (current.resolveMask() & ~QFont::StyleStrategyResolved) != 0;
    if (ownFont) {
        widget->setFont(shape ? InterfaceFont::shaped(current) : InterfaceFont::unshaped(current));
    } else if (shape) {
        QFont strategyOnly;
        strategyOnly.setStyleStrategy(InterfaceFont::shaped(current).styleStrategy());
        widget->setFont(strategyOnly);
    } else {
        widget->setFont(QFont()); // inherits the interface's again
    }
}

void ShapingStyle::drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette,
                                bool enabled, const QString &text, QPalette::ColorRole textRole) const
{
    const QFont shaped = fontFor(painter->font(), text);
    if (shaped == painter->font()) {
        QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
        return;
    }
    painter->save();
    painter->setFont(shaped);
    QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
    painter->restore();
}

namespace {

/// `option`, if it is an item view's item whose text needs shaping, as a copy
/// with a shaped font.
std::optional<QStyleOptionViewItem> shapedItem(const QStyleOption *option)
{
    const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option);
    if (!item)
        return std::nullopt;
    const QFont shaped = ShapingStyle::fontFor(item->font, item->text);
    if (shaped == item->font)
        return std::nullopt;
    QStyleOptionViewItem copy(*item);
    copy.font = shaped;
    return copy;
}

} // namespace

void ShapingStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    if (element == CE_ItemViewItem) {
        if (const std::optional<QStyleOptionViewItem> shaped = shapedItem(option)) {
            QProxyStyle::drawControl(element, &*shaped, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

QSize ShapingStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                                     const QWidget *widget) const
{
    if (type == CT_ItemViewItem) {
        if (const std::optional<QStyleOptionViewItem> shaped = shapedItem(option))
            return QProxyStyle::sizeFromContents(type, &*shaped, size, widget);
    }
    return QProxyStyle::sizeFromContents(type, option, size, widget);
}
