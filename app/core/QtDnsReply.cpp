// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtDnsReply.h"

#include <QHash>
#include <QSet>
#include <QUrl>

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

bool QtDnsReply::isDefinite(DnsRawReply::Error error)
{
    using E = DnsRawReply::Error;
    return error == E::None || error == E::NotFound || error == E::ServerFailure || error == E::ServerRefused;
}

DnsAnswer QtDnsReply::toAnswer(const DnsRawReply &reply, const QString &name, DnsType type, const QString &server,
                               QString *chainEnd)
{
    if (chainEnd)
        *chainEnd = normalizedName(name);
    using E = DnsRawReply::Error;
    DnsAnswer answer;
    const E error = reply.error;
    if (error == E::NotFound) {
        answer.status = DnsAnswer::Status::NxDomain;
        return answer;
    }
    if (error != E::None) {
        answer.status = error == E::Timeout ? DnsAnswer::Status::Timeout : DnsAnswer::Status::ServerFailure;
        if (error == E::ServerFailure)
            answer.errorString = tr("The DNS server (%1) reported a failure (SERVFAIL) for %2.").arg(server, name);
        else if (error == E::ServerRefused)
            answer.errorString = tr("The DNS server (%1) refused to answer for %2 (REFUSED).").arg(server, name);
        else if (error == E::InvalidRequest)
            // QDnsLookup sends host names only (letters, digits, "-" and "_"); DNS
            // itself carries any byte, and macros can build such names from a
            // sender like user+tag@: no retry helps, and the message says so.
            answer.errorString = tr("\"%1\" cannot be looked up: the DNS library used here (Qt) asks only for names of "
                                    "letters, digits, \"-\" and \"_\". Checking again will not change this; a "
                                    "receiver's SPF library may ask for it.").arg(name);
        else
            answer.errorString = tr("DNS query for %1 failed: %2").arg(name, reply.errorString);
        return answer;
    }

    // With a CNAME chain the answer section holds the CNAMEs and the target's
    // records; only the records owned by the end of the chain answer the question.
    QHash<QString, QString> aliases;
    for (const auto &record : reply.canonicalNames)
        aliases.insert(normalizedName(record.owner), normalizedName(record.value));
    QString owner = normalizedName(name);
    QSet<QString> seen{owner};
    while (aliases.contains(owner)) {
        owner = aliases.value(owner);
        if (seen.contains(owner)) {
            // What a recursive resolver answers with SERVFAIL; an authoritative
            // server hands the loop over as it stands.
            answer.status = DnsAnswer::Status::ServerFailure;
            answer.errorString = tr("DNS query for %1 failed: its CNAME records form a loop.").arg(name);
            return answer;
        }
        seen.insert(owner);
    }
    if (chainEnd)
        *chainEnd = owner;
    const auto owned = [&owner](const auto &record) { return normalizedName(record.owner) == owner; };

    switch (type) {
    case DnsType::TXT:
        for (const auto &record : reply.texts) {
            if (owned(record))
                answer.txt.append(record.value);
        }
        break;
    case DnsType::A:
    case DnsType::AAAA:
        for (const auto &record : reply.addresses) {
            const QByteArray &bytes = record.value;
            const bool v4 = bytes.size() == 4;
            if (!owned(record) || v4 != (type == DnsType::A) || (!v4 && bytes.size() != 16))
                continue;
            const auto byte = [&bytes](int i) { return quint64(quint8(bytes.at(i))); };
            if (v4) {
                answer.addresses.append(IpAddress::fromV4(quint32(byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3))));
            } else {
                quint64 high = 0, low = 0;
                for (int i = 0; i < 8; ++i) {
                    high = (high << 8) | byte(i);
                    low = (low << 8) | byte(i + 8);
                }
                answer.addresses.append(IpAddress::fromV6(high, low));
            }
        }
        break;
    case DnsType::MX:
        for (const auto &record : reply.mailExchanges) {
            if (owned(record))
                answer.mx.append({record.preference, normalizedName(record.exchange)});
        }
        break;
    case DnsType::PTR:
        for (const auto &record : reply.pointers) {
            if (owned(record))
                answer.names.append(normalizedName(record.value));
        }
        break;
    }
    const bool any = !answer.txt.isEmpty() || !answer.addresses.isEmpty() || !answer.mx.isEmpty()
        || !answer.names.isEmpty();
    answer.status = any ? DnsAnswer::Status::Records : DnsAnswer::Status::NoData;
    return answer;
}
