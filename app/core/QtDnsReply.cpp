// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtDnsReply.h"

#include <QHash>
#include <QHostAddress>
#include <QMetaEnum>
#include <QUrl>

namespace {

IpAddress toIpAddress(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return IpAddress::fromV4(address.toIPv4Address());
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    quint64 high = 0;
    quint64 low = 0;
    for (int i = 0; i < 8; ++i) {
        high = (high << 8) | v6[i];
        low = (low << 8) | v6[i + 8];
    }
    return IpAddress::fromV6(high, low);
}

} // namespace

QString QtDnsReply::normalizedName(const QString &name)
{
    QString key = QString::fromLatin1(QUrl::toAce(name));
    if (key.isEmpty())
        key = name;
    key = key.toLower();
    if (key.endsWith(u'.'))
        key.chop(1);
    return key;
}

/// Qt 6.6 added QDnsLookup::TimeoutError; compare by key so one source builds
/// on 6.4 (where the value does not exist) and on newer Qt.
bool QtDnsReply::isTimeout(QDnsLookup::Error error)
{
    const char *key = QMetaEnum::fromType<QDnsLookup::Error>().valueToKey(error);
    return key && qstrcmp(key, "TimeoutError") == 0;
}

bool QtDnsReply::isDefinite(QDnsLookup::Error error)
{
    return error == QDnsLookup::NoError || error == QDnsLookup::NotFoundError
        || error == QDnsLookup::ServerFailureError || error == QDnsLookup::ServerRefusedError;
}

DnsAnswer QtDnsReply::toAnswer(const QDnsLookup &reply, const QString &name, DnsType type, const QString &server)
{
    DnsAnswer answer;
    const QDnsLookup::Error error = reply.error();
    if (error == QDnsLookup::NotFoundError) {
        answer.status = DnsAnswer::Status::NxDomain;
        return answer;
    }
    if (error != QDnsLookup::NoError) {
        answer.status = isTimeout(error) ? DnsAnswer::Status::Timeout : DnsAnswer::Status::ServerFailure;
        if (error == QDnsLookup::ServerFailureError)
            answer.errorString = tr("The DNS server (%1) reported a failure (SERVFAIL) for %2.").arg(server, name);
        else if (error == QDnsLookup::ServerRefusedError)
            answer.errorString = tr("The DNS server (%1) refused to answer for %2 (REFUSED).").arg(server, name);
        else if (error == QDnsLookup::InvalidRequestError)
            answer.errorString = tr("\"%1\" cannot be looked up in DNS: it is not a valid host name.").arg(name);
        else
            answer.errorString = tr("DNS query for %1 failed: %2").arg(name, reply.errorString());
        return answer;
    }

    // With a CNAME chain the answer section holds the CNAMEs and the target's
    // records; only the records owned by the end of the chain answer the question.
    QHash<QString, QString> aliases;
    const auto cnames = reply.canonicalNameRecords();
    for (const auto &record : cnames)
        aliases.insert(normalizedName(record.name()), normalizedName(record.value()));
    QString owner = normalizedName(name);
    for (int hops = 0; hops < 16 && aliases.contains(owner); ++hops)
        owner = aliases.value(owner);
    const auto owned = [&owner](const auto &record) { return normalizedName(record.name()) == owner; };

    switch (type) {
    case DnsType::TXT:
        for (const auto &record : reply.textRecords()) {
            if (owned(record))
                answer.txt.append(record.values().join(QByteArray()));
        }
        break;
    case DnsType::A:
    case DnsType::AAAA:
        for (const auto &record : reply.hostAddressRecords()) {
            const IpAddress address = toIpAddress(record.value());
            if (owned(record) && address.isV4() == (type == DnsType::A))
                answer.addresses.append(address);
        }
        break;
    case DnsType::MX:
        for (const auto &record : reply.mailExchangeRecords()) {
            if (owned(record))
                answer.mx.append({record.preference(), normalizedName(record.exchange())});
        }
        break;
    case DnsType::PTR:
        for (const auto &record : reply.pointerRecords()) {
            if (owned(record))
                answer.names.append(normalizedName(record.value()));
        }
        break;
    }
    const bool any = !answer.txt.isEmpty() || !answer.addresses.isEmpty() || !answer.mx.isEmpty()
        || !answer.names.isEmpty();
    answer.status = any ? DnsAnswer::Status::Records : DnsAnswer::Status::NoData;
    return answer;
}

