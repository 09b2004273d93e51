// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainReport.h"
#include "SpfDnsData.h"

#include <QSet>

/// What SpfTreeBuilder found in one SPF tree.
struct SpfTreeSummary
{
    SpfTreeNode tree;
    int lookups = 0;      ///< worst case: every term evaluated, nothing matched (RFC 7208 §4.6.4)
    int voidLookups = 0;
    QList<SpfProblem> problems;
    DomainReport::SpfStatus status = DomainReport::SpfStatus::None;
    /// Records (by name) that include each TMEmS host: "legacy"/"jp" -> names.
    QHash<QString, QStringList> tmemsIncludedBy;
    bool truncated = false;
};

/// Builds the include tree of a fetched SPF policy and counts what a receiver
/// pays for it: each node's own DNS-querying terms and the running total in
/// evaluation order, void lookups, and the problems found on the way. Terms
/// after an `all` are not counted (a receiver never reaches them); a
/// redirect= beside an `all` is reported, not followed. Pure function of the
/// fetched data; any thread.
class SpfTreeBuilder final
{
public:
    /// Nodes visited at most (a tree that includes the same record many times
    /// over grows exponentially; receivers stop after 10 lookups anyway).
    static constexpr int MaxNodes = 500;

    /// `tmemsHosts` maps "legacy"/"jp" to the catalog host names; the walk does
    /// not descend into them for include detection (the legacy record may
    /// itself include the Japan one).
    static SpfTreeSummary build(const SpfDnsData &data, const QString &domain,
                                const QHash<QString, QString> &tmemsHosts);

private:
    struct Walk;
};
