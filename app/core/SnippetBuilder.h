// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// One platform the snippet generator knows, for pickers and `snippet --help`.
struct SnippetPlatform
{
    QString id;          ///< stable id: "iptables", "exchange-online", ...
    QString displayName; ///< translated
    QString description; ///< translated, one line
    QStringList variants;///< variant ids, the first is the default; empty when none
    bool usesPort = true;///< false where the TCP port plays no part (Postfix, Exchange Online)
};

/// What to generate.
struct SnippetOptions
{
    QString platformId;
    QString variant;        ///< empty: the platform's default
    bool addedOnly = false; ///< only the ranges added on 2024-08-21
    int port = 25;
};

/// The generated text, or why there is none.
struct SnippetResult
{
    QString text;
    QString error; ///< translated; empty on success

    bool ok() const { return error.isEmpty(); }
};

/// Builds the configuration text that lets a platform accept SMTP from a data
/// center's ranges. The ranges come from the catalog only; each snippet starts with
/// a comment naming the catalog source, the date the added ranges came into use and
/// the catalog version, in the language installed at the time of build() (tr()).
/// The `snippet` subcommand and the wizard both call this, so they cannot drift
/// apart. Holds a copy of the catalog; a plain value; main thread (translators).
class SnippetBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(SnippetBuilder)
public:
    SnippetBuilder(const Catalog &catalog, const QString &dataCenterId);

    /// Every platform id, in presentation order.
    static QStringList platformIds();
    /// Every platform with translated names, in presentation order.
    static QList<SnippetPlatform> platforms();
    static std::optional<SnippetPlatform> platform(const QString &id);

    SnippetResult build(const SnippetOptions &options) const;

private:
    QStringList headerLines(const SnippetPlatform &platform, const SnippetOptions &options,
                            const QList<IpNetwork> &networks) const;
    QString dataCenterName() const;

    Catalog m_catalog;
    QString m_dataCenterId;
};
