// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

#include <algorithm>

/// Start-up of the wizard against a minimal Qt Widgets program showing an
/// empty QWizard, both started fresh in this run, alternately, 31 times each
/// (this machine's wall times swing: 7 runs gave medians a quarter apart, 15
/// ratios 0.15 apart from one run of the benchmark to the next):
/// time from process start to the first painted page, and peak memory.
/// Target: both ratios under 1.5.
class BenchWizardStartup : public QObject
{
    Q_OBJECT

    struct Run
    {
        double ms = 0;
        long rssKiB = 0;
    };

    /// Time from starting the program to its "shown" line (printed right after
    /// the first page's first paint), not to its exit: what happens after the
    /// page is on screen (the wizard saving its session and geometry as the
    /// probe closes it) is no part of start-up.
    static Run runOnce(const QString &program, const QString &peerLanguage = QString())
    {
        QProcess process;
        if (!peerLanguage.isEmpty()) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("BENCH_PEER_LANG"), peerLanguage);
            process.setProcessEnvironment(environment);
        }
        QElapsedTimer timer;
        timer.start();
        process.start(program, {});
        QByteArray out;
        double shownMs = -1;
        while (shownMs < 0 && process.waitForReadyRead(60000)) {
            out += process.readAllStandardOutput();
            if (out.contains('\n') && out.contains("shown "))
                shownMs = timer.nsecsElapsed() / 1e6;
        }
        if (!process.waitForFinished(60000) || shownMs < 0)
            return {-1, -1};
        out += process.readAllStandardOutput();
        const int at = out.indexOf("shown ");
        return {shownMs, out.mid(at + 6).trimmed().toLong()};
    }

    template<typename T>
    static T median(QList<T> values)
    {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    }

private slots:
    void startup()
    {
        QList<double> peerMs, ourMs, japanesePeerMs;
        QList<long> peerRss, ourRss, japanesePeerRss;
        // The wizard in Japanese lays out Japanese text, which the empty QWizard
        // never does: an empty QWizard with Japanese buttons is timed beside
        // them, as context (the target stays the plain empty QWizard).
        const bool japanese = qEnvironmentVariable("BENCH_LANG", QStringLiteral("ja")) == QLatin1String("ja");
        runOnce(QStringLiteral(EMPTY_WIZARD)); // warm the page cache for both
        runOnce(QStringLiteral(MIGRATION_WIZARD));
        for (int i = 0; i < 31; ++i) {
            const Run peer = runOnce(QStringLiteral(EMPTY_WIZARD));
            const Run ours = runOnce(QStringLiteral(MIGRATION_WIZARD));
            if (japanese) {
                const Run japanesePeer = runOnce(QStringLiteral(EMPTY_WIZARD), QStringLiteral("ja"));
                QVERIFY(japanesePeer.ms > 0);
                japanesePeerMs << japanesePeer.ms;
                japanesePeerRss << japanesePeer.rssKiB;
            }
            QVERIFY(peer.ms > 0 && ours.ms > 0);
            peerMs << peer.ms;
            ourMs << ours.ms;
            peerRss << peer.rssKiB;
            ourRss << ours.rssKiB;
        }
        const double timeRatio = median(ourMs) / median(peerMs);
        const double memoryRatio = double(median(ourRss)) / double(median(peerRss));
        qInfo("first page shown: wizard %.1f ms, empty QWizard %.1f ms, ratio %.2f (target < 1.5)", median(ourMs),
              median(peerMs), timeRatio);
        qInfo("peak memory: wizard %ld KiB, empty QWizard %ld KiB, ratio %.2f (target < 1.5)", median(ourRss),
              median(peerRss), memoryRatio);
        if (japanese) {
            qInfo("context: an empty QWizard with Japanese buttons: %.1f ms, %ld KiB; the wizard is %.2fx and %.2fx that",
                  median(japanesePeerMs), median(japanesePeerRss), median(ourMs) / median(japanesePeerMs),
                  double(median(ourRss)) / double(median(japanesePeerRss)));
        }
        QVERIFY2(timeRatio < 1.5, "start-up time over 1.5x the empty QWizard");
        QVERIFY2(memoryRatio < 1.5, "peak memory over 1.5x the empty QWizard");
    }
};

QTEST_GUILESS_MAIN(BenchWizardStartup)
#include "BenchWizardStartup.moc"
