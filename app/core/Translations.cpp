// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

struct Installed
{
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

namespace Translations {

QStringList supportedLanguages()
{
    return {QStringLiteral("ja"), QStringLiteral("en")};
}

QString normalizeLanguage(const QString &language)
{
    const QString code = language.left(2).toLower();
    return supportedLanguages().contains(code) ? code : QString();
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool install(const QString &language)
{
    const QString code = normalizeLanguage(language);
    if (code.isEmpty())
        return false;
    Installed &state = installed();
    if (state.own)
        QCoreApplication::removeTranslator(state.own.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    // The language and locale first: whatever the LanguageChange events below
    // reach (the wizard's font, its pages) reads them already switched.
    state.language = code;
    QLocale::setDefault(QLocale(code == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
                                code == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedStates));
    state.own = std::make_unique<QTranslator>();
    state.qt = std::make_unique<QTranslator>();
    // An English .qm with no translations loads but is empty; installing it is harmless.
    if (state.own->load(QStringLiteral(":/i18n/tmems-assistant_%1.qm").arg(code)))
        QCoreApplication::installTranslator(state.own.get());
    if (state.qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qt.get());
    return true;
}

QString currentLanguage()
{
    return installed().language;
}

} // namespace Translations
