// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsResolver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

#include "DnsLookupBackend.h"

class QTimer;

/// The real network: DnsResolver over QDnsLookup, to the system resolver or to
/// one chosen IPv4 server on port 53. Adds what QDnsLookup (Qt 6.4) lacks:
/// a time bound per query, a clean cancel, CNAME chains reduced to the records
/// of the final name, and NODATA told apart from the failures Qt 6.4 reports
/// the same way (see the comment at QtDnsResolver::resolveAmbiguous in the .cpp).
///
/// Never more than PoolSize QDnsLookup runs at once, counting runs that were
/// timed out or cancelled but whose thread in Qt's pool still waits on the
/// network: the rest wait here, and a query's time bound starts only when it
/// really goes out. QDnsLookup itself is reached through the DNS module
/// (DnsLookupBackend.h); without it every query fails, saying why. Main thread
/// only; owned by its parent (usually a CachingResolver, see createResolver()).
class QtDnsResolver final : public DnsResolver
{
    Q_OBJECT
public:
    /// Qt runs QDnsLookup on a private pool of 5 threads (QDnsLookupThreadPool).
    static constexpr int PoolSize = 5;
    static constexpr int DefaultTimeoutMs = 5000;

    explicit QtDnsResolver(QObject *parent = nullptr);
    ~QtDnsResolver() override;

    /// Sends every query to `address` (IPv4, optionally ":53"); empty means the
    /// system resolver. Returns false with a translated message otherwise.
    bool setNameserver(const QString &address, QString *error = nullptr);
    /// The IPv4 address `address` names as a DNS server (as setNameserver()
    /// takes it), or nothing with a translated message; empty text is no server.
    static std::optional<quint32> parseNameserver(const QString &address, QString *error = nullptr);
    /// The chosen server as text; empty for the system resolver.
    QString nameserver() const;
    /// Where the system resolver's servers are listed, for the TCP check (see
    /// the .cpp); /etc/resolv.conf unless a test points elsewhere.
    void setResolvConfPath(const QString &path) { m_resolvConf = path; }
    /// Upper bound of one query, from the moment it is sent until its answer
    /// (including the probes and the TCP check an empty reply may need).
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    /// How long libresolv itself keeps trying one query in this process, fixed
    /// by the first query (see the .cpp); 0 before any query, or where there is
    /// no such limit. A longer timeout than this cannot take effect until the
    /// program is started again.
    static int systemResolverLimitMs();

    QueryId lookup(const QString &name, DnsType type) override;
    void cancel(QueryId id) override;
    void cancelAll() override;

    /// QDnsLookup runs whose threads are busy, including abandoned ones.
    int runningLookups() const { return m_running; }
    /// Probes sent so far (see resolveAmbiguous in the .cpp).
    int probesSent() const { return m_probesSent; }
    /// TCP connection checks started so far (see resolveAmbiguous in the .cpp).
    int tcpChecksSent() const { return m_tcpChecksSent; }

private:
    struct Query
    {
        QString name; ///< A-label, lower case, no trailing dot (a CNAME's target once re-asked)
        DnsType type = DnsType::A;
        QObject *lookup = nullptr; ///< its QDnsLookup run, while it runs
        QTimer *deadline = nullptr;
        QElapsedTimer clock;
        qint64 sentAt = -1;     ///< on m_clock, in nanoseconds (for "a reply since")
        qint64 ambiguousAt = -1; ///< on m_clock: when its empty reply came
        bool ambiguous = false; ///< holds an InvalidReplyError until evidence decides (see resolveAmbiguous)
        bool fast = false;      ///< that reply came before any resolver retransmission
        int aliasRequeries = 0; ///< CNAME targets asked again (see onQueryFinished)
    };
    /// A question of our own about empty replies (see resolveAmbiguous in the .cpp).
    struct Probe
    {
        enum class Kind {
            Name,     ///< `type` for a random label under `name`
            Wildcard, ///< A for a random label under `name`: shows a wildcard
            TopLevel, ///< `type` for a random label under `name`'s top-level domain
            Server,   ///< A under .invalid, asked of `server` alone: does it answer at all
        };
        Kind kind = Kind::Name;
        QString name;              ///< the name whose empty replies it checks
        DnsType type = DnsType::A; ///< the type those replies were to
        QString server;            ///< Server only (see onTcpRefused)
        /// Identifies the probe among those queued or running (not Server).
        QString key() const;
    };
    /// What one QDnsLookup run belongs to: a query, a probe, or nothing any more.
    struct Run
    {
        QueryId query = 0;
        std::optional<Probe> probe;
    };
    enum class TcpCheck { NotStarted, Running, Accepted, Refused };

    void pump();
    void startQuery(QueryId id);
    void startProbe(const Probe &probe);
    void requestProbe(const Probe &probe, const QList<QueryId> &waiters);
    QObject *startLookup(const QString &name, DnsType type, const Run &run,
                         std::optional<quint32> server = std::nullopt);
    void onLookupFinished(QObject *lookup, const DnsRawReply &reply);
    void onQueryFinished(QueryId id, const DnsRawReply &reply);
    void onProbeFinished(const Probe &probe, const DnsRawReply &reply);
    void noteEvidence(const QString &name, DnsType type, DnsRawReply::Error error);
    void resolveAmbiguous(QueryId id);
    void reviewUndecided();
    void scheduleReview();
    bool decide(QueryId id);
    bool evidenceMayCome(const Query &query, bool typeKnown, bool nameServed, bool alive) const;
    bool servesName(const QString &name) const;
    void waitForProbe(QueryId id);
    void checkTcp();
    void onTcpRefused(const QString &server, const QString &problem);
    void onServerProbeFinished(const QString &server, const DnsRawReply &reply);
    void tcpVerdict(const QString &problem);
    void noteServerAnswering();
    void onDeadline(QueryId id);
    void finish(QueryId id, const DnsAnswer &answer);
    void finishAsNoData(QueryId id);
    void fail(QueryId id, const QString &why);
    void failWithoutTcp(QueryId id);
    Query detach(QueryId id);
    QString serverText() const;

    QHash<QueryId, Query> m_queries;
    QList<QueryId> m_waiting;        ///< queries waiting for a free pool thread
    QList<QueryId> m_undecided;      ///< ambiguous replies waiting for evidence
    QList<Probe> m_probesWaiting;    ///< probes waiting for a free pool thread
    QHash<QObject *, Run> m_runs;    ///< every QDnsLookup run whose thread is busy
    QHash<QString, QList<QueryId>> m_probeWaiters; ///< probe key -> queries waiting on its probe
    QSet<QString> m_probing;         ///< probe keys queued or running
    QSet<QString> m_servedNames;     ///< names the server gave data for, or under (a probe)
    QSet<int> m_typesAnswered;       ///< DnsType values the server gave data for (records or NXDOMAIN)
    QElapsedTimer m_clock;
    qint64 m_lastAnsweringAt = -1;   ///< last definite reply of any run, on m_clock in nanoseconds
    TcpCheck m_tcp = TcpCheck::NotStarted;
    int m_tcpChecksRunning = 0;      ///< servers whose TCP verdict is still open
    int m_tcpServerCount = 0;        ///< servers checked in the current round
    qint64 m_tcpCheckedAt = -1;      ///< when the last round ended, on m_clock
    QString m_tcpProblem;            ///< the first live server refusing TCP, and why
    QString m_tcpUnprobeableProblem; ///< the first IPv6 server refusing TCP (see onTcpRefused)
    int m_tcpAccepted = 0;           ///< servers of the current round that took TCP
    bool m_reviewScheduled = false;  ///< a reviewUndecided() waits in the event loop
    QHash<QString, QString> m_tcpPending; ///< server -> its TCP problem, while its liveness is probed
    std::optional<quint32> m_nameserver; ///< IPv4; none: the system resolver
    QString m_resolvConf = QStringLiteral("/etc/resolv.conf");
    const DnsLookupBackend *m_backend = nullptr; ///< from DnsModule, at the first query
    QueryId m_nextId = 1;
    int m_running = 0;
    int m_probesSent = 0;
    int m_tcpChecksSent = 0;
    int m_timeoutMs = DefaultTimeoutMs;
};
