// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MacroExpander.h"

#include "SpfRecord.h"

#include <QStringList>

namespace {

/// RFC 7208 §7.3: a domain name in this text form is at most 253 characters.
constexpr int MaxDomainLength = 253;
/// A huge digit transformer means "every part"; cap it so parsing cannot overflow.
constexpr int MaxDigits = 1000;
/// DNS content is untrusted: a record full of %{s} with a long sender must not
/// grow without bound. Real expansions are a few hundred characters.
constexpr qsizetype MaxExpansion = 16 * 1024;

} // namespace

std::optional<QString> MacroExpander::expand(QStringView text, const SpfMacroContext &context, Mode mode,
                                             QString *error)
{
    int offset = 0;
    QString reason;
    if (!SpfRecord::checkMacroString(text, mode == Mode::Explanation, &offset, &reason)) {
        if (error)
            *error = tr("invalid macro at offset %1: %2").arg(offset).arg(reason);
        return std::nullopt;
    }
    QString result;
    result.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != u'%') {
            result += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == u'%') {
            result += u'%';
            continue;
        }
        if (next == u'_') {
            result += u' ';
            continue;
        }
        if (next == u'-') {
            result += QLatin1String("%20");
            continue;
        }
        // "%{" letter *DIGIT ["r"] *delimiter "}", already validated above.
        const QChar letter = text.at(++i);
        ++i;
        int digits = -1;
        while (text.at(i).isDigit()) {
            digits = std::min(MaxDigits, std::max(digits, 0) * 10 + (text.at(i).unicode() - u'0'));
            ++i;
        }
        if (digits == 0) {
            if (error)
                *error = tr("the digit transformer of a macro must not be zero");
            return std::nullopt;
        }
        bool reverse = false;
        if (text.at(i) == u'r' || text.at(i) == u'R') {
            reverse = true;
            ++i;
        }
        const qsizetype delimiterStart = i;
        while (text.at(i) != u'}')
            ++i;
        const QStringView delimiters = text.mid(delimiterStart, i - delimiterStart);
        QString value = letterValue(letter.toLower(), context);
        if (digits > 0 || reverse || !delimiters.isEmpty())
            value = transform(value, digits, reverse, delimiters.isEmpty() ? QStringView(u".") : delimiters);
        result += letter.isUpper() ? urlEscape(value) : value;
        if (result.size() > MaxExpansion) {
            if (error)
                *error = tr("the macros expand to more than %1 characters").arg(MaxExpansion);
            return std::nullopt;
        }
    }
    if (mode == Mode::DomainSpec) {
        if (result.endsWith(u'.'))
            result.chop(1);
        result = truncateDomain(result);
    }
    return result;
}

bool MacroExpander::usesPtr(QStringView text)
{
    return text.contains(QLatin1String("%{p"), Qt::CaseInsensitive);
}

QString MacroExpander::letterValue(QChar letter, const SpfMacroContext &context)
{
    switch (letter.unicode()) {
    case 's': return context.sender;
    case 'l': return context.localPart;
    case 'o': return context.senderDomain;
    case 'd': return context.domain;
    case 'i': return ipMacro(context.client);
    case 'p': return context.validatedPtr.isEmpty() ? QStringLiteral("unknown") : context.validatedPtr;
    case 'v': return context.client.isV4() ? QStringLiteral("in-addr") : QStringLiteral("ip6");
    case 'h': return context.helo;
    case 'c': return context.client.toString();
    case 'r': return context.receiver.isEmpty() ? QStringLiteral("unknown") : context.receiver;
    case 't': return QString::number(context.timestamp);
    }
    return {};
}

QString MacroExpander::transform(const QString &value, int digits, bool reverse, QStringView delimiters)
{
    QStringList parts;
    QString part;
    for (QChar c : value) {
        if (delimiters.contains(c)) {
            parts.append(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.append(part);
    if (reverse)
        std::reverse(parts.begin(), parts.end());
    if (digits > 0 && digits < parts.size())
        parts = parts.mid(parts.size() - digits);
    // §7.3: the parts are rejoined with "." whatever the splitting characters were.
    return parts.join(u'.');
}

QString MacroExpander::urlEscape(const QString &value)
{
    // RFC 3986 unreserved characters stay; everything else becomes %XX of its UTF-8 bytes.
    return QString::fromLatin1(value.toUtf8().toPercentEncoding(QByteArray(), QByteArray(), '%'));
}

QString MacroExpander::ipMacro(const IpAddress &address)
{
    if (address.isV4())
        return address.toString();
    static const char hex[] = "0123456789ABCDEF";
    QString nibbles;
    nibbles.reserve(63);
    const quint64 words[2] = {address.high(), address.low()};
    for (quint64 word : words) {
        for (int shift = 60; shift >= 0; shift -= 4) {
            if (!nibbles.isEmpty())
                nibbles += u'.';
            nibbles += QLatin1Char(hex[(word >> shift) & 0xf]);
        }
    }
    return nibbles;
}

QString MacroExpander::reverseName(const IpAddress &address)
{
    QStringList parts = ipMacro(address).split(u'.');
    std::reverse(parts.begin(), parts.end());
    return parts.join(u'.') + (address.isV4() ? QLatin1String(".in-addr.arpa") : QLatin1String(".ip6.arpa"));
}

QString MacroExpander::truncateDomain(const QString &name)
{
    QString result = name;
    while (result.size() > MaxDomainLength) {
        const qsizetype dot = result.indexOf(u'.');
        if (dot < 0)
            break;
        result = result.mid(dot + 1);
    }
    return result;
}

bool MacroExpander::isQueryableName(const QString &name, bool requireMultiLabel)
{
    QString body = name;
    if (body.endsWith(u'.'))
        body.chop(1);
    if (body.isEmpty() || body.size() > MaxDomainLength)
        return false;
    const QStringList labels = body.split(u'.');
    if (requireMultiLabel && labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.toUtf8().size() > 63)
            return false;
    }
    return true;
}
