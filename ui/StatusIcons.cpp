// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusIcons.h"

#include <QCoreApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>
#include <QThread>

namespace StatusIcons {
namespace {

/// Draws one status icon into any rectangle: item views paint it through
/// QIcon::paint(), at the painter's scale; pixmaps are drawn at their size.
class StatusIconEngine final : public QIconEngine
{
public:
    explicit StatusIconEngine(Kind kind) : m_kind(kind) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const int side = qMin(rect.width(), rect.height());
        if (side <= 0)
            return;
        // A table paints one icon a row, all alike: drawn once as an image of
        // that size and copied after (a disc and a path, antialiased, cost
        // 60 times the copy). Under a scaling or rotating transform the image
        // would blur, and QPixmapCache and QPixmap belong to the GUI thread:
        // there the vectors are drawn.
        const QPaintDevice *device = painter->device();
        const bool guiThread = QCoreApplication::instance()
            && QThread::currentThread() == QCoreApplication::instance()->thread();
        if (painter->worldTransform().type() > QTransform::TxTranslate || !device || !guiThread) {
            drawScaled(painter, QRectF(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0,
                                       side, side), mode);
            return;
        }
        const qreal scale = device->devicePixelRatio();
        const QString key = QStringLiteral("tmems-status-%1-%2-%3")
                                .arg(int(m_kind))
                                .arg(qRound(side * scale))
                                .arg(mode == QIcon::Disabled ? 1 : 0);
        QPixmap drawn;
        if (!QPixmapCache::find(key, &drawn)) {
            drawn = pixmap(QSize(side, side) * scale, mode, QIcon::Off);
            drawn.setDevicePixelRatio(scale);
            QPixmapCache::insert(key, drawn);
        }
        // Whole pixels, as an item view's icon rectangles are.
        painter->drawPixmap(QPoint(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2), drawn);
    }

    /// `size` in device pixels.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        const int side = qMin(size.width(), size.height());
        drawScaled(&painter, QRectF((size.width() - side) / 2.0, (size.height() - side) / 2.0, side, side), mode);
        return pixmap;
    }

    /// What QIcon::pixmap() asks for at a device pixel ratio. Qt 6.8 changed
    /// what `size` counts: device pixels before, logical pixels since.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QPixmap drawn = pixmap(size * scale, mode, state);
#else
        QPixmap drawn = pixmap(size, mode, state);
#endif
        drawn.setDevicePixelRatio(scale);
        return drawn;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }

    QIconEngine *clone() const override { return new StatusIconEngine(m_kind); }
    QString key() const override { return QStringLiteral("tmems-status"); }

private:
    /// The icon's vectors, scaled into `square`.
    void drawScaled(QPainter *painter, const QRectF &square, QIcon::Mode mode) const
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        // Drawn in a 16 x 16 box.
        painter->translate(square.topLeft());
        painter->scale(square.width() / 16.0, square.height() / 16.0);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.45);
        draw(painter);
        painter->restore();
    }

    void draw(QPainter *p) const
    {
        QPen mark(Qt::white, 1.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        switch (m_kind) {
        case Kind::Ok: {
            disc(p, QColor(0x2e, 0x8b, 0x3e));
            p->setPen(mark);
            QPainterPath check;
            check.moveTo(4.4, 8.3);
            check.lineTo(6.9, 10.8);
            check.lineTo(11.6, 5.6);
            p->drawPath(check);
            break;
        }
        case Kind::Information:
            disc(p, QColor(0x1e, 0x6f, 0xd0));
            p->setPen(Qt::NoPen);
            p->setBrush(Qt::white);
            p->drawEllipse(QPointF(8, 4.6), 1.15, 1.15);
            p->drawRoundedRect(QRectF(7.0, 6.6, 2.0, 5.8), 0.8, 0.8);
            break;
        case Kind::Warning: {
            QPainterPath triangle;
            triangle.moveTo(8, 1.2);
            triangle.lineTo(15.2, 14.4);
            triangle.lineTo(0.8, 14.4);
            triangle.closeSubpath();
            p->setPen(QPen(QColor(0x9a, 0x67, 0x00), 0.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->setBrush(QColor(0xf2, 0xb1, 0x1b));
            p->drawPath(triangle);
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0x2b, 0x20, 0x00));
            p->drawRoundedRect(QRectF(7.1, 5.0, 1.8, 5.2), 0.8, 0.8);
            p->drawEllipse(QPointF(8, 12.1), 1.05, 1.05);
            break;
        }
        case Kind::Error:
            disc(p, QColor(0xc6, 0x28, 0x28));
            p->setPen(mark);
            p->drawLine(QPointF(5.3, 5.3), QPointF(10.7, 10.7));
            p->drawLine(QPointF(10.7, 5.3), QPointF(5.3, 10.7));
            break;
        case Kind::Busy: {
            const QColor blue(0x1e, 0x6f, 0xd0);
            p->setPen(QPen(blue, 2.0, Qt::SolidLine, Qt::RoundCap));
            p->setBrush(Qt::NoBrush);
            const QRectF ring(2.5, 2.5, 11, 11);
            p->drawArc(ring, 100 * 16, 290 * 16); // open at the top right
            QPainterPath head; // the arrow head at the arc's start, pointing on round
            head.moveTo(7.0, 0.2);
            head.lineTo(11.2, 2.6);
            head.lineTo(7.0, 5.0);
            head.closeSubpath();
            p->setPen(Qt::NoPen);
            p->setBrush(blue);
            p->drawPath(head);
            break;
        }
        }
    }

    static void disc(QPainter *p, const QColor &colour)
    {
        p->setPen(QPen(colour.darker(125), 0.8));
        p->setBrush(colour);
        p->drawEllipse(QRectF(0.9, 0.9, 14.2, 14.2));
    }

    Kind m_kind;
};

} // namespace

QIcon icon(Kind kind)
{
    return QIcon(new StatusIconEngine(kind));
}

} // namespace StatusIcons
