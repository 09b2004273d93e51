// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfRecord.h"

namespace {

bool isAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// RFC 7208 §4.6.1: name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ).
bool isModifierName(QStringView name)
{
    if (name.isEmpty() || !isAlpha(name.front()))
        return false;
    for (QChar c : name) {
        if (!isAlpha(c) && !isDigit(c) && c != u'-' && c != u'_' && c != u'.')
            return false;
    }
    return true;
}

/// RFC 7208 §7.1: toplabel = ( *alphanum ALPHA *alphanum ) /
/// ( 1*alphanum "-" *( alphanum / "-" ) alphanum ). An all-numeric last label
/// would make "a:192.0.2.1" look like a host name.
bool isTopLabel(QStringView label)
{
    if (label.isEmpty() || label.front() == u'-' || label.back() == u'-')
        return false;
    bool alphaOrHyphen = false;
    for (QChar c : label) {
        if (isAlpha(c) || c == u'-')
            alphaOrHyphen = true;
        else if (!isDigit(c))
            return false;
    }
    return alphaOrHyphen;
}

/// "0" or a number without a leading zero, at most `max`; -1 otherwise.
int parseCidr(QStringView digits, int max)
{
    if (digits.isEmpty() || digits.size() > 3 || (digits.size() > 1 && digits.front() == u'0'))
        return -1;
    int value = 0;
    for (QChar c : digits) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value <= max ? value : -1;
}

/// Length of a trailing "/N" (N a valid cidr digit string) in `text`, or 0.
int trailingCidrLength(QStringView text, bool doubleSlash)
{
    int i = int(text.size());
    while (i > 0 && isDigit(text.at(i - 1)))
        --i;
    if (i == text.size() || i == 0 || text.at(i - 1) != u'/')
        return 0;
    const int slashes = doubleSlash ? 2 : 1;
    if (i < slashes || (doubleSlash && text.at(i - 2) != u'/'))
        return 0;
    if (!doubleSlash && i >= 2 && text.at(i - 2) == u'/')
        return 0;
    return int(text.size()) - i + slashes;
}

/// True when the (already validated) macro-string ends with a macro-expand.
bool endsWithMacro(QStringView text)
{
    bool lastWasMacro = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        lastWasMacro = text.at(i) == u'%';
        if (!lastWasMacro)
            continue;
        ++i;
        if (i < text.size() && text.at(i) == u'{') {
            while (i < text.size() && text.at(i) != u'}')
                ++i;
        }
    }
    return lastWasMacro;
}

} // namespace

bool SpfTerm::countsAsLookup() const
{
    if (kind == Kind::Modifier)
        return modifier == Modifier::Redirect;
    switch (mechanism) {
    case Mechanism::Include:
    case Mechanism::A:
    case Mechanism::Mx:
    case Mechanism::Ptr:
    case Mechanism::Exists:
        return true;
    default:
        return false;
    }
}

QString SpfTerm::qualifierResult() const
{
    switch (qualifier) {
    case Qualifier::Pass: return QStringLiteral("pass");
    case Qualifier::Fail: return QStringLiteral("fail");
    case Qualifier::SoftFail: return QStringLiteral("softfail");
    case Qualifier::Neutral: return QStringLiteral("neutral");
    }
    return {};
}

bool SpfRecord::isSpfRecord(const QByteArray &txt)
{
    if (txt.size() < 6 || qstrnicmp(txt.constData(), "v=spf1", 6) != 0)
        return false;
    return txt.size() == 6 || txt.at(6) == ' ';
}

SpfRecord::Selection SpfRecord::select(const QList<QByteArray> &txtRecords)
{
    Selection selection;
    for (const QByteArray &txt : txtRecords) {
        if (isSpfRecord(txt))
            selection.records.append(txt);
    }
    if (selection.records.size() == 1) {
        selection.outcome = Selection::Outcome::One;
        selection.record = selection.records.constFirst();
    } else if (selection.records.size() > 1) {
        selection.outcome = Selection::Outcome::Several;
    }
    return selection;
}

bool SpfRecord::checkMacroString(QStringView text, bool explanation, int *errorOffset, QString *reason)
{
    const auto bad = [&](int offset, const QString &why) {
        if (errorOffset)
            *errorOffset = offset;
        if (reason)
            *reason = why;
        return false;
    };
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u' ' && explanation)
            continue;
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return bad(i, tr("character not allowed in a macro string"));
        if (c != u'%')
            continue;
        const int start = i;
        if (i + 1 >= n)
            return bad(start, tr("\"%\" at the end; write \"%%\" for a percent sign"));
        const QChar next = text.at(++i);
        if (next == u'%' || next == u'_' || next == u'-')
            continue;
        if (next != u'{')
            return bad(start, tr("\"%\" must be followed by {, %, _ or -"));
        if (++i >= n)
            return bad(start, tr("unterminated macro"));
        const QChar letter = text.at(i).toLower();
        const bool common = QStringView(u"slodiphv").contains(letter);
        const bool expOnly = QStringView(u"crt").contains(letter);
        if (!common && !(expOnly && explanation))
            return bad(start, expOnly ? tr("macro letter \"%1\" is only allowed in explanation text").arg(letter)
                                      : tr("unknown macro letter \"%1\"").arg(text.at(i)));
        ++i;
        while (i < n && isDigit(text.at(i)))
            ++i;
        if (i < n && (text.at(i) == u'r' || text.at(i) == u'R'))
            ++i;
        while (i < n && QStringView(u".-+,/_=").contains(text.at(i)))
            ++i;
        if (i >= n || text.at(i) != u'}')
            return bad(start, tr("malformed macro"));
    }
    return true;
}

bool SpfRecord::checkDomainSpec(QStringView text, int *errorOffset, QString *reason)
{
    if (text.isEmpty()) {
        if (errorOffset)
            *errorOffset = 0;
        if (reason)
            *reason = tr("domain missing");
        return false;
    }
    if (!checkMacroString(text, false, errorOffset, reason))
        return false;
    // domain-end = ( "." toplabel [ "." ] ) / macro-expand
    if (endsWithMacro(text))
        return true;
    QStringView body = text;
    if (body.endsWith(u'.'))
        body.chop(1);
    const qsizetype dot = body.lastIndexOf(u'.');
    if (dot < 0 || !isTopLabel(body.mid(dot + 1))) {
        if (errorOffset)
            *errorOffset = dot < 0 ? 0 : int(dot + 1);
        if (reason)
            *reason = tr("the domain must end in a valid top-level label (such as \".com\") or a macro");
        return false;
    }
    return true;
}

SpfRecord SpfRecord::parse(const QByteArray &text)
{
    SpfRecord record;
    record.m_source = text;
    if (!isSpfRecord(text)) {
        record.fail(0, tr("the record does not start with \"v=spf1\""));
        return record;
    }
    for (int i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte < 0x20 || byte > 0x7e) {
            record.fail(i, tr("byte 0x%1 is not allowed: SPF records are printable ASCII")
                               .arg(int(byte), 2, 16, QLatin1Char('0')));
            return record;
        }
    }
    const QString source = QString::fromLatin1(text);
    int i = 6;
    while (i < source.size()) {
        if (source.at(i) == u' ') {
            ++i;
            continue;
        }
        int end = i;
        while (end < source.size() && source.at(end) != u' ')
            ++end;
        if (!record.parseTerm(source.mid(i, end - i), i))
            return record;
        i = end;
    }
    return record;
}

bool SpfRecord::fail(int position, const QString &reason)
{
    m_errorPosition = position;
    m_errorReason = reason;
    return false;
}

bool SpfRecord::parseTerm(const QString &text, int position)
{
    SpfTerm term;
    term.text = text;
    term.position = position;
    const qsizetype equals = text.indexOf(u'=');
    if (equals > 0 && isModifierName(QStringView(text).left(equals))) {
        if (!parseModifier(term, int(equals)))
            return false;
        m_terms.append(term);
        return true;
    }
    int offset = 0;
    switch (text.at(0).unicode()) {
    case '+': term.qualifier = SpfTerm::Qualifier::Pass; break;
    case '-': term.qualifier = SpfTerm::Qualifier::Fail; break;
    case '~': term.qualifier = SpfTerm::Qualifier::SoftFail; break;
    case '?': term.qualifier = SpfTerm::Qualifier::Neutral; break;
    default: offset = -1; break;
    }
    term.explicitQualifier = offset == 0;
    ++offset;
    if (!parseMechanism(term, QStringView(text).mid(offset), position + offset))
        return false;
    m_terms.append(term);
    return true;
}

bool SpfRecord::parseMechanism(SpfTerm &term, QStringView body, int bodyOffset)
{
    qsizetype nameEnd = 0;
    while (nameEnd < body.size() && body.at(nameEnd) != u':' && body.at(nameEnd) != u'/')
        ++nameEnd;
    term.name = body.left(nameEnd).toString().toLower();
    const QStringView argument = body.mid(nameEnd);
    const int argumentOffset = bodyOffset + int(nameEnd);
    using M = SpfTerm::Mechanism;
    static const struct { const char *name; M mechanism; } names[] = {
        {"all", M::All}, {"include", M::Include}, {"a", M::A}, {"mx", M::Mx}, {"ptr", M::Ptr},
        {"ip4", M::Ip4}, {"ip6", M::Ip6}, {"exists", M::Exists},
    };
    for (const auto &entry : names) {
        if (term.name == QLatin1String(entry.name))
            term.mechanism = entry.mechanism;
    }
    switch (term.mechanism) {
    case M::None:
        return fail(bodyOffset, term.name.isEmpty() ? tr("empty mechanism")
                                                    : tr("unknown mechanism \"%1\"").arg(body.left(nameEnd)));
    case M::All:
        if (!argument.isEmpty())
            return fail(argumentOffset, tr("\"all\" takes no argument"));
        return true;
    case M::Ip4:
    case M::Ip6:
        return parseIpTerm(term, argument, argumentOffset);
    case M::Include:
    case M::Exists:
        if (!argument.startsWith(u':'))
            return fail(argumentOffset, tr("\"%1\" needs \":domain\"").arg(term.name));
        return parseDomainAndCidr(term, argument, argumentOffset, false);
    case M::Ptr:
        return parseDomainAndCidr(term, argument, argumentOffset, false);
    case M::A:
    case M::Mx:
        return parseDomainAndCidr(term, argument, argumentOffset, true);
    }
    return true;
}

bool SpfRecord::parseModifier(SpfTerm &term, int equals)
{
    term.kind = SpfTerm::Kind::Modifier;
    term.name = term.text.left(equals).toLower();
    term.domainSpec = term.text.mid(equals + 1);
    const int valueOffset = term.position + equals + 1;
    int offset = 0;
    QString reason;
    if (term.name == QLatin1String("redirect") || term.name == QLatin1String("exp")) {
        term.modifier = term.name == QLatin1String("redirect") ? SpfTerm::Modifier::Redirect : SpfTerm::Modifier::Exp;
        for (const SpfTerm &other : std::as_const(m_terms)) {
            if (other.modifier == term.modifier)
                return fail(term.position, tr("\"%1=\" appears more than once").arg(term.name));
        }
        if (!checkDomainSpec(term.domainSpec, &offset, &reason))
            return fail(valueOffset + offset, reason);
        return true;
    }
    term.modifier = SpfTerm::Modifier::Unknown;
    if (!checkMacroString(term.domainSpec, false, &offset, &reason))
        return fail(valueOffset + offset, reason);
    return true;
}

bool SpfRecord::parseIpTerm(SpfTerm &term, QStringView argument, int argumentOffset)
{
    const bool v4 = term.mechanism == SpfTerm::Mechanism::Ip4;
    if (!argument.startsWith(u':'))
        return fail(argumentOffset, tr("\"%1\" needs \":address\"").arg(term.name));
    QStringView value = argument.mid(1);
    int prefix = v4 ? 32 : 128;
    const qsizetype slash = value.indexOf(u'/');
    if (slash >= 0) {
        prefix = parseCidr(value.mid(slash + 1), v4 ? 32 : 128);
        if (prefix < 0)
            return fail(argumentOffset + 1 + int(slash), tr("invalid prefix length \"%1\"").arg(value.mid(slash)));
        value = value.left(slash);
    }
    const auto address = value.contains(u' ') ? std::nullopt : IpAddress::parse(value);
    if (!address || address->isV4() != v4)
        return fail(argumentOffset + 1, v4 ? tr("\"%1\" is not an IPv4 address").arg(value)
                                           : tr("\"%1\" is not an IPv6 address").arg(value));
    term.network = IpNetwork::fromAddress(*address, prefix);
    return true;
}

bool SpfRecord::parseDomainAndCidr(SpfTerm &term, QStringView argument, int argumentOffset, bool allowCidr)
{
    QStringView rest = argument;
    if (allowCidr) {
        // dual-cidr-length = [ "/" ip4-cidr ] [ "//" ip6-cidr ], taken from the end because
        // a macro-string may itself contain "/".
        if (const int len = trailingCidrLength(rest, true)) {
            term.cidr6 = parseCidr(rest.right(len - 2), 128);
            if (term.cidr6 < 0)
                return fail(argumentOffset + int(rest.size()) - len, tr("IPv6 prefix length over 128"));
            rest.chop(len);
        }
        if (const int len = trailingCidrLength(rest, false)) {
            term.cidr4 = parseCidr(rest.right(len - 1), 32);
            if (term.cidr4 < 0)
                return fail(argumentOffset + int(rest.size()) - len, tr("IPv4 prefix length over 32"));
            rest.chop(len);
        }
    }
    if (rest.isEmpty())
        return true;
    if (!rest.startsWith(u':'))
        return fail(argumentOffset, allowCidr ? tr("invalid prefix length or missing \":\" after \"%1\"").arg(term.name)
                                              : tr("\"%1\" takes only \":domain\"").arg(term.name));
    term.domainSpec = rest.mid(1).toString();
    int offset = 0;
    QString reason;
    if (!checkDomainSpec(term.domainSpec, &offset, &reason))
        return fail(argumentOffset + 1 + offset, reason);
    return true;
}

QList<SpfTerm> SpfRecord::mechanisms() const
{
    QList<SpfTerm> list;
    for (const SpfTerm &term : m_terms) {
        if (term.isMechanism())
            list.append(term);
    }
    return list;
}

const SpfTerm *SpfRecord::redirect() const
{
    for (const SpfTerm &term : m_terms) {
        if (term.modifier == SpfTerm::Modifier::Redirect)
            return &term;
    }
    return nullptr;
}

const SpfTerm *SpfRecord::explanation() const
{
    for (const SpfTerm &term : m_terms) {
        if (term.modifier == SpfTerm::Modifier::Exp)
            return &term;
    }
    return nullptr;
}

int SpfRecord::lookupTermCount() const
{
    int count = 0;
    for (const SpfTerm &term : m_terms)
        count += term.countsAsLookup() ? 1 : 0;
    return count;
}
