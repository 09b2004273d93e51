// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <tuple>

namespace {

/// The test's environment without the variables named, in the C locale: a
/// session over SSH (no display), or one that must not steer the loader.
QProcessEnvironment environmentWithout(std::initializer_list<const char *> names)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : names)
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    return environment;
}

} // namespace

/// Runs the installed-style binary as a shell would: exit codes, streams, --version.
class TestBinarySmoke final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version();
    void help();
    void usageErrorIsTwo();
    void mistypedSubcommand();
    void rangesToStdout();
    void deadDnsServer_data();
    void deadDnsServer();
    void withoutDnsModuleSaysSo();
    void brokenDnsModuleIsExplainedInTheUsersLanguage();
    void globalLanguageBeforeTheSubcommand();
    void wizardWithoutDisplaySaysSo();
    void wizardReportsItsFirstPaintForTheBenchmark();
    void reportWithoutRuntimeDirectoryIsQuiet();
    void outputThatCannotBeWrittenIsAnError();
    void repeatedOptionIsRefused();
    void domainsFileFromStandardInput();
    void librariesInTheWorkingDirectoryAreIgnored();
};

void TestBinarySmoke::version()
{
    const CliRun run = runBinary({"--version"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("tmems-assistant " TMEMS_VERSION "\n")), qPrintable(run.out));
    QVERIFY(run.out.contains("2024.08.21"));
}

void TestBinarySmoke::help()
{
    const CliRun run = runBinary({"--help", "--lang", "en"});
    QCOMPARE(run.exitCode, 0);
    for (const char *name : {"ranges", "snippet"})
        QVERIFY2(run.out.contains(QLatin1String(name)), qPrintable(run.out));
}

void TestBinarySmoke::usageErrorIsTwo()
{
    const CliRun run = runBinary({"ranges", "--format"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(run.out, QString());
}

void TestBinarySmoke::mistypedSubcommand()
{
    // Not a window (or, without a display, a crash): the command line's message.
    const CliRun run = runBinary({"rangez", "--lang", "en"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("unknown subcommand \"rangez\"")), qPrintable(run.err));
}

void TestBinarySmoke::rangesToStdout()
{
    const CliRun run = runBinary({"ranges", "--added-only"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("15.168.56.0/25\n15.168.49.64/26\n15.168.56.128/26\n"));
}

void TestBinarySmoke::deadDnsServer_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en" << "unknown data center (the MX lookup failed because of a DNS error)";
    QTest::newRow("ja") << "ja" << "(DNSエラーのため、MXレコードのDNS検索に失敗しました)";
}

void TestBinarySmoke::deadDnsServer()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    // Nothing listens on 127.0.0.9: every query fails at once (or within the 1 s limit).
    const CliRun run = runBinary({"check", "example.jp", "--dns-server", "127.0.0.9", "--timeout", "1000", "--lang", lang});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    QVERIFY2(!run.out.contains(lang == "en" ? "no MX hosts found" : "MX ホストが見つかりません"), qPrintable(run.out));
}

/// QDnsLookup lives in a module the binary loads on its first DNS question
/// (app/core/DnsModule.h). A binary copied away from its modules says so once,
/// in the user's language, with the paths it tried, and exits 2; commands that
/// ask no DNS still work.
void TestBinarySmoke::withoutDnsModuleSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString alone = dir.filePath(QStringLiteral("tmems-assistant"));
    QVERIFY(QFile::copy(qEnvironmentVariable("TMEMS_BINARY"), alone));
    CliRun run = runBinary({"check", "example.jp", "--lang", "ja"}, {}, 60000, alone);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("DNSモジュールを読み込めません")), qPrintable(run.err));
    // The path as the program sees its own directory (canonical: TMPDIR may be a link).
    const QString canonical = QFileInfo(dir.path()).canonicalFilePath();
    QVERIFY2(run.err.contains(canonical + QStringLiteral("/libtmems-assistant-dns")), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    run = runBinary({"spf", "--ip", "192.0.2.1", "example.jp", "--lang", "en"}, {}, 60000, alone);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("tmems-assistant spf: cannot load the DNS module")), qPrintable(run.err));
    run = runBinary({"ranges", "--added-only"}, {}, 60000, alone);
    QCOMPARE(run.exitCode, 0);
}

void TestBinarySmoke::brokenDnsModuleIsExplainedInTheUsersLanguage()
{
#ifdef Q_OS_LINUX
    // check loads the module on a thread of its own while it starts; the
    // loader's reason must be in the user's language every time, whichever
    // thread gets there first. Several runs, as a race would show only in some.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString alone = dir.filePath(QStringLiteral("tmems-assistant"));
    QVERIFY(QFile::copy(qEnvironmentVariable("TMEMS_BINARY"), alone));
    QFile junk(dir.filePath(QStringLiteral("libtmems-assistant-dns.so")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a shared library\n");
    junk.close();
    for (int i = 0; i < 20; ++i) {
        const CliRun run = runBinary({"check", "example.jp", "--lang", "ja"}, {}, 60000, alone);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("DNSモジュールを読み込めません")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("を読み込めません: (")), qPrintable(run.err)); // QLibrary's, in Japanese
        QVERIFY2(!run.err.contains(QLatin1String("Cannot load library")), qPrintable(run.err));
    }
#else
    QSKIP("the junk module is named as on Linux");
#endif
}

void TestBinarySmoke::globalLanguageBeforeTheSubcommand()
{
    // The help lists --lang among the global options: it works there too.
    CliRun run = runBinary({"--lang", "ja", "--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("サブコマンド")), qPrintable(run.out));
    run = runBinary({"--lang", "en", "check"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("no domain given")), qPrintable(run.err));
    run = runBinary({"--lang=ja", "ranges", "--added-only"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("15.168.56.0/25\n15.168.49.64/26\n15.168.56.128/26\n"));
}

void TestBinarySmoke::wizardWithoutDisplaySaysSo()
{
    // No arguments asks for the wizard; over SSH there is no display for it.
    QProcess process;
    process.setProcessEnvironment(environmentWithout({"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}));
    process.start(qEnvironmentVariable("TMEMS_BINARY"), {});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not Qt's abort in the platform plugin
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("no display")), qPrintable(err));
}

void TestBinarySmoke::wizardReportsItsFirstPaintForTheBenchmark()
{
    // BenchWizardStartup times the program itself: asked to, the wizard says
    // when its first page has been painted, with its peak memory, and closes
    // its window as a user does, saving session and settings; a second start
    // in the same home is a returning user's, which restores that session.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = environmentWithout({"DISPLAY", "WAYLAND_DISPLAY"});
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("TMEMS_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    const QString autosave = home.filePath(QStringLiteral("data/tmems-assistant/tmems-assistant/autosave.json"));
    const QString settings = home.filePath(QStringLiteral("config/tmems-assistant/tmems-assistant.conf"));
    const QStringList domains{QStringLiteral("a.example"), QStringLiteral("b.example")};
    for (const bool returning : {false, true}) {
        QCOMPARE(QFileInfo::exists(autosave), returning);
        if (returning) {
            // As the benchmark's returning user: domains pasted, the Domains page.
            QFile file(autosave);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonObject session = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            QVERIFY2(session.value(QStringLiteral("format")) == QStringLiteral("tmems-session"), "not a session");
            QJsonArray entries;
            for (const QString &domain : domains)
                entries.append(QJsonObject{{QStringLiteral("input"), domain}});
            session.insert(QStringLiteral("domains"), entries);
            session.insert(QStringLiteral("page"), 1);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QJsonDocument(session).toJson());
        }
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("TMEMS_BINARY"), {});
        QVERIFY2(process.waitForFinished(60000), "the wizard did not quit after its first paint");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QStringList words = out.trimmed().split(QLatin1Char(' '));
        QCOMPARE(words.value(0), QStringLiteral("shown"));
        bool isNumber = false;
        const long peakKiB = words.value(1).toLong(&isNumber);
        QVERIFY2(isNumber && words.size() == 2, qPrintable(out));
#ifdef Q_OS_LINUX
        QVERIFY2(peakKiB > 1024, qPrintable(out)); // a Qt Widgets program needs megabytes
#else
        Q_UNUSED(peakKiB);
#endif
        QVERIFY2(QFileInfo::exists(autosave), "the window did not autosave as it closed");
        QVERIFY2(QFileInfo::exists(settings), "the window did not save its settings as it closed");
        QVERIFY2(!QFileInfo::exists(autosave + QStringLiteral(".lock")), "the autosave lock outlived the program");
    }
    // Restored, then saved again as the window closed.
    QFile file(autosave);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject session = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(session.value(QStringLiteral("page")).toInt(), 1);
    QStringList saved;
    for (const QJsonValue &entry : session.value(QStringLiteral("domains")).toArray())
        saved << entry.toObject().value(QStringLiteral("input")).toString();
    QCOMPARE(saved, domains);
}

void TestBinarySmoke::reportWithoutRuntimeDirectoryIsQuiet()
{
    // Root over sudo, cron, a container: no XDG_RUNTIME_DIR. Qt's notice about
    // it would be the only line on the standard error of `report`, which
    // starts QtGui (for fonts) even for --help.
    QProcess process;
    process.setProcessEnvironment(environmentWithout({"XDG_RUNTIME_DIR", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}));
    process.start(qEnvironmentVariable("TMEMS_BINARY"), {"report", "--help", "--lang", "en"});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QLatin1String("Usage:")));
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
}

void TestBinarySmoke::outputThatCannotBeWrittenIsAnError()
{
    // "ranges > /dev/full" must not end with 0 as if the list were written.
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(qEnvironmentVariable("TMEMS_BINARY"), {"ranges", "--lang", "en"});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("cannot write the output")), qPrintable(err));
}

void TestBinarySmoke::repeatedOptionIsRefused()
{
    // QCommandLineParser would keep the last --ip and check it alone.
    const CliRun run = runBinary({"spf", "example.jp", "--ip", "192.0.2.1", "--ip", "192.0.2.2", "--lang", "en"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--ip was given more than once")), qPrintable(run.err));
}

void TestBinarySmoke::domainsFileFromStandardInput()
{
    // "-" reads the list from a pipe; a bad line is refused before any DNS query.
    const CliRun run = runBinary({"check", "--domains-file", "-", "--lang", "en"}, "example.jp\nbad..name\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("bad..name")), qPrintable(run.err));
}

void TestBinarySmoke::librariesInTheWorkingDirectoryAreIgnored()
{
#ifdef Q_OS_LINUX
    // An empty RUNPATH entry means "the current directory" to the dynamic
    // loader: started from a folder holding a file named like a library it
    // needs (a download, an attacker's), the program would load it. Plant junk
    // under each name the program and its modules need (the loader stops at a
    // junk file with "file too short"), then run what loads the executable and
    // the DNS module (check), and the GUI module (report --help).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"libQt6Core.so.6", "libQt6Network.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6",
                             "libstdc++.so.6", "libm.so.6", "libgcc_s.so.1", "libc.so.6"}) {
        QFile junk(dir.filePath(QLatin1String(name)));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a shared library\n");
    }
    const auto runThere = [&dir](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environmentWithout({"DISPLAY", "WAYLAND_DISPLAY", "LD_LIBRARY_PATH"}));
        process.setWorkingDirectory(dir.path());
        process.start(qEnvironmentVariable("TMEMS_BINARY"), arguments);
        process.waitForFinished(60000);
        return std::make_tuple(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                               QString::fromUtf8(process.readAllStandardError()));
    };
    // A DNS answer of any kind (0, 1) or none (3): the module loaded.
    auto [code, out, err] = runThere({"check", "example.jp", "--dns-server", "127.0.0.9", "--timeout", "1000", "--lang", "en"});
    QVERIFY2(code == 0 || code == 1 || code == 3, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(err)));
    std::tie(code, out, err) = runThere({"report", "--help", "--lang", "en"});
    QVERIFY2(code == 0 && out.contains(QLatin1String("--output")), qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(err)));
#else
    QSKIP("RUNPATH is an ELF matter");
#endif
}

QTEST_GUILESS_MAIN(TestBinarySmoke)
#include "TestBinarySmoke.moc"
