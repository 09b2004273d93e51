// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"

#include <QString>

class MigrationSession;

/// The Summary page's Export: the session's reports through the report
/// module's ReportWriter (format from the file name: .pdf .html .csv .json),
/// in the UI language, with the firewall snippets of the platforms chosen in
/// the wizard. Main thread (PDF needs the GUI application).
namespace ReportExport {

bool write(const MigrationSession &session, const Catalog &catalog, const QString &language, const QString &path,
           QString *error);

} // namespace ReportExport
