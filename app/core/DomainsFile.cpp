// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainsFile.h"

#include "DomainName.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <cstdio>

namespace {

/// UTF-16 written without a byte order mark: the ASCII of a domain list puts a
/// NUL in every other byte, on one side, which no UTF-8 or Shift_JIS list has.
/// Read as UTF-8 it would give a "\u{0000}" error on every line. Many NULs on
/// one side and few on the other (一 is U+4E00) tell it; a stray NUL in UTF-8
/// does not.
std::optional<QStringConverter::Encoding> utf16WithoutBom(const QByteArray &bytes)
{
    qsizetype nuls[2] = {0, 0}; // at even, at odd offsets
    const qsizetype probe = qMin<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    for (qsizetype i = 0; i < probe; ++i) {
        if (bytes.at(i) == '\0')
            ++nuls[i % 2];
    }
    const qsizetype pairs = probe / 2;
    for (const int side : {1, 0}) {
        if (pairs > 0 && nuls[side] * 4 >= pairs && nuls[1 - side] * 8 <= nuls[side])
            return side == 1 ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> DomainsFile::decode(const QByteArray &bytes, QString *error)
{
    const auto decodeAll = [&bytes](QStringDecoder decoder) -> std::optional<QString> {
        if (!decoder.isValid())
            return std::nullopt;
        QString text = decoder(bytes);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    };
    // A BOM decides; without one, UTF-8 is tried first: plain ASCII lists, the
    // usual case, read the same in every encoding.
    std::optional<QString> text;
    const std::optional<QStringConverter::Encoding> utf16 = utf16WithoutBom(bytes);
    if (bytes.startsWith("\xFF\xFE"))
        text = decodeAll(QStringDecoder(QStringConverter::Utf16LE));
    else if (bytes.startsWith("\xFE\xFF"))
        text = decodeAll(QStringDecoder(QStringConverter::Utf16BE));
    else if (utf16) {
        // One stray byte at the end (a newline added by another tool) is dropped.
        const bool oddTail = bytes.size() % 2 != 0 && QChar::isSpace(uchar(bytes.back()));
        const QByteArray even = oddTail ? bytes.chopped(1) : bytes;
        QStringDecoder decoder(*utf16);
        const QString decoded = decoder(even);
        if (!decoder.hasError())
            text = decoded;
    }
    else
        // Stateless: a sequence cut off at the end of the file is an error, not dropped.
        text = decodeAll(QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless));
    if (text || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        if (!text && error)
            *error = tr("the file starts as UTF-16 text but is not");
        return text;
    }
    // Qt finds CP932 through ICU (Linux) and as the system code page on Japanese Windows.
    for (const char *name : {"windows-31j", "Shift_JIS"}) {
        if ((text = decodeAll(QStringDecoder(name, QStringConverter::Flag::Stateless))))
            return text;
    }
    if ((text = decodeAll(QStringDecoder(QStringConverter::System, QStringConverter::Flag::Stateless))))
        return text;
    if (error)
        *error = tr("the file is neither UTF-8 nor Shift_JIS text; save it as \"CSV UTF-8\" or plain text");
    return std::nullopt;
}

QStringList DomainsFile::read(const QString &path, QString *error)
{
    const QString shown = path == QLatin1String("-") ? tr("standard input") : QDir::toNativeSeparators(path);
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                    : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = tr("cannot read \"%1\": %2").arg(shown, file.errorString());
        return {};
    }
    // read() up to one byte more than allowed, so a pipe is bounded as a file is.
    const QByteArray bytes = file.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes) {
        *error = tr("cannot read \"%1\": too large for a list of domains").arg(shown);
        return {};
    }
    if (file.error() != QFileDevice::NoError) {
        *error = tr("cannot read \"%1\": %2").arg(shown, file.errorString());
        return {};
    }
    QString reason;
    const std::optional<QString> text = decode(bytes, &reason);
    if (!text) {
        *error = tr("cannot read \"%1\": %2").arg(shown, reason);
        return {};
    }
    return DomainName::splitFileLines(*text);
}
