// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

/// Translates the report's text into the report's own language, which may
/// differ from the one the program's window or terminal speaks. It loads
/// :/i18n/tmems-assistant_<lang>.qm into a private QTranslator that is never
/// installed, so the application's translators stay untouched. Strings are
/// marked with QT_TRANSLATE_NOOP("Report", ...) at the call site so lupdate
/// finds them. Owned by whoever renders a report; any thread, not shared.
class ReportTranslator final
{
public:
    /// `language` is "ja" or "en"; anything else falls back to English.
    explicit ReportTranslator(const QString &language);
    ~ReportTranslator();
    ReportTranslator(const ReportTranslator &) = delete;
    ReportTranslator &operator=(const ReportTranslator &) = delete;

    QString language() const { return m_language; }
    /// The locale numbers and dates are written in.
    QLocale locale() const { return m_locale; }
    /// The translation of `source` (context "Report"); with `n` >= 0 the plural
    /// form for n, with every %n replaced by the number.
    QString text(const char *source, int n = -1) const;
    /// Same, for strings marked in another context (e.g. "Finding").
    QString text(const char *context, const char *source, int n) const;

private:
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};
