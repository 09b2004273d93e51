// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtDnsResolver.h"

#include <QDnsLookup>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

namespace {

Q_LOGGING_CATEGORY(lcDns, "tmems.dns")

/// Names compare as A-labels, lower case, without the root dot: QDnsLookup
/// hands record names back as Unicode (QUrl::fromAce), we ask in A-labels.
QString aceKey(const QString &name)
{
    QString key = QString::fromLatin1(QUrl::toAce(name));
    if (key.isEmpty())
        key = name;
    key = key.toLower();
    if (key.endsWith(u'.'))
        key.chop(1);
    return key;
}

int qtType(DnsType type)
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

/// Qt 6.6 added QDnsLookup::TimeoutError; compare by key so one source builds
/// on 6.4 (where the value does not exist) and on newer Qt.
bool isQtTimeout(QDnsLookup::Error error)
{
    const char *key = QMetaEnum::fromType<QDnsLookup::Error>().valueToKey(error);
    return key && qstrcmp(key, "TimeoutError") == 0;
}

/// A reply that says something definite about the name (the server is alive
/// and answering for it): records, NXDOMAIN, NODATA as NoError, SERVFAIL, REFUSED.
bool isDefinite(QDnsLookup::Error error)
{
    return error == QDnsLookup::NoError || error == QDnsLookup::NotFoundError
        || error == QDnsLookup::ServerFailureError || error == QDnsLookup::ServerRefusedError;
}

/// A reply at least this slow went through a resolver retransmission (glibc's
/// shortest retry interval is 1 s), so it was a lost or unanswered query rather
/// than an answer; a remembered "this name answers" must not vouch for it.
constexpr qint64 SlowReplyMs = 900;

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

/// A label no zone holds, under `name`, so the question reaches the servers
/// that answer for `name` and must come back NXDOMAIN (or a wildcard's records).
QString probeName(const QString &name)
{
    const QString label = QStringLiteral("tmems-probe-%1")
                              .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    QString parent = name;
    while (label.size() + 1 + parent.size() > 253 && parent.contains(u'.'))
        parent = parent.mid(parent.indexOf(u'.') + 1);
    return label + u'.' + parent;
}

} // namespace

QtDnsResolver::QtDnsResolver(QObject *parent)
    : DnsResolver(parent)
{
}

QtDnsResolver::~QtDnsResolver()
{
    // Running QDnsLookup children die with us; Qt drops their late results.
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it)
        it.key()->disconnect(this);
}

bool QtDnsResolver::setNameserver(const QString &address, QString *error)
{
    const QString text = address.trimmed();
    if (text.isEmpty()) {
        m_nameserver.clear();
        return true;
    }
    QString host = text;
    // "192.0.2.53:53" is accepted; any other port cannot be honoured (QDnsLookup
    // in Qt 6.4 always sends to port 53), so it is refused rather than ignored.
    const int colon = text.lastIndexOf(u':');
    if (colon > 0 && text.count(u':') == 1) {
        host = text.left(colon);
        if (text.mid(colon + 1) != QLatin1String("53")) {
            if (error)
                *error = tr("DNS server \"%1\": only port 53 can be used.").arg(text);
            return false;
        }
    }
    QHostAddress parsed;
    if (!parsed.setAddress(host)) {
        if (error)
            *error = tr("DNS server \"%1\" is not an IP address (for example 192.0.2.53).").arg(text);
        return false;
    }
    bool mapped = false;
    const quint32 v4 = parsed.toIPv4Address(&mapped);
    if (parsed.protocol() == QAbstractSocket::IPv6Protocol && !mapped) {
        // Qt 6.4 on Linux silently drops an IPv6 nameserver and asks the system
        // resolver instead: the user would get answers from a server they did
        // not choose without knowing it.
        if (error)
            *error = tr("DNS server \"%1\": IPv6 addresses are not supported. Give the server's IPv4 address.")
                         .arg(text);
        return false;
    }
    m_nameserver = QHostAddress(v4);
    return true;
}

void QtDnsResolver::setTimeoutMs(int ms)
{
    m_timeoutMs = ms > 0 ? ms : DefaultTimeoutMs;
}

QString QtDnsResolver::serverText() const
{
    return m_nameserver.isNull() ? tr("the system DNS resolver") : m_nameserver.toString();
}

DnsResolver::QueryId QtDnsResolver::lookup(const QString &name, DnsType type)
{
    const QueryId id = m_nextId++;
    Query query;
    query.name = aceKey(name);
    query.type = type;
    m_queries.insert(id, query);
    m_waiting.append(id);
    // Started from the event loop: answers never arrive inside lookup().
    QTimer::singleShot(0, this, &QtDnsResolver::pump);
    return id;
}

void QtDnsResolver::pump()
{
    // Probes first: queries are already waiting on them, holding their time.
    while (m_running < PoolSize && !m_probesWaiting.isEmpty())
        startProbe(m_probesWaiting.takeFirst());
    while (m_running < PoolSize && !m_waiting.isEmpty())
        startQuery(m_waiting.takeFirst());
}

QDnsLookup *QtDnsResolver::startLookup(const QString &name, int type, const Run &run)
{
    auto *lookup = new QDnsLookup(QDnsLookup::Type(type), name, this);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    connect(lookup, &QDnsLookup::finished, this, [this, lookup] { onLookupFinished(lookup); });
    m_runs.insert(lookup, run);
    ++m_running;
    lookup->lookup();
    return lookup;
}

void QtDnsResolver::startQuery(QueryId id)
{
    auto it = m_queries.find(id);
    if (it == m_queries.end())
        return;
    Query &query = *it;
    query.clock.start();
    query.deadline = new QTimer(this);
    query.deadline->setSingleShot(true);
    connect(query.deadline, &QTimer::timeout, this, [this, id] { onDeadline(id); });
    query.deadline->start(m_timeoutMs);
    query.lookup = startLookup(query.name, qtType(query.type), Run{id, {}});
}

void QtDnsResolver::startProbe(const QString &name)
{
    startLookup(probeName(name), QDnsLookup::A, Run{0, name});
}

void QtDnsResolver::onLookupFinished(QDnsLookup *lookup)
{
    const Run run = m_runs.take(lookup);
    --m_running;
    if (run.query != 0)
        onQueryFinished(run.query, lookup);
    else if (!run.probeFor.isEmpty())
        onProbeFinished(run.probeFor, lookup);
    lookup->deleteLater();
    pump();
}

void QtDnsResolver::onQueryFinished(QueryId id, QDnsLookup *lookup)
{
    auto it = m_queries.find(id);
    if (it == m_queries.end())
        return;
    it->lookup = nullptr;
    const QDnsLookup::Error error = lookup->error();
    qCDebug(lcDns) << it->name << qtType(it->type) << error << it->clock.elapsed() << "ms";
    if (isDefinite(error))
        m_answeringNames.insert(it->name);
    if (error != QDnsLookup::InvalidReplyError) {
        finish(id, answerFromLookup(*it, lookup));
        return;
    }
    resolveAmbiguous(id);
}

// Qt 6.4 (libresolv's res_nquery underneath) reports InvalidReplyError both for
// NODATA (NOERROR without records: res_nquery fails with NO_DATA and Qt cannot
// see more) and for a server that could not be reached or never answered (the
// reply buffer stays empty). Timing alone cannot separate them: "connection
// refused" comes back in ~30 ms, as fast as a real NODATA, and a slow recursive
// resolver can take seconds to say NODATA. SPF needs the difference: NODATA is a
// void lookup and "no SPF record", a dead server is temperror.
//
// So an InvalidReplyError is confirmed by a probe: an A query for a random label
// under the same name. That name does not exist, so a live server answering for
// the zone must say something definite: NXDOMAIN (the usual case), records
// (a wildcard), SERVFAIL or REFUSED. A definite probe answer proves the server
// was alive and answering for that name, so the original reply was NODATA. A
// probe that also ends in InvalidReplyError (or times out) means the server is
// not answering: the query is a failure, never "no record". The one case this
// gets wrong errs on the safe side: a wildcard without A records under a name
// with NODATA reads as a failure (temperror), not as a missing record.
//
// Liveness is remembered per name for the run, so several NODATA types of one
// name cost one probe; a reply slower than SlowReplyMs is not vouched for by the
// memory (it went through retransmissions: a lost query, not an answer).
// Newer Qt (6.6+) parses replies itself: NODATA comes back as NoError with no
// records (handled above as NoData without any probe) and a silent server as
// TimeoutError, so the probe only runs for the genuinely ambiguous cases there.
void QtDnsResolver::resolveAmbiguous(QueryId id)
{
    const Query &query = m_queries[id];
    if (m_answeringNames.contains(query.name) && query.clock.elapsed() < SlowReplyMs) {
        finish(id, answerFromLookup(query, nullptr));
        return;
    }
    auto waiters = m_probeWaiters.find(query.name);
    if (waiters != m_probeWaiters.end()) {
        waiters->append(id);
        return;
    }
    m_probeWaiters.insert(query.name, {id});
    m_probesWaiting.append(query.name);
    pump();
}

void QtDnsResolver::onProbeFinished(const QString &name, QDnsLookup *lookup)
{
    const bool alive = isDefinite(lookup->error());
    qCDebug(lcDns) << "probe for" << name << lookup->error() << (alive ? "alive" : "not answering");
    if (alive)
        m_answeringNames.insert(name);
    const QList<QueryId> waiters = m_probeWaiters.take(name);
    for (QueryId id : waiters) {
        auto it = m_queries.constFind(id);
        if (it == m_queries.cend())
            continue;
        if (alive) {
            finish(id, answerFromLookup(*it, nullptr));
        } else {
            DnsAnswer failed;
            failed.status = DnsAnswer::Status::ServerFailure;
            failed.errorString = tr("The DNS server (%1) did not answer the query for %2: it is unreachable or not responding.")
                                     .arg(serverText(), it->name);
            finish(id, failed);
        }
    }
}

void QtDnsResolver::onDeadline(QueryId id)
{
    auto it = m_queries.find(id);
    if (it == m_queries.end())
        return;
    DnsAnswer timedOut;
    timedOut.status = DnsAnswer::Status::Timeout;
    timedOut.errorString = tr("No answer from the DNS server (%1) for %2 within %3 seconds.")
                               .arg(serverText(), it->name, QLocale().toString(m_timeoutMs / 1000.0, 'g', 3));
    finish(id, timedOut);
}

DnsAnswer QtDnsResolver::answerFromLookup(const Query &query, const QDnsLookup *lookup) const
{
    DnsAnswer answer;
    if (!lookup) { // an InvalidReplyError proven to be NODATA
        answer.status = DnsAnswer::Status::NoData;
        return answer;
    }
    const QDnsLookup::Error error = lookup->error();
    if (error == QDnsLookup::NotFoundError) {
        answer.status = DnsAnswer::Status::NxDomain;
        return answer;
    }
    if (error != QDnsLookup::NoError) {
        answer.status = isQtTimeout(error) ? DnsAnswer::Status::Timeout : DnsAnswer::Status::ServerFailure;
        if (error == QDnsLookup::ServerFailureError)
            answer.errorString = tr("The DNS server (%1) reported a failure (SERVFAIL) for %2.").arg(serverText(), query.name);
        else if (error == QDnsLookup::ServerRefusedError)
            answer.errorString = tr("The DNS server (%1) refused to answer for %2 (REFUSED).").arg(serverText(), query.name);
        else if (error == QDnsLookup::InvalidRequestError)
            answer.errorString = tr("\"%1\" cannot be looked up in DNS: it is not a valid host name.").arg(query.name);
        else
            answer.errorString = tr("DNS query for %1 failed: %2").arg(query.name, lookup->errorString());
        return answer;
    }

    // With a CNAME chain the answer section holds the CNAMEs and the target's
    // records; only the records owned by the end of the chain answer the question.
    QHash<QString, QString> aliases;
    const auto cnames = lookup->canonicalNameRecords();
    for (const auto &record : cnames)
        aliases.insert(aceKey(record.name()), aceKey(record.value()));
    QString owner = query.name;
    for (int hops = 0; hops < 16 && aliases.contains(owner); ++hops)
        owner = aliases.value(owner);
    const auto owned = [&owner](const auto &record) { return aceKey(record.name()) == owner; };

    switch (query.type) {
    case DnsType::TXT:
        for (const auto &record : lookup->textRecords()) {
            if (owned(record))
                answer.txt.append(record.values().join(QByteArray()));
        }
        break;
    case DnsType::A:
    case DnsType::AAAA:
        for (const auto &record : lookup->hostAddressRecords()) {
            const IpAddress address = toIpAddress(record.value());
            if (owned(record) && address.isV4() == (query.type == DnsType::A))
                answer.addresses.append(address);
        }
        break;
    case DnsType::MX:
        for (const auto &record : lookup->mailExchangeRecords()) {
            if (owned(record))
                answer.mx.append({record.preference(), aceKey(record.exchange())});
        }
        break;
    case DnsType::PTR:
        for (const auto &record : lookup->pointerRecords()) {
            if (owned(record))
                answer.names.append(aceKey(record.value()));
        }
        break;
    }
    const bool any = !answer.txt.isEmpty() || !answer.addresses.isEmpty() || !answer.mx.isEmpty()
        || !answer.names.isEmpty();
    answer.status = any ? DnsAnswer::Status::Records : DnsAnswer::Status::NoData;
    return answer;
}

QtDnsResolver::Query QtDnsResolver::detach(QueryId id)
{
    Query query = m_queries.take(id);
    m_waiting.removeAll(id);
    for (auto w = m_probeWaiters.begin(); w != m_probeWaiters.end(); ++w)
        w->removeAll(id);
    if (query.deadline)
        query.deadline->deleteLater();
    if (query.lookup) {
        // The thread in Qt's pool runs on whatever we do (abort() only drops
        // the result), so the run keeps its slot until it really finishes.
        m_runs[query.lookup] = Run{};
    }
    return query;
}

void QtDnsResolver::finish(QueryId id, const DnsAnswer &answer)
{
    detach(id);
    Q_EMIT answered(id, answer);
}

void QtDnsResolver::cancel(QueryId id)
{
    if (!m_queries.contains(id))
        return;
    // Detached at once, so a real answer arriving before the event loop turns
    // cannot overtake the cancellation.
    detach(id);
    QTimer::singleShot(0, this, [this, id] {
        DnsAnswer cancelled;
        cancelled.status = DnsAnswer::Status::Cancelled;
        Q_EMIT answered(id, cancelled);
    });
}

void QtDnsResolver::cancelAll()
{
    const auto ids = m_queries.keys();
    for (QueryId id : ids)
        cancel(id);
}
