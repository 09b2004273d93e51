// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainName.h"

#include "IpNetwork.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

/// The input as a message may quote it: a pasted line or a domains file can
/// carry terminal escape sequences, bidi overrides or NUL bytes, which must
/// not reach the terminal or the window as they are.
QString visible(const QString &text)
{
    QString shown;
    for (QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            shown += QStringLiteral("\\u{%1}").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

constexpr int MaxLabelLength = 63;
constexpr int MaxNameLength = 253;

/// Takes the host part out of an e-mail address, a URL or a "Name <addr>" form.
QString extractHost(QString text)
{
    const qsizetype open = text.lastIndexOf(u'<');
    const qsizetype close = text.lastIndexOf(u'>');
    if (open >= 0 && close > open)
        text = text.mid(open + 1, close - open - 1).trimmed();
    if (text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        text = text.mid(7);
    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text, QUrl::StrictMode);
        // QUrl already turns an IDN host into its Unicode form for display.
        text = url.isValid() ? url.host(QUrl::FullyDecoded) : QString();
    } else if (text.contains(u'@')) {
        text = text.mid(text.lastIndexOf(u'@') + 1);
    }
    return text;
}

} // namespace

bool DomainName::isValidAsciiName(const QString &name)
{
    if (name.isEmpty() || name.size() > MaxNameLength)
        return false;
    // Letters, digits, '_' and inner '-' (underscore for _dmarc-style names).
    // Checked by hand: a regular expression costs its JIT compilation on every
    // start of `check`, and this runs before the first DNS query.
    const auto isEdgeChar = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    };
    const auto labels = QStringView(name).split(u'.');
    for (const auto &l : labels) {
        if (l.isEmpty() || l.size() > MaxLabelLength || !isEdgeChar(l.front()) || !isEdgeChar(l.back()))
            return false;
        for (const QChar c : l) {
            if (!isEdgeChar(c) && c != u'-')
                return false;
        }
    }
    return true;
}

DomainInput DomainName::normalize(const QString &input)
{
    DomainInput result;
    result.input = input;
    // A 10 MB line pasted or read by mistake is quoted by its start alone.
    constexpr qsizetype MaxQuoted = 256; // any name a domain could be, whole
    const qsizetype cut = MaxQuoted - (input.size() > MaxQuoted && input.at(MaxQuoted - 1).isHighSurrogate() ? 1 : 0);
    const QString shown = input.size() > MaxQuoted ? visible(input.left(cut)) + QChar(0x2026) : visible(input);
    // NFKC turns full-width letters and the ideographic full stop variants that
    // Japanese input methods produce into their ASCII forms, as IDNA does.
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    text.replace(QChar(0x3002), u'.');
    if (text.isEmpty()) {
        result.error = tr("The domain is empty.");
        return result;
    }
    text = extractHost(text).trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    text = text.toLower();
    if (text.isEmpty()) {
        result.error = tr("\"%1\" contains no domain.").arg(shown);
        return result;
    }
    if (IpAddress::parse(text) || text.startsWith(u'[')) {
        result.error = tr("\"%1\" is an IP address, not a domain.").arg(shown);
        return result;
    }
    for (QChar c : text) {
        if (c.isSpace() || c == u'/' || c == u'\\' || c == u':' || c == u'@' || c.category() == QChar::Other_Control) {
            result.error = tr("\"%1\" is not a domain: it contains \"%2\".").arg(shown, c.isSpace() ? tr("a space") : visible(QString(c)));
            return result;
        }
    }
    // "example.co.jp.." keeps a dot at the end after the one that is allowed.
    if (text.contains(QLatin1String("..")) || text.startsWith(u'.') || text.endsWith(u'.')) {
        result.error = tr("\"%1\" is not a domain: it has an empty label (two dots in a row).").arg(shown);
        return result;
    }
    bool isAscii = true;
    for (QChar c : text)
        isAscii = isAscii && c.unicode() < 128;
    // Plain ASCII names skip IDNA, which would refuse them without saying why.
    const QByteArray ace = isAscii ? text.toLatin1() : QUrl::toAce(text);
    const QString ascii = QString::fromLatin1(ace).toLower();
    if (ace.isEmpty()) {
        result.error = tr("\"%1\" is not a valid internationalized domain name.").arg(shown);
        return result;
    }
    if (ascii.size() > MaxNameLength) {
        result.error = tr("\"%1\" is too long: a domain may have at most %2 characters, this one has %3.")
                           .arg(shown).arg(MaxNameLength).arg(ascii.size());
        return result;
    }
    const QStringList labels = ascii.split(u'.');
    for (const QString &l : labels) {
        if (l.size() > MaxLabelLength) {
            result.error = tr("\"%1\" is not a domain: the part \"%2\" is longer than %3 characters.")
                               .arg(shown, l).arg(MaxLabelLength);
            return result;
        }
    }
    // An A-label must decode: "xn--zz" is no name at all, only looks like one.
    for (const QString &l : labels) {
        if (l.startsWith(QLatin1String("xn--")) && QUrl::fromAce(l.toLatin1(), QUrl::IgnoreIDNWhitelist) == l) {
            result.error = tr("\"%1\" is not a valid internationalized domain name.").arg(shown);
            return result;
        }
    }
    if (!isValidAsciiName(ascii)) {
        result.error = tr("\"%1\" is not a domain: only letters, digits and hyphens may appear, and a part may not start or end with a hyphen.").arg(shown);
        return result;
    }
    if (labels.size() < 2) {
        result.error = tr("\"%1\" is not a complete domain: add the part after the dot (for example example.co.jp).").arg(shown);
        return result;
    }
    if (labels.last().front().isDigit() && !labels.last().startsWith(QLatin1String("xn--"))) {
        result.error = tr("\"%1\" is not a domain: the last part cannot start with a digit.").arg(shown);
        return result;
    }
    result.ascii = ascii;
    // Qt's IDN whitelist protects a browser's address bar from look-alike
    // names; the administrator typed this one, so show it in Unicode whatever its TLD.
    result.unicode = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist);
    return result;
}

QStringList DomainName::splitList(const QString &text)
{
    QStringList out;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")), Qt::SkipEmptyParts);
    static const QRegularExpression separators(QStringLiteral("[,;\\s\\x{3001}\\x{FF0C}]+"));
    for (QString line : lines) {
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        for (QString item : line.split(separators, Qt::SkipEmptyParts)) {
            // Quoted CSV cells.
            if (item.size() >= 2 && item.startsWith(u'"') && item.endsWith(u'"'))
                item = item.mid(1, item.size() - 2);
            if (!item.isEmpty())
                out.append(item);
        }
    }
    return out;
}

QStringList DomainName::splitFileLines(const QString &text)
{
    QStringList out;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r\\n|\\n|\\r")));
    bool first = true;
    for (QString line : lines) {
        if (first && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        QString cell = line.section(u',', 0, 0).section(u'\t', 0, 0).trimmed();
        if (cell.size() >= 2 && cell.startsWith(u'"') && cell.endsWith(u'"'))
            cell = cell.mid(1, cell.size() - 2).trimmed();
        if (cell.isEmpty())
            continue;
        static const QStringList headerWords = {QStringLiteral("domain"), QStringLiteral("domains"),
                                                QStringLiteral("domain name"), QStringLiteral("name"),
                                                QStringLiteral("\u30C9\u30E1\u30A4\u30F3"),
                                                QStringLiteral("\u30C9\u30E1\u30A4\u30F3\u540D")};
        const bool header = first && headerWords.contains(cell.toLower());
        first = false;
        if (!header)
            out.append(cell);
    }
    return out;
}
