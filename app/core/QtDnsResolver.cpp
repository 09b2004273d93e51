// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtDnsResolver.h"

#include "DnsLookupBackend.h"
#include "DnsModule.h"
#include "QtDnsReply.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace {

Q_LOGGING_CATEGORY(lcDns, "tmems.dns", QtWarningMsg)

/// A reply at least this slow went through a resolver retransmission (glibc's
/// shortest retry interval is 1 s), so it was a lost or unanswered query rather
/// than an answer; a remembered "this name answers" must not vouch for it.
constexpr qint64 SlowReplyMs = 900;

/// What matchLibresolvToTimeout() fixed for the process, 0 before it ran.
int libresolvLimitMs = 0;

/// QDnsLookup on Unix waits as long as libresolv does, whatever our deadline:
/// resolv.conf's `options timeout:N attempts:M` decide (glibc's defaults hold a
/// pool thread 15 s for a dead server; a machine with `timeout:1 attempts:1`
/// gives up on a server that answers in 1.5 s although --timeout allows 8 s).
/// RES_OPTIONS, read by every res_ninit(), overrides those two so libresolv
/// waits about as long as our deadline: two tries of N s each (glibc 2.36 does
/// not lengthen the second with one server), 2N >= the deadline. Set once, before the first
/// QDnsLookup of the process: changing the environment while a query thread
/// reads it would be a data race. The user's own RES_OPTIONS are kept in front.
void matchLibresolvToTimeout(int timeoutMs)
{
#ifdef Q_OS_UNIX
    static bool done = false;
    if (done)
        return;
    done = true;
    const int seconds = qBound(1, (timeoutMs + 1999) / 2000, 30);
    libresolvLimitMs = 2 * seconds * 1000;
    QByteArray options = qgetenv("RES_OPTIONS");
    if (!options.isEmpty())
        options += ' ';
    options += "timeout:" + QByteArray::number(seconds) + " attempts:2";
    qputenv("RES_OPTIONS", options);
#else
    Q_UNUSED(timeoutMs)
#endif
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

int QtDnsResolver::systemResolverLimitMs()
{
    return libresolvLimitMs;
}

QtDnsResolver::QtDnsResolver(QObject *parent)
    : DnsResolver(parent)
{
    m_clock.start();
}

QtDnsResolver::~QtDnsResolver()
{
    // Running QDnsLookup children die with us; Qt drops their late results.
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it)
        it.key()->disconnect(this);
}

bool QtDnsResolver::setNameserver(const QString &address, QString *error)
{
    QString why;
    const std::optional<quint32> server = parseNameserver(address, &why);
    if (!server && !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_nameserver = server;
    return true;
}

QString QtDnsResolver::nameserver() const
{
    return m_nameserver ? IpAddress::fromV4(*m_nameserver).toString() : QString();
}

std::optional<quint32> QtDnsResolver::parseNameserver(const QString &address, QString *error)
{
    const QString text = address.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QString host = text;
    // "192.0.2.53:53" is accepted; any other port cannot be honoured (QDnsLookup
    // in Qt 6.4 always sends to port 53), so it is refused rather than ignored.
    const int colon = text.lastIndexOf(u':');
    if (colon > 0 && text.count(u':') == 1) {
        host = text.left(colon);
        if (text.mid(colon + 1) != QLatin1String("53")) {
            if (error)
                *error = tr("DNS server \"%1\": only port 53 can be used.").arg(text);
            return std::nullopt;
        }
    }
    // The project's strict parser: QHostAddress would take "1.2.3" or "010.0.0.1"
    // and query a server the user did not mean.
    const std::optional<IpAddress> parsed = IpAddress::parse(host);
    if (!parsed) {
        if (error)
            *error = tr("DNS server \"%1\" is not an IP address (for example 192.0.2.53).").arg(text);
        return std::nullopt;
    }
    quint32 v4 = parsed->toV4();
    if (parsed->isV6()) {
        const bool mapped = parsed->high() == 0 && (parsed->low() >> 32) == 0xffffu;
        if (!mapped) {
            // Qt 6.4 on Linux silently drops an IPv6 nameserver and asks the system
            // resolver instead: the user would get answers from a server they did
            // not choose without knowing it.
            if (error)
                *error = tr("DNS server \"%1\": IPv6 addresses are not supported. Give the server's IPv4 address.")
                             .arg(text);
            return std::nullopt;
        }
        v4 = quint32(parsed->low() & 0xffffffffu);
    }
    return v4;
}

void QtDnsResolver::setTimeoutMs(int ms)
{
    m_timeoutMs = ms > 0 ? ms : DefaultTimeoutMs;
}

QString QtDnsResolver::serverText() const
{
    return m_nameserver ? nameserver() : tr("the system DNS resolver");
}

DnsResolver::QueryId QtDnsResolver::lookup(const QString &name, DnsType type)
{
    const QueryId id = m_nextId++;
    Query query;
    query.name = QtDnsReply::normalizedName(name);
    query.type = type;
    m_queries.insert(id, query);
    m_waiting.append(id);
    // Starting it here saves an event-loop turn per query in long runs; no
    // answer can come out of pump() (QDnsLookup always finishes from its thread),
    // so answers still never arrive inside lookup().
    pump();
    return id;
}

void QtDnsResolver::pump()
{
    // Fast ambiguous replies wait for evidence from queries in flight or about
    // to start; when none is left to give it, their names are probed.
    const bool anyQueryRunning = std::any_of(m_runs.cbegin(), m_runs.cend(),
                                             [](const Run &run) { return run.query != 0; });
    if (!anyQueryRunning && m_waiting.isEmpty()) {
        const auto names = m_probeWaiters.keys();
        for (const QString &name : names)
            requestProbe(name);
    }
    // Probes first: queries are already waiting on them, holding their time.
    while (m_running < PoolSize && !m_probesWaiting.isEmpty())
        startProbe(m_probesWaiting.takeFirst());
    while (m_running < PoolSize && !m_waiting.isEmpty())
        startQuery(m_waiting.takeFirst());
}

QObject *QtDnsResolver::startLookup(const QString &name, DnsType type, const Run &run)
{
    matchLibresolvToTimeout(m_timeoutMs);
    DnsLookupRequest request;
    request.name = name;
    request.type = type;
    request.nameserverV4 = m_nameserver;
    QObject *lookup = m_backend->start(request, this, [this](QObject *finished, const DnsRawReply &reply) {
        onLookupFinished(finished, reply);
    });
    m_runs.insert(lookup, run);
    ++m_running;
    return lookup;
}

void QtDnsResolver::startQuery(QueryId id)
{
    auto it = m_queries.find(id);
    if (it == m_queries.end())
        return;
    QString moduleError;
    if (!m_backend)
        m_backend = DnsModule::backend(&moduleError);
    if (!m_backend) {
        // An installation without its DNS module: each query says so, from the
        // event loop as any answer (never inside lookup()).
        QTimer::singleShot(0, this, [this, id, moduleError] {
            if (!m_queries.contains(id))
                return;
            DnsAnswer failed;
            failed.status = DnsAnswer::Status::ServerFailure;
            failed.errorString = moduleError;
            finish(id, failed);
        });
        return;
    }
    Query &query = *it;
    query.clock.start();
    query.sentAt = m_clock.elapsed();
    query.deadline = new QTimer(this);
    query.deadline->setSingleShot(true);
    connect(query.deadline, &QTimer::timeout, this, [this, id] { onDeadline(id); });
    query.deadline->start(m_timeoutMs);
    query.lookup = startLookup(query.name, query.type, Run{id, {}});
}

void QtDnsResolver::startProbe(const QString &name)
{
    ++m_probesSent;
    startLookup(probeName(name), DnsType::A, Run{0, name});
}

void QtDnsResolver::onLookupFinished(QObject *lookup, const DnsRawReply &reply)
{
    const Run run = m_runs.take(lookup);
    --m_running;
    // Any definite reply, even one nobody waits for any more, shows the server
    // answering right now.
    if (QtDnsReply::isDefinite(reply.error))
        noteServerAnswering();
    if (run.query != 0)
        onQueryFinished(run.query, reply);
    else if (!run.probeFor.isEmpty())
        onProbeFinished(run.probeFor, reply);
    lookup->deleteLater();
    pump();
}

void QtDnsResolver::onQueryFinished(QueryId id, const DnsRawReply &reply)
{
    auto it = m_queries.find(id);
    if (it == m_queries.end())
        return;
    it->lookup = nullptr;
    qCDebug(lcDns) << it->name << int(it->type) << int(reply.error) << it->clock.elapsed() << "ms";
    if (QtDnsReply::isDefinite(reply.error))
        m_answeringNames.insert(it->name);
    if (reply.error != DnsRawReply::Error::InvalidReply) {
        finish(id, QtDnsReply::toAnswer(reply, it->name, it->type, serverText()));
        return;
    }
    resolveAmbiguous(id);
}

// Qt 6.4 (libresolv's res_nquery underneath) reports InvalidReplyError both for
// NODATA (NOERROR without records: res_nquery fails with NO_DATA and Qt cannot
// see more) and for a server that could not be reached or never answered (the
// reply buffer stays empty). SPF needs the difference: NODATA is a void lookup
// and "no SPF record"; a dead server is temperror. Timing alone cannot separate
// them: "connection refused" comes back in ~30 ms, as fast as a real NODATA,
// and a slow recursive resolver can take seconds to say NODATA.
//
// What can: evidence that the server was answering. A fast ambiguous reply
// (under SlowReplyMs, i.e. no resolver retransmission happened; glibc's
// shortest retry interval is 1 s) is NODATA if the server gave a definite
// answer (records, NXDOMAIN, SERVFAIL, REFUSED) to any query of ours since this
// one was sent, or earlier about this very name. Unreachable servers answer
// nothing definite at all, so this costs nothing in a busy run and cannot
// invent a NODATA for a dead server. Otherwise (a lone query, or a slow reply,
// which may be a retransmitted loss or a forwarder dropping queries for one
// domain) the reply is confirmed by a probe: an A query for a random label
// under the same name. That name does not exist, so a server answering for the
// zone must say something definite: NXDOMAIN (usual), records (a wildcard),
// SERVFAIL or REFUSED; then the original was NODATA. A probe that also ends in
// InvalidReplyError or never returns means the server is not answering: the
// query is a failure, never "no record". The one case this gets wrong errs on
// the safe side: a wildcard without A records, under a name with NODATA and a
// slow reply, reads as a failure (temperror), not as a missing record.
//
// A fast ambiguous reply waits for that evidence while other queries of ours
// are in flight, and probes only when none is left: in a busy run no probe
// takes a pool slot. Liveness is remembered per name for the run.
// Newer Qt (6.6+) parses replies itself: NODATA is NoError without records
// (handled above as NoData, no probe) and a silent server is TimeoutError, so
// this path only sees the genuinely doubtful replies there.
void QtDnsResolver::resolveAmbiguous(QueryId id)
{
    Query &query = m_queries[id];
    const bool fast = query.clock.elapsed() < SlowReplyMs;
    if (fast && (m_answeringNames.contains(query.name) || m_lastAnsweringAt >= query.sentAt)) {
        finishAsNoData(id);
        return;
    }
    query.waitsForEvidence = fast;
    m_probeWaiters[query.name].append(id);
    if (!fast)
        requestProbe(query.name);
}

void QtDnsResolver::requestProbe(const QString &name)
{
    if (m_probing.contains(name))
        return;
    m_probing.insert(name);
    m_probesWaiting.append(name);
}

void QtDnsResolver::noteServerAnswering()
{
    m_lastAnsweringAt = m_clock.elapsed();
    QList<QueryId> released;
    for (auto w = m_probeWaiters.begin(); w != m_probeWaiters.end();) {
        for (auto id = w->begin(); id != w->end();) {
            if (m_queries.value(*id).waitsForEvidence) {
                released.append(*id);
                id = w->erase(id);
            } else {
                ++id;
            }
        }
        w = w->isEmpty() ? m_probeWaiters.erase(w) : std::next(w);
    }
    for (QueryId id : std::as_const(released))
        finishAsNoData(id);
}

void QtDnsResolver::onProbeFinished(const QString &name, const DnsRawReply &reply)
{
    m_probing.remove(name);
    const bool alive = QtDnsReply::isDefinite(reply.error);
    qCDebug(lcDns) << "probe for" << name << int(reply.error) << (alive ? "alive" : "not answering");
    if (alive)
        m_answeringNames.insert(name);
    const QList<QueryId> waiters = m_probeWaiters.take(name);
    for (QueryId id : waiters) {
        auto it = m_queries.constFind(id);
        if (it == m_queries.cend())
            continue;
        if (alive) {
            finishAsNoData(id);
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
    timedOut.errorString =
        m_timeoutMs % 1000 == 0
            ? tr("No answer from the DNS server (%1) for %2 within %n second(s).", nullptr, m_timeoutMs / 1000)
                  .arg(serverText(), it->name)
            : tr("No answer from the DNS server (%1) for %2 within %3 ms.")
                  .arg(serverText(), it->name, QLocale().toString(m_timeoutMs));
    finish(id, timedOut);
}

QtDnsResolver::Query QtDnsResolver::detach(QueryId id)
{
    Query query = m_queries.take(id);
    m_waiting.removeAll(id);
    for (auto w = m_probeWaiters.begin(); w != m_probeWaiters.end();) {
        w->removeAll(id);
        w = w->isEmpty() ? m_probeWaiters.erase(w) : std::next(w);
    }
    if (query.deadline)
        query.deadline->deleteLater();
    if (query.lookup) {
        // The thread in Qt's pool runs on whatever we do (abort() only drops
        // the result), so the run keeps its slot until it really finishes.
        m_runs[query.lookup] = Run{};
    }
    return query;
}

void QtDnsResolver::finishAsNoData(QueryId id)
{
    // An InvalidReplyError shown to be NODATA: the server answers for this name.
    m_answeringNames.insert(m_queries.value(id).name);
    DnsAnswer noData;
    noData.status = DnsAnswer::Status::NoData;
    finish(id, noData);
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
