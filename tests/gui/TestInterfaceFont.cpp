// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardFixture.h"

#include "InterfaceFont.h"
#include "ShapingStyle.h"
#include "Translations.h"
#include "WizardLauncher.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QTableView>
#include <QGlyphRun>
#include <QLabel>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTextLayout>
#include <QTest>

#include <memory>

using namespace WizardFixture;

/// The Japanese interface is set in the system's Japanese face when the
/// desktop's font has no Japanese glyphs, at whole-pixel advances; the English
/// one keeps the desktop's font. Neither shapes its own strings (ShapingStyle
/// shapes the user's text that needs it). Language switches carry the font.
class TestInterfaceFont : public QObject
{
    Q_OBJECT

    static bool hasJapanese(const QString &family)
    {
        return QFontDatabase::writingSystems(family).contains(QFontDatabase::Japanese);
    }

    QFont m_desktop;
    QFont m_themedMenu;

    /// `font` as the interface sets it in either language: without shaping.
    static QFont unshaped(QFont font)
    {
        font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
        return font;
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        if (QFontDatabase::families(QFontDatabase::Japanese).isEmpty())
            QSKIP("no font with Japanese glyphs is installed (Debian: fonts-noto-cjk)");
        m_desktop = QApplication::font();
        // The offscreen platform's font is DejaVu Sans, without kana: the case that matters.
        QVERIFY2(!hasJapanese(QFontInfo(m_desktop).family()), qPrintable(QFontInfo(m_desktop).family()));
        // As KDE's or Windows' theme gives menus a font of their own.
        // A family of its own, as Windows' Segoe UI menus under a different
        // desktop font, and a size of its own.
        m_themedMenu = m_desktop;
        m_themedMenu.setFamily(QStringLiteral("DejaVu Serif"));
        m_themedMenu.setPointSizeF(m_desktop.pointSizeF() + 3);
        QApplication::setFont(m_themedMenu, "QMenu");
        Translations::install(QStringLiteral("en"));
        InterfaceFont::followLanguage();
    }

    void englishKeepsTheDesktopFont()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        const QFont font = QApplication::font();
        QCOMPARE(font, unshaped(m_desktop));
        QCOMPARE(QFontInfo(font).family(), QFontInfo(m_desktop).family());
        QCOMPARE(font.hintingPreference(), m_desktop.hintingPreference());
    }

    void japaneseUsesTheJapaneseFace()
    {
        QVERIFY(Translations::install(QStringLiteral("ja")));
        const QFont font = QApplication::font();
        QVERIFY2(hasJapanese(font.family()), qPrintable(font.family()));
        QVERIFY2(hasJapanese(QFontInfo(font).family()), qPrintable(QFontInfo(font).family()));
        QVERIFY(font.styleStrategy() & QFont::PreferNoShaping);
        QCOMPARE(font.hintingPreference(), QFont::PreferFullHinting);
        QCOMPARE(font.pointSizeF(), m_desktop.pointSizeF());
    }

    void astralCharactersAreJudgedWhole()
    {
        // Outside the Basic Multilingual Plane a character is two UTF-16 units.
        QVERIFY(!ShapingStyle::needsShaping(QString::fromUcs4(U"\U0001F600.example"))); // an emoji: Common
        QVERIFY(!ShapingStyle::needsShaping(QString::fromUcs4(U"\U00020B9F.jp")));      // a kanji: Han
        QVERIFY(ShapingStyle::needsShaping(QString::fromUcs4(U"\U00011013.example")));  // Brahmi
    }

    void arabicIsJoinedInBothLanguages()
    {
        // The interface font skips shaping; an Arabic IDN (سلام) must still be
        // drawn with its letters joined, lam and alef as one ligature, in a
        // table, a plain-text label and the paste box, exactly as a shaped font
        // draws it.
        const QString word = QStringLiteral("\u0633\u0644\u0627\u0645.example");
        if (!QFontDatabase::writingSystems(QStringLiteral("DejaVu Sans")).contains(QFontDatabase::Arabic))
            QSKIP("needs DejaVu Sans with Arabic glyphs (Debian: fonts-dejavu-core)");
        QVERIFY(ShapingStyle::needsShaping(word));
        QVERIFY(!ShapingStyle::needsShaping(QStringLiteral("例え.jp、bücher.example, пример.рф; 한국.kr")));
        QApplication::setStyle(WizardLauncher::applicationStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        const std::unique_ptr<QStyle> plainFusion(QStyleFactory::create(QStringLiteral("Fusion")));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            QVERIFY(Translations::install(language));
            QVERIFY(QApplication::font().styleStrategy() & QFont::PreferNoShaping);
            QFont shaped = QApplication::font();
            shaped.setStyleStrategy(QFont::PreferDefault);
            // Drawn the same as with shaping on; and shaping changes the picture.
            const auto render = [&](QWidget *widget) {
                widget->resize(240, 120);
                return widget->grab().toImage();
            };
            QTableWidget table(1, 1);
            table.setItem(0, 0, new QTableWidgetItem(word));
            QTableWidget shapedTable(1, 1);
            shapedTable.setItem(0, 0, new QTableWidgetItem(word));
            shapedTable.item(0, 0)->setFont(shaped);
            QTableWidget unshapedTable(1, 1);
            unshapedTable.setItem(0, 0, new QTableWidgetItem(word));
            unshapedTable.setStyle(plainFusion.get());
            QCOMPARE(render(&table), render(&shapedTable));
            QVERIFY2(render(&unshapedTable) != render(&shapedTable), "the check cannot tell shaped from unshaped");
            QLabel label(word);
            label.setTextFormat(Qt::PlainText);
            QLabel shapedLabel(word);
            shapedLabel.setTextFormat(Qt::PlainText);
            shapedLabel.setFont(shaped);
            QCOMPARE(render(&label), render(&shapedLabel));
            // A selectable or rich-text label draws through a text document, not the style.
            QLabel selectable;
            selectable.setTextInteractionFlags(Qt::TextSelectableByMouse);
            selectable.setText(word);
            ShapingStyle::shapeTextOf(&selectable, word);
            QCOMPARE(render(&selectable), [&] {
                QLabel expected(word);
                expected.setTextInteractionFlags(Qt::TextSelectableByMouse);
                expected.setFont(shaped);
                return render(&expected);
            }());
        }
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    void shapingFollowsTheTextAndKeepsTheFont()
    {
        const QString arabic = QStringLiteral("\u0633\u0644\u0627\u0645.example");
        QVERIFY(Translations::install(QStringLiteral("ja")));
        // An inherited font: only the strategy becomes the label's own, and
        // plain text gives the label back to the interface's font.
        QLabel label;
        label.show();
        ShapingStyle::shapeTextOf(&label, arabic);
        QVERIFY(!(label.font().styleStrategy() & QFont::PreferNoShaping));
        QCOMPARE(label.font().family(), QApplication::font().family());
        QVERIFY(Translations::install(QStringLiteral("en")));
        QTRY_COMPARE(label.font().family(), QApplication::font().family()); // still follows the language
        ShapingStyle::shapeTextOf(&label, QStringLiteral("example.jp"));
        QVERIFY(!label.testAttribute(Qt::WA_SetFont));
        QCOMPARE(label.font(), QApplication::font());
        // A font of its own keeps its family and size either way.
        QLabel record;
        const QFont mono(QStringLiteral("DejaVu Sans Mono"), 13);
        record.setFont(mono);
        ShapingStyle::shapeTextOf(&record, arabic);
        QVERIFY(!(record.font().styleStrategy() & QFont::PreferNoShaping));
        QCOMPARE(record.font().family(), mono.family());
        QCOMPARE(record.font().pointSize(), 13);
        ShapingStyle::shapeTextOf(&record, QStringLiteral("v=spf1 -all"));
        QVERIFY(record.font().styleStrategy() & QFont::PreferNoShaping);
        QCOMPARE(record.font().family(), mono.family());
    }

    void widgetsFollowEverySwitch()
    {
        QLabel label(QStringLiteral("日本語 and English"));
        label.show();
        for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("ja")}) {
            QVERIFY(Translations::install(language));
            // Qt hands the new application font to windows through the event loop.
            QTRY_COMPARE(hasJapanese(QFontInfo(label.font()).family()), language == QLatin1String("ja"));
        }
        QVERIFY(Translations::install(QStringLiteral("en")));
        QTRY_COMPARE(label.font(), unshaped(m_desktop));
    }

    void themedClassFontsSurviveSwitches()
    {
        // QApplication::setFont() empties the per-class fonts a theme set.
        QVERIFY(Translations::install(QStringLiteral("ja")));
        const QFont menu = QApplication::font("QMenu");
        QVERIFY2(hasJapanese(menu.family()), qPrintable(menu.family()));
        QCOMPARE(menu.pointSizeF(), m_themedMenu.pointSizeF());
        QVERIFY(menu.styleStrategy() & QFont::PreferNoShaping);
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(QApplication::font("QMenu"), unshaped(m_themedMenu));
        QCOMPARE(QApplication::font("QMenu").family(), QStringLiteral("DejaVu Serif"));
        QCOMPARE(QApplication::font(), unshaped(m_desktop));
        // What the user types, and tool tips, are shaped in either language.
        for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
            QVERIFY(Translations::install(language));
            for (const char *className : {"QLineEdit", "QTextEdit", "QTipLabel"}) {
                const QFont font = QApplication::font(className);
                QVERIFY2(!(font.styleStrategy() & QFont::PreferNoShaping), className);
                QCOMPARE(font.family(), QApplication::font().family());
            }
        }
    }

    void aDesktopFontWithJapaneseIsKept()
    {
        // A Japanese face other than the one the system would choose.
        const QString serif = QStringLiteral("Noto Serif CJK JP");
        if (!hasJapanese(serif) || InterfaceFont::japaneseFamily(m_desktop) == serif)
            QSKIP("needs Noto Serif CJK JP (Debian: fonts-noto-cjk) beside another default Japanese face");
        const QFont font = InterfaceFont::forLanguage(QStringLiteral("ja"), QFont(serif, 11));
        QCOMPARE(font.family(), serif);
        QCOMPARE(font.pointSize(), 11);
        QVERIFY(font.styleStrategy() & QFont::PreferNoShaping);
        QCOMPARE(InterfaceFont::japaneseFamilyFromQt(QFont(serif, 11)), serif);
    }

    void aNamedLatinFamilyGetsTheJapaneseFace()
    {
        const QFont font = InterfaceFont::forLanguage(QStringLiteral("ja"), QFont(QStringLiteral("DejaVu Sans"), 10));
        QVERIFY2(hasJapanese(font.family()), qPrintable(font.family()));
        QCOMPARE(font.pointSize(), 10);
        QCOMPARE(InterfaceFont::forLanguage(QStringLiteral("en"), QFont(QStringLiteral("DejaVu Sans"), 10)),
                 unshaped(QFont(QStringLiteral("DejaVu Sans"), 10)));
    }

    void qtsAnswerHasJapaneseToo()
    {
        // The path for systems without fontconfig, checked here against the same fonts.
        const QString family = InterfaceFont::japaneseFamilyFromQt(m_desktop);
        QVERIFY2(hasJapanese(family), qPrintable(family));
    }
};

QTEST_MAIN(TestInterfaceFont)
#include "TestInterfaceFont.moc"
