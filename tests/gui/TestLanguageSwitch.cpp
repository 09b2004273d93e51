// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardFixture.h"

#include "MigrationSession.h"
#include "Translations.h"
#include "WizardLauncher.h"
#include "UiUtil.h"

#include <QComboBox>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace WizardFixture;

/// On every page, switching to Japanese retranslates the page, the wizard's
/// buttons (qtbase_ja) and the menus without a restart, and switching back
/// restores the English texts exactly.
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    FakeSaveLocation m_save;

    static bool hasJapanese(const QString &text)
    {
        static const QRegularExpression kana(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
        return kana.match(text).hasMatch();
    }
    /// A shown English window listing `domains`.
    std::unique_ptr<MainWindow> englishWindow(const QStringList &domains)
    {
        Translations::install(QStringLiteral("en"));
        auto window = makeWindow(&m_save, QString());
        window->session()->setDomainInputs(domains);
        window->show();
        return window;
    }
    /// Every visible label and button text on the page, in widget order.
    static QStringList texts(QWidget *page)
    {
        QStringList result;
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(page))
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                result << label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                result << button->text();
        }
        return result;
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        WizardLauncher::configureApplication(); // the real program's style and fonts
        Translations::install(QStringLiteral("en"));
    }

    void everyPage()
    {
        auto window = makeWindow(&m_save, QString());
        MigrationSession *session = window->session();
        session->setDomainInputs({QStringLiteral("jp-both.example"), QStringLiteral("us.example")});
        DomainChoice office;
        office.usesOffice365 = true;
        session->setChoice(QStringLiteral("jp-both.example"), office);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        MigrationWizard *wizard = window->wizard();
        for (int i = 0; i <= static_cast<int>(PageId::Summary); ++i) {
            QCOMPARE(static_cast<int>(wizard->currentPageId()), i);
            QTRY_VERIFY(wizard->currentPage()->isComplete());
            QWizardPage *page = wizard->currentPage();
            const QString title = page->title();
            const QStringList english = texts(page);
            const QString next = wizard->button(QWizard::NextButton)->text();
            QVERIFY2(!hasJapanese(title), qPrintable(title));

            // QApplication posts LanguageChange to the widgets: wait for it.
            QVERIFY(Translations::install(QStringLiteral("ja")));
            QTRY_VERIFY2(hasJapanese(page->title()), qPrintable(page->title()));
            QVERIFY2(hasJapanese(page->subTitle()), qPrintable(page->subTitle()));
            QVERIFY2(hasJapanese(wizard->button(QWizard::CancelButton)->text()),
                     qPrintable(wizard->button(QWizard::CancelButton)->text()));
            QVERIFY(hasJapanese(window->windowTitle()) || window->windowTitle().contains(QStringLiteral("TMEmS")));
            const QStringList japanese = texts(page);
            int changed = 0;
            for (int k = 0; k < qMin(english.size(), japanese.size()); ++k)
                changed += english.at(k) != japanese.at(k) ? 1 : 0;
            QVERIFY2(changed > 0, qPrintable(japanese.join(QLatin1Char('|'))));

            QVERIFY(Translations::install(QStringLiteral("en")));
            QTRY_COMPARE(page->title(), title);
            QCOMPARE(texts(page), english);
            QCOMPARE(wizard->button(QWizard::NextButton)->text(), next);
            if (i < static_cast<int>(PageId::Summary))
                wizard->next();
        }
    }

    void dataCenterProgressIsRetranslated()
    {
        // "Detection finished." is set when detection ends: a switch afterwards
        // must say it again (everyPage only sees that some text changed).
        auto window = englishWindow({QStringLiteral("jp-both.example")});
        MigrationWizard *wizard = window->wizard();
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentPageId(), PageId::DataCenter);
        auto *progress = child<QLabel>(wizard, "detectProgressLabel");
        QTRY_COMPARE(progress->text(), QStringLiteral("Detection finished."));
        QVERIFY(Translations::install(QStringLiteral("ja")));
        QTRY_VERIFY2(hasJapanese(progress->text()), qPrintable(progress->text()));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QTRY_COMPARE(progress->text(), QStringLiteral("Detection finished."));
    }

    void welcomeComboSwitchesAndRemembers()
    {
        Translations::install(QStringLiteral("en"));
        auto window = makeWindow(&m_save, QString());
        window->show();
        auto *combo = child<QComboBox>(window->wizard(), "languageComboBox");
        combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
        QCOMPARE(Translations::currentLanguage(), QStringLiteral("ja"));
        QCOMPARE(window->session()->language(), QStringLiteral("ja"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
        QTRY_VERIFY(hasJapanese(window->wizard()->button(QWizard::NextButton)->text()));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QCOMPARE(Translations::currentLanguage(), QStringLiteral("en"));
        // Switched another way (a session saved in Japanese opened): the box
        // follows, and choosing English again works.
        QVERIFY(Translations::install(QStringLiteral("ja")));
        QTRY_COMPARE(combo->currentData().toString(), QStringLiteral("ja"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QCOMPARE(Translations::currentLanguage(), QStringLiteral("en"));
    }

    void domainsStatusNamesDuplicatesInTheCurrentLanguage()
    {
        // Pasting a list that repeats a listed domain says which lines were
        // not added, and says it again in the language switched to.
        auto window = englishWindow({QStringLiteral("jp-both.example")});
        MigrationWizard *wizard = window->wizard();
        wizard->next();
        QCOMPARE(wizard->currentPageId(), PageId::Domains);
        auto *paste = child<QPlainTextEdit>(wizard, "domainsPasteEdit");
        paste->setPlainText(QStringLiteral("us.example\nadmin@JP-BOTH.example\nus.example"));
        QTest::mouseClick(child<QPushButton>(wizard, "addDomainsButton"), Qt::LeftButton);
        auto *status = child<QLabel>(wizard, "domainsStatusLabel");
        const QString english = status->text();
        QCOMPARE(english, QStringLiteral("1 entry added. 2 entries already in the list, so not added again: "
                                         "admin@JP-BOTH.example and us.example"));
        QVERIFY(Translations::install(QStringLiteral("ja")));
        QTRY_VERIFY2(hasJapanese(status->text()), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("admin@JP-BOTH.example")), qPrintable(status->text()));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QTRY_COMPARE(status->text(), english);

        // A long list names five and counts the rest.
        paste->setPlainText(QStringLiteral("a.example b.example c.example d.example e.example f.example g.example"));
        QTest::mouseClick(child<QPushButton>(wizard, "addDomainsButton"), Qt::LeftButton);
        paste->setPlainText(QStringLiteral("a.example b.example c.example d.example e.example f.example g.example"));
        QTest::mouseClick(child<QPushButton>(wizard, "addDomainsButton"), Qt::LeftButton);
        QCOMPARE(status->text(), QStringLiteral("0 entries added. 7 entries already in the list, so not added again: "
                                                "a.example, b.example, c.example, d.example, e.example, and 2 more"));
    }

    void pasteExampleShowsAJapaneseDomainInJapaneseOnly()
    {
        // In English, a kanji in the placeholder would load the Japanese face
        // for it alone; the Japanese interface has that face loaded anyway.
        auto window = englishWindow({QStringLiteral("jp-both.example")});
        MigrationWizard *wizard = window->wizard();
        wizard->next();
        auto *paste = child<QPlainTextEdit>(wizard, "domainsPasteEdit");
        QVERIFY(!paste->placeholderText().isEmpty());
        QVERIFY2(!hasJapanese(paste->placeholderText()), qPrintable(paste->placeholderText()));
        // Pasted text may be in any script: the box shapes it once it needs
        // it, and still takes the language's face.
        QCOMPARE(paste->font().styleStrategy(), QApplication::font().styleStrategy());
        paste->setPlainText(QStringLiteral("\u0633\u0644\u0627\u0645.example"));
        QVERIFY(!(paste->font().styleStrategy() & QFont::PreferNoShaping));
        QVERIFY(Translations::install(QStringLiteral("ja")));
        QTRY_VERIFY2(paste->placeholderText().contains(QStringLiteral("例え.jp")), qPrintable(paste->placeholderText()));
        QTRY_COMPARE(paste->font().family(), QApplication::font().family());
        QVERIFY(!(paste->font().styleStrategy() & QFont::PreferNoShaping));
        paste->clear();
        QCOMPARE(paste->font().styleStrategy(), QApplication::font().styleStrategy());
        QVERIFY(Translations::install(QStringLiteral("en")));
        QTRY_VERIFY(!hasJapanese(paste->placeholderText()));
    }

    void domainListsUseTheLanguagesSeparators()
    {
        // "a、b" in Japanese, "a and b" in English: not ", " glued in code.
        QVERIFY(Translations::install(QStringLiteral("ja")));
        auto window = makeWindow(&m_save, QString());
        MigrationSession *session = window->session();
        session->setDomainInputs({QStringLiteral("jp-both.example"), QStringLiteral("例え.jp")});
        DomainChoice office;
        office.usesOffice365 = true;
        session->setChoice(QStringLiteral("jp-both.example"), office);
        session->setChoice(QStringLiteral("xn--r8jz45g.jp"), office);
        window->show();
        MigrationWizard *wizard = window->wizard();
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY(wizard->currentPage()->isComplete());
            wizard->next();
        }
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        wizard->next();
        QCOMPARE(wizard->currentPageId(), PageId::InboundServers);
        const QString inbound = child<QLabel>(wizard, "inboundIntroLabel")->text();
        QVERIFY2(inbound.contains(QStringLiteral("jp-both.example、例え.jp")), qPrintable(inbound));
        wizard->next();
        QCOMPARE(wizard->currentPageId(), PageId::Office365);
        QVERIFY(Translations::install(QStringLiteral("en")));
        QTRY_VERIFY(!hasJapanese(wizard->currentPage()->title()));
        const QString office365 = child<QLabel>(wizard, "office365DomainsLabel")->text();
        QVERIFY2(office365.contains(QStringLiteral("jp-both.example and 例え.jp")), qPrintable(office365));
    }

    void siteNamesAreTheEnginesInBothLanguages()
    {
        // The wizard names a site as check and the report do ("Other data
        // center (EU)" was the wizard's own name for Europe).
        Translations::install(QStringLiteral("en"));
        QCOMPARE(UiUtil::dataCenterName(QStringLiteral("eu")), QStringLiteral("Europe data center"));
        QCOMPARE(UiUtil::dataCenterName(QStringLiteral("jp")), QStringLiteral("Japan data center"));
        QCOMPARE(UiUtil::dataCenterName(QStringLiteral("unsure")), QStringLiteral("Not sure"));
        QVERIFY(Translations::install(QStringLiteral("ja")));
        QCOMPARE(UiUtil::dataCenterName(QStringLiteral("eu")), QStringLiteral("欧州データセンター"));
        QCOMPARE(UiUtil::dataCenterName(QStringLiteral("us")), QStringLiteral("USデータセンター"));
        QCOMPARE(UiUtil::dataCenterName(QStringLiteral("xx")), QStringLiteral("その他のデータセンター（XX）"));
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "TestLanguageSwitch.moc"
