// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfChecker.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMetaObject>

Q_LOGGING_CATEGORY(lcSpf, "tmems.spf", QtWarningMsg)

namespace {

QString queryKey(const QString &name, DnsType type)
{
    static const char *const names[] = {"A", "AAAA", "MX", "TXT", "PTR"};
    QString key = QLatin1String(names[int(type)]) + u' ' + name.toLower();
    if (key.endsWith(u'.'))
        key.chop(1);
    return key;
}

SpfResult::Code codeOf(SpfTerm::Qualifier qualifier)
{
    switch (qualifier) {
    case SpfTerm::Qualifier::Pass: return SpfResult::Code::Pass;
    case SpfTerm::Qualifier::Fail: return SpfResult::Code::Fail;
    case SpfTerm::Qualifier::SoftFail: return SpfResult::Code::SoftFail;
    case SpfTerm::Qualifier::Neutral: return SpfResult::Code::Neutral;
    }
    return SpfResult::Code::Neutral;
}

/// An IPv4-mapped IPv6 client (::ffff:a.b.c.d) is the IPv4 client a.b.c.d (RFC 7208 §5 note).
IpAddress unmapped(const IpAddress &address)
{
    if (address.isV6() && address.high() == 0 && (address.low() >> 32) == 0xffff)
        return IpAddress::fromV4(quint32(address.low() & 0xffffffffu));
    return address;
}

bool isPrintableAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte > 0x7e)
            return false;
    }
    return true;
}

/// How many DNS-querying terms of records not yet evaluated may be prefetched:
/// at most the limit an evaluation can reach, plus room for terms skipped by a match.
constexpr int PrefetchBudget = 2 * SpfChecker::MaxLookups;

} // namespace

SpfCheckRequest SpfCheckRequest::fromIdentity(const IpAddress &ip, const QString &mailFrom, const QString &helo)
{
    SpfCheckRequest request;
    request.ip = ip;
    request.helo = helo;
    if (mailFrom.isEmpty()) {
        request.sender = QStringLiteral("postmaster@") + helo;
        request.domain = helo;
        return request;
    }
    request.sender = mailFrom;
    const qsizetype at = mailFrom.indexOf(u'@');
    request.domain = at < 0 ? mailFrom : mailFrom.mid(at + 1);
    return request;
}

SpfChecker::SpfChecker(DnsResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
    if (resolver)
        connect(resolver, &DnsResolver::answered, this, &SpfChecker::onAnswered);
}

SpfChecker::~SpfChecker()
{
    if (m_resolver) {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            m_resolver->cancel(it.key());
    }
}

void SpfChecker::start(const SpfCheckRequest &request)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_context.sender = request.sender;
    const qsizetype at = request.sender.indexOf(u'@');
    m_context.localPart = at < 0 ? QString() : request.sender.left(at);
    if (m_context.localPart.isEmpty())
        m_context.localPart = QStringLiteral("postmaster"); // RFC 7208 §4.3
    m_context.senderDomain = at < 0 ? request.sender : request.sender.mid(at + 1);
    if (request.sender.isEmpty())
        m_context.senderDomain = request.domain;
    m_context.client = unmapped(request.ip);
    m_context.helo = request.helo;
    m_context.receiver = request.receiver;
    m_context.timestamp = QDateTime::currentSecsSinceEpoch();
    m_result.domain = request.domain;
    m_result.ip = request.ip.toString();
    m_prefetchBudget = PrefetchBudget;

    if (!m_resolver) {
        finish(SpfResult::Code::TempError, tr("no DNS resolver is available"));
        return;
    }
    if (!m_context.client.isValid()) {
        finish(SpfResult::Code::PermError, tr("the client IP address is not valid"));
        return;
    }
    // RFC 7208 §4.3: a malformed or single-label domain gives "none" without any query.
    if (!MacroExpander::isQueryableName(request.domain, true)) {
        finish(SpfResult::Code::None, tr("\"%1\" is not a valid domain name").arg(request.domain));
        return;
    }
    Frame frame;
    frame.domain = request.domain;
    m_frames.append(frame);
    advance();
}

const DnsAnswer *SpfChecker::fetch(const QString &name, DnsType type)
{
    const QString key = queryKey(name, type);
    auto it = m_queries.find(key);
    if (it == m_queries.end()) {
        Query query;
        QString asked = name;
        if (asked.endsWith(u'.'))
            asked.chop(1);
        m_inLookup = true;
        query.id = m_resolver->lookup(asked, type);
        m_inLookup = false;
        qCDebug(lcSpf) << "query" << key;
        const auto early = m_earlyAnswers.constFind(query.id);
        if (early != m_earlyAnswers.cend()) {
            // A resolver that answers inside lookup() breaks its contract; cope anyway.
            query.done = true;
            query.answer = *early;
            m_earlyAnswers.erase(early);
            return &m_queries.emplace(key, query).first->second.answer;
        }
        m_pending.insert(query.id, key);
        m_queries.emplace(key, query);
        return nullptr;
    }
    return it->second.done ? &it->second.answer : nullptr;
}

void SpfChecker::onAnswered(DnsResolver::QueryId id, const DnsAnswer &answer)
{
    const auto pending = m_pending.constFind(id);
    if (m_inLookup && pending == m_pending.cend()) {
        m_earlyAnswers.insert(id, answer);
        return;
    }
    if (pending == m_pending.cend() || m_done)
        return;
    const QString key = *pending;
    m_pending.erase(pending);
    Query &query = m_queries.at(key);
    query.done = true;
    query.answer = answer;
    if (answer.status == DnsAnswer::Status::Cancelled) {
        // Someone else cancelled our question: for this check it is a failed query.
        query.answer.status = DnsAnswer::Status::ServerFailure;
        query.answer.errorString = tr("the query was cancelled");
    }
    prefetchFollowUps(key, query.answer);
    advance();
}

bool SpfChecker::addVoid()
{
    if (!m_countVoids)
        return true;
    ++m_termVoids;
    if (m_voidLookups + m_termVoids > MaxVoidLookups) {
        m_voidLookups += m_termVoids;
        finish(SpfResult::Code::PermError,
               tr("more than %1 DNS lookups returned no answer (void lookups)").arg(MaxVoidLookups));
        return false;
    }
    return true;
}

void SpfChecker::advance()
{
    if (m_explaining) {
        explain();
        return;
    }
    while (!m_done && !m_frames.isEmpty() && step()) {
    }
}

bool SpfChecker::step()
{
    Frame &frame = m_frames.last();
    if (!frame.loaded)
        return loadRecord(frame);
    const QList<SpfTerm> &terms = frame.record.terms();
    while (frame.next < terms.size() && terms.at(frame.next).isModifier())
        ++frame.next;
    if (frame.next >= terms.size()) {
        if (const SpfTerm *redirect = frame.record.redirect())
            return stepRedirect(frame, *redirect);
        completeFrame(SpfResult::Code::Neutral, QString());
        return true;
    }
    const SpfTerm &term = terms.at(frame.next);
    if (term.countsAsLookup() && !frame.counted) {
        frame.counted = true;
        if (++m_lookups > MaxLookups) {
            finish(SpfResult::Code::PermError, tr("more than %1 DNS-querying terms (include, a, mx, ptr, exists, "
                                                  "redirect) were evaluated").arg(MaxLookups));
            return false;
        }
    }
    if (term.mechanism == SpfTerm::Mechanism::Include)
        return stepInclude(frame, term);
    m_termVoids = 0;
    switch (evaluate(frame, term)) {
    case Outcome::Ready: // a helper's value; evaluate() turns each into a verdict
        Q_UNREACHABLE();
    case Outcome::Pending:
    case Outcome::Stopped:
        return false;
    case Outcome::Match:
        m_voidLookups += m_termVoids;
        completeFrame(codeOf(term.qualifier), term.text);
        return true;
    case Outcome::NoMatch:
        m_voidLookups += m_termVoids;
        ++frame.next;
        frame.counted = false;
        return true;
    }
    return false;
}

bool SpfChecker::loadRecord(Frame &frame)
{
    const bool topLevel = m_frames.size() == 1 && !frame.viaRedirect;
    const auto noRecord = [&] {
        if (topLevel)
            finish(SpfResult::Code::None, tr("%1 publishes no SPF record").arg(frame.domain));
        else
            finish(SpfResult::Code::PermError,
                   tr("%1, named by include: or redirect=, publishes no SPF record").arg(frame.domain));
        return false;
    };
    if (!MacroExpander::isQueryableName(frame.domain))
        return noRecord();
    const DnsAnswer *answer = fetch(frame.domain, DnsType::TXT);
    if (!answer)
        return false;
    if (answer->isFailure()) {
        finish(SpfResult::Code::TempError,
               tr("the TXT query for %1 failed: %2").arg(frame.domain, answer->errorString));
        return false;
    }
    if (!answer->hasRecords()) {
        m_termVoids = 0;
        if (!topLevel && !addVoid())
            return false;
        m_voidLookups += m_termVoids;
        return noRecord();
    }
    const SpfRecord::Selection selection = SpfRecord::select(answer->txt);
    if (selection.outcome == SpfRecord::Selection::Outcome::None)
        return noRecord();
    if (selection.outcome == SpfRecord::Selection::Outcome::Several) {
        finish(SpfResult::Code::PermError, tr("%1 publishes %2 SPF records; exactly one is allowed")
                                               .arg(frame.domain).arg(selection.records.size()));
        return false;
    }
    frame.record = SpfRecord::parse(selection.record);
    if (!frame.record.isValid()) {
        finish(SpfResult::Code::PermError, tr("syntax error in the SPF record of %1 at position %2: %3")
                                               .arg(frame.domain)
                                               .arg(frame.record.errorPosition() + 1)
                                               .arg(frame.record.errorReason()));
        return false;
    }
    frame.loaded = true;
    prefetchRecord(frame.domain, frame.record);
    return true;
}

bool SpfChecker::stepInclude(Frame &frame, const SpfTerm &term)
{
    Q_ASSERT(!frame.childRunning);
    QString target;
    m_termVoids = 0; // %{p} in the target may cost void lookups
    const Outcome outcome = targetName(frame.domain, term.domainSpec, &target);
    if (outcome == Outcome::Pending || outcome == Outcome::Stopped)
        return false;
    m_voidLookups += m_termVoids;
    frame.childRunning = true;
    Frame child;
    child.domain = target;
    m_frames.append(child);
    return true;
}

bool SpfChecker::stepRedirect(Frame &frame, const SpfTerm &term)
{
    if (!frame.counted) {
        frame.counted = true;
        if (++m_lookups > MaxLookups) {
            finish(SpfResult::Code::PermError, tr("more than %1 DNS-querying terms (include, a, mx, ptr, exists, "
                                                  "redirect) were evaluated").arg(MaxLookups));
            return false;
        }
    }
    QString target;
    m_termVoids = 0;
    const Outcome outcome = targetName(frame.domain, term.domainSpec, &target);
    if (outcome == Outcome::Pending || outcome == Outcome::Stopped)
        return false;
    m_voidLookups += m_termVoids;
    // RFC 7208 §6.1: the redirect target's record replaces this one, exp= included.
    Frame replacement;
    replacement.domain = target;
    replacement.viaRedirect = true;
    frame = replacement;
    return true;
}

void SpfChecker::completeFrame(SpfResult::Code code, QString term)
{
    const Frame done = m_frames.takeLast();
    if (m_frames.isEmpty()) {
        m_finalTerm = term;
        const SpfTerm *exp = done.record.explanation();
        if (code == SpfResult::Code::Fail && exp) {
            m_explaining = true;
            m_countVoids = false; // §6.2: exp= lookups are not counted and its errors are ignored
            m_explainDomain = done.domain;
            m_explainSpec = exp->domainSpec;
            explain();
            return;
        }
        finish(code, term);
        return;
    }
    Frame &parent = m_frames.last();
    parent.childRunning = false;
    const SpfTerm &include = parent.record.terms().at(parent.next);
    // RFC 7208 §5.2: only an included "pass" is a match; fail, softfail and neutral are not.
    if (code == SpfResult::Code::Pass) {
        completeFrame(codeOf(include.qualifier), include.text);
        return;
    }
    ++parent.next;
    parent.counted = false;
}

void SpfChecker::explain()
{
    const auto noExplanation = [this] { finish(SpfResult::Code::Fail, m_finalTerm); };
    QString name;
    m_termVoids = 0;
    const Outcome outcome = targetName(m_explainDomain, m_explainSpec, &name);
    if (outcome == Outcome::Pending)
        return;
    if (outcome == Outcome::Stopped || m_done)
        return;
    if (!MacroExpander::isQueryableName(name))
        return noExplanation();
    const DnsAnswer *answer = fetch(name, DnsType::TXT);
    if (!answer)
        return;
    if (!answer->hasRecords() || answer->txt.size() != 1 || !isPrintableAscii(answer->txt.constFirst()))
        return noExplanation();
    const QString text = QString::fromLatin1(answer->txt.constFirst());
    SpfMacroContext context = m_context;
    context.domain = m_explainDomain;
    if (MacroExpander::usesPtr(text)) {
        QString p;
        if (ptrValue(m_explainDomain, &p) == Outcome::Pending)
            return;
        context.validatedPtr = p;
    }
    const auto expanded = MacroExpander::expand(text, context, MacroExpander::Mode::Explanation);
    if (!expanded)
        return noExplanation();
    finish(SpfResult::Code::Fail, m_finalTerm, *expanded);
}

void SpfChecker::finish(SpfResult::Code code, const QString &reason, const QString &explanation)
{
    if (m_done)
        return;
    m_done = true;
    m_result.code = code;
    m_result.lookups = std::min(m_lookups, MaxLookups + 1);
    m_result.voidLookups = m_voidLookups;
    m_result.explanation = explanation;
    const bool decidedByTerm = code != SpfResult::Code::PermError && code != SpfResult::Code::TempError
                               && code != SpfResult::Code::None;
    m_result.matchedTerm = decidedByTerm ? reason : QString();
    m_result.reason = decidedByTerm ? QString() : reason;
    if (m_resolver) {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            m_resolver->cancel(it.key());
    }
    m_pending.clear();
    m_frames.clear();
    qCDebug(lcSpf) << "result" << m_result.codeName() << m_result.domain << "lookups" << m_result.lookups;
    // Queued, so finished() never fires inside start() and a receiver may delete us in its slot.
    QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
}
