// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "BatchChecker.h"
#include "CheckJsonDocument.h"
#include "CheckTextPrinter.h"
#include "Translations.h"



CheckCommand::CheckCommand(CliStreams streams, QObject *parent)
    : DnsSubcommand(streams, parent)
{
}

CheckCommand::~CheckCommand()
{
    m_checker.reset(); // before the resolver it uses
}

QString CheckCommand::summary() const
{
    return tr("Check domains: data center, SPF record, TMEmS include and what to change.");
}

int CheckCommand::exitCodeFor(const QList<DomainReport> &reports)
{
    bool action = false;
    for (const DomainReport &report : reports) {
        if (report.hasDnsFailure())
            return ExitDnsFailure;
        action = action || report.needsAction();
    }
    return action ? ExitActionNeeded : ExitOk;
}

void CheckCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(summary());
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("DOMAIN"), tr("Domains to check (as pasted: user@example.co.jp works too)."),
                                 QStringLiteral("DOMAIN..."));
    parser.addOption({QStringLiteral("datacenter"),
                      tr("Data center of the domains: auto (detect from MX and SPF), jp or us. Default: auto."),
                      QStringLiteral("auto|jp|us"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("dns-server"), tr("Send every DNS query to this server (port 53)."),
                      QStringLiteral("IP")});
    parser.addOption({QStringLiteral("domains-file"),
                      tr("Read domains from FILE: one a line, # comments; the first column of a CSV works too."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON (see the command-line contract).")});
    parser.addOption({QStringLiteral("timeout"), tr("Time limit of one DNS query in milliseconds (default: 5000)."),
                      QStringLiteral("MS")});
}

bool CheckCommand::readOptions(const QCommandLineParser &parser, QString *choice, int *timeoutMs)
{
    *choice = parser.value(QStringLiteral("datacenter")).toLower();
    if (*choice != QLatin1String("auto") && !m_catalog->dataCenter(*choice)) {
        failUsage(tr("unknown data center \"%1\"; use auto, jp or us").arg(*choice));
        return false;
    }
    *timeoutMs = 0;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        *timeoutMs = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || *timeoutMs < 100 || *timeoutMs > 60000) {
            failUsage(tr("the timeout must be a number of milliseconds from 100 to 60000"));
            return false;
        }
    }
    return true;
}

void CheckCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parse(parser, arguments))
        return;
    m_json = parser.isSet(QStringLiteral("json"));
    m_catalog = catalog(parser);
    QString choice;
    int timeoutMs = 0;
    QList<DomainInput> domains;
    if (!m_catalog || !readOptions(parser, &choice, &timeoutMs) || !collectDomains(parser, &domains))
        return;
    DnsResolver *resolver = this->resolver(parser.value(QStringLiteral("dns-server")), timeoutMs);
    if (!resolver)
        return;
    m_checker = std::make_unique<BatchChecker>(resolver, &*m_catalog);
    m_checker->setDataCenterChoice(choice);
    connect(m_checker.get(), &BatchChecker::finished, this, &CheckCommand::onFinished);
    m_checker->start(domains);
}

void CheckCommand::onFinished(const QList<DomainReport> &reports)
{
    if (m_json) {
        // The same document as the report's JSON export: --lang was installed by CommandLineApp.
        // Written a domain at a time: thousands of domains make a document of many megabytes.
        CheckJsonDocument::writeJson(reports, *m_catalog, Translations::currentLanguage(),
                                     [this](const QByteArray &part) { out() << QString::fromUtf8(part); });
    } else {
        // A domain at a time, as the JSON: the text of thousands is large.
        CheckTextPrinter printer(&*m_catalog);
        for (const DomainReport &report : reports)
            out() << printer.printOne(report) << '\n';
        out() << printer.summary(reports);
    }
    finish(exitCodeFor(reports));
}
