// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "DomainReport.h"

#include <QCoreApplication>

/// The human-readable form of `check`: one block per domain (data center and
/// its evidence, SPF status, lookups now and after, TMEmS include, coverage of
/// the Japan ranges, problems, actions, the proposed record), then a summary
/// line, in the installed language. Text from DNS is shown with control
/// characters escaped, so a hostile record cannot drive the terminal.
class CheckTextPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(CheckTextPrinter)
public:
    explicit CheckTextPrinter(const Catalog *catalog) : m_catalog(catalog) {}

    /// One domain's block of lines; a blank line separates domains.
    QString printOne(const DomainReport &report) const;
    /// The closing line: how many domains were checked, need action, failed.
    QString summary(const QList<DomainReport> &reports) const;

    /// Replaces control characters (ESC, CR, ...) with \xNN.
    static QString safe(const QString &text);

private:
    QString dataCenterLine(const DomainReport &report) const;
    QString statusText(DomainReport::SpfStatus status) const;
    QString includeText(const DomainReport &report) const;
    QString coverageText(RangeCoverage::Level level) const;

    const Catalog *m_catalog;
};
