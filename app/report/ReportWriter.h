// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainReport.h"
#include "ReportOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// The one entry point for writing a report, used by the `report` command and
/// the wizard's Summary page: picks the format from the file name, renders,
/// and writes the file atomically (QSaveFile), so a failure leaves the old file
/// (or no file) and never a partial one. PDF needs a QGuiApplication; main thread.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    enum class Format { Pdf, Html, Json, Csv, Unknown };

    /// From the extension, case-insensitively: .pdf .html/.htm .json .csv.
    static Format formatForPath(const QString &path);
    static QByteArray render(Format format, const QList<DomainReport> &reports, const ReportOptions &options);
    /// Renders and writes; on failure returns false and sets `error` to a
    /// message (in the program's language) naming the file and the reason.
    static bool write(const QList<DomainReport> &reports, const ReportOptions &options, const QString &path,
                      QString *error);
};
