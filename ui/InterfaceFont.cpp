// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterfaceFont.h"

#include "Translations.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPointer>
#include <QRawFont>

#include <utility>

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

/// The classes a platform theme may give fonts of their own (KDE's and
/// Windows' menu, message-box, tool-tip and header fonts): the keys Qt 6
/// fills its per-class font table with (QApplicationPrivate::initializeWidgetFontHash).
constexpr const char *ThemedClasses[] = {"QMenu",        "QMenuBar",       "QMenuItem",         "QMessageBox",
                                         "QLabel",       "QTipLabel",      "QStatusBar",        "QTabButton",
                                         "QToolButton",  "QAbstractItemView", "QListView",      "QHeaderView",
                                         "QListBox",     "QComboMenuItem", "QComboLineEditFont", "QSmallFont",
                                         "QMiniFont"};

/// Applies the font of the current language at every language change.
/// Translations::install() sends one LanguageChange to the application per
/// translator it removes or adds; the font is set only when it differs, so
/// widgets relayout once per switch. (An English start sets it once, before
/// any widget exists: the desktop's font without shaping.)
///
/// QApplication::setFont() empties Qt's per-class fonts, so those the theme
/// set are kept here and set again after it: in the Japanese face for
/// Japanese, as they were for English. (Once set, the application font no
/// longer follows a desktop font changed while the program runs; Qt has no
/// call to undo that.)
class LanguageFollower final : public QObject
{
public:
    explicit LanguageFollower(QObject *parent) : QObject(parent), m_desktopFont(QApplication::font())
    {
        for (const char *className : ThemedClasses) {
            const QFont font = QApplication::font(className);
            if (font != m_desktopFont)
                m_desktopClassFonts.append({className, font});
        }
    }

    void apply()
    {
        const QString language = Translations::currentLanguage();
        if (language != m_language) {
            m_language = language;
            m_font = InterfaceFont::forLanguage(language, m_desktopFont);
            m_classFonts = m_desktopClassFonts;
            // Japanese sets them in its face; English keeps the theme's faces.
            for (auto &[className, font] : m_classFonts)
                font = language == QLatin1String("ja") ? InterfaceFont::inFaceOf(font, m_font) : InterfaceFont::unshaped(font);
        }
        if (QApplication::font() == m_font)
            return;
        QApplication::setFont(m_font);
        for (const auto &[className, font] : std::as_const(m_classFonts))
            QApplication::setFont(font, className);
        // What the user types, and tool tips (rich text, which often quote
        // entries in full), are drawn without the style's help: shaped, as
        // they may be in any script (ShapingStyle.h).
        for (const char *className : {"QLineEdit", "QTextEdit", "QTipLabel"})
            QApplication::setFont(InterfaceFont::shaped(classFont(className)), className);
    }

protected:
    /// The theme's font for `className` in the current language, if it set one.
    const QFont *themedFont(const char *className) const
    {
        for (const auto &[themed, font] : m_classFonts) {
            if (qstrcmp(themed, className) == 0)
                return &font;
        }
        return nullptr;
    }
    /// The font of `className` in the current language: the theme's for it, else the interface's.
    QFont classFont(const char *className) const
    {
        const QFont *themed = themedFont(className);
        return themed ? *themed : m_font;
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    using ClassFonts = QList<std::pair<const char *, QFont>>;
    const QFont m_desktopFont;
    ClassFonts m_desktopClassFonts;
    QString m_language;
    QFont m_font;
    ClassFonts m_classFonts;
};

} // namespace

namespace InterfaceFont {

void followLanguage()
{
    static QPointer<LanguageFollower> follower; // gone with its QApplication
    if (!follower) {
        follower = new LanguageFollower(qApp);
        qApp->installEventFilter(follower);
    }
    follower->apply();
}

QFont forLanguage(const QString &language, const QFont &desktopFont)
{
    QFont font = unshaped(desktopFont);
    if (language != QLatin1String("ja"))
        return font;
    const QString family = japaneseFamily(desktopFont);
    if (!family.isEmpty())
        font.setFamily(family);
    font.setHintingPreference(QFont::PreferFullHinting);
    return font;
}

QFont unshaped(QFont font)
{
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    return font;
}

QFont shaped(QFont font)
{
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() & ~QFont::PreferNoShaping));
    return font;
}

QFont inFaceOf(QFont font, const QFont &interfaceFont)
{
    font.setFamilies(interfaceFont.families());
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | interfaceFont.styleStrategy()));
    font.setHintingPreference(interfaceFont.hintingPreference());
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
