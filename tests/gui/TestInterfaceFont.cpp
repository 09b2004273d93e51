// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardFixture.h"

#include "InterfaceFont.h"
#include "Translations.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QTableView>
#include <QGlyphRun>
#include <QLabel>
#include <QTextLayout>
#include <QTest>

using namespace WizardFixture;

/// The Japanese interface is set in the system's Japanese face when the
/// desktop's font has no Japanese glyphs, without OpenType shaping and at
/// whole-pixel advances; the English one keeps the desktop's font. Language
/// switches carry the font.
class TestInterfaceFont : public QObject
{
    Q_OBJECT

    static bool hasJapanese(const QString &family)
    {
        return QFontDatabase::writingSystems(family).contains(QFontDatabase::Japanese);
    }

    QFont m_desktop;
    QFont m_themedMenu;

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
        m_themedMenu = m_desktop;
        m_themedMenu.setPointSizeF(m_desktop.pointSizeF() + 3);
        QApplication::setFont(m_themedMenu, "QMenu");
        Translations::install(QStringLiteral("en"));
        InterfaceFont::followLanguage();
    }

    void englishKeepsTheDesktopFont()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(QApplication::font(), m_desktop);
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

    void arabicIsJoinedInBothLanguages()
    {
        // An Arabic IDN (سلام) must be drawn with its letters joined, and lam
        // and alef as one ligature: three glyphs, not four.
        const QString word = QStringLiteral("\u0633\u0644\u0627\u0645");
        if (!QFontDatabase::writingSystems(QStringLiteral("DejaVu Sans")).contains(QFontDatabase::Arabic))
            QSKIP("needs DejaVu Sans with Arabic glyphs (Debian: fonts-dejavu-core)");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            QVERIFY(Translations::install(language));
            QTextLayout layout(word, QApplication::font());
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            qsizetype glyphs = 0;
            for (const QGlyphRun &run : layout.glyphRuns())
                glyphs += run.glyphIndexes().size();
            // Known defect: Qt 6.4 shapes text of a QFont::PreferNoShaping font
            // only in the Indic scripts, Syriac, Thaana, Khmer and N'Ko
            // (QFontEngine::scriptRequiresOpenType), so the Japanese interface
            // font, which sets it for speed, draws Arabic and Thai unjoined.
            if (language == QLatin1String("ja"))
                QEXPECT_FAIL("", "the Japanese interface font does not shape Arabic (see the comment)", Continue);
            QCOMPARE(glyphs, qsizetype(3));
        }
        QVERIFY(Translations::install(QStringLiteral("en")));
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
        QTRY_COMPARE(label.font(), m_desktop);
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
        QCOMPARE(QApplication::font("QMenu"), m_themedMenu);
        QCOMPARE(QApplication::font(), m_desktop);
    }

    void tableHeadersMeasureBoldInTheRegularFace()
    {
        // QHeaderView measures its sections in bold; in Japanese that must
        // not open the CJK Bold face (InterfaceFont::boldFromRegularFace).
        QVERIFY(Translations::install(QStringLiteral("ja")));
        const QString regular = QFontInfo(QApplication::font()).styleName();
        QVERIFY(!regular.isEmpty());
        QTableView table; // a header gets its class's font as it is polished
        table.ensurePolished();
        QFont bold = table.horizontalHeader()->font();
        bold.setBold(true);
        QCOMPARE(QFontInfo(bold).styleName(), regular);
        QVERIFY2(hasJapanese(QFontInfo(bold).family()), qPrintable(QFontInfo(bold).family()));
        // Elsewhere bold stays bold (where the family has a bold face), and
        // English headers keep the desktop's font.
        const QString family = QFontInfo(QApplication::font()).family();
        if (QFontDatabase::styles(family).contains(QStringLiteral("Bold"))) {
            QFont label = QApplication::font();
            label.setBold(true);
            QCOMPARE(QFontInfo(label).styleName(), QStringLiteral("Bold"));
        }
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(QApplication::font("QHeaderView"), m_desktop);
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
                 QFont(QStringLiteral("DejaVu Sans"), 10));
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
