// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Subcommand.h"

#include "CatalogLoader.h"
#include "DomainsFile.h"

#include <QSet>
#include <QTimer>

Subcommand::Subcommand(CliStreams streams, QObject *parent)
    : QObject(parent)
    , m_streams(streams)
{
}

void Subcommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    out().flush();
    err().flush();
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void Subcommand::failUsage(const QString &message)
{
    err() << tr("tmems-assistant %1: %2").arg(name(), message) << Qt::endl;
    err() << tr("Run \"tmems-assistant %1 --help\" for usage.").arg(name()) << Qt::endl;
    finish(ExitUsage);
}

void Subcommand::addCommonOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    parser.addOption({QStringLiteral("lang"), tr("Language of the output: ja or en (default: from the system locale)."),
                      QStringLiteral("ja|en")});
    parser.addOption({QStringLiteral("catalog"), tr("Read the data-center catalog from FILE instead of the built-in one."),
                      QStringLiteral("FILE")});
}

bool Subcommand::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    // Drop the subcommand name so positional arguments start at the first operand.
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1);
    if (!parser.parse(args)) {
        failUsage(parser.errorText());
        return false;
    }
    // QCommandLineParser keeps the last of repeated values: "--ip A --ip B"
    // would check B alone without a word. Only list options may repeat.
    // (values() joins an option's aliases, -o and --output; a repeated flag is harmless.)
    const QStringList given = parser.optionNames();
    for (const QString &option : given) {
        if (parser.values(option).size() > 1 && option != QLatin1String("domains-file")
            && option != QLatin1String("platform")) {
            const QString dashed = (option.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + option;
            failUsage(tr("%1 was given more than once").arg(dashed));
            return false;
        }
    }
    for (const QString &option : {QStringLiteral("dns-server"), QStringLiteral("output"), QStringLiteral("ip")}) {
        if (given.contains(option) && parser.value(option).trimmed().isEmpty()) {
            failUsage(tr("--%1 needs a value").arg(option));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser's first line names argv[0] as typed and not the
        // subcommand; write our own usage line instead.
        QString help = parser.helpText();
        help = help.mid(help.indexOf(u'\n') + 1);
        out() << tr("Usage: tmems-assistant %1").arg(usage()) << '\n' << help;
        finish(ExitOk);
        return false;
    }
    return true;
}

bool Subcommand::readDomainsFiles(const QCommandLineParser &parser, QStringList *inputs)
{
    // Every --domains-file given is read, in order.
    for (const QString &path : parser.values(QStringLiteral("domains-file"))) {
        QString error;
        const QStringList entries = DomainsFile::read(path, &error);
        if (!error.isEmpty()) {
            failUsage(error);
            return false;
        }
        *inputs += entries;
    }
    return true;
}

bool Subcommand::collectDomains(const QCommandLineParser &parser, QList<DomainInput> *domains)
{
    QStringList inputs = parser.positionalArguments();
    if (!readDomainsFiles(parser, &inputs))
        return false;
    if (inputs.isEmpty()) {
        failUsage(tr("no domain given; name at least one domain or use --domains-file"));
        return false;
    }
    QStringList errors;
    QSet<QString> seen;
    for (const QString &input : std::as_const(inputs)) {
        const DomainInput domain = DomainName::normalize(input);
        if (!domain.isValid())
            errors.append(domain.error);
        else if (!seen.contains(domain.ascii)) {
            seen.insert(domain.ascii);
            domains->append(domain);
        }
    }
    if (!errors.isEmpty()) {
        for (const QString &error : std::as_const(errors))
            err() << tr("tmems-assistant %1: %2").arg(name(), error) << '\n';
        err() << tr("Nothing was checked.") << Qt::endl;
        finish(ExitUsage);
        return false;
    }
    return true;
}

std::optional<Catalog> Subcommand::catalog(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("catalog")))
        return CatalogLoader::builtIn();
    QString error;
    auto loaded = CatalogLoader::loadFile(parser.value(QStringLiteral("catalog")), &error);
    if (!loaded)
        failUsage(error);
    return loaded;
}

std::optional<Subcommand::RangesSite> Subcommand::rangesSite(const QCommandLineParser &parser)
{
    const std::optional<Catalog> loaded = catalog(parser);
    if (!loaded)
        return std::nullopt;
    const CatalogDataCenter *dc = rangesDataCenter(parser, *loaded);
    if (!dc)
        return std::nullopt;
    return RangesSite{*loaded, *dc};
}

const CatalogDataCenter *Subcommand::rangesDataCenter(const QCommandLineParser &parser, const Catalog &catalog)
{
    const QString id = parser.isSet(QStringLiteral("datacenter")) ? parser.value(QStringLiteral("datacenter"))
                                                                  : QStringLiteral("jp");
    const CatalogDataCenter *dc = catalog.dataCenter(id);
    if (!dc) {
        failUsage(tr("unknown data center \"%1\"").arg(id));
        return nullptr;
    }
    if (dc->ranges.isEmpty()) {
        failUsage(tr("the catalog lists no IP address ranges for data center \"%1\"; only the Japan data center (jp) changed").arg(id));
        return nullptr;
    }
    return dc;
}
