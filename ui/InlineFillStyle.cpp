// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineFillStyle.h"

#include <QImage>
#include <QPainter>
#include <QStyleOption>

#include <cmath>

namespace {

/// The painter's scale from logical to device pixels, if drawing through it
/// into an image of that scale and copying the image back gives the same
/// pixels: the same scale across and down (the device's pixel ratio; a widget
/// rendered into an image reports its own ratio, not the image's, so the
/// transform is what counts), a translation by whole device pixels, the usual
/// composition mode and full opacity. Otherwise 0.
qreal exactCopyScale(const QPainter *painter)
{
    if (!painter->isActive())
        return 0;
    const QTransform transform = painter->deviceTransform();
    if (transform.type() > QTransform::TxScale || transform.m11() <= 0
        || !qFuzzyCompare(transform.m11(), transform.m22()))
        return 0;
    if (std::abs(transform.dx() - std::round(transform.dx())) > 1e-6
        || std::abs(transform.dy() - std::round(transform.dy())) > 1e-6)
        return 0;
    if (painter->compositionMode() != QPainter::CompositionMode_SourceOver || painter->opacity() < 1.0)
        return 0;
    return transform.m11();
}

/// The longest length in logical pixels that is at most `limit` device pixels
/// and a whole number of them at `scale`; 0 if that leaves too little to be worth it.
int wholeDeviceLength(int limit, qreal scale)
{
    for (int length = int(limit / scale); length >= 8; --length) {
        const qreal device = length * scale;
        if (std::abs(device - std::round(device)) < 1e-6)
            return length;
    }
    return 0;
}

/// A transparent image covering `logical` at `scale`.
QImage transparentImage(const QRect &logical, qreal scale)
{
    QImage image((QSizeF(logical.size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    return image;
}

/// Begins `painter` on `image`, set up like `like`, with `origin` at the image's top left.
void beginLike(QPainter *painter, QImage *image, const QPainter *like, const QPoint &origin)
{
    painter->begin(image);
    painter->setRenderHints(like->renderHints());
    painter->setFont(like->font());
    painter->setPen(like->pen());
    painter->setBrush(like->brush());
    painter->setLayoutDirection(like->layoutDirection());
    painter->translate(-origin);
}

/// Whether the style at the bottom of `style`'s proxies is Fusion.
bool isFusion(const QStyle *style)
{
    while (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        style = proxy->baseStyle();
    return style && style->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

} // namespace

InlineFillStyle::InlineFillStyle(QStyle *base) : QProxyStyle(base) {}

void InlineFillStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                         QPainter *painter, const QWidget *widget) const
{
    const qreal scale = control == CC_ScrollBar ? exactCopyScale(painter) : 0;
    const int stripHeight = scale > 0 ? wholeDeviceLength(inlineSpans, scale) : 0;
    if (stripHeight == 0 || option->rect.height() * scale <= inlineSpans || !isFusion(baseStyle())) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    // The image's height bounds every batch: the engine clips spans to its device.
    const QRect whole = option->rect;
    for (int top = whole.top(); top <= whole.bottom(); top += stripHeight) {
        const QRect strip(whole.left(), top, whole.width(), qMin(stripHeight, whole.bottom() + 1 - top));
        QImage image = transparentImage(strip, scale);
        QPainter stripPainter;
        beginLike(&stripPainter, &image, painter, strip.topLeft());
        baseStyle()->drawComplexControl(control, option, &stripPainter, widget);
        stripPainter.end();
        painter->drawImage(strip.topLeft(), image);
    }
}

void InlineFillStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
    const qreal scale = header ? exactCopyScale(painter) : 0;
    // Ends kept as drawn: Fusion puts its section separator in the last two columns.
    constexpr int end = 8;
    constexpr int middle = 8;
    // A whole-number scale: the stretched middle's columns then start and end on device pixels.
    if (element != CE_HeaderSection || scale <= 0 || !qFuzzyCompare(scale, std::round(scale))
        || option->rect.width() * scale <= inlineSpans || option->rect.height() * scale > inlineSpans
        || !isFusion(baseStyle())) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    const QRect whole = option->rect;
    const QRect narrow(whole.topLeft(), QSize(2 * end + middle, whole.height()));
    QImage image = transparentImage(narrow, scale);
    QPainter narrowPainter;
    beginLike(&narrowPainter, &image, painter, narrow.topLeft());
    if (const auto *v2 = qstyleoption_cast<const QStyleOptionHeaderV2 *>(option)) {
        QStyleOptionHeaderV2 copy = *v2;
        copy.rect = narrow;
        baseStyle()->drawControl(element, &copy, &narrowPainter, widget);
    } else {
        QStyleOptionHeader copy = *header;
        copy.rect = narrow;
        baseStyle()->drawControl(element, &copy, &narrowPainter, widget);
    }
    narrowPainter.end();
    // Whole device pixels on both sides (the scale is an integer): each
    // stretched column is a copy of one of the middle's, which are all alike.
    const auto device = [scale](int x, int width, int height) {
        return QRectF(x * scale, 0, width * scale, height * scale);
    };
    const int h = whole.height();
    painter->drawImage(QRectF(whole.left(), whole.top(), end, h), image, device(0, end, h));
    painter->drawImage(QRectF(whole.left() + end, whole.top(), whole.width() - 2 * end, h), image,
                       device(end, middle, h));
    painter->drawImage(QRectF(whole.right() + 1 - end, whole.top(), end, h), image, device(end + middle, end, h));
}
