// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

/// A list of domains from a file, as `--domains-file` and the wizard's Import
/// read it: one domain a line or a CSV (DomainName::splitFileLines). Lists
/// come from Excel as often as from an editor, so besides UTF-8 (with or
/// without BOM) it reads UTF-16 with a BOM and, where the bytes are not UTF-8,
/// Japanese Windows' Shift_JIS (CP932), which Excel's plain "CSV" writes.
class DomainsFile final
{
    Q_DECLARE_TR_FUNCTIONS(DomainsFile)
public:
    /// Larger than this, a file is not a list of domains.
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;

    /// The entries of `path` ("-": standard input); on failure an empty list
    /// and `*error` says why, naming the file.
    static QStringList read(const QString &path, QString *error);
    /// The text of a file's bytes; nothing, and `*error` says why, when no encoding fits.
    static std::optional<QString> decode(const QByteArray &bytes, QString *error);
};
