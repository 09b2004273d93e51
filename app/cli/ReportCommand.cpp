// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "BatchChecker.h"
#include "CheckJsonDocument.h"
#include "CommandLineApp.h"
#include "ReportSnippetSource.h"
#include "ReportWriter.h"
#include "Translations.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

ReportCommand::ReportCommand(CliStreams streams, QObject *parent)
    : DnsSubcommand(streams, parent)
{
}

ReportCommand::~ReportCommand()
{
    m_checker.reset(); // before the resolver it uses
}

void ReportCommand::addTo(CommandLineApp &app)
{
    app.addSubcommand(QStringLiteral("report"),
                      [](CliStreams streams) { return std::make_unique<ReportCommand>(streams); });
}

QString ReportCommand::summary() const
{
    return CommandLineApp::reportSummary();
}

void ReportCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("DOMAIN"), tr("Domains to check (names, e-mail addresses or URLs)."),
                                 QStringLiteral("DOMAIN..."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write the report to FILE; the extension chooses the format: .pdf, .html, .json or .csv."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("domains-file"),
                      tr("Read domains from FILE: one a line, # comments; the first column of a CSV works too."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("dns-server"), tr("Send every DNS query to this server (port 53)."), QStringLiteral("IP")});
    parser.addOption({QStringLiteral("datacenter"),
                      tr("Data center of the domains: auto (detect from MX and SPF), jp or us. Default: auto."),
                      QStringLiteral("auto|jp|us"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("paper"), tr("Paper size of the PDF: a4 (default) or letter."), QStringLiteral("a4|letter"),
                      QStringLiteral("a4")});
    parser.addOption({QStringLiteral("organization"), tr("Organization name for the cover and the page header."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("platform"), tr("Firewall platform whose settings the report includes (repeatable; see \"tmems-assistant snippet --help\")."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("from-json"), tr("Instead of checking, read the results of \"tmems-assistant check --json\" from FILE."),
                      QStringLiteral("FILE")});
    if (!parse(parser, arguments) || !readOptions(parser))
        return;

    if (parser.isSet(QStringLiteral("from-json"))) {
        if (!parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("domains-file"))) {
            failUsage(tr("give either domains or --from-json, not both"));
            return;
        }
        // Nothing is asked of DNS then: a server named here would be ignored unseen.
        for (const QString &option : {QStringLiteral("dns-server"), QStringLiteral("datacenter")}) {
            if (parser.isSet(option)) {
                failUsage(tr("--%1 has no effect with --from-json: the saved results are used as they are").arg(option));
                return;
            }
        }
        readSavedCheck(parser.value(QStringLiteral("from-json")));
        return;
    }
    QList<DomainInput> domains;
    if (!collectDomains(parser, &domains))
        return;
    checkDomains(domains);
}

bool ReportCommand::readOptions(const QCommandLineParser &parser)
{
    m_output = parser.value(QStringLiteral("output"));
    if (m_output.isEmpty()) {
        failUsage(tr("--output FILE is required"));
        return false;
    }
    if (ReportWriter::formatForPath(m_output) == ReportWriter::Format::Unknown) {
        failUsage(tr("cannot tell the report format from \"%1\"; use a file name ending in .pdf, .html, .json or .csv")
                      .arg(QDir::toNativeSeparators(m_output)));
        return false;
    }
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("letter")) {
        failUsage(tr("unknown paper size \"%1\"; use a4 or letter").arg(parser.value(QStringLiteral("paper"))));
        return false;
    }
    const auto loaded = catalog(parser);
    if (!loaded)
        return false;
    m_options.catalog = *loaded;
    m_options.paper = paper == QLatin1String("letter") ? ReportOptions::Paper::Letter : ReportOptions::Paper::A4;
    // --lang was installed by CommandLineApp (or the system language); the report follows it.
    m_options.language = Translations::currentLanguage();
    m_options.organization = parser.value(QStringLiteral("organization")).trimmed();
    m_options.dnsServer = parser.value(QStringLiteral("dns-server"));
    m_options.generatedAt = QDateTime::currentDateTime();
    for (const QString &platform : parser.values(QStringLiteral("platform"))) {
        if (!ReportSnippetSource::isKnownPlatform(platform)) {
            failUsage(tr("unknown platform \"%1\"; \"tmems-assistant snippet --help\" lists them").arg(platform));
            return false;
        }
        if (!m_options.platforms.contains(platform))
            m_options.platforms.append(platform);
    }
    ReportSnippetSource::install(&m_options);
    m_dataCenterChoice = parser.value(QStringLiteral("datacenter")).toLower();
    if (m_dataCenterChoice != QLatin1String("auto") && !m_options.catalog.dataCenter(m_dataCenterChoice)) {
        failUsage(tr("unknown data center \"%1\"; use auto, jp or us").arg(m_dataCenterChoice));
        return false;
    }
    return true;
}

void ReportCommand::readSavedCheck(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failUsage(tr("cannot read \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    // A check document is a few kilobytes a domain; refuse anything absurd rather than exhaust memory.
    constexpr qint64 MaxBytes = 256 * 1024 * 1024;
    if (file.size() > MaxBytes) {
        failUsage(tr("\"%1\" is too large to be a check --json document").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    const auto reports = CheckJsonDocument::parse(file.readAll(), &error);
    if (!reports) {
        failUsage(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    writeReport(*reports);
}

void ReportCommand::checkDomains(const QList<DomainInput> &domains)
{
    DnsResolver *resolver = this->resolver(m_options.dnsServer);
    if (!resolver)
        return;
    m_checker = std::make_unique<BatchChecker>(resolver, &m_options.catalog);
    m_checker->setDataCenterChoice(m_dataCenterChoice);
    connect(m_checker.get(), &BatchChecker::finished, this, &ReportCommand::writeReport);
    m_checker->start(domains);
}

void ReportCommand::writeReport(const QList<DomainReport> &reports)
{
    QString error;
    if (!ReportWriter::write(reports, m_options, m_output, &error)) {
        err() << tr("tmems-assistant %1: %2").arg(name(), error) << Qt::endl;
        finish(ExitUsage);
        return;
    }
    out() << tr("Report written to %1").arg(QDir::toNativeSeparators(m_output)) << Qt::endl;
    bool dnsFailed = false;
    bool action = false;
    for (const DomainReport &r : reports) {
        dnsFailed = dnsFailed || r.hasDnsFailure();
        action = action || r.needsAction();
    }
    finish(dnsFailed ? ExitDnsFailure : action ? ExitActionNeeded : ExitOk);
}
