// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "DomainReport.h"

#include <QCoreApplication>

/// Turns what was found about a domain into what the administrator should do,
/// following the Trend Micro notice: on the Japan data center, (1, required)
/// accept the added ranges on every inbound server and the Office 365 inbound
/// connector, (2, recommended, where outbound protection is on) swap the legacy
/// include for the Japan one; on other sites nothing; when the site is unknown,
/// look it up in the management console first. Codes are stable. Pure function.
class DomainActions final
{
    Q_DECLARE_TR_FUNCTIONS(DomainActions)
public:
    /// Every action code, in a stable order.
    static QStringList codes();
    /// The data center's name for people ("Japan data center" / "日本データセンター"),
    /// the catalog's English name for a site without a translation.
    static QString dataCenterName(const QString &id, const Catalog &catalog);
    /// The untranslated name (context "DomainActions") of a site Trend Micro
    /// documents, for callers that translate into another language than the
    /// program's (the report); nullptr for any other id.
    static const char *dataCenterNameSource(const QString &id);
    /// What the administrator answered about the domain's data center, where
    /// it changes the plan: "Not sure" asks them to confirm the site even where
    /// the MX question failed (otherwise checking again comes first).
    enum class SiteAnswer { AsDetected, NotSure };
    /// What the administrator must and may do for `report`. Where no whole
    /// record is proposed, the record to edit is read from the include tree
    /// (DomainReport::recordsToEdit), as the report and the wizard read it.
    static QList<DomainAction> plan(const DomainReport &report, const Catalog &catalog,
                                    SiteAnswer answer = SiteAnswer::AsDetected);
};
