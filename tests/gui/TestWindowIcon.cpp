// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window icon: set only once the window has been painted, and drawn from
// the SVG, which needs Qt's SVG icon engine (Debian libqt6svg6, a dependency of
// the package; without it the icon stays empty and this test fails).
#include "WizardLauncher.h"

#include <QApplication>
#include <QWidget>
#include <QtTest>

class TestWindowIcon : public QObject
{
    Q_OBJECT

private slots:
    void setAfterTheFirstPaint()
    {
        QVERIFY(QApplication::windowIcon().isNull());
        QWidget window;
        window.resize(240, 120);
        WizardLauncher::finishAfterFirstPaint(&window);
        QCoreApplication::processEvents();
        QVERIFY2(QApplication::windowIcon().isNull(), "set before the window was painted");

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY2(!QApplication::windowIcon().isNull(), "no window icon: is Qt's SVG icon engine installed?");

        const QImage image = QApplication::windowIcon().pixmap(64, 64).toImage();
        QCOMPARE(image.size(), QSize(64, 64));
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        }
        QVERIFY2(drawn > 64 * 64 / 4, qPrintable(QStringLiteral("only %1 pixels drawn").arg(drawn)));
    }
};

QTEST_MAIN(TestWindowIcon)
#include "TestWindowIcon.moc"
