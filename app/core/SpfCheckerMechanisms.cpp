// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SpfChecker, second part: evaluating one mechanism (RFC 7208 §5) and
// prefetching. Kept apart from the state machine in SpfChecker.cpp so each file
// stays readable; both define members of the one class.
//
// Every evaluate*() here is a pure walk over the check's answer cache: it is run
// again from the start whenever an answer arrives, asks (once) for what it is
// missing, returns Pending until it can decide, and counts void lookups in
// m_termVoids in the order a sequential implementation would meet them.
#include "SpfChecker.h"

#include <algorithm>

namespace {

QString lowerNoDot(QString name)
{
    name = name.toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

bool isSameOrSubdomainOf(const QString &name, const QString &domain)
{
    const QString n = lowerNoDot(name);
    const QString d = lowerNoDot(domain);
    return n == d || n.endsWith(u'.' + d);
}

} // namespace

SpfChecker::Outcome SpfChecker::evaluate(const Frame &frame, const SpfTerm &term)
{
    using M = SpfTerm::Mechanism;
    if (term.mechanism == M::All)
        return Outcome::Match;
    if (term.mechanism == M::Ip4 || term.mechanism == M::Ip6) {
        const bool match = term.network.address().family() == m_context.client.family()
                           && term.network.contains(m_context.client);
        return match ? Outcome::Match : Outcome::NoMatch;
    }
    QString name;
    const Outcome target = targetName(frame.domain, term.domainSpec, &name);
    if (target != Outcome::Ready)
        return target;
    switch (term.mechanism) {
    case M::A: return matchA(name, term);
    case M::Mx: return matchMx(name, term);
    case M::Ptr: return matchPtr(name);
    case M::Exists: return matchExists(name);
    default: break;
    }
    return Outcome::NoMatch;
}

SpfChecker::Outcome SpfChecker::targetName(const QString &domain, const QString &spec, QString *name)
{
    if (spec.isEmpty()) {
        *name = domain;
        return Outcome::Ready;
    }
    SpfMacroContext context = m_context;
    context.domain = domain;
    if (MacroExpander::usesPtr(spec)) {
        const Outcome p = ptrValue(domain, &context.validatedPtr);
        if (p != Outcome::Ready)
            return p;
    }
    QString error;
    const auto expanded = MacroExpander::expand(spec, context, MacroExpander::Mode::DomainSpec, &error);
    if (!expanded) {
        if (m_explaining)
            finish(SpfResult::Code::Fail, m_finalTerm);
        else
            finish(SpfResult::Code::PermError, error);
        return Outcome::Stopped;
    }
    *name = *expanded;
    return Outcome::Ready;
}

bool SpfChecker::addressMatches(const QList<IpAddress> &addresses, const SpfTerm &term) const
{
    const bool v4 = m_context.client.isV4();
    const int prefix = v4 ? (term.cidr4 < 0 ? 32 : term.cidr4) : (term.cidr6 < 0 ? 128 : term.cidr6);
    return std::any_of(addresses.cbegin(), addresses.cend(), [&](const IpAddress &address) {
        return address.family() == m_context.client.family()
               && IpNetwork::fromAddress(address, prefix).contains(m_context.client);
    });
}

SpfChecker::Outcome SpfChecker::termAnswer(const QString &name, DnsType type, const DnsAnswer **answer)
{
    // A name with an empty or over-long label cannot be asked: it matches nothing (RFC 7208 §4.8).
    if (!MacroExpander::isQueryableName(name))
        return Outcome::NoMatch;
    *answer = fetch(name, type);
    if (!*answer)
        return Outcome::Pending;
    if ((*answer)->isFailure()) {
        const QString error = (*answer)->errorString;
        finish(SpfResult::Code::TempError, type == DnsType::MX ? tr("the MX query for %1 failed: %2").arg(name, error)
                                                               : tr("the address query for %1 failed: %2").arg(name, error));
        return Outcome::Stopped;
    }
    if ((*answer)->isVoid())
        return addVoid() ? Outcome::NoMatch : Outcome::Stopped;
    return Outcome::Ready;
}

SpfChecker::Outcome SpfChecker::matchA(const QString &name, const SpfTerm &term)
{
    const DnsAnswer *answer = nullptr;
    const Outcome outcome = termAnswer(name, addressType(), &answer);
    if (outcome != Outcome::Ready)
        return outcome;
    return addressMatches(answer->addresses, term) ? Outcome::Match : Outcome::NoMatch;
}

SpfChecker::Outcome SpfChecker::matchMx(const QString &name, const SpfTerm &term)
{
    const DnsAnswer *answer = nullptr;
    const Outcome outcome = termAnswer(name, DnsType::MX, &answer);
    if (outcome != Outcome::Ready)
        return outcome;
    // RFC 7208 §4.6.4: an mx mechanism may not look up more than 10 exchanges.
    if (answer->mx.size() > MaxMxOrPtrNames) {
        finish(SpfResult::Code::PermError,
               tr("%1 has %2 MX records; the mx mechanism allows at most %3").arg(name).arg(answer->mx.size())
                   .arg(MaxMxOrPtrNames));
        return Outcome::Stopped;
    }
    const QList<DnsMxRecord> exchanges = byPreference(answer->mx);
    QList<const DnsAnswer *> answers;
    for (const DnsMxRecord &mx : std::as_const(exchanges))
        answers.append(MacroExpander::isQueryableName(mx.exchange) ? fetch(mx.exchange, addressType()) : nullptr);
    for (int i = 0; i < exchanges.size(); ++i) {
        if (!MacroExpander::isQueryableName(exchanges.at(i).exchange))
            continue;
        const DnsAnswer *host = answers.at(i);
        if (!host)
            return Outcome::Pending;
        if (host->isFailure()) {
            finish(SpfResult::Code::TempError, tr("the address query for %1 failed: %2")
                                                   .arg(exchanges.at(i).exchange, host->errorString));
            return Outcome::Stopped;
        }
        if (host->isVoid()) {
            if (!addVoid())
                return Outcome::Stopped;
            continue;
        }
        if (addressMatches(host->addresses, term))
            return Outcome::Match;
    }
    return Outcome::NoMatch;
}

SpfChecker::Outcome SpfChecker::validatedNames(QStringList *names,
                                               const std::function<bool(const QString &)> &wanted)
{
    names->clear();
    const DnsAnswer *answer = fetch(MacroExpander::reverseName(m_context.client), DnsType::PTR);
    if (!answer)
        return Outcome::Pending;
    // §5.5: a DNS error on the PTR query makes the mechanism not match.
    if (answer->isFailure())
        return Outcome::Ready;
    if (answer->isVoid())
        return addVoid() ? Outcome::Ready : Outcome::Stopped;
    // §4.6.4: only the first 10 PTR names are considered.
    QStringList candidates;
    for (const QString &ptr : answer->names.mid(0, MaxMxOrPtrNames)) {
        const QString name = lowerNoDot(ptr);
        if (wanted(name) && MacroExpander::isQueryableName(name))
            candidates.append(name);
    }
    QList<const DnsAnswer *> answers;
    for (const QString &name : std::as_const(candidates))
        answers.append(fetch(name, addressType()));
    for (int i = 0; i < candidates.size(); ++i) {
        const DnsAnswer *addresses = answers.at(i);
        if (!addresses)
            return Outcome::Pending;
        if (addresses->isFailure())
            continue; // §5.5: a name whose address lookup fails is skipped
        if (addresses->isVoid()) {
            if (!addVoid())
                return Outcome::Stopped;
            continue;
        }
        if (addresses->addresses.contains(m_context.client))
            names->append(candidates.at(i));
    }
    return Outcome::Ready;
}

SpfChecker::Outcome SpfChecker::matchPtr(const QString &target)
{
    QStringList names;
    // Only names at or under the target can match, so only they are validated.
    const Outcome outcome = validatedNames(&names, [&](const QString &name) { return isSameOrSubdomainOf(name, target); });
    if (outcome != Outcome::Ready)
        return outcome;
    return names.isEmpty() ? Outcome::NoMatch : Outcome::Match;
}

SpfChecker::Outcome SpfChecker::ptrValue(const QString &domain, QString *value)
{
    if (!m_validatedNames) {
        QStringList names;
        const Outcome outcome = validatedNames(&names, [](const QString &) { return true; });
        if (outcome != Outcome::Ready)
            return outcome;
        m_validatedNames = names;
    }
    // §7.3: prefer the domain itself, then a subdomain of it, then any validated name.
    const QStringList &names = *m_validatedNames;
    value->clear();
    for (const QString &name : names) {
        if (name == lowerNoDot(domain)) {
            *value = name;
            return Outcome::Ready;
        }
    }
    for (const QString &name : names) {
        if (isSameOrSubdomainOf(name, domain)) {
            *value = name;
            return Outcome::Ready;
        }
    }
    if (!names.isEmpty())
        *value = names.constFirst();
    return Outcome::Ready;
}

SpfChecker::Outcome SpfChecker::matchExists(const QString &name)
{
    // §5.7: always an A query, whatever the client's address family; any record matches.
    const DnsAnswer *answer = nullptr;
    const Outcome outcome = termAnswer(name, DnsType::A, &answer);
    return outcome == Outcome::Ready ? Outcome::Match : outcome;
}

void SpfChecker::prefetchRecord(const QString &domain, const SpfRecord &record)
{
    if (m_done || m_prefetchedDomains.contains(lowerNoDot(domain)))
        return;
    m_prefetchedDomains.insert(lowerNoDot(domain));
    SpfMacroContext context = m_context;
    context.domain = domain;
    for (const SpfTerm &term : record.terms()) {
        if (!term.countsAsLookup() || m_prefetchBudget <= 0)
            continue;
        if (MacroExpander::usesPtr(term.domainSpec))
            continue; // %{p} needs its own lookups first; evaluation will ask
        --m_prefetchBudget;
        QString name = domain;
        if (!term.domainSpec.isEmpty()) {
            const auto expanded = MacroExpander::expand(term.domainSpec, context, MacroExpander::Mode::DomainSpec);
            if (!expanded)
                continue;
            name = *expanded;
        }
        if (term.mechanism != SpfTerm::Mechanism::Ptr && !MacroExpander::isQueryableName(name))
            continue;
        switch (term.mechanism) {
        case SpfTerm::Mechanism::A: fetch(name, addressType()); break;
        case SpfTerm::Mechanism::Exists: fetch(name, DnsType::A); break;
        case SpfTerm::Mechanism::Mx: fetch(name, DnsType::MX); break;
        case SpfTerm::Mechanism::Ptr: fetch(MacroExpander::reverseName(m_context.client), DnsType::PTR); break;
        default: {
            // include: and redirect=: fetch the record, and prefetch its terms when it arrives.
            if (const DnsAnswer *answer = fetch(name, DnsType::TXT))
                prefetchTxt(name, *answer);
            else
                m_prefetchRecords.insert(QStringLiteral("TXT ") + lowerNoDot(name));
            break;
        }
        }
    }
}

void SpfChecker::prefetchFollowUps(const QString &key, const DnsAnswer &answer)
{
    if (m_done || !answer.hasRecords())
        return;
    const QString name = key.mid(key.indexOf(u' ') + 1);
    if (key.startsWith(QLatin1String("TXT "))) {
        if (m_prefetchRecords.remove(key))
            prefetchTxt(name, answer);
    } else if (key.startsWith(QLatin1String("MX ")) && answer.mx.size() <= MaxMxOrPtrNames) {
        for (const DnsMxRecord &mx : answer.mx) {
            if (MacroExpander::isQueryableName(mx.exchange))
                fetch(mx.exchange, addressType());
        }
    }
    // PTR names are not prefetched: they are chosen by whoever controls the client's
    // reverse zone, and only those under the ptr target need validating.
}

void SpfChecker::prefetchTxt(const QString &domain, const DnsAnswer &answer)
{
    const SpfRecord::Selection selection = SpfRecord::select(answer.txt);
    if (selection.outcome != SpfRecord::Selection::Outcome::One)
        return;
    const SpfRecord record = SpfRecord::parse(selection.record);
    if (record.isValid())
        prefetchRecord(domain, record);
}
