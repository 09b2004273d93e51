// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpNetwork.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <algorithm>

/// The record types the program asks for.
enum class DnsType { A, AAAA, MX, TXT, PTR };

/// "A", "AAAA", "MX", "TXT" or "PTR": the type as DNS tools write it.
inline QString dnsTypeName(DnsType type)
{
    switch (type) {
    case DnsType::A: return QStringLiteral("A");
    case DnsType::AAAA: return QStringLiteral("AAAA");
    case DnsType::MX: return QStringLiteral("MX");
    case DnsType::TXT: return QStringLiteral("TXT");
    case DnsType::PTR: return QStringLiteral("PTR");
    }
    return {};
}

struct DnsMxRecord
{
    quint16 preference = 0;
    QString exchange; ///< lower case, no trailing dot
};

/// `records` in the order mail and check_host() try MX hosts: by preference, ties as answered.
inline QList<DnsMxRecord> byPreference(QList<DnsMxRecord> records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const DnsMxRecord &a, const DnsMxRecord &b) { return a.preference < b.preference; });
    return records;
}

/// One DNS answer, with the outcomes SPF must tell apart (RFC 7208 §4.4, §5):
/// records; the name does not exist (NXDOMAIN); the name exists without records
/// of that type (NODATA); or the question could not be answered (timeout,
/// server failure, refused, unreachable). Calling a failure "no record" would
/// tell an administrator their SPF record is missing when it is not.
struct DnsAnswer
{
    enum class Status {
        Records,       ///< NOERROR with at least one record of the type
        NxDomain,      ///< the name does not exist
        NoData,        ///< the name exists, no records of this type
        Timeout,       ///< no answer within the time limit
        ServerFailure, ///< SERVFAIL, REFUSED, unreachable server, malformed reply
        Cancelled,     ///< the caller gave up before the answer came
    };

    Status status = Status::Timeout;
    QList<QByteArray> txt;       ///< TXT: each record's character-strings joined with no separator
    QList<IpAddress> addresses;  ///< A / AAAA
    QList<DnsMxRecord> mx;       ///< MX, as published (not sorted)
    QStringList names;           ///< PTR targets, lower case, no trailing dot
    QString errorString;         ///< for logs and "dns-failure" findings

    bool hasRecords() const { return status == Status::Records; }
    /// RFC 7208 §4.6.4: NXDOMAIN and NODATA count as "void lookups".
    bool isVoid() const { return status == Status::NxDomain || status == Status::NoData; }
    /// Timeout and server failure become SPF's temperror.
    bool isFailure() const { return status == Status::Timeout || status == Status::ServerFailure; }
};

Q_DECLARE_METATYPE(DnsAnswer)
