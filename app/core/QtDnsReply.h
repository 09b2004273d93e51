// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsAnswer.h"
#include "DnsLookupBackend.h"

#include <QCoreApplication>

/// Reads a finished QDnsLookup run (as the DNS module copies it out) into a
/// DnsAnswer for QtDnsResolver: the records owned by the end of a CNAME chain,
/// names as lower-case A-labels, and error codes mapped to DnsAnswer statuses
/// with a translated message. Stateless; any thread.
class QtDnsReply final
{
    Q_DECLARE_TR_FUNCTIONS(QtDnsReply)
public:
    /// A-label, lower case, without the root dot. QDnsLookup hands record names
    /// back as Unicode (QUrl::fromAce) while we ask in A-labels: compare these.
    static QString normalizedName(const QString &name);
    /// The reply says something definite about the name, so the server is alive
    /// and answering for it: records, NXDOMAIN, NoError, SERVFAIL, REFUSED.
    static bool isDefinite(DnsRawReply::Error error);
    /// The answer to `name`/`type` in `reply` (which must not have ended in the
    /// ambiguous InvalidReply). `server` names the server in messages. With
    /// `chainEnd`, the name whose records answer: `name`, or where its CNAME
    /// chain in the reply ends.
    static DnsAnswer toAnswer(const DnsRawReply &reply, const QString &name, DnsType type, const QString &server,
                              QString *chainEnd = nullptr);
};
