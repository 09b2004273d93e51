// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpNetwork.h"

#include <QList>
#include <QString>
#include <QStringList>

/// What every platform generator gets from SnippetBuilder: the ranges (catalog
/// order, already checked to be clean CIDRs), the port, the variant and the
/// translated header lines. A plain value; generators only read it.
struct SnippetContext
{
    QList<IpNetwork> networks;
    int port = 25;
    QString variant;
    /// Translated, single-line, control-character-free header lines (no comment marker).
    QStringList headerLines;

    QList<IpNetwork> v4() const
    {
        QList<IpNetwork> out;
        for (const IpNetwork &n : networks) {
            if (n.isV4())
                out.append(n);
        }
        return out;
    }
    QList<IpNetwork> v6() const
    {
        QList<IpNetwork> out;
        for (const IpNetwork &n : networks) {
            if (n.isV6())
                out.append(n);
        }
        return out;
    }
    /// The header, each line behind `marker` ("#", "!", "//").
    QString header(const QString &marker) const { return comment(marker, headerLines) + u'\n'; }
    /// How most snippets open: the header, then `notes` (what to replace, why
    /// running it again is safe) as comments behind the same marker.
    QString header(const QString &marker, const QStringList &notes) const { return header(marker) + comment(marker, notes); }
    /// `paragraphs` behind "#", the comment of shells and PowerShell.
    static QString hashComment(const QStringList &paragraphs) { return comment(QStringLiteral("#"), paragraphs); }
    /// `paragraphs` as comment lines, split at '\n' (a translated paragraph keeps its
    /// line breaks); an empty line becomes a bare marker.
    static QString comment(const QString &marker, const QStringList &paragraphs)
    {
        QString out;
        for (const QString &paragraph : paragraphs) {
            for (const QString &line : paragraph.split(u'\n'))
                out += line.isEmpty() ? marker + u'\n' : marker + u' ' + line + u'\n';
        }
        return out;
    }
    /// CIDRs joined by `separator`, each wrapped in `quote`.
    static QString join(const QList<IpNetwork> &networks, const QString &separator, const QString &quote = {})
    {
        QStringList parts;
        for (const IpNetwork &n : networks)
            parts.append(quote + n.toString() + quote);
        return parts.join(separator);
    }
    /// A device object name for one range: "TMEmS-JP-15.168.56.0_25" (no '/' or ':',
    /// which several firewalls refuse in names). Named after the range, not its
    /// position, so "added only" and "all" never give one name two meanings.
    static QString objectName(const IpNetwork &network)
    {
        QString address = network.address().toString();
        address.replace(u':', u'-');
        return QStringLiteral("TMEmS-JP-%1_%2").arg(address).arg(network.prefixLength());
    }
};
