// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// InlineFillStyle: tall scroll bars and wide header sections look exactly as
// the style underneath draws them, and painting them hands nothing to Qt's
// thread pool.
#include "InlineFillStyle.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTest>

#include <memory>
#include <numeric>

namespace {

/// How many threads this process runs (Linux), or -1.
int threadCount()
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    return tasks.exists() ? int(tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()) : -1;
}

QImage rendered(QWidget *widget, qreal scale)
{
    QImage image((QSizeF(widget->size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(QColor(200, 40, 90)); // no style paints this: every pixel shows what was drawn over it
    widget->render(&image);
    return image;
}

/// The pixels where `a` and `b` differ, as "x,y" for the first few.
QStringList differences(const QImage &a, const QImage &b)
{
    QStringList found;
    if (a.size() != b.size())
        return {QStringLiteral("sizes differ")};
    for (int y = 0; y < a.height() && found.size() < 5; ++y) {
        for (int x = 0; x < a.width() && found.size() < 5; ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                found << QStringLiteral("%1,%2: %3 against %4")
                             .arg(x)
                             .arg(y)
                             .arg(a.pixel(x, y), 8, 16)
                             .arg(b.pixel(x, y), 8, 16);
        }
    }
    return found;
}

struct Styles
{
    std::unique_ptr<QStyle> plain{QStyleFactory::create(QStringLiteral("Fusion"))};
    std::unique_ptr<QStyle> inlined{new InlineFillStyle(QStyleFactory::create(QStringLiteral("Fusion")))};
};

std::unique_ptr<QScrollBar> scrollBar(QStyle *style, int height, int value, bool enabled)
{
    auto bar = std::make_unique<QScrollBar>(Qt::Vertical);
    bar->setStyle(style);
    bar->setRange(0, 100);
    bar->setPageStep(30);
    bar->setValue(value);
    bar->setEnabled(enabled);
    bar->resize(bar->sizeHint().width(), height);
    return bar;
}

std::unique_ptr<QTableWidget> table(QStyle *style, const QList<int> &widths)
{
    auto table = std::make_unique<QTableWidget>(2, int(widths.size()));
    table->setStyle(style);
    table->horizontalHeader()->setStyle(style);
    QStringList labels;
    for (int i = 0; i < widths.size(); ++i)
        labels << QStringLiteral("Column %1").arg(i + 1);
    table->setHorizontalHeaderLabels(labels);
    table->horizontalHeader()->setSortIndicatorShown(true);
    table->horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder);
    for (int i = 0; i < widths.size(); ++i)
        table->setColumnWidth(i, widths.at(i));
    table->resize(std::accumulate(widths.begin(), widths.end(), 40), 200);
    return table;
}

} // namespace

class TestInlineFillStyle : public QObject
{
    Q_OBJECT

private slots:
    // First, while nothing in this process has used Qt's thread pool yet.
    void paintingHandsNothingToTheThreadPool()
    {
        const int before = threadCount();
        if (before < 0)
            QSKIP("counts threads in /proc/self/task (Linux)");
        Styles styles;
        auto bar = scrollBar(styles.inlined.get(), 330, 40, true);
        rendered(bar.get(), 1);
        auto wide = table(styles.inlined.get(), {140, 140, 560});
        rendered(wide->horizontalHeader(), 1);
        QCOMPARE(threadCount(), before);

        // The same drawn by Fusion alone starts the pool's threads: the count
        // above can see them.
        auto plainBar = scrollBar(styles.plain.get(), 330, 40, true);
        rendered(plainBar.get(), 1);
        QVERIFY2(threadCount() > before, "Qt's raster engine no longer hands long fills to its pool");
    }

    void scrollBarsLookTheSame_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<qreal>("scale");
        for (const qreal scale : {1.0, 1.25, 1.5, 2.0}) {
            for (const int height : {40, 95, 96, 200, 330, 1001}) {
                QTest::addRow("%d px, top, x%.2f", height, scale) << height << 0 << true << scale;
                QTest::addRow("%d px, middle, x%.2f", height, scale) << height << 50 << true << scale;
                QTest::addRow("%d px, bottom, disabled, x%.2f", height, scale) << height << 100 << false << scale;
            }
        }
    }

    void scrollBarsLookTheSame()
    {
        QFETCH(int, height);
        QFETCH(int, value);
        QFETCH(bool, enabled);
        QFETCH(qreal, scale);
        Styles styles;
        auto plain = scrollBar(styles.plain.get(), height, value, enabled);
        auto inlined = scrollBar(styles.inlined.get(), height, value, enabled);
        const QStringList differ = differences(rendered(plain.get(), scale), rendered(inlined.get(), scale));
        QVERIFY2(differ.isEmpty(), qPrintable(differ.join(QStringLiteral("; "))));
    }

    void headerSectionsLookTheSame_data()
    {
        QTest::addColumn<QList<int>>("widths");
        QTest::addColumn<qreal>("scale");
        for (const qreal scale : {1.0, 1.5, 2.0, 3.0}) {
            QTest::addRow("one narrow, x%.1f", scale) << QList<int>{60} << scale;
            QTest::addRow("one wide, x%.1f", scale) << QList<int>{560} << scale;
            QTest::addRow("Domains page, x%.1f", scale) << QList<int>{140, 140, 560} << scale;
            QTest::addRow("narrow and wide, x%.1f", scale) << QList<int>{30, 96, 97, 300} << scale;
        }
    }

    void headerSectionsLookTheSame()
    {
        QFETCH(QList<int>, widths);
        QFETCH(qreal, scale);
        Styles styles;
        auto plain = table(styles.plain.get(), widths);
        auto inlined = table(styles.inlined.get(), widths);
        const QStringList differ = differences(rendered(plain->horizontalHeader(), scale),
                                               rendered(inlined->horizontalHeader(), scale));
        QVERIFY2(differ.isEmpty(), qPrintable(differ.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestInlineFillStyle)
#include "TestInlineFillStyle.moc"
