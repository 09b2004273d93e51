// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainReport.h"

#include <QCoreApplication>

/// The plain-language text of every SPF problem code: what is wrong and what
/// to do, in the language installed when it is called. Codes are stable
/// (they are the JSON contract); the words are for people. Value class, main thread.
class SpfFindings final
{
    Q_DECLARE_TR_FUNCTIONS(SpfFindings)
public:
    /// Every problem code the analysis can report, in a stable order.
    static QStringList codes();
    static SpfProblem::Severity severity(const QString &code);
    /// `where` names the record concerned; `detail` and `count` fill in the
    /// message where the code needs them (the syntax error, the failed DNS
    /// question, the number of lookups).
    static SpfProblem make(const QString &code, const QString &where, const QString &detail = {}, int count = 0);
    /// True for the problems that make receivers answer permerror.
    static bool isPermanentError(const QString &code);
};
