// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfPolicy.h"

#include "DomainName.h"

#include <QRegularExpression>

namespace {

using Kind = SpfPolicyTerm::Kind;

bool isAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

/// RFC 7208 §7.1 macro-string: literals %x21-24 / %x26-7E, or a macro-expand.
bool checkMacroString(const QString &s, bool *hasMacro)
{
    *hasMacro = false;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
        if (c != u'%')
            continue;
        if (i + 1 >= s.size())
            return false;
        const QChar n = s.at(i + 1);
        if (n == u'%' || n == u'_' || n == u'-') {
            ++i;
            continue;
        }
        if (n != u'{')
            return false;
        const int close = s.indexOf(u'}', i + 2);
        if (close < 0)
            return false;
        static const QRegularExpression expand(QStringLiteral("^[slodiphcrtvSLODIPHCRTV][0-9]*[rR]?[-.+,/_=]*$"));
        const QString body = s.mid(i + 2, close - i - 2);
        if (!expand.match(body).hasMatch())
            return false;
        // c, r and t exist only in exp= text (§7.2).
        if (QStringLiteral("crtCRT").contains(body.at(0)))
            return false;
        *hasMacro = true;
        i = close;
    }
    return true;
}

/// domain-spec = macro-string domain-end; domain-end = "." toplabel ["."] / macro-expand.
bool checkDomainSpec(const QString &spec, bool *hasMacro)
{
    if (spec.isEmpty() || !checkMacroString(spec, hasMacro))
        return false;
    if (spec.endsWith(u'}'))
        return true;
    QString s = spec;
    if (s.endsWith(u'.'))
        s.chop(1);
    const int dot = s.lastIndexOf(u'.');
    if (dot < 0)
        return false;
    const QString top = s.mid(dot + 1);
    static const QRegularExpression toplabel(
        QStringLiteral("^([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])$"));
    return toplabel.match(top).hasMatch();
}

bool parseCidr(const QString &text, int max, int *value)
{
    if (text.isEmpty() || text.size() > 3 || (text.size() > 1 && text.startsWith(u'0')))
        return false;
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < 0 || v > max)
        return false;
    *value = v;
    return true;
}

/// Splits "domain/24//64" into the domain-spec and the dual CIDR lengths.
bool splitDualCidr(QString arg, SpfPolicyTerm *term)
{
    static const QRegularExpression dual(QStringLiteral("(?:/([0-9]+))?(?://([0-9]+))?$"));
    const QRegularExpressionMatch m = dual.match(arg);
    if (m.hasMatch() && m.capturedLength(0) > 0) {
        if (m.capturedLength(1) > 0 && !parseCidr(m.captured(1), 32, &term->cidr4))
            return false;
        if (m.capturedLength(2) > 0 && !parseCidr(m.captured(2), 128, &term->cidr6))
            return false;
        arg.chop(m.capturedLength(0));
    }
    term->target = arg;
    return true;
}

bool parseIpNetwork(const QString &arg, bool v4, SpfPolicyTerm *term)
{
    const int slash = arg.indexOf(u'/');
    const QString addressText = slash < 0 ? arg : arg.left(slash);
    int prefix = v4 ? 32 : 128;
    if (slash >= 0 && !parseCidr(arg.mid(slash + 1), prefix, &prefix))
        return false;
    const auto address = IpAddress::parse(addressText);
    if (!address || address->isV4() != v4)
        return false;
    term->network = IpNetwork::fromAddress(*address, prefix);
    return true;
}

const QList<std::pair<QString, Kind>> &mechanismNames()
{
    static const QList<std::pair<QString, Kind>> names{
        {QStringLiteral("all"), Kind::All},         {QStringLiteral("include"), Kind::Include},
        {QStringLiteral("a"), Kind::A},             {QStringLiteral("mx"), Kind::Mx},
        {QStringLiteral("ptr"), Kind::Ptr},         {QStringLiteral("ip4"), Kind::Ip4},
        {QStringLiteral("ip6"), Kind::Ip6},         {QStringLiteral("exists"), Kind::Exists}};
    return names;
}

} // namespace

bool SpfPolicy::isSpfRecord(const QByteArray &txt)
{
    return txt.size() >= 6 && txt.left(6).compare("v=spf1", Qt::CaseInsensitive) == 0
        && (txt.size() == 6 || txt.at(6) == ' ');
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

SpfPolicy SpfPolicy::parse(const QString &record)
{
    SpfPolicy policy;
    policy.text = record;
    auto fail = [&policy](const QString &message, int offset) {
        policy.error = message;
        policy.errorOffset = offset;
        return policy;
    };
    if (!isSpfRecord(record.toLatin1()))
        return fail(tr("the record does not start with \"v=spf1\""), 0);
    for (int i = 0; i < record.size(); ++i) {
        const QChar c = record.at(i);
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return fail(tr("the record contains a character that is not printable ASCII at position %1").arg(i + 1), i);
    }
    bool seenRedirect = false;
    bool seenExp = false;
    int pos = 6;
    while (pos < record.size()) {
        while (pos < record.size() && record.at(pos) == u' ')
            ++pos;
        if (pos >= record.size())
            break;
        int end = record.indexOf(u' ', pos);
        if (end < 0)
            end = record.size();
        const QString text = record.mid(pos, end - pos);
        SpfPolicyTerm term;
        term.start = pos;
        term.length = end - pos;
        const QString bad = tr("\"%1\" is not a valid SPF term").arg(text);
        static const QRegularExpression modifierName(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]*="));
        const QRegularExpressionMatch modifier = modifierName.match(text);
        if (modifier.hasMatch()) {
            const QString name = text.left(modifier.capturedLength() - 1).toLower();
            const QString value = text.mid(modifier.capturedLength());
            bool macro = false;
            if (name == QLatin1String("redirect") || name == QLatin1String("exp")) {
                bool &seen = name == QLatin1String("redirect") ? seenRedirect : seenExp;
                if (seen)
                    return fail(tr("the modifier \"%1=\" appears more than once").arg(name), pos);
                seen = true;
                if (!checkDomainSpec(value, &macro))
                    return fail(bad, pos);
                term.kind = name == QLatin1String("redirect") ? Kind::Redirect : Kind::Explanation;
                term.target = value;
                term.targetHasMacro = macro;
            } else {
                if (!checkMacroString(value, &macro) && !value.isEmpty())
                    return fail(bad, pos);
                term.kind = Kind::UnknownModifier;
            }
            policy.terms.append(term);
            pos = end;
            continue;
        }
        QString rest = text;
        if (QStringLiteral("+-~?").contains(rest.at(0))) {
            term.qualifier = rest.at(0);
            term.explicitQualifier = true;
            rest = rest.mid(1);
        }
        int nameEnd = 0;
        while (nameEnd < rest.size() && isAlnum(rest.at(nameEnd)))
            ++nameEnd;
        const QString mechanism = rest.left(nameEnd).toLower();
        const QString arg = rest.mid(nameEnd);
        bool known = false;
        for (const auto &[n, kind] : mechanismNames()) {
            if (n == mechanism) {
                term.kind = kind;
                known = true;
            }
        }
        if (!known)
            return fail(tr("unknown mechanism \"%1\"").arg(text), pos);
        bool ok = true;
        switch (term.kind) {
        case Kind::All: ok = arg.isEmpty(); break;
        case Kind::Include:
        case Kind::Exists:
            ok = arg.startsWith(u':') && checkDomainSpec(arg.mid(1), &term.targetHasMacro);
            if (ok)
                term.target = arg.mid(1);
            break;
        case Kind::A:
        case Kind::Mx:
        case Kind::Ptr:
            if (arg.isEmpty())
                break;
            if (term.kind == Kind::Ptr) {
                ok = arg.startsWith(u':') && checkDomainSpec(arg.mid(1), &term.targetHasMacro);
                term.target = arg.mid(1);
                break;
            }
            ok = splitDualCidr(arg, &term);
            if (ok && term.target.startsWith(u':')) {
                term.target = term.target.mid(1);
                ok = checkDomainSpec(term.target, &term.targetHasMacro);
            } else if (ok && !term.target.isEmpty()) {
                ok = false;
            }
            break;
        case Kind::Ip4:
        case Kind::Ip6:
            ok = arg.startsWith(u':') && parseIpNetwork(arg.mid(1), term.kind == Kind::Ip4, &term);
            break;
        default: break;
        }
        if (!ok)
            return fail(bad, pos);
        policy.terms.append(term);
        pos = end;
    }
    return policy;
}
