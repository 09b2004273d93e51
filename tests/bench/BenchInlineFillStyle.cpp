// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What InlineFillStyle (ui/InlineFillStyle.h) costs or saves at each repaint,
// as a user scrolling the Domains table repaints its scroll bar and header:
// painting them through it against Fusion alone, in the same run, alternating.
// Prints the medians and their ratio; the first paint is what the start-up
// benchmark measures.
#include "InlineFillStyle.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// The same widget twice: drawn by Fusion alone, and through InlineFillStyle.
struct Pair
{
    QWidget *plain;
    QWidget *inlined;
};

/// Renders each of `pair` `rounds` times, alternating which goes first, and
/// prints the medians in microseconds and their ratio.
void compare(const char *what, const Pair &pair, int rounds)
{
    QImage image(pair.plain->size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> plain;
    QList<double> inlined;
    QElapsedTimer timer;
    for (int i = 0; i < rounds; ++i) {
        for (const bool throughInline : {i % 2 == 0, i % 2 != 0}) {
            timer.start();
            (throughInline ? pair.inlined : pair.plain)->render(&image);
            (throughInline ? inlined : plain) << timer.nsecsElapsed() / 1000.0;
        }
    }
    qInfo("%-34s Fusion %7.1f us   through InlineFillStyle %7.1f us   ratio %.2f", what, medianOf(plain),
          medianOf(inlined), medianOf(inlined) / medianOf(plain));
}

} // namespace

class BenchInlineFillStyle : public QObject
{
    Q_OBJECT

private slots:
    void repaint()
    {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        std::unique_ptr<QStyle> inlined(new InlineFillStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        const auto bar = [](QStyle *style) {
            auto *scrollBar = new QScrollBar(Qt::Vertical);
            scrollBar->setStyle(style);
            scrollBar->setRange(0, 100);
            scrollBar->setPageStep(60);
            scrollBar->resize(scrollBar->sizeHint().width(), 330);
            return scrollBar;
        };
        const auto header = [](QStyle *style) {
            auto *table = new QTableWidget(1, 3);
            table->setStyle(style);
            table->horizontalHeader()->setStyle(style);
            table->setHorizontalHeaderLabels({QStringLiteral("Entered"), QStringLiteral("Domain"), QStringLiteral("Status")});
            table->setColumnWidth(0, 140);
            table->setColumnWidth(1, 140);
            table->setColumnWidth(2, 560);
            table->resize(860, 200);
            return table;
        };
        std::unique_ptr<QScrollBar> plainBar(bar(fusion.get()));
        std::unique_ptr<QScrollBar> inlineBar(bar(inlined.get()));
        std::unique_ptr<QTableWidget> plainTable(header(fusion.get()));
        std::unique_ptr<QTableWidget> inlineTable(header(inlined.get()));
        compare("scroll bar, 330 px", {plainBar.get(), inlineBar.get()}, 2001);
        compare("header, sections 140/140/560 px", {plainTable->horizontalHeader(), inlineTable->horizontalHeader()},
                2001);
    }
};

QTEST_MAIN(BenchInlineFillStyle)
#include "BenchInlineFillStyle.moc"
