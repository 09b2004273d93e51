// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterfaceFont.h"

#include "Translations.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QRawFont>

#ifdef TMEMS_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace {

bool hasJapanese(const QString &family)
{
    return !family.isEmpty() && QFontDatabase::writingSystems(family).contains(QFontDatabase::Japanese);
}

#ifdef TMEMS_HAVE_FONTCONFIG
/// What fontconfig matches for `family` in Japanese text, if that font has
/// kana and kanji. A generic name ("Sans Serif", "sans-serif") resolves to
/// the system's Japanese face; a named family stays itself when installed.
QString fontconfigMatchWithJapanese(const QString &family)
{
    FcPattern *pattern = FcPatternCreate();
    if (!pattern)
        return {};
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>(family.toUtf8().constData()));
    FcPatternAddString(pattern, FC_LANG, reinterpret_cast<const FcChar8 *>("ja"));
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern *match = FcFontMatch(nullptr, pattern, &result);
    FcPatternDestroy(pattern);
    if (!match)
        return {};
    QString matched;
    FcChar8 *name = nullptr;
    FcCharSet *charset = nullptr;
    if (FcPatternGetString(match, FC_FAMILY, 0, &name) == FcResultMatch
        && FcPatternGetCharSet(match, FC_CHARSET, 0, &charset) == FcResultMatch
        && FcCharSetHasChar(charset, 0x3042) && FcCharSetHasChar(charset, 0x30A2) // あ ア
        && FcCharSetHasChar(charset, 0x65E5)) {                                   // 日
        matched = QString::fromUtf8(reinterpret_cast<const char *>(name));
    }
    FcPatternDestroy(match);
    // Qt draws with its own font database: a family it does not list is no answer.
    return hasJapanese(matched) ? matched : QString();
}
#endif

/// Applies the font of the current language at every language change.
/// Translations::install() sends one LanguageChange to the application per
/// translator it removes or adds; the font is set only when it differs, so
/// widgets relayout once per switch, and an English start sets nothing.
class LanguageFollower final : public QObject
{
public:
    explicit LanguageFollower(QObject *parent) : QObject(parent), m_desktopFont(QApplication::font()) {}

    void apply()
    {
        const QString language = Translations::currentLanguage();
        if (language != m_language) {
            m_language = language;
            m_font = InterfaceFont::forLanguage(language, m_desktopFont);
        }
        if (QApplication::font() != m_font)
            QApplication::setFont(m_font);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    const QFont m_desktopFont;
    QString m_language;
    QFont m_font;
};

} // namespace

namespace InterfaceFont {

void followLanguage()
{
    static LanguageFollower *follower = nullptr;
    if (!follower) {
        follower = new LanguageFollower(qApp);
        qApp->installEventFilter(follower);
    }
    follower->apply();
}

QFont forLanguage(const QString &language, const QFont &desktopFont)
{
    if (language != QLatin1String("ja"))
        return desktopFont;
    QFont font = desktopFont;
    const QString family = japaneseFamily(desktopFont);
    if (!family.isEmpty())
        font.setFamily(family);
    font.setStyleStrategy(QFont::StyleStrategy(desktopFont.styleStrategy() | QFont::PreferNoShaping));
    font.setHintingPreference(QFont::PreferFullHinting);
    return font;
}

QString japaneseFamily(const QFont &desktopFont)
{
#ifdef TMEMS_HAVE_FONTCONFIG
    // fontconfig answers in two matches; Qt's answer loads the desktop's
    // face and searches its fallbacks, several times the work at start-up.
    for (const QString &family : {desktopFont.family(), QStringLiteral("sans-serif")}) {
        const QString matched = fontconfigMatchWithJapanese(family);
        if (!matched.isEmpty())
            return matched;
    }
    return {};
#else
    return japaneseFamilyFromQt(desktopFont);
#endif
}

QString japaneseFamilyFromQt(const QFont &desktopFont)
{
    const QString own = QFontInfo(desktopFont).family();
    if (hasJapanese(own))
        return own;
    // The face Qt itself would draw Japanese text in with this font.
    const QString preferred = QRawFont::fromFont(desktopFont, QFontDatabase::Japanese).familyName();
    return hasJapanese(preferred) ? preferred : QString();
}

} // namespace InterfaceFont
