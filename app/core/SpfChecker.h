// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsResolver.h"
#include "MacroExpander.h"
#include "SpfRecord.h"
#include "SpfResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <unordered_map>

#include <optional>

/// The inputs of one check_host() (RFC 7208 §4.1).
struct SpfCheckRequest
{
    IpAddress ip;     ///< the SMTP client
    QString domain;   ///< the domain to check, A-label
    QString sender;   ///< MAIL FROM as given (may be empty)
    QString helo;     ///< HELO/EHLO name
    QString receiver; ///< %{r}; empty means "unknown"

    /// The request an MTA would make: the MAIL FROM domain, or the HELO name
    /// (with sender "postmaster@helo") when MAIL FROM is empty (RFC 7208 §2.4).
    static SpfCheckRequest fromIdentity(const IpAddress &ip, const QString &mailFrom, const QString &helo);
};

/// RFC 7208 check_host(), asynchronous over an injected DnsResolver. Evaluates
/// terms strictly left to right and counts only the terms it evaluates, but
/// prefetches the queries a record's terms will need as soon as the record
/// arrives (and, recursively, the records of include/redirect targets), so the
/// wall time follows the depth of the include tree rather than its size. Never
/// asks the same question twice within one check. Emits finished() exactly
/// once, always from the event loop; deleting it cancels its queries.
/// Main thread (the resolver's thread).
class SpfChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpfChecker)
public:
    /// RFC 7208 §4.6.4 limits, which the analysis (SpfTreeFetcher, SpfTreeBuilder) applies too.
    static constexpr int MaxLookups = 10;
    static constexpr int MaxVoidLookups = 2;
    static constexpr int MaxMxOrPtrNames = 10;

    explicit SpfChecker(DnsResolver *resolver, QObject *parent = nullptr);
    ~SpfChecker() override;

    /// Starts the check; call once.
    void start(const SpfCheckRequest &request);
    bool isRunning() const { return m_started && !m_done; }
    /// Distinct DNS questions asked so far (prefetches included).
    int questionCount() const { return int(m_queries.size()); }

Q_SIGNALS:
    void finished(const SpfResult &result);

private:
    /// How far a step got. Pending: an answer is still to come (the step
    /// runs again when it arrives). Ready: a helper's data is here, go on.
    /// Match / NoMatch: a mechanism's verdict. Stopped: the check finished
    /// (an error or a limit). evaluate() never returns Ready.
    enum class Outcome { Pending, Ready, Match, NoMatch, Stopped };
    struct Frame
    {
        QString domain;
        SpfRecord record;
        bool loaded = false;
        bool viaRedirect = false;
        bool childRunning = false; ///< an include at `next` is being evaluated
        bool counted = false;      ///< the lookup of the term at `next` is counted
        int next = 0;
    };
    struct Query
    {
        DnsResolver::QueryId id = 0;
        bool done = false;
        DnsAnswer answer;
    };

    void onAnswered(DnsResolver::QueryId id, const DnsAnswer &answer);
    void advance();
    bool step();
    bool loadRecord(Frame &frame);
    bool stepInclude(Frame &frame, const SpfTerm &term);
    bool stepRedirect(Frame &frame, const SpfTerm &term);
    void completeFrame(SpfResult::Code code, QString term);
    void explain();

    Outcome evaluate(const Frame &frame, const SpfTerm &term);
    Outcome matchA(const QString &name, const SpfTerm &term);
    Outcome matchMx(const QString &name, const SpfTerm &term);
    Outcome matchPtr(const QString &target);
    Outcome matchExists(const QString &name);
    /// The start a, mx and exists share: asks `type` for `name` and returns
    /// Ready with `*answer` set when records came back; otherwise what the
    /// mechanism returns (an unqueryable name or a void answer does not match,
    /// a failure is temperror).
    Outcome termAnswer(const QString &name, DnsType type, const DnsAnswer **answer);
    /// The term's target name; Pending while %{p} needs lookups, Stopped on a bad macro.
    Outcome targetName(const QString &domain, const QString &spec, QString *name);
    /// Validated PTR names of the client (the first 10 PTR names whose addresses include it).
    Outcome validatedNames(QStringList *names, const std::function<bool(const QString &)> &wanted);
    Outcome ptrValue(const QString &domain, QString *value);

    const DnsAnswer *fetch(const QString &name, DnsType type);
    DnsType addressType() const { return m_context.client.isV4() ? DnsType::A : DnsType::AAAA; }
    bool addVoid();
    bool addressMatches(const QList<IpAddress> &addresses, const SpfTerm &term) const;
    void prefetchRecord(const QString &domain, const SpfRecord &record);
    void prefetchFollowUps(const QString &key, const DnsAnswer &answer);
    void prefetchTxt(const QString &domain, const DnsAnswer &answer);
    void finish(SpfResult::Code code, const QString &reason = QString(), const QString &explanation = QString());

    QPointer<DnsResolver> m_resolver;
    SpfMacroContext m_context;
    SpfResult m_result;
    QList<Frame> m_frames;
    /// "TYPE name" → query, for the whole check. Node-based so the answer
    /// pointers fetch() hands out stay valid while more questions are added.
    std::unordered_map<QString, Query> m_queries;
    QHash<DnsResolver::QueryId, QString> m_pending;   ///< id → key
    QHash<DnsResolver::QueryId, DnsAnswer> m_earlyAnswers; ///< answered inside lookup() (contract breach)
    QSet<QString> m_prefetchRecords;                  ///< TXT keys whose record to prefetch on arrival
    QSet<QString> m_prefetchedDomains;
    std::optional<QStringList> m_validatedNames;
    int m_prefetchBudget = 0;
    int m_lookups = 0;
    int m_voidLookups = 0;
    int m_termVoids = 0;
    bool m_countVoids = true;
    bool m_started = false;
    bool m_inLookup = false;
    bool m_done = false;
    bool m_explaining = false;
    QString m_explainDomain;
    QString m_explainSpec;
    QString m_finalTerm;
};
