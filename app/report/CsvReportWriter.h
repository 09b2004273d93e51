// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainReport.h"
#include "ReportOptions.h"

#include <QByteArray>

/// The CSV export: one row per domain, in the report's language, UTF-8 with a
/// BOM and CRLF line ends (what Excel in Japan needs to read it as UTF-8),
/// RFC 4180 quoting, and a leading apostrophe on any DNS text that Excel would
/// otherwise run as a formula. Stateless; any thread.
class CsvReportWriter final
{
public:
    static QByteArray build(const QList<DomainReport> &reports, const ReportOptions &options);
    /// One field, quoted when needed and defused against formula injection.
    static QString field(const QString &value);
};
