// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The result of reading one domain as a person pasted it.
struct DomainInput
{
    QString input;   ///< exactly what was given
    QString ascii;   ///< A-label form, lower case, no trailing dot ("xn--r8jz45g.jp")
    QString unicode; ///< U-label form for display ("例え.jp")
    QString error;   ///< empty when accepted; otherwise says which input and why

    bool isValid() const { return error.isEmpty(); }
    bool isInternationalized() const { return ascii != unicode; }
};

/// Reads what administrators paste where a domain is expected: "Example.CO.JP",
/// "example.co.jp.", "user@example.co.jp", "https://example.co.jp/path",
/// full-width text from Japanese input methods, and IDNs ("例え.jp", sent as its
/// A-label). Everything else is refused with a reason naming the input.
class DomainName final
{
    Q_DECLARE_TR_FUNCTIONS(DomainName)
public:
    static DomainInput normalize(const QString &input);
    /// Splits pasted text into entries: lines, commas, semicolons and blanks
    /// separate; "#" starts a comment; the first CSV column of each line is used.
    static QStringList splitList(const QString &text);
    /// Reads a --domains-file: one domain a line, blank lines and "#" comments
    /// ignored; of a CSV line only the first column counts, and a header line
    /// whose first cell is not a domain-like word ("domain", "ドメイン") is skipped.
    static QStringList splitFileLines(const QString &text);
    /// True when `name` is a syntactically valid DNS name in A-label form
    /// (labels 1–63 octets, whole name at most 253, letters digits hyphens and
    /// underscores).
    static bool isValidAsciiName(const QString &name);
};
