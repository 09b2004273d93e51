// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsResolver.h"

#include <QHash>
#include <QSet>

/// An in-memory DNS zone for tests: records, NXDOMAIN for absent names, NODATA
/// for present names without the asked type, and names or types that time out
/// or fail. Answers arrive from the event loop (after `latencyMs`), never
/// inside lookup(). A name with a label over 63 octets cannot be sent, so it
/// fails (ServerFailure) as it would through a real resolver. Also records every question asked, so tests can assert
/// that nothing was asked twice. Main thread only.
class ZoneResolver final : public DnsResolver
{
    Q_OBJECT
public:
    explicit ZoneResolver(QObject *parent = nullptr);

    void addTxt(const QString &name, const QByteArray &text);
    void addAddress(const QString &name, const IpAddress &address); ///< A or AAAA by family
    void addMx(const QString &name, quint16 preference, const QString &exchange);
    void addPtr(const QString &name, const QString &target);
    /// Answers for `name` come from `target` (followed up to 8 levels, like a resolver).
    void addCname(const QString &name, const QString &target);
    /// Makes the name exist with no records (so every type answers NODATA).
    void addEmptyName(const QString &name);
    /// Questions for `name` of `type` end with Status::Timeout (or ServerFailure).
    void addFailure(const QString &name, DnsType type, DnsAnswer::Status status = DnsAnswer::Status::Timeout);
    /// Every question for `name`, whatever its type, fails.
    void addFailure(const QString &name, DnsAnswer::Status status = DnsAnswer::Status::Timeout);

    void setLatencyMs(int ms) { m_latencyMs = ms; }
    /// How many CNAMEs to follow (default 8, like a resolver) and what a longer
    /// chain answers (default ServerFailure). The RFC 7208 suite's driver follows
    /// one level and answers NODATA beyond it.
    void setCnameLimit(int depth, DnsAnswer::Status whenExceeded)
    {
        m_maxCnameDepth = depth;
        m_cnameExceeded = whenExceeded;
    }

    QueryId lookup(const QString &name, DnsType type) override;
    void cancel(QueryId id) override;
    void cancelAll() override;

    /// Every question asked, as "name/TYPE", in order.
    QStringList questions() const { return m_questions; }
    /// The answer lookup() would give, computed at once (for tests of the zone itself).
    DnsAnswer answer(const QString &name, DnsType type) const;

private:
    struct Node
    {
        QList<QByteArray> txt;
        QList<IpAddress> addresses;
        QList<DnsMxRecord> mx;
        QStringList ptr;
        QString cname;
        QHash<int, DnsAnswer::Status> failures; ///< by DnsType, or -1 for every type
    };
    static QString key(const QString &name);
    Node &node(const QString &name);

    QHash<QString, Node> m_nodes;
    QSet<QueryId> m_pending;
    QStringList m_questions;
    QueryId m_nextId = 1;
    int m_latencyMs = 0;
    int m_maxCnameDepth = 8;
    DnsAnswer::Status m_cnameExceeded = DnsAnswer::Status::ServerFailure;
};
