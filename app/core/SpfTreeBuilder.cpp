// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfTreeBuilder.h"

#include "MacroExpander.h"
#include "SpfChecker.h"
#include "SpfFindings.h"

namespace {

using Kind = SpfPolicyTerm::Kind;

} // namespace

struct SpfTreeBuilder::Walk
{
    const SpfDnsData &data;
    const QHash<QString, QString> &tmemsHosts;
    SpfTreeSummary summary;
    int nodes = 0;
    QSet<QString> reported;
    /// The records being walked, root first: where a limit is crossed, each of
    /// them evaluates to permerror for a receiver.
    QList<SpfTreeNode *> path;

    void failPath()
    {
        for (SpfTreeNode *walked : std::as_const(path))
            walked->status = QStringLiteral("permerror");
    }

    /// One DNS-querying term of `node`. RFC 7208 §4.6.4: the 11th ends the
    /// evaluation with permerror in this record and every record that led to it.
    void countLookup(SpfTreeNode &node)
    {
        ++node.ownLookups;
        if (++summary.lookups == SpfChecker::MaxLookups + 1)
            failPath();
    }

    void problem(const QString &code, const QString &where, const QString &detail = {}, int count = 0)
    {
        problem(SpfFindings::make(code, where, detail, count));
    }

    void problem(const SpfProblem &found)
    {
        // One finding per code and place, however often the walk passes it.
        const QString key = found.code + u'|' + found.where + u'|' + found.arguments.join(u'|');
        if (reported.contains(key))
            return;
        reported.insert(key);
        summary.problems.append(found);
    }

    /// Reads one DNS answer a term depends on; counts it void or reports a failure.
    void readAnswer(const QString &name, DnsType type, SpfTreeNode &node)
    {
        if (!data.contains(name, type)) {
            summary.truncated = true;
            return;
        }
        const DnsAnswer answer = data.answer(name, type);
        if (answer.isFailure() || answer.status == DnsAnswer::Status::Cancelled)
            problem(SpfFindings::dnsFailure(name, type, answer.status, answer.errorString));
        else if (answer.isVoid()) {
            ++node.voidLookups;
            if (++summary.voidLookups == SpfChecker::MaxVoidLookups + 1)
                failPath(); // §4.6.4 again: the third void lookup is a permerror
        }
    }

    void readMx(const QString &name, SpfTreeNode &node)
    {
        readAnswer(name, DnsType::MX, node);
        const DnsAnswer mx = data.answer(name, DnsType::MX);
        for (int i = 0; i < mx.mx.size() && i < 10; ++i) {
            if (!MacroExpander::isQueryableName(mx.mx.at(i).exchange))
                continue; // a null MX (RFC 7505): no host, nothing was to be fetched
            // An MX host without addresses is a void lookup, as check_host() counts it.
            readAnswer(mx.mx.at(i).exchange, DnsType::A, node);
        }
    }

    SpfTreeNode child(const SpfPolicyTerm &term, const QString &prefix, const QString &parent,
                      QStringList &ancestors, int depth)
    {
        const QString target = SpfPolicy::targetName(term, parent);
        const QString mechanism = prefix + term.target;
        if (target.isEmpty()) {
            SpfTreeNode n;
            n.mechanism = mechanism;
            n.domain = term.target;
            n.status = QStringLiteral("unevaluated"); // depends on the client (macros)
            return n;
        }
        if (ancestors.contains(target)) {
            problem(QStringLiteral("include-loop"), target);
            SpfTreeNode n;
            n.mechanism = mechanism;
            n.domain = target;
            n.status = QStringLiteral("permerror");
            return n;
        }
        return node(target, mechanism, ancestors, depth + 1);
    }

    SpfTreeNode node(const QString &name, const QString &mechanism, QStringList &ancestors, int depth)
    {
        SpfTreeNode n;
        n.mechanism = mechanism;
        n.domain = name;
        // Reached by a term past the limit: a receiver has stopped before it.
        const bool pastLimit = summary.lookups > SpfChecker::MaxLookups;
        if (++nodes > MaxNodes) {
            summary.truncated = true;
            n.status = QStringLiteral("unevaluated");
            return n;
        }
        const SpfRecordAt &record = data.record(name);
        switch (record.state) {
        case SpfRecordAt::State::NotFetched:
            // Beyond the fetcher's query cap: not a DNS failure, just not read.
            summary.truncated = true;
            n.status = QStringLiteral("unevaluated");
            return n;
        case SpfRecordAt::State::Failure:
            n.status = QStringLiteral("temperror");
            problem(SpfFindings::dnsFailure(name, DnsType::TXT, record.failure, record.errorString));
            return n;
        case SpfRecordAt::State::NoRecord:
            n.status = QStringLiteral("none");
            if (depth == 0)
                problem(record.nameExists ? QStringLiteral("no-spf-record") : QStringLiteral("domain-not-found"), name);
            else
                problem(QStringLiteral("include-target-missing"), name, mechanism);
            return n;
        case SpfRecordAt::State::Multiple:
            n.status = QStringLiteral("permerror");
            n.record = record.text;
            problem(QStringLiteral("multiple-spf-records"), name, {}, countSpf(name));
            // Which TMEmS record each one names still says what the merged one needs.
            for (const QString &text : record.text.split(u'\n'))
                noteTmems(name, SpfPolicy::parse(text.toUtf8()));
            return n;
        case SpfRecordAt::State::Ok: break;
        }
        n.record = record.text;
        if (!record.policy.isValid()) {
            n.status = QStringLiteral("permerror");
            problem(QStringLiteral("syntax-error"), name, record.policy.error);
            return n;
        }
        n.status = QStringLiteral("ok");
        noteTmems(name, record.policy);
        if (isTmemsHost(name))
            depth = std::max(depth, 1);
        ancestors.append(name);
        path.append(&n);
        walkTerms(record.policy, name, n, ancestors, depth);
        path.removeLast();
        ancestors.removeLast();
        if (pastLimit && n.status == QLatin1String("ok"))
            n.status = QStringLiteral("unevaluated");
        return n;
    }

    void walkTerms(const SpfPolicy &policy, const QString &name, SpfTreeNode &n, QStringList &ancestors, int depth)
    {
        bool sawAll = false;
        for (const SpfPolicyTerm &term : policy.terms) {
            if (term.kind == Kind::All) {
                sawAll = true;
                if (term.qualifier == u'+')
                    problem(QStringLiteral("plus-all"), name);
                break; // a receiver never evaluates what follows
            }
            if (!term.countsLookup() || term.kind == Kind::Redirect)
                continue;
            countLookup(n);
            const QString target = SpfPolicy::targetName(term, name);
            switch (term.kind) {
            case Kind::Include: n.children.append(child(term, QStringLiteral("include:"), name, ancestors, depth)); break;
            case Kind::A:
            case Kind::Exists:
                if (!target.isEmpty())
                    readAnswer(target, DnsType::A, n);
                break;
            case Kind::Mx:
                if (!target.isEmpty())
                    readMx(target, n);
                break;
            case Kind::Ptr: problem(QStringLiteral("ptr-used"), name); break;
            default: break;
            }
        }
        const SpfPolicyTerm *redirect = policy.redirect();
        if (redirect && sawAll) {
            problem(QStringLiteral("redirect-ignored"), name);
        } else if (redirect) {
            countLookup(n);
            n.children.append(child(*redirect, QStringLiteral("redirect="), name, ancestors, depth));
        } else if (!sawAll && depth == 0) {
            problem(QStringLiteral("no-all"), name);
        }
        n.runningTotal = summary.lookups;
    }

    int countSpf(const QString &name) const
    {
        int count = 0;
        for (const QByteArray &txt : data.answer(name, DnsType::TXT).txt)
            count += SpfPolicy::isSpfRecord(txt) ? 1 : 0;
        return count;
    }

    bool isTmemsHost(const QString &name) const
    {
        for (const QString &host : tmemsHosts) {
            if (SpfDnsData::key(host) == name)
                return true;
        }
        return false;
    }

    void noteTmems(const QString &name, const SpfPolicy &policy)
    {
        // The TMEmS records themselves include other TMEmS records: that is not the customer's choice.
        if (isTmemsHost(name))
            return;
        for (const SpfPolicyTerm &term : policy.terms) {
            // "redirect=spf.tmes.trendmicro.com" hands the whole decision to the
            // TMEmS record, unless an all mechanism makes receivers ignore it.
            const bool effectiveRedirect = term.kind == Kind::Redirect && !policy.hasAll();
            if (term.kind != Kind::Include && !effectiveRedirect)
                continue;
            const QString target = SpfPolicy::targetName(term, name);
            for (auto it = tmemsHosts.cbegin(); it != tmemsHosts.cend(); ++it) {
                if (!target.isEmpty() && SpfDnsData::key(it.value()) == target
                    && !summary.tmemsIncludedBy.value(it.key()).contains(name))
                    summary.tmemsIncludedBy[it.key()].append(name);
            }
        }
    }
};

SpfTreeSummary SpfTreeBuilder::build(const SpfDnsData &data, const QString &domain,
                                     const QHash<QString, QString> &tmemsHosts)
{
    Walk walk{data, tmemsHosts, {}, 0, {}, {}};
    QStringList ancestors;
    walk.summary.tree = walk.node(SpfDnsData::key(domain), QString(), ancestors, 0);
    SpfTreeSummary &s = walk.summary;
    if (s.lookups > SpfChecker::MaxLookups)
        walk.problem(QStringLiteral("too-many-lookups"), SpfDnsData::key(domain), {}, s.lookups);
    if (s.voidLookups > SpfChecker::MaxVoidLookups)
        walk.problem(QStringLiteral("too-many-void-lookups"), SpfDnsData::key(domain), {}, s.voidLookups);
    if (s.truncated)
        walk.problem(QStringLiteral("analysis-limit"), SpfDnsData::key(domain));
    bool dnsFailure = false;
    bool permanent = false;
    for (const SpfProblem &p : std::as_const(s.problems)) {
        dnsFailure = dnsFailure || p.code == QLatin1String("dns-failure");
        permanent = permanent || SpfFindings::isPermanentError(p.code);
    }
    if (dnsFailure)
        s.status = DomainReport::SpfStatus::TempError;
    else if (s.tree.status == QLatin1String("none"))
        s.status = DomainReport::SpfStatus::None;
    else if (permanent)
        s.status = DomainReport::SpfStatus::PermError;
    else
        s.status = DomainReport::SpfStatus::Ok;
    return s;
}
