// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The status icons of the wizard's tables: drawn, sharp at 200%, told apart
// by colour and shape, and without the image-format plugins the style's PNG
// icons make Qt load (StatusIcons.h). A sheet of them, on a light and a dark
// background at 100% and 200%, lands in the build tree to be looked at.
#include "StatusIcons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QtTest>

class TestStatusIcons : public QObject
{
    Q_OBJECT

    static const QList<StatusIcons::Kind> &kinds()
    {
        using K = StatusIcons::Kind;
        static const QList<K> all{K::Ok, K::Information, K::Warning, K::Error, K::Busy};
        return all;
    }

    static int drawnPixels(const QImage &image)
    {
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        }
        return drawn;
    }

private slots:
    void drawnAtEverySizeAndScale()
    {
        for (const StatusIcons::Kind kind : kinds()) {
            const QIcon icon = StatusIcons::icon(kind);
            QVERIFY(!icon.isNull());
            for (const qreal scale : {1.0, 2.0}) {
                for (const int side : {16, 24, 32}) {
                    const QPixmap pixmap = icon.pixmap(QSize(side, side), scale);
                    // Device pixels at the scale asked: sharp at 200%, not an upscaled 16 px.
                    QCOMPARE(pixmap.size(), QSize(side, side) * scale);
                    QCOMPARE(pixmap.devicePixelRatio(), scale);
                    const int area = pixmap.width() * pixmap.height();
                    const int drawn = drawnPixels(pixmap.toImage());
                    QVERIFY2(drawn > area / 5 && drawn < area, qPrintable(QStringLiteral("kind %1 at %2 px x%3: %4 of %5 pixels")
                                                                      .arg(int(kind)).arg(side).arg(scale).arg(drawn).arg(area)));
                }
            }
            QCOMPARE(icon.actualSize(QSize(16, 20)), QSize(16, 16));
        }
    }

    void everyKindLooksDifferent()
    {
        QList<QImage> images;
        for (const StatusIcons::Kind kind : kinds())
            images << StatusIcons::icon(kind).pixmap(QSize(16, 16), 1.0).toImage();
        for (int a = 0; a < images.size(); ++a) {
            for (int b = a + 1; b < images.size(); ++b)
                QVERIFY2(images.at(a) != images.at(b), qPrintable(QStringLiteral("kinds %1 and %2 look the same").arg(a).arg(b)));
        }
    }

    void disabledIsFainter()
    {
        const QIcon icon = StatusIcons::icon(StatusIcons::Kind::Error);
        const QImage normal = icon.pixmap(QSize(16, 16), 1.0, QIcon::Normal).toImage();
        const QImage disabled = icon.pixmap(QSize(16, 16), 1.0, QIcon::Disabled).toImage();
        QCOMPARE(qAlpha(normal.pixel(8, 2)), 255); // inside the disc, off the cross
        QVERIFY(qAlpha(disabled.pixel(8, 2)) < 160);
    }

    void paintedAsTheirPixmaps()
    {
        // A table's icons come from an image drawn once a size (StatusIcons.cpp):
        // the same pixels as the icon's own pixmap, at 100% and 200%, in every
        // mode; and painted again from it, the same again.
        for (const StatusIcons::Kind kind : kinds()) {
            const QIcon icon = StatusIcons::icon(kind);
            for (const qreal scale : {1.0, 2.0}) {
                for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
                    const QImage expected =
                        icon.pixmap(QSize(16, 16), scale, mode).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
                    for (int round = 0; round < 2; ++round) {
                        QImage painted(QSize(20, 18) * scale, QImage::Format_ARGB32_Premultiplied);
                        painted.setDevicePixelRatio(scale);
                        painted.fill(Qt::transparent);
                        {
                            QPainter painter(&painted);
                            painter.translate(1, 0); // as a widget's offset in its window
                            icon.paint(&painter, QRect(1, 1, 16, 16), Qt::AlignCenter, mode);
                        }
                        const QImage square = painted.copy(QRect(QPoint(2, 1) * scale, QSize(16, 16) * scale));
                        QVERIFY2(square.convertToFormat(QImage::Format_ARGB32_Premultiplied) == expected,
                                 qPrintable(QStringLiteral("kind %1 x%2 mode %3 round %4").arg(int(kind)).arg(scale).arg(int(mode)).arg(round)));
                    }
                }
            }
        }
    }

    void scaledPaintersGetTheVectors()
    {
        // Under a painter's own scale an image would blur: 16 px drawn at 4x
        // has smooth edges, as the vectors at 64 px, not 4-pixel steps.
        const QIcon icon = StatusIcons::icon(StatusIcons::Kind::Ok);
        QImage scaled(64, 64, QImage::Format_ARGB32_Premultiplied);
        scaled.fill(Qt::transparent);
        {
            QPainter painter(&scaled);
            painter.scale(4, 4);
            icon.paint(&painter, QRect(0, 0, 16, 16));
        }
        const QImage vectors = icon.pixmap(QSize(64, 64), 1.0).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        int different = 0;
        for (int y = 0; y < 64; ++y) {
            for (int x = 0; x < 64; ++x)
                different += qAbs(qAlpha(scaled.pixel(x, y)) - qAlpha(vectors.pixel(x, y))) > 40 ? 1 : 0;
        }
        QVERIFY2(different < 40, qPrintable(QStringLiteral("%1 pixels differ from the vectors at 64 px").arg(different)));
    }

    void paintedWithoutImagePlugins()
    {
#ifdef Q_OS_LINUX
        // Painted as a table paints them, through QIcon::paint().
        QImage sheet(5 * 40, 40, QImage::Format_ARGB32_Premultiplied);
        sheet.fill(Qt::white);
        {
            QPainter painter(&sheet);
            int x = 4;
            for (const StatusIcons::Kind kind : kinds()) {
                StatusIcons::icon(kind).paint(&painter, QRect(x, 4, 32, 32));
                x += 40;
            }
        }
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY2(!mapped.contains("/imageformats/"), "an image-format plugin was loaded");
        QVERIFY2(!mapped.contains("/iconengines/"), "an icon-engine plugin was loaded");
#else
        QSKIP("reads /proc/self/maps");
#endif
    }

    void sheetForTheEye()
    {
        // Light and dark backgrounds, 100% and 200%: looked at when the icons change.
        const QString dir = QDir::current().filePath(QStringLiteral("status-icons"));
        QVERIFY(QDir().mkpath(dir));
        for (const qreal scale : {1.0, 2.0}) {
            QImage sheet(QSize(5 * 24, 2 * 24) * scale, QImage::Format_ARGB32_Premultiplied);
            sheet.setDevicePixelRatio(scale);
            QPainter painter(&sheet);
            painter.fillRect(QRect(0, 0, 5 * 24, 24), QColor(0xf0, 0xf0, 0xf0));
            painter.fillRect(QRect(0, 24, 5 * 24, 24), QColor(0x2a, 0x2a, 0x2a));
            for (int row = 0; row < 2; ++row) {
                int x = 4;
                for (const StatusIcons::Kind kind : kinds()) {
                    StatusIcons::icon(kind).paint(&painter, QRect(x, row * 24 + 4, 16, 16));
                    x += 24;
                }
            }
            painter.end();
            QVERIFY(sheet.save(QDir(dir).filePath(QStringLiteral("status-icons-%1x.png").arg(int(scale)))));
        }
    }
};

QTEST_MAIN(TestStatusIcons)
#include "TestStatusIcons.moc"
