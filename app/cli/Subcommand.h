// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "DomainName.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

#include <optional>

/// Where a subcommand writes: injected so tests run subcommands in process.
struct CliStreams
{
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
};

/// One `tmems-assistant` subcommand. `start()` parses its arguments and does
/// the work, possibly asynchronously; `finished(exitCode)` is emitted exactly
/// once, always after start() has returned. Owned by CommandLineApp; main thread.
class Subcommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Subcommand)
public:
    explicit Subcommand(CliStreams streams, QObject *parent = nullptr);

    virtual QString name() const = 0;
    /// One translated line for `tmems-assistant --help`.
    virtual QString summary() const = 0;
    /// The synopsis after the program name, e.g. "snippet PLATFORM [options]".
    virtual QString usage() const { return tr("%1 [options]").arg(name()); }
    /// `arguments` starts with the program name and then the subcommand name.
    virtual void start(const QStringList &arguments) = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    QTextStream &out() { return *m_streams.out; }
    QTextStream &err() { return *m_streams.err; }
    /// Emits finished() from the event loop, so it is never re-entrant with start().
    void finish(int exitCode);
    /// Prints "tmems-assistant NAME: message" on stderr and finishes with ExitUsage.
    void failUsage(const QString &message);

    /// Adds --help, --lang and --catalog, which every subcommand takes.
    void addCommonOptions(QCommandLineParser &parser);
    /// Parses; on --help prints help and finishes 0, on error prints it and
    /// finishes 2. Returns true when the caller should go on.
    bool parse(QCommandLineParser &parser, const QStringList &arguments);
    /// The built-in catalog, or the --catalog file; on failure finishes 2.
    std::optional<Catalog> catalog(const QCommandLineParser &parser);
    /// Appends the entries of every --domains-file to `inputs` (DomainsFile);
    /// false, after failUsage(), when one cannot be read.
    bool readDomainsFiles(const QCommandLineParser &parser, QStringList *inputs);
    /// The DOMAIN arguments and --domains-file entries, normalised, each once,
    /// in order. Every bad one is named before finishing 2 (false): nothing
    /// is checked while one is wrong.
    bool collectDomains(const QCommandLineParser &parser, QList<DomainInput> *domains);

    /// A catalog and the data center whose ranges a subcommand prints.
    struct RangesSite
    {
        Catalog catalog;
        CatalogDataCenter dataCenter;
    };
    /// The catalog (built-in or --catalog) and its --datacenter (default jp),
    /// which must list ranges (only "jp" does); on failure finishes 2.
    std::optional<RangesSite> rangesSite(const QCommandLineParser &parser);

private:
    const CatalogDataCenter *rangesDataCenter(const QCommandLineParser &parser, const Catalog &catalog);

    CliStreams m_streams;
    bool m_finished = false;
};
