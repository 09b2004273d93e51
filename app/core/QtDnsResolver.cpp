// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtDnsResolver.h"

#include "DnsLookupBackend.h"
#include "DnsModule.h"
#include "QtDnsReply.h"
#include "ResolvConf.h"

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

/// CNAME targets asked again for one question (see onQueryFinished) before it
/// counts as a chain without end.
constexpr int MaxAliasRequeries = 8;

/// How long an empty reply may wait for the free evidence of queries in
/// flight before it is probed instead: a query silent for longer than the
/// slowest real answer (SlowReplyMs) is unlikely to give it in time.
constexpr int MaxEvidenceWaitMs = int(SlowReplyMs);

/// How long a TCP verdict on the DNS servers holds, and how long a server may
/// take to accept the connection (see QtDnsResolver::checkTcp).
constexpr qint64 TcpVerdictLifetimeMs = 60 * 1000;
constexpr int TcpConnectTimeoutMs = 2000;

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
/// With `topLevel`, under the last label of `name` instead, where the zone's
/// own wildcards do not reach.
QString probeName(const QString &name, bool topLevel)
{
    const QString label = QStringLiteral("tmems-probe-%1")
                              .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    return label + u'.' + (topLevel ? name.section(u'.', -1) : name);
}

/// Whether a probe label fits under `name` within DNS's 253 characters:
/// "tmems-probe-", 16 hex digits and the dot.
bool probeFits(const QString &name)
{
    constexpr int ProbeLabelAndDot = 12 + 16 + 1;
    return ProbeLabelAndDot + name.size() <= 253;
}

} // namespace

QString QtDnsResolver::Probe::key() const
{
    return dnsTypeName(type) + u'/' + QString::number(int(kind)) + u'/' + name;
}

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
    // Probes first: queries are already waiting on them, holding their time.
    while (m_running < PoolSize && !m_probesWaiting.isEmpty()) {
        const Probe probe = m_probesWaiting.takeFirst();
        const QString key = probe.key();
        if (probe.kind != Probe::Kind::Server && m_probeWaiters.value(key).isEmpty()) {
            m_probing.remove(key); // everyone who waited on it was answered or gave up
            m_probeWaiters.remove(key);
            continue;
        }
        startProbe(probe);
    }
    while (m_running < PoolSize && !m_waiting.isEmpty())
        startQuery(m_waiting.takeFirst());
}

QObject *QtDnsResolver::startLookup(const QString &name, DnsType type, const Run &run,
                                   std::optional<quint32> server)
{
    matchLibresolvToTimeout(m_timeoutMs);
    DnsLookupRequest request;
    request.name = name;
    request.type = type;
    request.nameserverV4 = server ? server : m_nameserver;
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
    query.sentAt = m_clock.nsecsElapsed();
    if (!query.deadline) { // a CNAME's target asked again keeps the question's bound
        query.deadline = new QTimer(this);
        query.deadline->setSingleShot(true);
        connect(query.deadline, &QTimer::timeout, this, [this, id] { onDeadline(id); });
        query.deadline->start(m_timeoutMs);
    }
    query.lookup = startLookup(query.name, query.type, Run{id, {}});
}

void QtDnsResolver::startProbe(const Probe &probe)
{
    ++m_probesSent;
    if (probe.kind != Probe::Kind::Server) {
        // A wildcard probe asks A whatever type its waiters asked (see onProbeFinished).
        startLookup(probeName(probe.name, probe.kind == Probe::Kind::TopLevel),
                    probe.kind == Probe::Kind::Wildcard ? DnsType::A : probe.type, Run{0, probe});
        return;
    }
    // A liveness probe of one server: any definite reply (NXDOMAIN for the
    // reserved .invalid, REFUSED...) shows it answering. Its verdict may not
    // wait for libresolv's own limit: no reply in TcpConnectTimeoutMs is none.
    QObject *lookup = startLookup(probeName(probe.name, false), probe.type, Run{0, probe},
                                  parseNameserver(probe.server));
    // Whichever of reply and deadline comes second finds the verdict given.
    auto *deadline = new QTimer(lookup);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, server = probe.server] {
        onServerProbeFinished(server, DnsRawReply{});
    });
    deadline->start(qMin(m_timeoutMs, TcpConnectTimeoutMs));
}

void QtDnsResolver::onLookupFinished(QObject *lookup, const DnsRawReply &reply)
{
    const Run run = m_runs.take(lookup);
    --m_running;
    // Any definite reply, even one nobody waits for any more, shows the server
    // answering right now (a liveness probe of one listed server speaks only
    // for that server).
    const bool serverProbe = run.probe && run.probe->kind == Probe::Kind::Server;
    if (QtDnsReply::isDefinite(reply.error) && !serverProbe)
        noteServerAnswering();
    if (run.query != 0)
        onQueryFinished(run.query, reply);
    else if (serverProbe)
        onServerProbeFinished(run.probe->server, reply);
    else if (run.probe)
        onProbeFinished(*run.probe, reply);
    lookup->deleteLater();
    // What this run showed may decide replies waiting for evidence, and a run
    // fewer in flight may leave some without any to wait for.
    reviewUndecided();
    pump();
}

void QtDnsResolver::noteEvidence(const QString &name, DnsType type, DnsRawReply::Error error)
{
    // Data, as opposed to an error or silence: the server handles this type,
    // and, with records, serves the name itself (a referral has no answer section).
    if (error == DnsRawReply::Error::None || error == DnsRawReply::Error::NotFound)
        m_typesAnswered.insert(int(type));
    if (error == DnsRawReply::Error::None)
        m_servedNames.insert(name);
}

void QtDnsResolver::onQueryFinished(QueryId id, const DnsRawReply &reply)
{
    auto it = m_queries.find(id);
    if (it == m_queries.end())
        return;
    it->lookup = nullptr;
    qCDebug(lcDns) << it->name << int(it->type) << int(reply.error) << it->clock.elapsed() << "ms";
    noteEvidence(it->name, it->type, reply.error);
    if (reply.error == DnsRawReply::Error::InvalidReply) {
        resolveAmbiguous(id);
        return;
    }
    QString chainEnd;
    const DnsAnswer answer = QtDnsReply::toAnswer(reply, it->name, it->type, serverText(), &chainEnd);
    if (answer.status == DnsAnswer::Status::NoData && chainEnd != it->name) {
        // A CNAME whose target has no records here. A recursive server has
        // looked the target up, so that is NODATA; an authoritative server
        // (--dns-server) returns the CNAME alone when the target lies in a zone
        // it does not serve. Asking for the target itself tells them apart:
        // NODATA again, or REFUSED, a referral, or the records.
        if (++it->aliasRequeries > MaxAliasRequeries) {
            fail(id, tr("DNS query for %1 failed: its chain of CNAME records does not end.").arg(it->name));
            return;
        }
        it->name = chainEnd;
        m_waiting.prepend(id);
        return;
    }
    finish(id, answer);
}

// Qt 6.4 (libresolv's res_nquery underneath) reports InvalidReplyError for
// NODATA (NOERROR without records: res_nquery fails with NO_DATA and Qt cannot
// see more) and, with the same text, for replies that say nothing of the kind:
//  - no reply at all: the server is unreachable or refused the connection;
//  - a reply too large for UDP (truncated, TC) whose retry over TCP failed;
//  - RCODEs Qt does not name, such as NOTIMP (a proxy without TXT support) or
//    NOTAUTH;
//  - a referral: an authoritative server given as --dns-server answers for a
//    delegated name with the child zone's servers and no answer.
// SPF needs the difference: NODATA is a void lookup and "no SPF record"; the
// rest are temperror. Timing alone cannot separate them: "connection refused"
// comes back as fast as a real NODATA, and a slow recursive resolver can take
// seconds to say NODATA.
//
// So an empty reply is NODATA only with evidence against each failure:
//  - TCP: the server accepts TCP connections on port 53 (checked the first
//    time an empty reply comes, again after TcpVerdictLifetimeMs; for the
//    system resolver, every server of /etc/resolv.conf that answers at all).
//    Without TCP, no empty reply is NODATA: whether a large record set hid
//    behind it cannot be known. Only the connection is checked: a server that
//    takes it and then fails to answer over it is not caught, since that takes
//    a DNS query of our own, and every query goes through QDnsLookup.
//  - the type: the server gave data (records or NXDOMAIN) for some question of
//    the same type in this run, so it implements that type;
//  - the name: the server gave records for this very name (of any type), so it
//    serves the name rather than refer it elsewhere (with --dns-server only:
//    the system resolver recurses, see servesName());
//  - liveness: the reply came before any retransmission (under SlowReplyMs;
//    glibc's shortest retry interval is 1 s) and the server gave a definite
//    reply to some query of ours since this one was sent.
// A busy run gives all of this for free: an empty reply waits while queries
// in flight may still supply what it lacks. Otherwise, and always for a slow
// reply, one probe settles it: the same type for a random label under the name.
// That name does not exist, so a server that answers for the name's zone and
// implements the type must give data (NXDOMAIN, or a wildcard's records); then
// the reply was NODATA. Anything else (silence, a referral, NOTIMP, SERVFAIL,
// REFUSED) means the question was not answered: a failure, never "no record".
// Under a wildcard without records of the type the probe is empty too; then
// an A probe below the name shows the wildcard (a zone served here), and one
// under the top-level domain, beyond the zone's wildcard, shows the type
// handled (onProbeFinished). Errs on the safe side where that cannot help: a
// wildcard without A records, or an authoritative server that does not serve
// the top-level domain.
// Newer Qt (6.6+) parses replies itself: NODATA is NoError without records
// (handled above as NoData, no probe) and a silent server is TimeoutError, so
// this path only sees the genuinely doubtful replies there.
void QtDnsResolver::resolveAmbiguous(QueryId id)
{
    Query &query = m_queries[id];
    query.ambiguous = true;
    query.fast = query.clock.elapsed() < SlowReplyMs;
    query.ambiguousAt = m_clock.elapsed();
    m_undecided.append(id);
    // Wakes it when its wait for evidence is over, should nothing else.
    QTimer::singleShot(MaxEvidenceWaitMs + 1, this, [this] { scheduleReview(); });
    checkTcp();
    // Decided now if it can be; otherwise when runs finish (onLookupFinished).
    decide(id);
}

void QtDnsResolver::scheduleReview()
{
    // From the event loop, once however often asked: a query that leaves
    // by deadline or cancel() may have been the evidence an empty reply waited for.
    if (m_reviewScheduled || m_undecided.isEmpty())
        return;
    m_reviewScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_reviewScheduled = false;
        reviewUndecided();
        pump();
    });
}

void QtDnsResolver::reviewUndecided()
{
    const QList<QueryId> undecided = m_undecided;
    for (QueryId id : undecided) {
        if (m_undecided.contains(id))
            decide(id);
    }
}

bool QtDnsResolver::decide(QueryId id)
{
    const auto it = m_queries.constFind(id);
    if (it == m_queries.cend()) {
        m_undecided.removeAll(id);
        return true;
    }
    if (m_tcp == TcpCheck::Running)
        return false;
    if (m_tcp == TcpCheck::Refused) {
        // Never NODATA now. Which failure to name: with no definite reply yet
        // this run, a probe first shows whether the server answers at all.
        if (m_lastAnsweringAt < 0)
            waitForProbe(id);
        else
            failWithoutTcp(id);
        return true;
    }
    const bool typeKnown = m_typesAnswered.contains(int(it->type));
    const bool nameServed = servesName(it->name);
    const bool alive = m_lastAnsweringAt > it->sentAt;
    if (it->fast && typeKnown && nameServed && alive) {
        finishAsNoData(id);
        return true;
    }
    if (it->fast && m_clock.elapsed() - it->ambiguousAt <= MaxEvidenceWaitMs
        && evidenceMayCome(*it, typeKnown, nameServed, alive))
        return false;
    waitForProbe(id);
    return true;
}

bool QtDnsResolver::evidenceMayCome(const Query &query, bool typeKnown, bool nameServed, bool alive) const
{
    // Every query not holding an ambiguous reply is waiting or running.
    bool sameName = false, sameType = false, any = false;
    for (const Query &other : m_queries) {
        if (other.ambiguous)
            continue;
        any = true;
        sameName = sameName || other.name == query.name;
        sameType = sameType || other.type == query.type;
    }
    return (nameServed || sameName) && (typeKnown || sameType) && (alive || any);
}

bool QtDnsResolver::servesName(const QString &name) const
{
    // The system resolver recurses (the whole machine's lookups depend on it),
    // and a recursive server follows delegations itself: it never refers a
    // question elsewhere. Asking for proof would fail real NODATA where it
    // cannot be given: zones that answer every missing name with NODATA
    // ("black lies", RFC 9824 compact denial) leave no NXDOMAIN to find.
    return !m_nameserver || m_servedNames.contains(name);
}

void QtDnsResolver::waitForProbe(QueryId id)
{
    m_undecided.removeAll(id);
    const Query &query = m_queries[id];
    if (!probeFits(query.name)) {
        // No label fits under the name, and one under an ancestor could lie
        // above a zone cut and prove nothing about the name: a failure.
        fail(id, tr("DNS query for %1 failed: the reply was empty, and the name is too long to confirm that it "
                    "has no records.").arg(query.name));
        return;
    }
    requestProbe({Probe::Kind::Name, query.name, query.type, {}}, {id});
}

void QtDnsResolver::requestProbe(const Probe &probe, const QList<QueryId> &waiters)
{
    const QString key = probe.key();
    m_probeWaiters[key].append(waiters);
    if (m_probing.contains(key))
        return;
    m_probing.insert(key);
    m_probesWaiting.append(probe);
}

void QtDnsResolver::checkTcp()
{
    if (m_tcp == TcpCheck::Running)
        return;
    // A verdict holds for a while only: the wizard keeps its resolver while the
    // computer may move to another network.
    if (m_tcp != TcpCheck::NotStarted && m_clock.elapsed() - m_tcpCheckedAt < TcpVerdictLifetimeMs)
        return;
    m_tcp = TcpCheck::Running;
    m_tcpProblem.clear();
    QStringList servers = m_nameserver ? QStringList{nameserver()} : ResolvConf::systemNameservers(m_resolvConf);
    servers.removeDuplicates(); // DHCP often hands out one router as both servers
    m_tcpAccepted = 0;
    m_tcpUnprobeableProblem.clear();
    if (!m_backend->checkTcp) { // every module of this build has it
        m_tcp = TcpCheck::Accepted;
        return;
    }
    m_tcpChecksRunning = m_tcpServerCount = int(servers.size());
    // A server slow to take a connection on the local network or beyond is
    // as good as one refusing: empty replies must not wait out their deadline.
    const int connectTimeoutMs = qMin(m_timeoutMs, TcpConnectTimeoutMs);
    for (const QString &server : servers) {
        ++m_tcpChecksSent;
        m_backend->checkTcp(server, connectTimeoutMs, this, [this, server, connectTimeoutMs](bool accepted,
                                                                                            const QString &error) {
            if (accepted) {
                ++m_tcpAccepted;
                tcpVerdict({});
            }
            else
                onTcpRefused(server,
                             error.isEmpty() ? tr("%1 did not accept a TCP connection on port 53 within %2 ms")
                                                   .arg(server, QLocale().toString(connectTimeoutMs))
                                             : tr("%1 did not accept a TCP connection on port 53: %2").arg(server, error));
        });
    }
}

void QtDnsResolver::onTcpRefused(const QString &server, const QString &problem)
{
    qCDebug(lcDns) << "TCP to" << server << "not accepted:" << problem;
    // With several servers in resolv.conf, glibc asks the next only when one
    // fails: a dead secondary answered nothing, so its missing TCP says nothing
    // about our replies. Only a server that answers over UDP counts against
    // them; ask it something of its own (IPv4 only: Qt 6.4 cannot aim a
    // query at an IPv6 server, so that one counts as answering).
    if (m_tcpServerCount > 1) {
        if (parseNameserver(server)) {
            m_tcpPending.insert(server, problem);
            m_probesWaiting.append({Probe::Kind::Server, QStringLiteral("invalid"), DnsType::A, server});
            pump();
            return;
        }
        // Qt 6.4 cannot aim a query at an IPv6 server to see it answer. It
        // counts only if no server of the list takes TCP: glibc turns to a
        // later server only when the first fails, and a stale IPv6 entry
        // (often unreachable) must not condemn every reply of a working one.
        if (m_tcpUnprobeableProblem.isEmpty())
            m_tcpUnprobeableProblem = problem;
        tcpVerdict({});
        return;
    }
    tcpVerdict(problem);
}

void QtDnsResolver::onServerProbeFinished(const QString &server, const DnsRawReply &reply)
{
    if (!m_tcpPending.contains(server))
        return;
    const QString problem = m_tcpPending.take(server);
    const bool answering = QtDnsReply::isDefinite(reply.error);
    qCDebug(lcDns) << "server" << server << (answering ? "answers" : "does not answer");
    tcpVerdict(answering ? problem : QString());
}

void QtDnsResolver::tcpVerdict(const QString &problem)
{
    if (!problem.isEmpty() && m_tcpProblem.isEmpty())
        m_tcpProblem = problem;
    if (--m_tcpChecksRunning > 0)
        return;
    if (m_tcpProblem.isEmpty() && m_tcpAccepted == 0)
        m_tcpProblem = m_tcpUnprobeableProblem;
    m_tcp = m_tcpProblem.isEmpty() ? TcpCheck::Accepted : TcpCheck::Refused;
    m_tcpCheckedAt = m_clock.elapsed();
    reviewUndecided();
    pump();
}

void QtDnsResolver::noteServerAnswering()
{
    m_lastAnsweringAt = m_clock.nsecsElapsed();
}

void QtDnsResolver::onProbeFinished(const Probe &probe, const DnsRawReply &reply)
{
    using Kind = Probe::Kind;
    const QString &name = probe.name;
    const DnsType type = probe.type; // what the waiters asked; a wildcard probe asks A
    const QString key = probe.key();
    m_probing.remove(key);
    const bool records = reply.error == DnsRawReply::Error::None;
    const bool data = records || reply.error == DnsRawReply::Error::NotFound;
    const bool empty = reply.error == DnsRawReply::Error::InvalidReply;
    qCDebug(lcDns) << "probe for" << name << int(type) << int(probe.kind) << int(reply.error);
    // What it shows: data for a name under `name` (not above it, as the
    // top-level probe asks) means the server serves the name's zone, and
    // handles the type it asked.
    if (probe.kind == Kind::Wildcard) {
        if (records)
            m_servedNames.insert(name);
    } else if (data) {
        m_typesAnswered.insert(int(type));
        if (probe.kind == Kind::Name)
            m_servedNames.insert(name);
    }
    const QList<QueryId> waiters = m_probeWaiters.take(key);
    if (!waiters.isEmpty() && m_tcp == TcpCheck::Accepted) {
        // Under a wildcard without records of the type, a name below is empty
        // too, so an empty name probe may still be a real NODATA. The wildcard
        // shows itself with A records for another name below (so the zone is
        // served here, and the server answering); the type, unless already
        // known, shows itself handled under the top-level domain, beyond the
        // zone's wildcard. Where neither shows, it is a failure.
        const bool served = servesName(name);
        const bool nameProbe = probe.kind == Kind::Name;
        const bool wildcardProbe = probe.kind == Kind::Wildcard;
        if (nameProbe && empty && type != DnsType::A) {
            requestProbe({Probe::Kind::Wildcard, name, type, {}}, waiters);
            return;
        }
        if ((nameProbe && empty && served)
            || (wildcardProbe && ((records && !m_typesAnswered.contains(int(type))) || (empty && served)))) {
            requestProbe({Probe::Kind::TopLevel, name, type, {}}, waiters);
            return;
        }
    }
    const bool settled = probe.kind == Kind::TopLevel ? data && servesName(name)
        : probe.kind == Kind::Wildcard                ? records && m_typesAnswered.contains(int(type))
                                                      : data;
    for (QueryId id : waiters) {
        if (!m_queries.contains(id))
            continue;
        if (m_tcp == TcpCheck::Running) {
            // A renewed TCP check began while this probe ran: decided once its verdict is in.
            m_undecided.append(id);
            continue;
        }
        if (m_tcp == TcpCheck::Refused && data)
            failWithoutTcp(id);
        else if (m_tcp == TcpCheck::Refused)
            fail(id, tr("The DNS server (%1) did not answer the query for %2: it is unreachable or not responding.")
                         .arg(serverText(), m_queries.value(id).name));
        else if (settled)
            finishAsNoData(id);
        else
            fail(id, tr("The DNS server (%1) gave an empty reply for %2 (%3), and no clear answer for a name below "
                        "it either: it may be unreachable, refer the question to another server, or reply with an "
                        "error Qt cannot report (such as NOTIMP); or the name lies under a wildcard record (*) "
                        "without A records, which cannot be confirmed. The reply is not read as \"no records\".")
                         .arg(serverText(), name, dnsTypeName(type)));
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
    scheduleReview();
}

QtDnsResolver::Query QtDnsResolver::detach(QueryId id)
{
    Query query = m_queries.take(id);
    m_waiting.removeAll(id);
    m_undecided.removeAll(id);
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
    DnsAnswer noData;
    noData.status = DnsAnswer::Status::NoData;
    finish(id, noData);
}

void QtDnsResolver::failWithoutTcp(QueryId id)
{
    const Query &query = m_queries[id];
    fail(id, tr("The DNS server's reply for %1 (%2) was empty or missing, and %3. Answers too large for UDP "
                "need TCP, so this cannot be told from a large set of records; it is not read as \"no records\". "
                "Check that the DNS server runs and accepts TCP on port 53, or choose another DNS server.")
                 .arg(query.name, dnsTypeName(query.type), m_tcpProblem));
}

void QtDnsResolver::fail(QueryId id, const QString &why)
{
    DnsAnswer failed;
    failed.status = DnsAnswer::Status::ServerFailure;
    failed.errorString = why;
    finish(id, failed);
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
    scheduleReview();
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
