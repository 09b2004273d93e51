// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfCoverage.h"

#include "MacroExpander.h"

#include <algorithm>

namespace {

using Kind = SpfPolicyTerm::Kind;

/// Addresses that have reached the same point with the same lookup counts.
struct Group
{
    QList<IpNetwork> set;
    int lookups = 0;
    int voids = 0;
};

struct Outcome
{
    QList<Group> pass;
    QList<Group> notPass; ///< fail, softfail or neutral: include's "no match"
    QList<IpNetwork> error;
    QList<IpNetwork> undetermined;
    QList<IpNetwork> failed;
};

QList<IpNetwork> addressesToNetworks(const DnsAnswer &answer, const SpfPolicyTerm &term)
{
    QList<IpNetwork> out;
    for (const IpAddress &address : answer.addresses)
        out.append(IpNetwork::fromAddress(address, address.isV4() ? term.cidr4 : term.cidr6));
    return out;
}

} // namespace

QList<IpNetwork> SpfCoverage::intersect(const QList<IpNetwork> &a, const QList<IpNetwork> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return {};
    return IpNetwork::subtract(a, IpNetwork::subtract(a, b));
}

struct SpfCoverage::Evaluation
{
    const SpfDnsData &data;

    static void moveAll(QList<Group> &groups, QList<IpNetwork> &to)
    {
        for (const Group &g : std::as_const(groups))
            to.append(g.set);
        groups.clear();
    }

    /// A DNS-querying term: count it, and send groups over the limit to permerror.
    static void countLookup(QList<Group> &groups, Outcome &out)
    {
        for (auto it = groups.begin(); it != groups.end();) {
            if (++it->lookups > 10) {
                out.error.append(it->set);
                it = groups.erase(it);
            } else {
                ++it;
            }
        }
    }

    static void countVoid(QList<Group> &groups, Outcome &out)
    {
        for (auto it = groups.begin(); it != groups.end();) {
            if (++it->voids > 2) {
                out.error.append(it->set);
                it = groups.erase(it);
            } else {
                ++it;
            }
        }
    }

    static void qualify(const SpfPolicyTerm &term, const Group &g, Outcome &out)
    {
        if (g.set.isEmpty())
            return;
        (term.qualifier == u'+' ? out.pass : out.notPass).append(g);
    }

    /// Splits every group by `match`: matching addresses take the term's qualifier.
    static void matchSet(const SpfPolicyTerm &term, const QList<IpNetwork> &match, QList<Group> &groups, Outcome &out)
    {
        for (auto it = groups.begin(); it != groups.end();) {
            Group matched = *it;
            matched.set = intersect(it->set, match);
            if (!matched.set.isEmpty()) {
                qualify(term, matched, out);
                it->set = IpNetwork::subtract(it->set, matched.set);
            }
            it = it->set.isEmpty() ? groups.erase(it) : it + 1;
        }
    }

    /// The networks an a/mx/exists term matches; false when the answer is a
    /// failure (the groups then become undetermined).
    bool resolve(const SpfPolicyTerm &term, const QString &target, QList<Group> &groups, Outcome &out,
                 QList<IpNetwork> *networks)
    {
        const auto read = [&](const QString &name, DnsType type, bool countsVoid) -> std::optional<DnsAnswer> {
            const DnsAnswer answer = data.answer(name, type);
            if (answer.isFailure() || answer.status == DnsAnswer::Status::Cancelled)
                return std::nullopt;
            if (answer.isVoid() && countsVoid)
                countVoid(groups, out);
            return answer;
        };
        if (term.kind == Kind::A || term.kind == Kind::Exists) {
            const auto a = read(target, DnsType::A, true);
            if (!a)
                return false;
            if (term.kind == Kind::Exists) {
                if (a->hasRecords())
                    networks->append({*IpNetwork::parse(u"0.0.0.0/0"), *IpNetwork::parse(u"::/0")});
                return true;
            }
            networks->append(addressesToNetworks(*a, term));
            if (data.contains(target, DnsType::AAAA)) {
                const auto aaaa = read(target, DnsType::AAAA, false);
                if (!aaaa)
                    return false;
                networks->append(addressesToNetworks(*aaaa, term));
            }
            return true;
        }
        const auto mx = read(target, DnsType::MX, true);
        if (!mx)
            return false;
        if (mx->mx.size() > 10) {
            moveAll(groups, out.error); // RFC 7208 §4.6.4: more than 10 MX names is permerror
            return true;
        }
        // check_host() goes host by host in preference order: an address one
        // host matches is decided before the next host's empty answer counts
        // as a void lookup against it. So the hosts are matched here one by
        // one, and `networks` stays empty.
        for (const DnsMxRecord &record : byPreference(mx->mx)) {
            // A null MX ("MX 0 .", RFC 7505) names no host: nothing to match,
            // as check_host() skips it.
            if (!MacroExpander::isQueryableName(record.exchange))
                continue;
            QList<IpNetwork> hostNetworks;
            for (DnsType type : {DnsType::A, DnsType::AAAA}) {
                if (type == DnsType::AAAA && !data.contains(record.exchange, type))
                    continue;
                const DnsAnswer answer = data.answer(record.exchange, type);
                if (answer.isFailure() || answer.status == DnsAnswer::Status::Cancelled)
                    return false;
                if (type == DnsType::A && answer.isVoid())
                    countVoid(groups, out);
                hostNetworks.append(addressesToNetworks(answer, term));
            }
            matchSet(term, hostNetworks, groups, out);
        }
        return true;
    }

    /// Follows an include: or redirect= target for the groups that reach it.
    Outcome follow(const SpfPolicyTerm &term, const QString &current, QList<Group> &groups, QStringList &ancestors)
    {
        const QString target = SpfPolicy::targetName(term, current);
        Outcome sub;
        if (target.isEmpty())
            moveAll(groups, sub.undetermined);
        else if (ancestors.contains(target) || ancestors.size() > 40)
            moveAll(groups, sub.error);
        else
            sub = evaluate(target, groups, ancestors);
        groups.clear();
        return sub;
    }

    Outcome evaluate(const QString &name, QList<Group> groups, QStringList &ancestors)
    {
        Outcome out;
        const SpfRecordAt &record = data.record(name);
        if (record.state == SpfRecordAt::State::Failure || record.state == SpfRecordAt::State::NotFetched) {
            moveAll(groups, out.failed);
            return out;
        }
        if (record.state != SpfRecordAt::State::Ok || !record.policy.isValid()) {
            moveAll(groups, out.error); // none or permerror: never "pass"
            return out;
        }
        ancestors.append(name);
        for (const SpfPolicyTerm &term : record.policy.terms) {
            if (groups.isEmpty())
                break;
            if (!term.isMechanism())
                continue;
            if (term.countsLookup())
                countLookup(groups, out);
            evaluateTerm(term, name, groups, out, ancestors);
        }
        if (!groups.isEmpty()) {
            if (const SpfPolicyTerm *redirect = record.policy.redirect()) {
                countLookup(groups, out);
                const Outcome sub = follow(*redirect, name, groups, ancestors);
                out.pass += sub.pass;
                out.notPass += sub.notPass;
                out.error += sub.error;
                out.undetermined += sub.undetermined;
                out.failed += sub.failed;
            } else {
                out.notPass += groups; // neutral
            }
        }
        ancestors.removeLast();
        return out;
    }

    void evaluateTerm(const SpfPolicyTerm &term, const QString &name, QList<Group> &groups, Outcome &out,
                      QStringList &ancestors)
    {
        switch (term.kind) {
        case Kind::All:
            for (const Group &g : std::as_const(groups))
                qualify(term, g, out);
            groups.clear();
            return;
        case Kind::Ip4:
        case Kind::Ip6: matchSet(term, {term.network}, groups, out); return;
        case Kind::Ptr:
            // Depends on the client's reverse DNS: not worked out here.
            moveAll(groups, out.undetermined);
            return;
        case Kind::Include: {
            Outcome sub = follow(term, name, groups, ancestors);
            for (const Group &g : std::as_const(sub.pass))
                qualify(term, g, out);
            groups = sub.notPass;
            out.error += sub.error;
            out.undetermined += sub.undetermined;
            out.failed += sub.failed;
            return;
        }
        case Kind::A:
        case Kind::Mx:
        case Kind::Exists: {
            const QString target = SpfPolicy::targetName(term, name);
            QList<IpNetwork> networks;
            if (target.isEmpty()) {
                moveAll(groups, out.undetermined); // macros: the name depends on the client
                return;
            }
            if (!resolve(term, target, groups, out, &networks)) {
                moveAll(groups, out.failed);
                return;
            }
            matchSet(term, networks, groups, out);
            return;
        }
        default: return;
        }
    }
};

SpfCoverage::Result SpfCoverage::evaluate(const SpfDnsData &data, const QString &domain,
                                          const QList<IpNetwork> &addresses)
{
    Evaluation evaluation{data};
    QStringList ancestors;
    Group start;
    start.set = IpNetwork::aggregate(addresses);
    const Outcome out = evaluation.evaluate(SpfDnsData::key(domain), {start}, ancestors);
    Result result;
    QList<IpNetwork> pass;
    for (const Group &g : out.pass)
        pass += g.set;
    result.pass = IpNetwork::aggregate(pass);
    result.undetermined = IpNetwork::aggregate(out.undetermined);
    result.failed = IpNetwork::aggregate(out.failed);
    return result;
}

namespace {

/// How many addresses `pieces` hold, saturating at ExhaustiveLimit + 1
/// (addressCount() itself saturates for IPv6 pieces of 2^64 and more).
quint64 boundedCount(const QList<IpNetwork> &pieces)
{
    quint64 total = 0;
    for (const IpNetwork &piece : pieces) {
        const quint64 count = piece.addressCount();
        if (count > SpfCoverage::ExhaustiveLimit - total)
            return SpfCoverage::ExhaustiveLimit + 1;
        total += count;
    }
    return total;
}

} // namespace

RangeCoverage::Level SpfCoverage::level(const Result &result, const IpNetwork &range, const Samples &samples)
{
    if (!intersect(result.failed, {range}).isEmpty())
        return RangeCoverage::Level::Unknown;
    const QList<IpNetwork> open = intersect(result.undetermined, {range});
    const QList<IpNetwork> passed = intersect(result.pass, {range});
    bool somePass = !passed.isEmpty();
    // Sets, not address counts: an IPv6 range (in a catalog of one's own)
    // holds more addresses than a 64-bit count, which saturated into "full".
    bool someNot = !IpNetwork::subtract({range}, passed + open).isEmpty();
    if (!open.isEmpty()) {
        quint64 sampled = 0;
        for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
            const auto address = IpAddress::parse(it.key());
            if (!address)
                continue;
            bool inOpen = false;
            for (const IpNetwork &n : open)
                inOpen = inOpen || n.contains(*address);
            if (!inOpen)
                continue;
            ++sampled;
            somePass = somePass || it.value();
            someNot = someNot || !it.value();
        }
        // Three passing samples of a /26 say nothing of the other 61: only
        // every address checked (none left out by a DNS failure) makes the
        // undetermined part as exact as the rest.
        const bool everyAddress = sampled == boundedCount(open);
        if (sampled == 0 || (!everyAddress && !(somePass && someNot)))
            return RangeCoverage::Level::Unknown;
    }
    if (!somePass)
        return RangeCoverage::Level::None;
    return someNot ? RangeCoverage::Level::Partial : RangeCoverage::Level::Full;
}

QList<IpAddress> SpfCoverage::samplePoints(const Result &result, const QList<IpNetwork> &ranges, int fewPerRange)
{
    // What is left to check in each range; none where an address already failed.
    QList<QList<IpNetwork>> openPerRange;
    QList<IpNetwork> everyOpen;
    for (const IpNetwork &range : ranges) {
        const bool anyFailed = !intersect(result.failed, {range}).isEmpty();
        openPerRange.append(anyFailed ? QList<IpNetwork>() : intersect(result.undetermined, {range}));
        everyOpen += openPerRange.last();
    }
    // The limit holds for a domain, not for each range: a catalog of one's own
    // with eight /22 ranges would otherwise ask 8,192 checks of every domain.
    const bool everyAddress = boundedCount(everyOpen) <= ExhaustiveLimit;
    QList<IpAddress> points;
    for (const QList<IpNetwork> &open : std::as_const(openPerRange)) {
        if (everyAddress) {
            // Pieces and ranges are disjoint, and a piece's host bits are
            // zero: counting up the low bits lists each address once.
            for (const IpNetwork &piece : open) {
                const IpAddress first = piece.firstAddress();
                for (quint64 i = 0; i < piece.addressCount(); ++i)
                    points.append(first.isV4() ? IpAddress::fromV4(first.toV4() + quint32(i))
                                               : IpAddress::fromV6(first.high(), first.low() + i));
            }
            continue;
        }
        int taken = 0;
        for (const IpNetwork &piece : open) {
            QList<IpAddress> candidates{piece.firstAddress(), piece.lastAddress()};
            if (piece.isV4())
                candidates.insert(1, IpAddress::fromV4(piece.firstAddress().toV4() + quint32(piece.addressCount() / 2)));
            for (const IpAddress &a : std::as_const(candidates)) {
                if (taken < fewPerRange && !points.contains(a)) {
                    points.append(a);
                    ++taken;
                }
            }
        }
    }
    return points;
}
