// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <optional>

/// Start-up of the wizard, the `tmems-assistant` program users start, against
/// a minimal Qt Widgets program that shows an empty QWizard: time from
/// process start to the first painted page, and peak memory. Both programs
/// start fresh, alternately, 31 times each (this machine's wall times swing:
/// 7 runs gave medians a quarter apart). Every run of the wizard is a first
/// start: a new home directory, so no settings, language or session from the
/// run before.
///
/// Measured on Qt's offscreen platform, where the target (under 1.5 for time
/// and for memory) is checked, and, where Xvfb is installed, on an X server
/// as context: there "shown" means mapped and painted as a user sees it, but
/// the X server's own work makes those figures swing more (ratios 1.1-1.4
/// from one run to the next here) and their ratios smaller, as both programs
/// pay the same connection and window costs.
class BenchWizardStartup : public QObject
{
    Q_OBJECT

    struct Run
    {
        double ms = -1;
        long rssKiB = -1;
    };

    struct Medians
    {
        Run ours;
        Run peer;
        Run japanesePeer;
    };

    /// An X server of our own for the runs on a display: Xvfb picks a free
    /// display number and writes it to its standard output.
    class VirtualDisplay
    {
    public:
        bool start()
        {
            const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
            if (xvfb.isEmpty())
                return false;
            m_server.start(xvfb, {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                  QStringLiteral("0"), QStringLiteral("1280x1024x24"), QStringLiteral("-nolisten"),
                                  QStringLiteral("tcp")});
            QByteArray out;
            while (!out.contains('\n') && m_server.waitForReadyRead(10000))
                out += m_server.readAllStandardOutput();
            bool ok = false;
            const int number = out.trimmed().toInt(&ok);
            if (ok)
                m_name = QStringLiteral(":%1").arg(number);
            return ok;
        }
        ~VirtualDisplay()
        {
            m_server.terminate();
            if (!m_server.waitForFinished(5000))
                m_server.kill();
            m_server.waitForFinished();
        }
        QString name() const { return m_name; }

    private:
        QProcess m_server;
        QString m_name;
    };

    /// Time from starting `program` to its "shown" line (printed right after
    /// the first page's first paint), not to its exit: what happens after the
    /// page is on screen (the wizard saving its settings as it closes) is no
    /// part of start-up.
    static Run runOnce(const QString &program, const QProcessEnvironment &environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
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
            return {};
        out += process.readAllStandardOutput();
        const int at = out.indexOf("shown ");
        return {shownMs, out.mid(at + 6).trimmed().toLong()};
    }

    /// The environment of one run of either program: the platform, the user's
    /// language, and a home of its own, new for every run.
    static QProcessEnvironment environmentFor(const QString &platform, const QString &display, const QString &home,
                                              const QString &locale)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        if (display.isEmpty())
            environment.remove(QStringLiteral("DISPLAY"));
        else
            environment.insert(QStringLiteral("DISPLAY"), display);
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("LANG"), locale);
        environment.insert(QStringLiteral("LC_ALL"), locale);
        // Settings and session go to the new home; caches (fontconfig's) stay
        // where they are, as on a user's machine.
        if (!environment.contains(QStringLiteral("XDG_CACHE_HOME")))
            environment.insert(QStringLiteral("XDG_CACHE_HOME"), QDir::homePath() + QStringLiteral("/.cache"));
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        return environment;
    }

    template<typename T>
    static T median(QList<T> values)
    {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    }

    static Run medianOf(const QList<Run> &runs)
    {
        QList<double> ms;
        QList<long> rss;
        for (const Run &run : runs) {
            ms << run.ms;
            rss << run.rssKiB;
        }
        return {median(ms), median(rss)};
    }

    /// 31 alternating runs of each program on `platform`.
    static std::optional<Medians> measure(const QString &platform, const QString &display, const QString &locale,
                                          bool withJapanesePeer)
    {
        const QString wizard = QStringLiteral(MIGRATION_WIZARD);
        const QString peer = QStringLiteral(EMPTY_WIZARD);
        QList<Run> ours, peers, japanesePeers;
        for (int i = -1; i < 31; ++i) { // the first round warms the page cache and is not counted
            QTemporaryDir peerHome, ourHome, japanesePeerHome;
            if (!peerHome.isValid() || !ourHome.isValid() || !japanesePeerHome.isValid())
                return std::nullopt;
            QProcessEnvironment ourEnvironment = environmentFor(platform, display, ourHome.path(), locale);
            ourEnvironment.insert(QStringLiteral("TMEMS_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
            QProcessEnvironment japanesePeerEnvironment =
                environmentFor(platform, display, japanesePeerHome.path(), locale);
            japanesePeerEnvironment.insert(QStringLiteral("BENCH_PEER_LANG"), QStringLiteral("ja"));
            const Run peerRun = runOnce(peer, environmentFor(platform, display, peerHome.path(), locale));
            const Run ourRun = runOnce(wizard, ourEnvironment);
            const Run japanesePeerRun = withJapanesePeer ? runOnce(peer, japanesePeerEnvironment) : Run{0, 0};
            if (peerRun.ms < 0 || ourRun.ms < 0 || japanesePeerRun.ms < 0) {
                qWarning("a run on %s did not report its first page", qPrintable(platform));
                return std::nullopt;
            }
            if (i < 0)
                continue;
            peers << peerRun;
            ours << ourRun;
            japanesePeers << japanesePeerRun;
        }
        return Medians{medianOf(ours), medianOf(peers), medianOf(japanesePeers)};
    }

    static void print(const char *where, const Medians &m, bool withJapanesePeer)
    {
        qInfo("%s: first page shown: wizard %.1f ms, empty QWizard %.1f ms, ratio %.2f", where, m.ours.ms, m.peer.ms,
              m.ours.ms / m.peer.ms);
        qInfo("%s: peak memory: wizard %ld KiB, empty QWizard %ld KiB, ratio %.2f", where, m.ours.rssKiB,
              m.peer.rssKiB, double(m.ours.rssKiB) / double(m.peer.rssKiB));
        if (withJapanesePeer) {
            qInfo("%s: context: an empty QWizard with Japanese buttons: %.1f ms, %ld KiB; the wizard is %.2fx and "
                  "%.2fx that",
                  where, m.japanesePeer.ms, m.japanesePeer.rssKiB, m.ours.ms / m.japanesePeer.ms,
                  double(m.ours.rssKiB) / double(m.japanesePeer.rssKiB));
        }
    }

private slots:
    void startup()
    {
        // The wizard in Japanese lays out Japanese text, which the empty QWizard
        // never does: an empty QWizard with Japanese buttons is timed beside
        // them, as context (the target stays the plain empty QWizard).
        const bool japanese = qEnvironmentVariable("BENCH_LANG", QStringLiteral("ja")) == QLatin1String("ja");
        const QString locale = japanese ? QStringLiteral("ja_JP.UTF-8") : QStringLiteral("en_US.UTF-8");

        const std::optional<Medians> offscreen = measure(QStringLiteral("offscreen"), QString(), locale, japanese);
        QVERIFY(offscreen);
        print("offscreen", *offscreen, japanese);

        VirtualDisplay display;
        if (display.start()) {
            const std::optional<Medians> x11 = measure(QStringLiteral("xcb"), display.name(), locale, japanese);
            QVERIFY(x11);
            print("X server (Xvfb)", *x11, japanese);
        } else {
            qInfo("no Xvfb (Debian package xvfb): no figures on an X server");
        }

        QVERIFY2(offscreen->ours.ms / offscreen->peer.ms < 1.5, "start-up time over 1.5x the empty QWizard");
        QVERIFY2(double(offscreen->ours.rssKiB) / double(offscreen->peer.rssKiB) < 1.5,
                 "peak memory over 1.5x the empty QWizard");
    }
};

QTEST_GUILESS_MAIN(BenchWizardStartup)
#include "BenchWizardStartup.moc"
