// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardFixture.h"

#include "MigrationWizard.h"
#include "Translations.h"
#include "WizardTitleFont.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

using namespace WizardFixture;

/// Page titles are drawn in the text's weight, a size larger, never in
/// QWizard's bold (a second face of the font to load); the pages' own
/// labels keep whatever font they were given.
class TestWizardTitleFont : public QObject
{
    Q_OBJECT

    /// QWizard's label showing `title`, outside the pages.
    static QLabel *titleLabel(QWizard *wizard, const QString &title)
    {
        for (QLabel *label : wizard->findChildren<QLabel *>()) {
            bool inPage = false;
            for (QWidget *w = label->parentWidget(); w && w != wizard; w = w->parentWidget())
                inPage = inPage || qobject_cast<QWizardPage *>(w);
            if (!inPage && label->text() == title)
                return label;
        }
        return nullptr;
    }

    static QWizardPage *addPage(QWizard *wizard, const QString &title)
    {
        auto *page = new QWizardPage;
        page->setTitle(title);
        wizard->addPage(page);
        return page;
    }

    static void verifyTitleFont(QWizard *wizard, const QString &title)
    {
        QLabel *label = titleLabel(wizard, title);
        QVERIFY2(label, qPrintable(title));
        QVERIFY(!label->font().bold());
        QCOMPARE(label->font().weight(), QFont::Normal);
        if (wizard->font().pointSizeF() > 0)
            QCOMPARE(label->font().pointSizeF(), wizard->font().pointSizeF() * 1.2);
        else
            QCOMPARE(label->font().pixelSize(), qRound(wizard->font().pixelSize() * 1.2));
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        Translations::install(QStringLiteral("en"));
    }

    void titleIsRegularAndLarger()
    {
        QWizard wizard;
        wizard.setWizardStyle(QWizard::ClassicStyle);
        WizardTitleFont::apply(&wizard);
        QWizardPage *page = addPage(&wizard, QStringLiteral("First"));
        auto *bold = new QLabel(QStringLiteral("a bold label of the page"), page);
        QFont boldFont = bold->font();
        boldFont.setBold(true);
        bold->setFont(boldFont);
        (new QVBoxLayout(page))->addWidget(bold);
        addPage(&wizard, QStringLiteral("Second"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        verifyTitleFont(&wizard, QStringLiteral("First"));
        QVERIFY(bold->font().bold());

        // QWizard builds its layout again on a style change, and sets bold again.
        wizard.setWizardStyle(QWizard::ModernStyle);
        wizard.setWizardStyle(QWizard::ClassicStyle);
        wizard.next();
        verifyTitleFont(&wizard, QStringLiteral("Second"));
        QVERIFY(bold->font().bold());
    }

    void aFontInPixels()
    {
        QWizard wizard;
        QFont pixels = wizard.font();
        pixels.setPixelSize(15);
        wizard.setFont(pixels);
        WizardTitleFont::apply(&wizard);
        addPage(&wizard, QStringLiteral("Pixels"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        verifyTitleFont(&wizard, QStringLiteral("Pixels"));
        QCOMPARE(titleLabel(&wizard, QStringLiteral("Pixels"))->font().pixelSize(), 18);
    }

    void migrationWizardTitles()
    {
        auto window = makeWindow(nullptr, QString());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        MigrationWizard *wizard = window->wizard();
        const QString english = wizard->currentPage()->title();
        verifyTitleFont(wizard, english);
        QVERIFY(Translations::install(QStringLiteral("ja")));
        // The pages retranslate through the event loop; the label follows.
        QTRY_VERIFY(wizard->currentPage()->title() != english);
        QTRY_VERIFY(titleLabel(wizard, wizard->currentPage()->title()));
        verifyTitleFont(wizard, wizard->currentPage()->title());
        QVERIFY(Translations::install(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestWizardTitleFont)
#include "TestWizardTitleFont.moc"
