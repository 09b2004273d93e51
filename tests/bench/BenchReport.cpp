// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Report generation time for 1, 20 and 200 domains, measured in one run. The
// bound is relative (200 within 1.2x of ten times 20), so the machine's speed
// does not matter; prints the figures and fails only when growth is not linear.
#include "ReportFixtures.h"
#include "ReportWriter.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

namespace {

/// The best of `runs` timings: the least disturbed by other work on a shared machine.
double bestMs(ReportWriter::Format format, int domains, int runs, qsizetype *bytes)
{
    const QList<DomainReport> input = ReportFixtures::many(domains);
    const ReportOptions options = ReportFixtures::options(QStringLiteral("ja"));
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        *bytes = ReportWriter::render(format, input, options).size();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

class BenchReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void benchLinearGrowth_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pdf") << int(ReportWriter::Format::Pdf);
        QTest::newRow("html") << int(ReportWriter::Format::Html);
    }

    void benchLinearGrowth()
    {
        QFETCH(int, format);
        const auto f = ReportWriter::Format(format);
        qsizetype bytes = 0;
        bestMs(f, 5, 1, &bytes); // warm-up: fonts, translator, catalog
        const double one = bestMs(f, 1, 5, &bytes);
        const double twenty = bestMs(f, 20, 3, &bytes);
        const double twoHundred = bestMs(f, 200, 2, &bytes);
        const double ratio = twoHundred / (10 * twenty);
        const bool linear = ratio <= 1.2;
        qInfo("%s: 1 domain %.1f ms, 20 domains %.1f ms, 200 domains %.1f ms (%lld bytes)", QTest::currentDataTag(), one,
              twenty, twoHundred, qlonglong(bytes));
        qInfo("%s: 200 / (10 x 20) = %.3f -> %s 1.2x", QTest::currentDataTag(), ratio, linear ? "within" : "NOT within");
        // The bound is on the PDF, the report people attach; the HTML export takes
        // milliseconds, where cache effects of a megabyte-sized string dominate, so
        // its ratio is printed for information only.
        if (f == ReportWriter::Format::Pdf)
            QVERIFY2(linear, "PDF generation does not grow linearly with the number of domains");
    }
};

QTEST_MAIN(BenchReport)
#include "BenchReport.moc"
