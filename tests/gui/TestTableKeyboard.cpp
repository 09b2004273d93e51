// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardFixture.h"

#include "MigrationSession.h"
#include "SpfCheckPage.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>

using namespace WizardFixture;

/// An administrator who uses only the keyboard reaches and changes every
/// control inside the wizard's tables: Tab into the table, Tab from control to
/// control in row order, arrows and Space to change them, and Tab out again.
class TestTableKeyboard : public QObject
{
    Q_OBJECT

private:
    FakeSaveLocation m_save;

    static QWidget *tab()
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget();
    }
    static bool insideTable(QWidget *widget, QTableWidget *table)
    {
        return widget == table || (widget && table->isAncestorOf(widget));
    }
    /// The window on a page, with the session holding `domains`.
    static std::unique_ptr<MainWindow> openAt(FakeSaveLocation *save, const QStringList &domains, PageId page)
    {
        auto window = makeWindow(save, QString());
        window->session()->setDomainInputs(domains);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return {};
        MigrationWizard *wizard = window->wizard();
        while (wizard->currentPageId() != page) {
            if (!QTest::qWaitFor([wizard] { return wizard->currentPage()->isComplete(); }))
                return {};
            wizard->next();
        }
        return window;
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        Translations::install(QStringLiteral("en"));
    }

    void dataCenterCellsByKeyboard()
    {
        QStringList domains{QStringLiteral("jp-both.example"), QStringLiteral("us.example")};
        for (int i = 0; i < 30; ++i)
            domains << QStringLiteral("d%1.example").arg(i);
        auto window = openAt(&m_save, domains, PageId::DataCenter);
        QVERIFY(window);
        MigrationWizard *wizard = window->wizard();
        MigrationSession *session = window->session();
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        const int last = domains.size() - 1;
        QTRY_VERIFY(wizard->findChild<QComboBox *>(QStringLiteral("dataCenterComboBox_%1").arg(last)));
        auto *table = child<QTableWidget>(wizard, "dataCenterTable");
        auto *detect = child<QPushButton>(wizard, "detectButton");
        detect->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), detect);

        // Tab enters the table; the arrows move between its rows.
        QCOMPARE(tab(), table);
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentRow(), 1);

        for (int row = 0; row <= last; ++row) {
            const QString domain = domains.at(row);
            QWidget *combo = tab();
            QCOMPARE(combo->objectName(), QStringLiteral("dataCenterComboBox_%1").arg(row));
            QVERIFY2(combo->accessibleName().contains(domain), qPrintable(combo->accessibleName()));
            // The control reached is scrolled into view and is the current row.
            QVERIFY(table->viewport()->rect().contains(combo->geometry()));
            QCOMPARE(table->currentRow(), row);
            if (row == 1) {
                QCOMPARE(session->choice(domain).dataCenter, QStringLiteral("auto"));
                QTest::keyClick(combo, Qt::Key_Down);
                QCOMPARE(session->choice(domain).dataCenter, QStringLiteral("jp"));
                QTest::keyClick(combo, Qt::Key_Down);
                QCOMPARE(session->choice(domain).dataCenter, QStringLiteral("us"));
            }
            QWidget *office = tab();
            QCOMPARE(office->objectName(), QStringLiteral("office365CheckBox_%1").arg(row));
            QVERIFY2(office->accessibleName().contains(domain), qPrintable(office->accessibleName()));
            if (row == 1 || row == last) {
                QVERIFY(!session->choice(domain).usesOffice365);
                QTest::keyClick(office, Qt::Key_Space);
                QVERIFY(session->choice(domain).usesOffice365);
            }
        }
        // After the last row Tab leaves the table (no keyboard trap).
        QVERIFY(!insideTable(tab(), table));
        QCOMPARE(session->choice(QStringLiteral("jp-both.example")).dataCenter, QStringLiteral("auto"));
        QVERIFY(!session->choice(QStringLiteral("d0.example")).usesOffice365);
    }

    void spfOutboundChoiceByKeyboard()
    {
        const QStringList domains{QStringLiteral("us.example"), QStringLiteral("jp-both.example"),
                                  QStringLiteral("jp-done.example")};
        auto window = openAt(&m_save, domains, PageId::SpfCheck);
        QVERIFY(window);
        MigrationWizard *wizard = window->wizard();
        MigrationSession *session = window->session();
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        auto *table = child<QTableWidget>(wizard, "spfResultsTable");
        auto *recheck = child<QPushButton>(wizard, "recheckButton");
        recheck->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), recheck);
        QCOMPARE(tab(), table);
        QCOMPARE(table->currentRow(), 0);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentRow(), 1);

        // Tab goes from the table to the details of the chosen domain.
        auto *outbound = child<QCheckBox>(wizard, "outboundCheckBox");
        QWidget *focus = nullptr;
        for (int step = 0; step < 6 && focus != outbound; ++step)
            focus = tab();
        QCOMPARE(focus, outbound);
        QVERIFY2(outbound->accessibleName().contains(QStringLiteral("jp-both.example")),
                 qPrintable(outbound->accessibleName()));
        QVERIFY(session->choice(QStringLiteral("jp-both.example")).outboundProtection);
        QTest::keyClick(outbound, Qt::Key_Space);
        QVERIFY(!session->choice(QStringLiteral("jp-both.example")).outboundProtection);
        QVERIFY(session->choice(QStringLiteral("jp-done.example")).outboundProtection);
    }
};

QTEST_MAIN(TestTableKeyboard)
#include "TestTableKeyboard.moc"
