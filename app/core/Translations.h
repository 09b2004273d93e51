// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// The one start-up function for GUI and CLI: installs the program's own
/// translator (embedded under :/i18n) and Qt's (qtbase_<lang>, which gives
/// QWizard its Back/Next buttons and QCommandLineParser its errors). Calling
/// it again switches language: the old translators are removed first, and
/// QEvent::LanguageChange reaches every widget. Main thread only.
namespace Translations {

/// "ja" or "en".
QStringList supportedLanguages();
/// "ja" when the system locale is Japanese, "en" otherwise.
QString systemLanguage();
/// Normalises "ja", "ja_JP", "JA", "en-US" ...; empty when unsupported.
QString normalizeLanguage(const QString &language);
/// Installs the translators for `language` (a supported code); returns false
/// when it is not supported (nothing changes then).
bool install(const QString &language);
/// The language last installed ("en" before any install).
QString currentLanguage();

} // namespace Translations
