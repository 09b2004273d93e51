// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZoneResolver.h"

#include <QTimer>

ZoneResolver::ZoneResolver(QObject *parent)
    : DnsResolver(parent)
{
}

QString ZoneResolver::key(const QString &name)
{
    QString k = name.toLower();
    if (k.endsWith(u'.'))
        k.chop(1);
    return k;
}

ZoneResolver::Node &ZoneResolver::node(const QString &name)
{
    return m_nodes[key(name)];
}

void ZoneResolver::addTxt(const QString &name, const QByteArray &text)
{
    node(name).txt.append(text);
}

void ZoneResolver::addAddress(const QString &name, const IpAddress &address)
{
    node(name).addresses.append(address);
}

void ZoneResolver::addMx(const QString &name, quint16 preference, const QString &exchange)
{
    node(name).mx.append({preference, key(exchange)});
}

void ZoneResolver::addPtr(const QString &name, const QString &target)
{
    node(name).ptr.append(key(target));
}

void ZoneResolver::addCname(const QString &name, const QString &target)
{
    node(name).cname = key(target);
}

void ZoneResolver::addEmptyName(const QString &name)
{
    node(name);
}

void ZoneResolver::addFailure(const QString &name, DnsType type, DnsAnswer::Status status)
{
    node(name).failures.insert(int(type), status);
}

void ZoneResolver::addFailure(const QString &name, DnsAnswer::Status status)
{
    node(name).failures.insert(-1, status);
}

DnsAnswer ZoneResolver::answer(const QString &name, DnsType type) const
{
    DnsAnswer a;
    QString current = key(name);
    const QStringList labels = current.split(u'.');
    for (const QString &label : labels) {
        if (label.toUtf8().size() > 63) {
            a.status = DnsAnswer::Status::ServerFailure;
            a.errorString = QStringLiteral("label longer than 63 octets");
            return a;
        }
    }
    for (int depth = 0; depth <= m_maxCnameDepth; ++depth) {
        const auto it = m_nodes.constFind(current);
        if (it == m_nodes.cend()) {
            a.status = DnsAnswer::Status::NxDomain;
            return a;
        }
        const Node &n = *it;
        const auto failure = n.failures.constFind(int(type));
        if (failure != n.failures.cend() || n.failures.contains(-1)) {
            a.status = failure != n.failures.cend() ? *failure : n.failures.value(-1);
            a.errorString = QStringLiteral("simulated failure");
            return a;
        }
        if (!n.cname.isEmpty()) {
            if (depth == m_maxCnameDepth) {
                a.status = m_cnameExceeded;
                a.errorString = QStringLiteral("CNAME chain too long");
                return a;
            }
            current = n.cname;
            continue;
        }
        switch (type) {
        case DnsType::TXT: a.txt = n.txt; break;
        case DnsType::A:
        case DnsType::AAAA:
            for (const IpAddress &address : n.addresses) {
                if (address.isV4() == (type == DnsType::A))
                    a.addresses.append(address);
            }
            break;
        case DnsType::MX: a.mx = n.mx; break;
        case DnsType::PTR: a.names = n.ptr; break;
        }
        const bool any = !a.txt.isEmpty() || !a.addresses.isEmpty() || !a.mx.isEmpty() || !a.names.isEmpty();
        a.status = any ? DnsAnswer::Status::Records : DnsAnswer::Status::NoData;
        return a;
    }
    return a; // not reached: the loop returns at depth == m_maxCnameDepth
}

DnsResolver::QueryId ZoneResolver::lookup(const QString &name, DnsType type)
{
    const QueryId id = m_nextId++;
    m_questions.append(key(name) + u'/' + dnsTypeName(type));
    m_pending.insert(id);
    const DnsAnswer result = answer(name, type);
    QTimer::singleShot(m_latencyMs, this, [this, id, result] {
        if (m_pending.remove(id))
            Q_EMIT answered(id, result);
    });
    return id;
}

void ZoneResolver::cancel(QueryId id)
{
    if (!m_pending.contains(id))
        return;
    DnsAnswer cancelled;
    cancelled.status = DnsAnswer::Status::Cancelled;
    QTimer::singleShot(0, this, [this, id, cancelled] {
        if (m_pending.remove(id))
            Q_EMIT answered(id, cancelled);
    });
}

void ZoneResolver::cancelAll()
{
    const auto ids = m_pending.values();
    for (QueryId id : ids)
        cancel(id);
}
