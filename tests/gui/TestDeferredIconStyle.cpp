// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// DeferredIconStyle: icons that look exactly like the base style's, read only
// when first drawn (so that building a QMenuBar reads no image at all).
#include "DeferredIconStyle.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QtTest>

namespace {

/// Fusion, counting the standard icons asked of it.
class CountingStyle final : public QProxyStyle
{
public:
    CountingStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override
    {
        ++asked;
        return QProxyStyle::standardIcon(icon, option, widget);
    }
    mutable int asked = 0;
};

QImage imageOf(const QIcon &icon, int size, qreal scale = 1.0)
{
    return icon.pixmap(QSize(size, size), scale).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

class TestDeferredIconStyle : public QObject
{
    Q_OBJECT

private slots:
    void sameImagesAsTheBaseStyle_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("size");
        QTest::addColumn<qreal>("scale");
        for (const auto which : {QStyle::SP_DialogApplyButton, QStyle::SP_MessageBoxWarning, QStyle::SP_MessageBoxCritical,
                                 QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_BrowserReload}) {
            QTest::addRow("%d at 16", int(which)) << int(which) << 16 << 1.0;
            QTest::addRow("%d at 32", int(which)) << int(which) << 32 << 1.0;
            QTest::addRow("%d at 16 x2", int(which)) << int(which) << 16 << 2.0;
        }
    }

    void sameImagesAsTheBaseStyle()
    {
        QFETCH(int, which);
        QFETCH(int, size);
        QFETCH(qreal, scale);
        DeferredIconStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        const auto pixmap = QStyle::StandardPixmap(which);
        const QIcon deferred = style.standardIcon(pixmap);
        const QIcon direct = style.baseStyle()->standardIcon(pixmap);
        QVERIFY(!direct.isNull());
        QVERIFY(!deferred.isNull());
        QCOMPARE(imageOf(deferred, size, scale), imageOf(direct, size, scale));
        QCOMPARE(deferred.availableSizes(), direct.availableSizes());
        QCOMPARE(deferred.actualSize(QSize(size, size)), direct.actualSize(QSize(size, size)));

        // Painted, not only asked for a pixmap: what a view's delegate does.
        QImage painted(size, size, QImage::Format_ARGB32_Premultiplied);
        QImage expected = painted;
        painted.fill(Qt::transparent);
        expected.fill(Qt::transparent);
        {
            QPainter p(&painted);
            deferred.paint(&p, painted.rect());
        }
        {
            QPainter p(&expected);
            direct.paint(&p, expected.rect());
        }
        QCOMPARE(painted, expected);
    }

    void readsNothingUntilDrawn()
    {
        auto *counting = new CountingStyle;
        DeferredIconStyle style(counting);
        QMainWindow window;
        window.setStyle(&style);
        const QIcon icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QCOMPARE(counting->asked, 0);
        const QIcon copy = icon; // copies share the one load
        QVERIFY(!copy.pixmap(16, 16).isNull());
        QCOMPARE(counting->asked, 1);
        QVERIFY(!icon.pixmap(32, 32).isNull());
        QCOMPARE(counting->asked, 1);
    }

    void menuBarReadsNoIcon()
    {
        // What the style is for: QMenuBar's constructor asks for its overflow
        // button's icon, which with File and Help is never drawn.
        auto *counting = new CountingStyle;
        QApplication::setStyle(new DeferredIconStyle(counting));
        {
            QMainWindow window;
            window.menuBar()->addMenu(QStringLiteral("&File"));
            window.menuBar()->addMenu(QStringLiteral("&Help"));
            window.resize(400, 300);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.grab();
            QCOMPARE(counting->asked, 0);
        }
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void rightToLeftArrowsFollowTheDirection()
    {
        DeferredIconStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        QStyleOption rtl;
        rtl.direction = Qt::RightToLeft;
        QStyleOption ltr;
        ltr.direction = Qt::LeftToRight;
        const QImage deferredRtl = imageOf(style.standardIcon(QStyle::SP_ArrowBack, &rtl), 16);
        const QImage deferredLtr = imageOf(style.standardIcon(QStyle::SP_ArrowBack, &ltr), 16);
        QCOMPARE(deferredRtl, imageOf(style.baseStyle()->standardIcon(QStyle::SP_ArrowBack, &rtl), 16));
        QCOMPARE(deferredLtr, imageOf(style.baseStyle()->standardIcon(QStyle::SP_ArrowBack, &ltr), 16));
        QVERIFY(deferredRtl != deferredLtr); // the direction did reach the base style
    }
};

QTEST_MAIN(TestDeferredIconStyle)
#include "TestDeferredIconStyle.moc"
