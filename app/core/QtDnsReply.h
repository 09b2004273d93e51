// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsAnswer.h"

#include <QCoreApplication>
#include <QDnsLookup>

/// Reads a finished QDnsLookup into a DnsAnswer for QtDnsResolver: the records
/// owned by the end of a CNAME chain, TXT strings joined as bytes, names as
/// lower-case A-labels, and error codes mapped to DnsAnswer statuses with a
/// translated message. Stateless; any thread.
class QtDnsReply final
{
    Q_DECLARE_TR_FUNCTIONS(QtDnsReply)
public:
    /// A-label, lower case, without the root dot. QDnsLookup hands record names
    /// back as Unicode (QUrl::fromAce) while we ask in A-labels: compare these.
    static QString normalizedName(const QString &name);
    /// The reply says something definite about the name, so the server is alive
    /// and answering for it: records, NXDOMAIN, NoError, SERVFAIL, REFUSED.
    static bool isDefinite(QDnsLookup::Error error);
    /// QDnsLookup::TimeoutError (Qt 6.6+), compared by name so that this builds on 6.4.
    static bool isTimeout(QDnsLookup::Error error);
    /// The answer to `name`/`type` in `reply` (which must not have ended in the
    /// ambiguous InvalidReplyError). `server` names the server in messages.
    static DnsAnswer toAnswer(const QDnsLookup &reply, const QString &name, DnsType type, const QString &server);
};
