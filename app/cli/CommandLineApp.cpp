// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLineApp.h"

#include "CatalogLoader.h"
#include "CheckCommand.h"
#include "DnsModule.h"
#include "DnsSubcommand.h"
#include "QuickExit.h"
#include "RangesCommand.h"
#include "SnippetCommand.h"
#include "SpfCommand.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTimer>

#include <cerrno>
#include <cstdio>

namespace {

/// The value of --lang (or --lang=X) anywhere on the line: the language must be
/// installed before any message, including parse errors, is written.
QString languageOption(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

} // namespace

CommandLineApp::CommandLineApp(CliStreams streams, QObject *parent)
    : QObject(parent)
    , m_streams(streams)
{
}

CommandLineApp::~CommandLineApp() = default;

QStringList CommandLineApp::subcommandNames()
{
    return {QStringLiteral("check"), QStringLiteral("spf"), QStringLiteral("ranges"),
            QStringLiteral("snippet"), QStringLiteral("report")};
}

bool CommandLineApp::isCommandLine(const QStringList &arguments)
{
    // Any argument at all means the command line: the wizard takes none, and a
    // mistyped subcommand must get "unknown subcommand", not a window (or, with
    // no display, a crash in the platform plugin).
    return arguments.size() >= 2;
}

QString CommandLineApp::reportSummary()
{
    return tr("Check domains and write the change report (PDF, HTML, JSON or CSV).");
}

void CommandLineApp::addSubcommand(const QString &name, SubcommandFactory factory)
{
    m_addedSubcommands[name] = std::move(factory);
}

std::unique_ptr<Subcommand> CommandLineApp::createSubcommand(const QString &name)
{
    if (const auto added = m_addedSubcommands.find(name); added != m_addedSubcommands.end())
        return added->second(m_streams);
    if (name == QLatin1String("check"))
        return std::make_unique<CheckCommand>(m_streams);
    if (name == QLatin1String("ranges"))
        return std::make_unique<RangesCommand>(m_streams);
    if (name == QLatin1String("snippet"))
        return std::make_unique<SnippetCommand>(m_streams);
    if (name == QLatin1String("spf"))
        return std::make_unique<SpfCommand>(m_streams);
    return nullptr;
}

void CommandLineApp::printHelp()
{
    QTextStream &out = *m_streams.out;
    out << tr("Usage: tmems-assistant [SUBCOMMAND] [options]") << '\n' << '\n';
    out << tr("Without a subcommand, the migration wizard opens.") << '\n' << '\n';
    out << tr("Subcommands:") << '\n';
    for (const QString &name : subcommandNames()) {
        const auto command = createSubcommand(name);
        const QString summary = command ? command->summary() : reportSummary();
        out << QStringLiteral("  %1  %2").arg(name, -8).arg(summary) << '\n';
    }
    out << '\n' << tr("Global options:") << '\n';
    out << QStringLiteral("  --help     ") << tr("Show this help.") << '\n';
    out << QStringLiteral("  --version  ") << tr("Show the program and catalog versions.") << '\n';
    out << QStringLiteral("  --lang     ") << tr("Language of the output: ja or en.") << '\n';
    out << '\n' << tr("Run \"tmems-assistant SUBCOMMAND --help\" for the options of a subcommand.") << '\n';
    out << tr("Not affiliated with or endorsed by Trend Micro.") << '\n';
}

void CommandLineApp::finish(int exitCode)
{
    m_streams.out->flush();
    m_streams.err->flush();
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void CommandLineApp::start(const QStringList &arguments)
{
    const QString requested = languageOption(arguments);
    if (!requested.isEmpty() && Translations::normalizeLanguage(requested).isEmpty()) {
        Translations::install(Translations::systemLanguage());
        *m_streams.err << tr("tmems-assistant: unknown language \"%1\"; use ja or en").arg(requested) << Qt::endl;
        finish(ExitUsage);
        return;
    }
    Translations::install(requested.isEmpty() ? Translations::systemLanguage() : requested);

    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        const Catalog catalog = CatalogLoader::builtIn();
        *m_streams.out << QStringLiteral("tmems-assistant %1").arg(QStringLiteral(TMEMS_VERSION)) << '\n'
                       << tr("catalog %1 (sources as of %2)")
                              .arg(catalog.catalogVersion, catalog.sourceDate().toString(Qt::ISODate))
                       << '\n';
        finish(ExitOk);
        return;
    }
    if (first == QLatin1String("--lang") && arguments.size() == 2) {
        *m_streams.err << tr("tmems-assistant: --lang needs ja or en") << Qt::endl;
        finish(ExitUsage);
        return;
    }
    const bool languageAlone = arguments.size() <= 3 && (first == QLatin1String("--lang") || first.startsWith(QLatin1String("--lang=")));
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help") || languageAlone) {
        printHelp();
        finish(ExitOk);
        return;
    }
    m_subcommand = createSubcommand(first);
    if (!m_subcommand) {
        if (first.startsWith(u'-'))
            *m_streams.err << tr("tmems-assistant: unknown option \"%1\"").arg(first) << '\n';
        else
            *m_streams.err << tr("tmems-assistant: unknown subcommand \"%1\"").arg(first) << '\n';
        *m_streams.err << tr("Run \"tmems-assistant --help\" for usage.") << Qt::endl;
        finish(ExitUsage);
        return;
    }
    connect(m_subcommand.get(), &Subcommand::finished, this, &CommandLineApp::finished);
    // One that asks DNS: the module loads alongside the subcommand's own
    // start-up (arguments, catalog), with the translator already in place.
    if (qobject_cast<DnsSubcommand *>(m_subcommand.get()))
        DnsModule::preload();
    m_subcommand->start(arguments);
}

int CommandLineApp::exec(const QStringList &arguments)
{
    connect(this, &CommandLineApp::finished, QCoreApplication::instance(), &QCoreApplication::exit);
    QTimer::singleShot(0, this, [this, arguments] { start(arguments); });
    return QCoreApplication::exec();
}

void CommandLineApp::runAndExit(const QStringList &arguments, const std::function<void(CommandLineApp &)> &prepare)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLineApp cli({&out, &err});
    if (prepare)
        prepare(cli);
    int exitCode = cli.exec(arguments);
    out.flush(); // a subcommand's own finished() does not pass through finish()
    // A full disk or a closed file behind stdout must not pass for a result:
    // "ranges > /dev/full" would otherwise end with 0 and an empty file.
    if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        err << tr("tmems-assistant: cannot write the output: %1").arg(qt_error_string(errno)) << Qt::endl;
        exitCode = ExitUsage;
    }
    err.flush();
    quickExit(exitCode);
}

std::vector<char *> CommandLineApp::withGlobalLanguageMoved(int argc, char **argv)
{
    std::vector<char *> moved(argv, argv + argc + 1); // with the NULL after the last
    if (argc < 2)
        return moved;
    const QByteArray first(argv[1]);
    const int width = first == "--lang" && argc >= 3 ? 2 : first.startsWith("--lang=") ? 1 : 0;
    // "--lang ja" alone stays as it is: start() shows the help in that language.
    if (width == 0 || argc == 1 + width)
        return moved; // as given, NULL included
    // argv[0], the subcommand (or --help, --version), the --lang words, the rest.
    moved = {argv[0], argv[1 + width]};
    moved.insert(moved.end(), argv + 1, argv + 1 + width);
    moved.insert(moved.end(), argv + 2 + width, argv + argc);
    moved.push_back(nullptr); // argv[argc] is NULL, as C promises
    return moved;
}

int CommandLineApp::refuseWizardWithoutDisplay()
{
    Translations::install(Translations::systemLanguage());
    QTextStream err(stderr);
    err << tr("tmems-assistant: there is no display to open the wizard on (DISPLAY and WAYLAND_DISPLAY are not set).")
        << '\n'
        << tr("Run it in a desktop session, or use a subcommand: \"tmems-assistant --help\" lists them.") << Qt::endl;
    return ExitUsage;
}

QStringList CommandLineApp::argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}
