// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtDnsLookupBackend.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QDnsLookup::Type qtType(DnsType type)
{
    switch (type) {
    case DnsType::A: return QDnsLookup::A;
    case DnsType::AAAA: return QDnsLookup::AAAA;
    case DnsType::MX: return QDnsLookup::MX;
    case DnsType::TXT: return QDnsLookup::TXT;
    case DnsType::PTR: return QDnsLookup::PTR;
    }
    return QDnsLookup::A;
}

DnsRawReply::Error rawError(QDnsLookup::Error error)
{
    using E = DnsRawReply::Error;
    switch (error) {
    case QDnsLookup::NoError: return E::None;
    case QDnsLookup::NotFoundError: return E::NotFound;
    case QDnsLookup::ServerFailureError: return E::ServerFailure;
    case QDnsLookup::ServerRefusedError: return E::ServerRefused;
    case QDnsLookup::InvalidRequestError: return E::InvalidRequest;
    case QDnsLookup::InvalidReplyError: return E::InvalidReply;
    default: break;
    }
    // Qt 6.6 added TimeoutError: compared by name so that this builds on 6.4.
    const char *key = QMetaEnum::fromType<QDnsLookup::Error>().valueToKey(error);
    return key && qstrcmp(key, "TimeoutError") == 0 ? E::Timeout : E::Other;
}

/// Everything the engine reads, copied out of the finished lookup.
DnsRawReply copyReply(const QDnsLookup &lookup)
{
    DnsRawReply reply;
    reply.error = rawError(lookup.error());
    reply.errorString = lookup.errorString();
    for (const auto &record : lookup.canonicalNameRecords())
        reply.canonicalNames.append({record.name(), record.value()});
    for (const auto &record : lookup.textRecords())
        reply.texts.append({record.name(), record.values().join(QByteArray())});
    for (const auto &record : lookup.hostAddressRecords()) {
        const QHostAddress address = record.value();
        QByteArray bytes;
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 v4 = address.toIPv4Address();
            const char octets[4] = {char(v4 >> 24), char(v4 >> 16), char(v4 >> 8), char(v4)};
            bytes = QByteArray(octets, 4);
        } else {
            const Q_IPV6ADDR v6 = address.toIPv6Address();
            bytes = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
        }
        reply.addresses.append({record.name(), bytes});
    }
    for (const auto &record : lookup.mailExchangeRecords())
        reply.mailExchanges.append({record.name(), record.preference(), record.exchange()});
    for (const auto &record : lookup.pointerRecords())
        reply.pointers.append({record.name(), record.value()});
    return reply;
}

QObject *start(const DnsLookupRequest &request, QObject *context, DnsLookupBackend::Finished finished)
{
    auto *lookup = new QDnsLookup(qtType(request.type), request.name, context);
    if (request.nameserverV4)
        lookup->setNameserver(QHostAddress(*request.nameserverV4));
    QObject::connect(lookup, &QDnsLookup::finished, context,
                     [lookup, finished = std::move(finished)] { finished(lookup, copyReply(*lookup)); });
    lookup->lookup();
    return lookup;
}

void checkTcp(const QString &address, int timeoutMs, QObject *context, DnsLookupBackend::TcpChecked checked)
{
    auto *socket = new QTcpSocket(context);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    // Reports once, whichever of connected, error and deadline comes first,
    // and never once `context` is being destroyed (the socket, its child, may
    // still signal as it is deleted; the guard is cleared before that).
    auto report = [socket, deadline, guard = QPointer<QObject>(context), checked = std::move(checked)](
                      bool accepted, const QString &error) {
        deadline->stop();
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        if (guard)
            checked(accepted, error);
    };
    QObject::connect(socket, &QTcpSocket::connected, socket, [report] { report(true, {}); });
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket,
                     [socket, report] { report(false, socket->errorString()); });
    // An empty reason: the caller words "no reply in time" in its own language.
    QObject::connect(deadline, &QTimer::timeout, socket, [report] { report(false, QString()); });
    deadline->start(timeoutMs);
    socket->connectToHost(QHostAddress(address), 53);
}

const DnsLookupBackend backend{&start, &checkTcp};

} // namespace

const DnsLookupBackend *qtDnsLookupBackend()
{
    return &backend;
}
