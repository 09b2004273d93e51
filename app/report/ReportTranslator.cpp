// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTranslator.h"

#include <QTranslator>

ReportTranslator::ReportTranslator(const QString &language)
    : m_language(language.left(2).toLower() == QLatin1String("ja") ? QStringLiteral("ja") : QStringLiteral("en"))
    , m_locale(m_language == QLatin1String("ja") ? QLocale(QLocale::Japanese, QLocale::Japan)
                                                  : QLocale(QLocale::English, QLocale::UnitedStates))
    , m_translator(std::make_unique<QTranslator>())
{
    // The English .qm carries the plural forms; a failed load just leaves the source text.
    if (!m_translator->load(QStringLiteral(":/i18n/tmems-assistant_%1.qm").arg(m_language)))
        m_translator.reset();
}

ReportTranslator::~ReportTranslator() = default;

QString ReportTranslator::text(const char *source, int n) const
{
    return text("Report", source, n);
}

QString ReportTranslator::text(const char *context, const char *source, int n) const
{
    QString result;
    if (m_translator)
        result = m_translator->translate(context, source, nullptr, n);
    if (result.isEmpty())
        result = QString::fromUtf8(source);
    if (n >= 0)
        result.replace(QLatin1String("%n"), QString::number(n));
    return result;
}
