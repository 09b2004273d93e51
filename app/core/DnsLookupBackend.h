// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsAnswer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;

/// One question for one QDnsLookup run.
struct DnsLookupRequest
{
    QString name; ///< A-label, lower case, no trailing dot
    DnsType type = DnsType::A;
    std::optional<quint32> nameserverV4; ///< none: the system resolver
};

/// A finished QDnsLookup run, copied out as it came: QtDnsReply reads it.
struct DnsRawReply
{
    /// QDnsLookup::Error, named so that no QtNetwork header is needed.
    enum class Error {
        None,
        NotFound,       ///< NXDOMAIN
        ServerFailure,  ///< SERVFAIL
        ServerRefused,  ///< REFUSED
        InvalidRequest, ///< the name cannot be asked
        InvalidReply,   ///< Qt 6.4: NODATA, or no server at all (see QtDnsResolver.cpp)
        Timeout,        ///< Qt 6.6+
        Other,
    };
    struct Named
    {
        QString owner; ///< as QDnsLookup gives it (Unicode for an IDN)
        QString value;
    };
    struct Bytes
    {
        QString owner;
        QByteArray value; ///< TXT: the character-strings joined; address: 4 or 16 bytes
    };
    struct Exchange
    {
        QString owner;
        quint16 preference = 0;
        QString exchange;
    };

    Error error = Error::Other;
    QString errorString;
    QList<Named> canonicalNames;
    QList<Bytes> texts;
    QList<Bytes> addresses;
    QList<Exchange> mailExchanges;
    QList<Named> pointers;
};

/// QDnsLookup as QtDnsResolver uses it, through QtCore types only. The engine
/// does not link QtNetwork: QDnsLookup lives in the DNS module (app/dns/), which
/// the process loads the first time it asks DNS (DnsModule.h). QtNetwork pulls in
/// nine more libraries (Kerberos, libproxy, libresolv...): loading them at every
/// start cost the wizard about 4 ms and 1.4 MB before its first page, for
/// queries it sends pages later. A table of plain functions over plain structs:
/// no type of the engine's crosses into the module, which links none of it.
struct DnsLookupBackend
{
    /// Called once from the event loop with the run and its reply, unless the
    /// run's connections to `context` were cut before (QObject::disconnect).
    using Finished = std::function<void(QObject *run, const DnsRawReply &reply)>;
    /// Starts one run, a child of `context`, and returns it.
    QObject *(*start)(const DnsLookupRequest &request, QObject *context, Finished finished) = nullptr;

    /// Called once from the event loop: whether a TCP connection to the server
    /// was accepted, and if not, why (translated by Qt).
    using TcpChecked = std::function<void(bool accepted, const QString &error)>;
    /// Opens a TCP connection to port 53 of `address` (IPv4 or IPv6 text, an
    /// IPv6 zone allowed), closes it as soon as it is accepted, and reports;
    /// gives up after `timeoutMs`. No DNS is spoken: it shows whether answers
    /// too large for UDP can reach us (see QtDnsResolver.cpp). The check is a
    /// child of `context` and ends, silently, with it.
    void (*checkTcp)(const QString &address, int timeoutMs, QObject *context, TcpChecked checked) = nullptr;
};
