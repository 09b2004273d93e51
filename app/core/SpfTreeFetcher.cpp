// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfTreeFetcher.h"

#include "MacroExpander.h"
#include "SpfChecker.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcFetch, "tmems.spf.fetch", QtWarningMsg)

SpfTreeFetcher::SpfTreeFetcher(DnsResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
    connect(m_resolver, &DnsResolver::answered, this, &SpfTreeFetcher::onAnswered);
}

SpfTreeFetcher::~SpfTreeFetcher()
{
    abort();
}

void SpfTreeFetcher::addCompanion(const QString &host, const QString &companion)
{
    m_companions.insert(SpfDnsData::key(host), SpfDnsData::key(companion));
}

void SpfTreeFetcher::start(const QString &domain)
{
    fetchRecord(domain);
    if (m_inFlight.isEmpty() && !m_finishQueued) {
        // Nothing to ask (everything capped or invalid): still finish asynchronously.
        m_finishQueued = true;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
    }
}

void SpfTreeFetcher::fetchRecord(const QString &name)
{
    need(name, DnsType::TXT);
    const auto companion = m_companions.constFind(SpfDnsData::key(name));
    if (companion != m_companions.cend())
        need(*companion, DnsType::TXT);
}

void SpfTreeFetcher::abort()
{
    const auto ids = m_inFlight.keys();
    m_inFlight.clear();
    for (DnsResolver::QueryId id : ids)
        m_resolver->cancel(id);
}

void SpfTreeFetcher::need(const QString &name, DnsType type)
{
    if (name.isEmpty())
        return;
    const QString k = SpfDnsData::key(name) + u'/' + QString::number(int(type));
    if (m_asked.contains(k))
        return;
    if (m_queries >= MaxQueries) {
        m_limitHit = true;
        return;
    }
    m_asked.insert(k);
    ++m_queries;
    const DnsResolver::QueryId id = m_resolver->lookup(SpfDnsData::key(name), type);
    m_inFlight.insert(id, {SpfDnsData::key(name), type});
}

void SpfTreeFetcher::onAnswered(DnsResolver::QueryId id, const DnsAnswer &answer)
{
    const auto it = m_inFlight.find(id);
    if (it == m_inFlight.end())
        return;
    const Question question = *it;
    m_inFlight.erase(it);
    qCDebug(lcFetch) << question.name << int(question.type) << int(answer.status);
    m_data.insert(question.name, question.type, answer);
    if (question.type == DnsType::TXT)
        followRecord(question.name);
    else if (question.type == DnsType::MX)
        followMx(answer);
    if (m_inFlight.isEmpty())
        Q_EMIT finished();
}

void SpfTreeFetcher::followRecord(const QString &name)
{
    const SpfRecordAt &record = m_data.record(name);
    if (record.state != SpfRecordAt::State::Ok && record.state != SpfRecordAt::State::Multiple)
        return;
    using Kind = SpfPolicyTerm::Kind;
    for (const SpfPolicyTerm &term : record.policy.terms) {
        const QString target = SpfPolicy::targetName(term, name);
        switch (term.kind) {
        case Kind::Include:
        case Kind::Redirect: fetchRecord(target); break;
        case Kind::A:
            need(target, DnsType::A);
            if (m_wantIpv6)
                need(target, DnsType::AAAA);
            break;
        case Kind::Mx: need(target, DnsType::MX); break;
        case Kind::Exists: need(target, DnsType::A); break;
        default: break;
        }
    }
}

void SpfTreeFetcher::followMx(const DnsAnswer &answer)
{
    const QList<DnsMxRecord> records = byPreference(answer.mx);
    for (int i = 0; i < records.size() && i < SpfChecker::MaxMxOrPtrNames; ++i) {
        if (!MacroExpander::isQueryableName(records.at(i).exchange))
            continue; // a null MX (RFC 7505): check_host() asks nothing of it either
        need(records.at(i).exchange, DnsType::A);
        if (m_wantIpv6)
            need(records.at(i).exchange, DnsType::AAAA);
    }
}
