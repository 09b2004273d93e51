// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfProposal.h"

#include "SpfDnsData.h"

#include <algorithm>

QString SpfProposal::propose(const SpfPolicy &policy, const QString &domain, const QString &legacyHost,
                             const QString &japanHost)
{
    if (!policy.isValid() || legacyHost.isEmpty() || japanHost.isEmpty())
        return {};
    const QString legacy = SpfDnsData::key(legacyHost);
    const QString japan = SpfDnsData::key(japanHost);
    struct Edit
    {
        int start;
        int length;
        QString replacement;
    };
    QList<Edit> edits;
    bool japanPresent = false;
    bool legacyPresent = false;
    for (const SpfPolicyTerm &term : policy.terms) {
        if (term.kind == SpfPolicyTerm::Kind::Include && SpfPolicy::targetName(term, domain) == japan)
            japanPresent = true;
    }
    bool kept = false;
    for (const SpfPolicyTerm &term : policy.terms) {
        if (term.kind == SpfPolicyTerm::Kind::Redirect && !policy.hasAll()
            && SpfPolicy::targetName(term, domain) == legacy) {
            // A redirect to the legacy record points at the Japan one instead.
            legacyPresent = true;
            edits.append({term.start, term.length, QStringLiteral("redirect=") + japanHost});
            continue;
        }
        if (term.kind != SpfPolicyTerm::Kind::Include)
            continue;
        const QString target = SpfPolicy::targetName(term, domain);
        const bool isLegacy = target == legacy;
        const bool isJapan = target == japan;
        if (!isLegacy && !isJapan)
            continue;
        legacyPresent = legacyPresent || isLegacy;
        if (!kept && (isJapan || !japanPresent)) {
            kept = true;
            if (isLegacy) {
                // The legacy include becomes the Japan one, in the same place.
                const QString qualifier = term.explicitQualifier ? QString(term.qualifier) : QString();
                edits.append({term.start, term.length, qualifier + QStringLiteral("include:") + japanHost});
            }
            continue;
        }
        // Every other TMEmS include is a duplicate: drop it with the spaces before it.
        int start = term.start;
        while (start > 0 && policy.text.at(start - 1) == u' ')
            --start;
        edits.append({start, term.start + term.length - start, QString()});
    }
    if (!legacyPresent)
        return {};
    QString out = policy.text;
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.start > b.start; });
    for (const Edit &e : edits)
        out.replace(e.start, e.length, e.replacement);
    return out;
}
