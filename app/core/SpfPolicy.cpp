// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfPolicy.h"

#include "DomainName.h"
#include "SpfRecord.h"


namespace {

using Kind = SpfPolicyTerm::Kind;

Kind kindOf(const SpfTerm &term)
{
    if (term.isModifier()) {
        switch (term.modifier) {
        case SpfTerm::Modifier::Redirect: return Kind::Redirect;
        case SpfTerm::Modifier::Exp: return Kind::Explanation;
        default: return Kind::UnknownModifier;
        }
    }
    switch (term.mechanism) {
    case SpfTerm::Mechanism::Include: return Kind::Include;
    case SpfTerm::Mechanism::A: return Kind::A;
    case SpfTerm::Mechanism::Mx: return Kind::Mx;
    case SpfTerm::Mechanism::Ptr: return Kind::Ptr;
    case SpfTerm::Mechanism::Ip4: return Kind::Ip4;
    case SpfTerm::Mechanism::Ip6: return Kind::Ip6;
    case SpfTerm::Mechanism::Exists: return Kind::Exists;
    default: return Kind::All;
    }
}

QChar qualifierChar(SpfTerm::Qualifier qualifier)
{
    switch (qualifier) {
    case SpfTerm::Qualifier::Pass: return u'+';
    case SpfTerm::Qualifier::Fail: return u'-';
    case SpfTerm::Qualifier::SoftFail: return u'~';
    case SpfTerm::Qualifier::Neutral: return u'?';
    }
    return u'+';
}

} // namespace

bool SpfPolicy::isSpfRecord(const QByteArray &txt)
{
    return SpfRecord::isSpfRecord(txt);
}

const SpfPolicyTerm *SpfPolicy::redirect() const
{
    for (const SpfPolicyTerm &t : terms) {
        if (t.kind == Kind::Redirect)
            return &t;
    }
    return nullptr;
}

QString SpfPolicy::targetName(const SpfPolicyTerm &term, const QString &currentDomain)
{
    if (term.targetHasMacro)
        return {};
    QString name = (term.target.isEmpty() ? currentDomain : term.target).toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    return DomainName::isValidAsciiName(name) ? name : QString();
}

bool SpfPolicy::hasAll() const
{
    for (const SpfPolicyTerm &t : terms) {
        if (t.kind == Kind::All)
            return true;
    }
    return false;
}

SpfPolicy SpfPolicy::parse(const QByteArray &record)
{
    // The grammar lives in SpfRecord (shared with SpfChecker); this keeps the
    // analysis's view of each term: what it points at and where it stands.
    const SpfRecord parsed = SpfRecord::parse(record);
    SpfPolicy policy;
    policy.text = QString::fromLatin1(record);
    if (!parsed.isValid()) {
        policy.error = parsed.errorReason();
        policy.errorOffset = parsed.errorPosition();
        return policy;
    }
    for (const SpfTerm &t : parsed.terms()) {
        SpfPolicyTerm term;
        term.kind = kindOf(t);
        term.qualifier = qualifierChar(t.qualifier);
        term.explicitQualifier = t.explicitQualifier;
        if (term.kind != Kind::UnknownModifier && term.kind != Kind::Ip4 && term.kind != Kind::Ip6)
            term.target = t.domainSpec;
        term.targetHasMacro = term.target.contains(u'%');
        term.cidr4 = t.cidr4 < 0 ? 32 : t.cidr4;
        term.cidr6 = t.cidr6 < 0 ? 128 : t.cidr6;
        term.network = t.network;
        term.start = t.position;
        term.length = int(t.text.size());
        policy.terms.append(term);
    }
    return policy;
}
