// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardFixture.h"

#include "CatalogLoader.h"
#include "InboundServersPage.h"
#include "MigrationSession.h"
#include "ReportExport.h"
#include "SpfCheckPage.h"
#include "SummaryPage.h"
#include "Translations.h"
#include "WrappedTextLabel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QTreeWidget>

using namespace WizardFixture;

/// Walks the whole wizard as an administrator would, over the in-memory zone.
class TestWizardWalkthrough : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeSaveLocation m_save;

    static void next(MigrationWizard *wizard)
    {
        QAbstractButton *nextButton = wizard->button(QWizard::NextButton);
        QTRY_VERIFY(nextButton->isEnabled());
        QTest::mouseClick(nextButton, Qt::LeftButton);
    }
    /// A window checking `domains`, shown and moved on from Welcome with Next `pages` times.
    std::unique_ptr<MainWindow> windowAfterNext(const QStringList &domains, int pages)
    {
        auto window = makeWindow(&m_save, QString());
        window->session()->setDomainInputs(domains);
        window->show();
        for (int i = 0; i < pages && !QTest::currentTestFailed(); ++i)
            next(window->wizard());
        return window;
    }
    static void saveSessionWith(const QString &path, const QStringList &domains)
    {
        MigrationSession session;
        session.setDomainInputs(domains);
        QString error;
        QVERIFY2(session.save(path, &error), qPrintable(error));
    }
    static QString cell(QTableWidget *table, int row, int column)
    {
        return table->item(row, column) ? table->item(row, column)->text() : QString();
    }
    static int rowOf(QTableWidget *table, const QString &text)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (cell(table, row, 0) == text)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        Translations::install(QStringLiteral("en"));
    }

    void init() { QFile::remove(m_dir.filePath(QStringLiteral("autosave.json"))); }

    void walkWholeWizard()
    {
        auto window = makeWindow(&m_save, m_dir.filePath(QStringLiteral("autosave.json")));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        MigrationWizard *wizard = window->wizard();
        MigrationSession *session = window->session();
        QCOMPARE(wizard->currentPageId(), PageId::Welcome);
        next(wizard);

        // Domains: paste with commas, lines and an e-mail address; one bad entry; an IDN.
        QCOMPARE(wizard->currentPageId(), PageId::Domains);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        auto *paste = child<QPlainTextEdit>(wizard, "domainsPasteEdit");
        QTest::keyClicks(paste, "jp-both.example, us.example");
        QTest::keyClick(paste, Qt::Key_Return);
        QTest::keyClicks(paste, "admin@broken.example");
        QTest::keyClick(paste, Qt::Key_Return);
        QTest::keyClicks(paste, "jp-done.example bad..name");
        QTest::mouseClick(child<QPushButton>(wizard, "addDomainsButton"), Qt::LeftButton);
        paste->setPlainText(QStringLiteral("例え.jp"));
        QTest::mouseClick(child<QPushButton>(wizard, "addDomainsButton"), Qt::LeftButton);
        auto *domains = child<QTableWidget>(wizard, "domainsTable");
        QCOMPARE(domains->rowCount(), 6);
        QCOMPARE(cell(domains, 2, 1), QStringLiteral("broken.example"));
        QVERIFY2(cell(domains, 4, 2).contains(QStringLiteral("bad..name")), qPrintable(cell(domains, 4, 2)));
        QCOMPARE(cell(domains, 5, 1), QStringLiteral("例え.jp (xn--r8jz45g.jp)"));
        // Remove the IDN again with the keyboard-reachable button.
        domains->selectRow(5);
        QTest::mouseClick(child<QPushButton>(wizard, "removeDomainButton"), Qt::LeftButton);
        QCOMPARE(session->validDomains().size(), 4);
        next(wizard);

        // Data center: detected from MX, with the MX host as evidence.
        QCOMPARE(wizard->currentPageId(), PageId::DataCenter);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QTRY_COMPARE(session->effectiveDataCenter(QStringLiteral("jp-both.example")), QStringLiteral("jp"));
        QCOMPARE(session->effectiveDataCenter(QStringLiteral("us.example")), QStringLiteral("us"));
        auto *dcTable = child<QTableWidget>(wizard, "dataCenterTable");
        const int usRow = rowOf(dcTable, QStringLiteral("us.example"));
        QCOMPARE(cell(dcTable, usRow, 1), QStringLiteral("us.in.tmes.trendmicro.com"));
        QVERIFY(cell(dcTable, usRow, 2).contains(QStringLiteral("no change needed")));
        const int jpRow = rowOf(dcTable, QStringLiteral("jp-both.example"));
        auto *office = child<QCheckBox>(wizard, qPrintable(QStringLiteral("office365CheckBox_%1").arg(jpRow)));
        QVERIFY(!office->accessibleName().isEmpty());
        office->click();
        QVERIFY(session->choice(QStringLiteral("jp-both.example")).usesOffice365);
        next(wizard);

        // SPF check: runs, then shows the broken record and the proposal.
        QCOMPARE(wizard->currentPageId(), PageId::SpfCheck);
        auto *spfPage = static_cast<SpfCheckPage *>(wizard->currentPage());
        QTRY_VERIFY(spfPage->isComplete());
        auto *results = child<QTableWidget>(wizard, "spfResultsTable");
        QCOMPARE(cell(results, rowOf(results, QStringLiteral("us.example")), 1), QStringLiteral("No change needed"));
        QCOMPARE(cell(results, rowOf(results, QStringLiteral("broken.example")), 1), QStringLiteral("SPF record broken"));
        QCOMPARE(cell(results, rowOf(results, QStringLiteral("jp-both.example")), 1),
                 QStringLiteral("Change recommended"));
        QCOMPARE(cell(results, rowOf(results, QStringLiteral("jp-done.example")), 1), QStringLiteral("OK"));
        results->selectRow(rowOf(results, QStringLiteral("broken.example")));
        QVERIFY(child<QLabel>(wizard, "problemsLabel")->text().contains(QStringLiteral("2 SPF records")));
        results->selectRow(rowOf(results, QStringLiteral("jp-both.example")));
        const QString proposed = QStringLiteral("v=spf1 ip4:192.0.2.1 include:spf.tmems-jp.trendmicro.com -all");
        QCOMPARE(child<QLineEdit>(wizard, "proposedRecordEdit")->text(), proposed);
        QTest::mouseClick(child<QPushButton>(wizard, "copyProposedButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), proposed);
        // Outbound protection off: action 2 no longer applies.
        child<QCheckBox>(wizard, "outboundCheckBox")->click();
        QVERIFY(!session->choice(QStringLiteral("jp-both.example")).outboundProtection);
        QVERIFY(child<QLineEdit>(wizard, "proposedRecordEdit")->text().startsWith(QStringLiteral("Not applicable")));
        child<QCheckBox>(wizard, "outboundCheckBox")->click();
        next(wizard);

        // Inbound servers: ranges (all / added only) and Copy.
        QCOMPARE(wizard->currentPageId(), PageId::InboundServers);
        auto *ranges = child<QPlainTextEdit>(wizard, "rangesEdit");
        QVERIFY(ranges->toPlainText().contains(QStringLiteral("18.176.203.128/26")));
        QVERIFY(ranges->toPlainText().contains(QStringLiteral("15.168.56.0/25")));
        child<QRadioButton>(wizard, "addedRangesRadioButton")->click();
        QVERIFY(session->addedRangesOnly());
        QCOMPARE(ranges->toPlainText(), QStringLiteral("15.168.56.0/25\n15.168.49.64/26\n15.168.56.128/26"));
        QTest::mouseClick(child<QPushButton>(wizard, "copyRangesButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), ranges->toPlainText());
        QTest::mouseClick(child<QPushButton>(wizard, "copySnippetButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), child<QPlainTextEdit>(wizard, "snippetPreviewEdit")->toPlainText());
        QVERIFY(!QGuiApplication::clipboard()->text().isEmpty());
        m_save.nextPath = m_dir.filePath(QStringLiteral("snippet.txt"));
        QTest::mouseClick(child<QPushButton>(wizard, "saveSnippetButton"), Qt::LeftButton);
        QFile saved(m_save.nextPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), child<QPlainTextEdit>(wizard, "snippetPreviewEdit")->toPlainText());
        next(wizard);

        // Office 365: only because jp-both.example uses it.
        QCOMPARE(wizard->currentPageId(), PageId::Office365);
        QTest::mouseClick(child<QPushButton>(wizard, "copyConnectorIpButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("15.168.56.0/25, 15.168.49.64/26, 15.168.56.128/26"));
        next(wizard);

        // Summary: both actions for jp-both, nothing for the US domain.
        QCOMPARE(wizard->currentPageId(), PageId::Summary);
        auto *summary = static_cast<SummaryPage *>(wizard->currentPage());
        const auto both = summary->checklist(QStringLiteral("jp-both.example"));
        QStringList lines;
        for (const auto &item : both)
            lines << QStringLiteral("%1|%2|%3").arg(item.isRequired() ? QStringLiteral("R") : QStringLiteral("r"), item.status, item.what);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("R|To do|Let every inbound server")), qPrintable(lines.join('\n')));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("R|To do|Add the added IP address ranges to the Office 365")), qPrintable(lines.join('\n')));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("r|To do|Replace the legacy")), qPrintable(lines.join('\n')));
        const auto us = summary->checklist(QStringLiteral("us.example"));
        QCOMPARE(us.size(), 1);
        QCOMPARE(us.first().status, QStringLiteral("Nothing to do"));
        QVERIFY(us.first().what.contains(QStringLiteral("US data center")));
        QCOMPARE(summary->checklist(QStringLiteral("jp-done.example")).last().status, QStringLiteral("Done"));
        // The broken record's repair is required here as in `check` and the
        // report, which follow the engine's plan.
        const DomainReport brokenReport = session->report(QStringLiteral("broken.example"));
        const auto engineFix = std::find_if(brokenReport.actions.cbegin(), brokenReport.actions.cend(),
                                            [](const DomainAction &a) { return a.code == QLatin1String("fix-spf-record"); });
        QVERIFY(engineFix != brokenReport.actions.cend() && engineFix->required);
        const auto broken = summary->checklist(QStringLiteral("broken.example"));
        QVERIFY(!broken.isEmpty());
        QCOMPARE(broken.last().what, QStringLiteral("Fix the SPF record (see the SPF check page)."));
        QVERIFY(broken.last().isRequired());
        QCOMPARE(child<QTreeWidget>(wizard, "summaryTree")->topLevelItemCount(), 4);

        // Export the report (HTML: the format follows the file name).
        m_save.nextPath = m_dir.filePath(QStringLiteral("report.html"));
        QVERIFY(child<QPushButton>(wizard, "exportReportButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(wizard, "exportReportButton"), Qt::LeftButton);
        QFile report(m_save.nextPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(report.readAll());
        QVERIFY(html.contains(QStringLiteral("jp-both.example")));
        QVERIFY(html.contains(QStringLiteral("include:spf.tmems-jp.trendmicro.com")));
        // Afterwards the page says where the report went and offers to open that folder.
        auto *exported = child<QLabel>(wizard, "exportedLabel");
        QVERIFY(exported->isVisible());
        QVERIFY2(exported->text().contains(QDir::toNativeSeparators(m_save.nextPath)), qPrintable(exported->text()));
        QString openedFolder;
        window->context()->openFolder = [&openedFolder](const QString &folder) { openedFolder = folder; };
        auto *openFolder = child<QPushButton>(wizard, "openFolderButton");
        QVERIFY(openFolder->isVisible());
        QTest::mouseClick(openFolder, Qt::LeftButton);
        QCOMPARE(openedFolder, QFileInfo(m_save.nextPath).absolutePath());

        // Save, then reopen in a new window: the same session.
        m_save.nextPath = m_dir.filePath(QStringLiteral("session.json"));
        QTest::mouseClick(child<QPushButton>(wizard, "saveSessionButton"), Qt::LeftButton);
        QVERIFY(QFile::exists(m_save.nextPath));
        auto reopened = makeWindow(&m_save, QString());
        QVERIFY(reopened->openSessionFile(m_save.nextPath));
        QCOMPARE(reopened->session()->toJson(), session->toJson());
        // Autosave wrote the same state without being asked.
        window->autosave();
        MigrationSession restored;
        QString error;
        QVERIFY2(restored.load(m_dir.filePath(QStringLiteral("autosave.json")), &error), qPrintable(error));
        QCOMPARE(restored.toJson(), session->toJson());
    }

    void aRefusedEntrysReasonIsShownWhole()
    {
        // The reason wraps in its cell, however narrow the column, instead of being cut.
        auto window = makeWindow(&m_save, m_dir.filePath(QStringLiteral("autosave.json")));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        MigrationWizard *wizard = window->wizard();
        next(wizard);
        auto *paste = child<QPlainTextEdit>(wizard, "domainsPasteEdit");
        paste->setPlainText(QStringLiteral("ok.example\nbad..name"));
        QTest::mouseClick(child<QPushButton>(wizard, "addDomainsButton"), Qt::LeftButton);
        auto *domains = child<QTableWidget>(wizard, "domainsTable");
        QCOMPARE(domains->rowCount(), 2);
        const int single = domains->rowHeight(0);
        domains->horizontalHeader()->setStretchLastSection(false);
        domains->setColumnWidth(2, 160);
        const auto needed = [domains](int row) {
            const QModelIndex index = domains->model()->index(row, 2);
            return cellNeed(domains, index, domains->visualRect(index)).height();
        };
        QTRY_VERIFY2(needed(1) <= domains->rowHeight(1) && domains->rowHeight(1) > single,
                     qPrintable(QStringLiteral("%1 needs %2").arg(domains->rowHeight(1)).arg(needed(1))));
        QCOMPARE(domains->rowHeight(0), single); // "OK" stays on one line
        // Wide again: one line again.
        domains->setColumnWidth(2, 2000);
        QTRY_COMPARE(domains->rowHeight(1), single);
    }

    void aRestoredRefusedEntryIsFittedWhenFirstShown()
    {
        // The Domains table gets its widths as the restored page is shown, in
        // several steps; its first paint has each row as tall as its status
        // needs at the final width, not at the width it had before.
        const QString autosave = m_dir.filePath(QStringLiteral("autosave.json"));
        {
            MigrationSession session;
            session.setDomainInputs({QStringLiteral("ok.example"), QStringLiteral("bad..name")});
            session.setPage(static_cast<int>(PageId::Domains));
            QString error;
            QVERIFY2(session.save(autosave, &error), qPrintable(error));
        }
        auto window = makeWindow(&m_save, autosave);
        window->resize(960, 720);
        auto *domains = child<QTableWidget>(window.get(), "domainsTable");
        QVERIFY(domains);
        // Right after the table's first paint: before the fitting a resize
        // waits for (100 ms) could have corrected a row drawn at the wrong size.
        class PaintCount final : public QObject
        {
        public:
            int paints = 0;
            bool eventFilter(QObject *, QEvent *event) override
            {
                paints += event->type() == QEvent::Paint ? 1 : 0;
                return false;
            }
        } painted;
        domains->viewport()->installEventFilter(&painted);
        QElapsedTimer sinceShown;
        sinceShown.start();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        while (painted.paints == 0 && sinceShown.elapsed() < 5000)
            QCoreApplication::processEvents();
        QVERIFY(painted.paints > 0);
        for (int row = 0; row < domains->rowCount(); ++row) {
            const QModelIndex index = domains->model()->index(row, 2);
            const int need = cellNeed(domains, index, domains->visualRect(index)).height();
            const int most = qMax(need, domains->verticalHeader()->defaultSectionSize());
            QVERIFY2(domains->rowHeight(row) >= need && domains->rowHeight(row) <= most,
                     qPrintable(QStringLiteral("row %1: %2 px for %3, %4 ms after show")
                                    .arg(row).arg(domains->rowHeight(row)).arg(need).arg(sinceShown.elapsed())));
        }
        domains->viewport()->removeEventFilter(&painted);
    }

    void unreadableAutosaveIsKeptAndSaid()
    {
        // A newer version's autosave (or one damaged by hand) must not be read
        // as empty and then written over at the next autosave, unseen.
        const QString path = m_dir.filePath(QStringLiteral("autosave.json"));
        const QByteArray newer("{\"format\":\"tmems-session\",\"version\":2,\"domains\":[{\"input\":\"mine.example\"}]}");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(newer);
        file.close();
        {
            auto window = makeWindow(&m_save, path);
            window->show();
            QCOMPARE(window->session()->domainInputs(), QStringList());
            QTRY_VERIFY(window->findChild<QMessageBox *>(QStringLiteral("noticeBox")));
            const QString said = window->findChild<QMessageBox *>(QStringLiteral("noticeBox"))->text();
            QVERIFY2(said.contains(QLatin1String("format version 2")) && said.contains(QLatin1String("kept as")),
                     qPrintable(said));
            window->close();
        }
        const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("autosave.json.unreadable-*")});
        QCOMPARE(kept.size(), 1);
        QFile keptFile(m_dir.filePath(kept.first()));
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), newer);
        QVERIFY(keptFile.remove());
    }

    void platformFollowsTheOpenedSession()
    {
        // ufw chosen, then a session with no platform opened: its page shows
        // the first platform, as a new window would, not ufw.
        MigrationSession other;
        other.setDomainInputs({QStringLiteral("jp-both.example")});
        const QString path = m_dir.filePath(QStringLiteral("no-platform.json"));
        QString error;
        QVERIFY2(other.save(path, &error), qPrintable(error));
        auto window = windowAfterNext({QStringLiteral("jp-both.example")}, 4);
        MigrationWizard *wizard = window->wizard();
        QCOMPARE(wizard->currentPageId(), PageId::InboundServers);
        auto *platform = child<QComboBox>(wizard, "platformComboBox");
        const int first = 0;
        platform->setCurrentIndex(platform->findData(QStringLiteral("ufw")));
        QVERIFY(platform->currentIndex() != first);
        QVERIFY(window->openSessionFile(path));
        for (int i = 0; i < 4 && !QTest::currentTestFailed(); ++i)
            next(wizard);
        QCOMPARE(wizard->currentPageId(), PageId::InboundServers);
        QCOMPARE(platform->currentIndex(), first);
    }

    void secondWindowLeavesTheAutosaveAlone()
    {
        // Two windows on one autosave: the last to save would replace the
        // other's work. The second neither restores nor autosaves, and says so.
        const QString path = m_dir.filePath(QStringLiteral("autosave.json"));
        auto first = makeWindow(&m_save, path);
        first->session()->setDomainInputs({QStringLiteral("jp-both.example")});
        first->autosave();
        {
            auto second = makeWindow(&m_save, path);
            second->show();
            QCOMPARE(second->session()->domainInputs(), QStringList());
            QTRY_VERIFY(second->findChild<QMessageBox *>(QStringLiteral("noticeBox")));
            second->session()->setDomainInputs({QStringLiteral("us.example")});
            second->close();
        }
        first->close();
        first.reset();
        // The first window's work is what the next start restores.
        auto next = makeWindow(&m_save, path);
        QCOMPARE(next->session()->domainInputs(), QStringList{QStringLiteral("jp-both.example")});
    }

    void anEmptyStartClaimsTheAutosaveOnceOnScreen()
    {
        // Without a session to restore, the lock (a file written and synced)
        // waits for the first paint. A second window started before anything
        // was saved finds it taken once on screen: it says so and saves nothing.
        const QString path = m_dir.filePath(QStringLiteral("empty-start.json"));
        const QString lock = path + QStringLiteral(".lock");
        auto first = makeWindow(&m_save, path);
        QVERIFY(!QFileInfo::exists(lock));
        first->show();
        QTRY_VERIFY(QFileInfo::exists(lock));
        {
            auto second = makeWindow(&m_save, path);
            second->show();
            QTRY_VERIFY(second->findChild<QMessageBox *>(QStringLiteral("noticeBox")));
            second->session()->setDomainInputs({QStringLiteral("us.example")});
            second->autosave();
            QVERIFY(!QFileInfo::exists(path));
            second->close();
        }
        QVERIFY(QFileInfo::exists(lock));
        first->session()->setDomainInputs({QStringLiteral("jp-both.example")});
        first->autosave();
        first->close();
        first.reset();
        QVERIFY(!QFileInfo::exists(lock));
        auto next = makeWindow(&m_save, path);
        QCOMPARE(next->session()->domainInputs(), QStringList{QStringLiteral("jp-both.example")});
    }

    void aSessionSavedDuringAnEmptyStartIsKept()
    {
        // The window that held the autosave saves and quits between this
        // window's start (no session then) and its first paint.
        const QString path = m_dir.filePath(QStringLiteral("saved-meanwhile.json"));
        auto window = makeWindow(&m_save, path);
        {
            auto other = makeWindow(&m_save, path);
            other->session()->setDomainInputs({QStringLiteral("jp-both.example")});
            other->autosave();
        }
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray before = saved.readAll();
        saved.close();
        window->show();
        QTRY_VERIFY(window->findChild<QMessageBox *>(QStringLiteral("noticeBox")));
        window->session()->setDomainInputs({QStringLiteral("us.example")});
        window->autosave();
        window->close();
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), before);
    }

    void aRestoredStartClaimsTheAutosaveOnceOnScreen()
    {
        // No lock file, so no other window: the session is restored at once and
        // the lock (a file written and synced) waits for the first paint.
        const QString path = m_dir.filePath(QStringLiteral("restored.json"));
        const QString lock = path + QStringLiteral(".lock");
        saveSessionWith(path, {QStringLiteral("jp-both.example")});
        auto window = makeWindow(&m_save, path);
        QCOMPARE(window->session()->domainInputs(), QStringList{QStringLiteral("jp-both.example")});
        QVERIFY2(!QFileInfo::exists(lock), "the lock was taken before the window was on screen");
        window->show();
        QTRY_VERIFY(QFileInfo::exists(lock));
        QVERIFY(!window->findChild<QMessageBox *>(QStringLiteral("noticeBox")));
        window->close();
        window.reset();
        QVERIFY(!QFileInfo::exists(lock));
    }

    void twoWindowsRestoringAtOnceLeaveTheAutosaveToOne()
    {
        // Both read the session before either is on screen; the first to claim
        // keeps saving it, the other says it saves nothing and writes nothing.
        const QString path = m_dir.filePath(QStringLiteral("twice.json"));
        saveSessionWith(path, {QStringLiteral("jp-both.example")});
        auto first = makeWindow(&m_save, path);
        auto second = makeWindow(&m_save, path);
        QCOMPARE(second->session()->domainInputs(), QStringList{QStringLiteral("jp-both.example")});
        first->show();
        QTRY_VERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
        second->show();
        QMessageBox *notice = nullptr;
        QTRY_VERIFY((notice = second->findChild<QMessageBox *>(QStringLiteral("noticeBox"))));
        QVERIFY2(notice->text().contains(QStringLiteral("started at the same time")), qPrintable(notice->text()));
        QCOMPARE(second->session()->domainInputs(), QStringList{QStringLiteral("jp-both.example")});
        second->session()->setDomainInputs({QStringLiteral("us.example")});
        second->autosave();
        second->close();
        second.reset();
        first->session()->setDomainInputs({QStringLiteral("jp-both.example"), QStringLiteral("broken.example")});
        first->close();
        first.reset();
        auto next = makeWindow(&m_save, path);
        QCOMPARE(next->session()->domainInputs(),
                 (QStringList{QStringLiteral("jp-both.example"), QStringLiteral("broken.example")}));
    }

    void aRestoredWindowLateOnScreenKeepsNewerWork()
    {
        // The first window restores but is not on screen yet (minimized); a
        // second one restores, claims, saves newer work and closes. Once the
        // first is on screen it must not write its older copy over that.
        const QString path = m_dir.filePath(QStringLiteral("late.json"));
        saveSessionWith(path, {QStringLiteral("jp-both.example")});
        auto late = makeWindow(&m_save, path);
        QTest::qWait(20); // a later modification time than the first save
        {
            auto second = makeWindow(&m_save, path);
            second->session()->setDomainInputs({QStringLiteral("jp-both.example"), QStringLiteral("us.example")});
            second->autosave();
            second->close();
        }
        late->show();
        QTRY_VERIFY(late->findChild<QMessageBox *>(QStringLiteral("noticeBox")));
        late->session()->setDomainInputs({QStringLiteral("broken.example")});
        late->autosave();
        late->close();
        late.reset();
        auto next = makeWindow(&m_save, path);
        QCOMPARE(next->session()->domainInputs(),
                 (QStringList{QStringLiteral("jp-both.example"), QStringLiteral("us.example")}));
    }

    void anAutosaveBeforeTheFirstPaintClaimsFirst()
    {
        const QString path = m_dir.filePath(QStringLiteral("unpainted.json"));
        auto window = makeWindow(&m_save, path);
        window->session()->setDomainInputs({QStringLiteral("jp-both.example")});
        window->autosave();
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
        auto second = makeWindow(&m_save, path);
        QCOMPARE(second->session()->domainInputs(), QStringList());
    }

    void unusableSettingsDoNotSpoilTheAutosave()
    {
        // A DNS server an older build accepted ("1.2.3") must not make every
        // autosave unreadable at the next start: the window uses the system
        // resolver, says so, and its autosave restores.
        QSettings().setValue(QStringLiteral("dns/server"), QStringLiteral("1.2.3"));
        const QString path = m_dir.filePath(QStringLiteral("autosave.json"));
        {
            auto window = makeWindow(&m_save, path);
            window->show();
            QCOMPARE(window->session()->dnsServer(), QString());
            QTRY_VERIFY(window->findChild<QMessageBox *>(QStringLiteral("noticeBox")));
            window->session()->setDomainInputs({QStringLiteral("jp-both.example")});
            window->close();
        }
        auto again = makeWindow(&m_save, path);
        QCOMPARE(again->session()->domainInputs(), QStringList{QStringLiteral("jp-both.example")});
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("autosave.json.unreadable-*")}), QStringList());
        QSettings().remove(QStringLiteral("dns"));
    }

    void reopenedSessionsShowThePageWhereWorkStopped()
    {
        // Saved on the Inbound page: opened, and restored from the autosave, there too.
        const QString autosave = m_dir.filePath(QStringLiteral("autosave.json"));
        const QString saved = m_dir.filePath(QStringLiteral("on-inbound.json"));
        {
            auto window = makeWindow(&m_save, autosave);
            window->session()->setDomainInputs({QStringLiteral("jp-both.example")});
            window->show();
            for (int i = 0; i < 4 && !QTest::currentTestFailed(); ++i)
                next(window->wizard());
            QCOMPARE(window->wizard()->currentPageId(), PageId::InboundServers);
            QString error;
            QVERIFY2(window->session()->save(saved, &error), qPrintable(error));
            window->close();
        }
        auto opened = makeWindow(&m_save, QString());
        opened->show();
        QVERIFY(opened->openSessionFile(saved));
        QCOMPARE(opened->wizard()->currentPageId(), PageId::InboundServers);
        auto restored = makeWindow(&m_save, autosave);
        restored->show();
        QCOMPARE(restored->wizard()->currentPageId(), PageId::InboundServers);

        // Back goes page by page to the first, which the restored window
        // stepped over, and the session comes back with it, checks and all.
        MigrationWizard *wizard = restored->wizard();
        const QString reportBefore = restored->session()->report(QStringLiteral("jp-both.example")).dataCenterId;
        QVERIFY(!reportBefore.isEmpty());
        for (PageId expected : {PageId::SpfCheck, PageId::DataCenter, PageId::Domains, PageId::Welcome}) {
            QVERIFY(wizard->backButton()->isVisible());
            QTest::mouseClick(wizard->backButton(), Qt::LeftButton);
            QTRY_VERIFY(wizard->currentPage()->isComplete());
            QCOMPARE(wizard->currentPageId(), expected);
        }
        QVERIFY(!wizard->backButton()->isVisible());
        QCOMPARE(restored->session()->domainInputs(), QStringList{QStringLiteral("jp-both.example")});
        for (int i = 0; i < 4 && !QTest::currentTestFailed(); ++i)
            next(wizard);
        QCOMPARE(wizard->currentPageId(), PageId::InboundServers);
        QCOMPARE(restored->session()->report(QStringLiteral("jp-both.example")).dataCenterId, reportBefore);
        QCOMPARE(wizard->visitedIds().size(), 5);
    }

    void theNextPageIsPreparedOnlyOnceTheFirstIsPainted()
    {
        // A session restored on the Domains page: the Data center page is built
        // ahead of the Next click, but after the restored page is on screen.
        const QString autosave = m_dir.filePath(QStringLiteral("autosave.json"));
        {
            MigrationSession session;
            session.setDomainInputs({QStringLiteral("jp-both.example")});
            session.setPage(static_cast<int>(PageId::Domains));
            QString error;
            QVERIFY2(session.save(autosave, &error), qPrintable(error));
        }
        auto window = makeWindow(&m_save, autosave);
        QCOMPARE(window->wizard()->currentPageId(), PageId::Domains);
        QWizardPage *dataCenter = window->wizard()->pageFor(PageId::DataCenter);
        QCoreApplication::sendPostedEvents(); // what the event loop does before the window's first paint
        QVERIFY2(!dataCenter->layout(), "the next page was built before the restored page was painted");
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_VERIFY2(dataCenter->layout(), "the next page was not prepared after the first paint");
        // The Welcome page, stepped over, was neither built nor laid out; Back
        // shows it, and Back is the wizard's only way there: QWizard has no
        // history before the page it started on.
        QVERIFY2(!child<QLabel>(window.get(), "introLabel"), "the Welcome page was built for a restored session");
        QCOMPARE(window->wizard()->visitedIds(), QList<int>{static_cast<int>(PageId::Domains)});
        QVERIFY(window->wizard()->backButton()->isVisible());
        QVERIFY(window->wizard()->backButton()->isEnabled());
        QTest::mouseClick(window->wizard()->backButton(), Qt::LeftButton);
        QCOMPARE(window->wizard()->currentPageId(), PageId::Welcome);
        QCOMPARE(window->session()->page(), static_cast<int>(PageId::Welcome));
        QVERIFY2(!window->wizard()->backButton()->isVisible(), "a Back button on the first page");
        auto *intro = child<QLabel>(window.get(), "introLabel");
        QVERIFY(intro);
        QCOMPARE(window->wizard()->pageFor(PageId::Welcome)->title(), QStringLiteral("Welcome"));
        QVERIFY(intro->text().contains(QStringLiteral("2024-08-21")));
        QVERIFY(intro->isVisible());
        QVERIFY2(intro->height() >= intro->heightForWidth(intro->width()), "the paragraph is clipped");
        window->close();
    }

    void pagesMeasureTheirParagraphsOnce()
    {
        // A word-wrapped QLabel shapes its whole text again for every width a
        // layout asks about and finds its minimum width one word (in Japanese,
        // one character) a line: the pages' plain paragraphs are
        // WrappedTextLabels. Left to QLabel: selectable and rich text.
        auto window = windowAfterNext({QStringLiteral("jp-both.example")}, 4);
        for (int i = 0; i < 2 && window->wizard()->currentPageId() != PageId::Summary; ++i)
            next(window->wizard()); // the Office 365 page only where a domain uses it
        QCOMPARE(window->wizard()->currentPageId(), PageId::Summary);
        for (int id : window->wizard()->pageIds()) {
            for (QLabel *label : window->wizard()->page(id)->findChildren<QLabel *>()) {
                if (!label->wordWrap() || label->textFormat() == Qt::RichText
                    || (label->textInteractionFlags() & Qt::TextSelectableByMouse))
                    continue;
                QVERIFY2(qobject_cast<WrappedTextLabel *>(label),
                         qPrintable(QStringLiteral("page %1: %2 is a word-wrapped QLabel")
                                        .arg(id)
                                        .arg(label->objectName().isEmpty() ? label->text().left(40) : label->objectName())));
            }
        }
    }

    void aFirstStartShowsTheWelcomeParagraphs()
    {
        auto window = makeWindow(&m_save, m_dir.filePath(QStringLiteral("autosave.json")));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *intro = child<QLabel>(window.get(), "introLabel");
        QVERIFY(intro);
        QVERIFY(intro->text().contains(QStringLiteral("2024-08-21")));
        QVERIFY2(intro->height() >= intro->heightForWidth(intro->width()), "the paragraph is clipped");
        window->close();
    }

    void newSessionKeepsTheSettings()
    {
        // File > New starts from Settings' DNS server and timeout, as start-up does.
        QSettings().setValue(QStringLiteral("dns/server"), QStringLiteral("192.0.2.53"));
        QSettings().setValue(QStringLiteral("dns/timeoutMs"), 12000);
        auto window = makeWindow(&m_save, QString());
        window->session()->setDomainInputs({QStringLiteral("us.example")});
        window->newSession();
        QCOMPARE(window->session()->domainInputs(), QStringList());
        QCOMPARE(window->session()->dnsServer(), QStringLiteral("192.0.2.53"));
        QCOMPARE(window->session()->timeoutMs(), 12000);
        QSettings().remove(QStringLiteral("dns"));
    }

    void usOnlySaysNoChange()
    {
        auto window = windowAfterNext({QStringLiteral("us.example")}, 4);
        MigrationWizard *wizard = window->wizard();
        QCOMPARE(wizard->currentPageId(), PageId::InboundServers);
        QVERIFY(child<QLabel>(wizard, "inboundIntroLabel")->text().startsWith(QStringLiteral("No change needed")));
        QCOMPARE(wizard->currentPage()->nextId(), static_cast<int>(PageId::Summary));
    }

    void cancelInTheMiddle()
    {
        auto window = makeWindow(&m_save, QString(), 30);
        QStringList many;
        for (int i = 0; i < 40; ++i)
            many << QStringLiteral("d%1.example").arg(i);
        window->session()->setDomainInputs(many);
        for (const QString &name : many) {
            DomainChoice choice;
            choice.dataCenter = QStringLiteral("jp");
            window->session()->setChoice(name, choice);
        }
        window->show();
        MigrationWizard *wizard = window->wizard();
        next(wizard);
        next(wizard);
        next(wizard);
        QCOMPARE(wizard->currentPageId(), PageId::SpfCheck);
        auto *page = static_cast<SpfCheckPage *>(wizard->currentPage());
        QVERIFY(page->isRunning());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QSignalSpy reports(window->session(), &MigrationSession::reportsChanged);
        QTRY_VERIFY(reports.count() >= 6);
        QTest::mouseClick(child<QPushButton>(wizard, "cancelCheckButton"), Qt::LeftButton);
        QVERIFY(!page->isRunning());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        auto *results = child<QTableWidget>(wizard, "spfResultsTable");
        int cancelled = 0;
        for (int row = 0; row < results->rowCount(); ++row)
            cancelled += cell(results, row, 1) == QStringLiteral("Not checked (cancelled)") ? 1 : 0;
        QVERIFY2(cancelled > 0 && cancelled < 40, qPrintable(QString::number(cancelled)));
        QVERIFY(child<QLabel>(wizard, "spfProgressLabel")->text().startsWith(QStringLiteral("Cancelled after")));
        // No late answer changes anything after Cancel.
        QVERIFY(!reports.wait(300));
    }

    void dnsFailureIsNotNoRecord()
    {
        auto window = windowAfterNext({QStringLiteral("timeout.example")}, 3);
        MigrationWizard *wizard = window->wizard();
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        auto *results = child<QTableWidget>(wizard, "spfResultsTable");
        QCOMPARE(cell(results, 0, 1), QStringLiteral("DNS did not answer"));
        // Not "None" and "0 of 7 ranges": DNS failed, nothing is known; the
        // lookups counted before the failure are no total either.
        QCOMPARE(cell(results, 0, 2), QStringLiteral("Unknown"));
        QCOMPARE(cell(results, 0, 3), QStringLiteral("Unknown"));
        QCOMPARE(cell(results, 0, 4), QStringLiteral("Unknown"));
        results->selectRow(0);
        QTRY_COMPARE(child<QLabel>(wizard, "spfRecordLabel")->text(), QStringLiteral("(could not be read: DNS failed)"));
        // The checklist says first that the check is incomplete, as check and
        // the report do (the engine's retry-check action).
        auto *summary = static_cast<SummaryPage *>(wizard->page(static_cast<int>(PageId::Summary)));
        const QList<SummaryPage::Item> items = summary->checklist(QStringLiteral("timeout.example"));
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first().what, QStringLiteral("Check the domain again once DNS answers: the last check is incomplete."));
        QVERIFY(items.first().isRequired());
    }

    void includeTreeShowsTheLimit()
    {
        auto window = windowAfterNext({QStringLiteral("over.example")}, 3);
        MigrationWizard *wizard = window->wizard();
        QCOMPARE(wizard->currentPageId(), PageId::SpfCheck);
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        auto *results = child<QTableWidget>(wizard, "spfResultsTable");
        QCOMPARE(cell(results, 0, 1), QStringLiteral("SPF record broken"));
        results->selectRow(0);
        auto *tree = child<QTreeWidget>(wizard, "includeTree");
        QCOMPARE(tree->topLevelItemCount(), 1);
        const QTreeWidgetItem *root = tree->topLevelItem(0);
        QCOMPARE(root->text(2), QStringLiteral("11"));
        QCOMPARE(root->text(3), QStringLiteral("Broken (permerror)"));
        QCOMPARE(root->childCount(), 8);
        QCOMPARE(root->child(0)->text(3), QStringLiteral("Valid"));
        const QTreeWidgetItem *legacy = root->child(7);
        QCOMPARE(legacy->text(0), QStringLiteral("include:spf.tmes.trendmicro.com"));
        QCOMPARE(legacy->text(3), QStringLiteral("Broken (permerror)"));
        QCOMPARE(legacy->child(1)->text(3), QStringLiteral("Valid"));         // the 10th lookup
        QCOMPARE(legacy->child(2)->text(3), QStringLiteral("Not evaluated")); // past the limit
    }

    void mxLookupFailureIsNotNoMx()
    {
        auto window = windowAfterNext({QStringLiteral("mxfail.example"), QStringLiteral("nomx.example")}, 2);
        MigrationWizard *wizard = window->wizard();
        QCOMPARE(wizard->currentPageId(), PageId::DataCenter);
        auto *dcTable = child<QTableWidget>(wizard, "dataCenterTable");
        QTRY_COMPARE(cell(dcTable, rowOf(dcTable, QStringLiteral("mxfail.example")), 1),
                     QStringLiteral("(MX lookup failed: DNS error)"));
        QTRY_COMPARE(cell(dcTable, rowOf(dcTable, QStringLiteral("nomx.example")), 1), QStringLiteral("(no MX record)"));
    }

    void summaryFollowsTheEngineWhereTheSiteNeedsNoChange()
    {
        // A US domain needs nothing for the Japan change, but its broken record
        // still needs repair: check and the report say so, and so does the summary.
        auto window = windowAfterNext({QStringLiteral("usbroken.example"), QStringLiteral("us.example")}, 3);
        MigrationWizard *wizard = window->wizard();
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        auto *summary = static_cast<SummaryPage *>(wizard->page(static_cast<int>(PageId::Summary)));
        const QList<SummaryPage::Item> broken = summary->checklist(QStringLiteral("usbroken.example"));
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken.first().what, QStringLiteral("Fix the SPF record (see the SPF check page)."));
        QVERIFY(broken.first().isRequired());
        const QList<SummaryPage::Item> fine = summary->checklist(QStringLiteral("us.example"));
        QCOMPARE(fine.size(), 1);
        QCOMPARE(fine.first().status, QStringLiteral("Nothing to do"));
    }

    void detectingAgainKeepsWhatTheSpfCheckFound()
    {
        // A gateway's MX names no site; the SPF check finds the Japan include
        // and calls the domain Japan. Detecting again on the data-center page
        // must not turn it back into "unknown" (the SPF page would disagree).
        const QString domain = QStringLiteral("gateway.example");
        auto window = windowAfterNext({domain}, 3);
        MigrationWizard *wizard = window->wizard();
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        QCOMPARE(window->session()->report(domain).dataCenterId, QStringLiteral("jp"));
        QTest::mouseClick(wizard->backButton(), Qt::LeftButton);
        QCOMPARE(wizard->currentPageId(), PageId::DataCenter);
        auto *detect = child<QPushButton>(wizard, "detectButton");
        QTRY_VERIFY(detect->isEnabled());
        QTest::mouseClick(detect, Qt::LeftButton);
        QTRY_VERIFY(detect->isEnabled());
        const DomainReport report = window->session()->report(domain);
        QCOMPARE(report.dataCenterId, QStringLiteral("jp"));
        QCOMPARE(report.detectedFrom, DomainReport::DetectedFrom::Spf);
        QCOMPARE(report.mxHosts, QStringList{QStringLiteral("mx.gateway.example")});
    }

    void japanIncludeOnTheUsSiteIsCalledOut()
    {
        // The swap made on the US data center: its mail from US servers fails SPF.
        auto window = windowAfterNext({QStringLiteral("usjp.example")}, 3);
        MigrationWizard *wizard = window->wizard();
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        auto *results = child<QTableWidget>(wizard, "spfResultsTable");
        QCOMPARE(cell(results, 0, 1), QStringLiteral("Restore the legacy include"));
        results->selectRow(0);
        QTRY_COMPARE(child<QLineEdit>(wizard, "proposedRecordEdit")->text(),
                     QStringLiteral("Include spf.tmes.trendmicro.com instead of spf.tmems-jp.trendmicro.com: the Japan "
                                    "record does not list the US data center's servers."));
        auto *summary = static_cast<SummaryPage *>(wizard->page(static_cast<int>(PageId::Summary)));
        const QList<SummaryPage::Item> items = summary->checklist(QStringLiteral("usjp.example"));
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().isRequired());
        QVERIFY(items.first().what.startsWith(QStringLiteral("Include the legacy SPF record again")));
    }

    void nestedLegacyIncludeSaysWhichRecordChanges()
    {
        auto window = windowAfterNext({QStringLiteral("nested.example")}, 3);
        MigrationWizard *wizard = window->wizard();
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        auto *results = child<QTableWidget>(wizard, "spfResultsTable");
        QCOMPARE(cell(results, 0, 1), QStringLiteral("Change recommended"));
        results->selectRow(0);
        QTRY_COMPARE(child<QLineEdit>(wizard, "proposedRecordEdit")->text(),
                     QStringLiteral("Replace include:spf.tmes.trendmicro.com with include:spf.tmems-jp.trendmicro.com "
                                    "in the SPF record of _spf.provider.example."));
        QVERIFY(!child<QPushButton>(wizard, "copyProposedButton")->isEnabled());
    }

    void reportLeavesOutTheSwapWithoutOutboundProtection()
    {
        // The summary calls the swap "not applicable" where outbound protection
        // is off; the report exported for the change ticket must not ask for it.
        auto window = windowAfterNext({QStringLiteral("jp-both.example")}, 3);
        QTRY_VERIFY(window->wizard()->currentPage()->isComplete());
        MigrationSession *session = window->session();
        const QString proposed = QStringLiteral("v=spf1 ip4:192.0.2.1 include:spf.tmems-jp.trendmicro.com -all");
        const auto exported = [&] {
            const QString path = m_dir.filePath(QStringLiteral("outbound.json"));
            QString error;
            if (!ReportExport::write(*session, CatalogLoader::builtIn(), QStringLiteral("en"), path, &error))
                return error;
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : file.errorString();
        };
        QVERIFY(session->choice(QStringLiteral("jp-both.example")).outboundProtection);
        QString json = exported();
        QVERIFY2(json.contains(proposed) && json.contains(QStringLiteral("replace-spf-include")), qPrintable(json));
        DomainChoice choice = session->choice(QStringLiteral("jp-both.example"));
        choice.outboundProtection = false;
        session->setChoice(QStringLiteral("jp-both.example"), choice);
        json = exported();
        QVERIFY2(!json.contains(proposed) && !json.contains(QStringLiteral("replace-spf-include")), qPrintable(json));
        QVERIFY(json.contains(QStringLiteral("allow-added-ranges"))); // action 1 stays
    }

    void reportAsksToConfirmANotSureSite()
    {
        // "Not sure" where the MX question failed: the summary asks to confirm
        // the site in the console, and so must the exported report.
        auto window = windowAfterNext({QStringLiteral("mxfail.example")}, 2);
        MigrationSession *session = window->session();
        QTRY_VERIFY(window->wizard()->currentPage()->isComplete());
        DomainChoice choice = session->choice(QStringLiteral("mxfail.example"));
        choice.dataCenter = QStringLiteral("unsure");
        session->setChoice(QStringLiteral("mxfail.example"), choice);
        next(window->wizard());
        QTRY_VERIFY(window->wizard()->currentPage()->isComplete());
        auto *summary = static_cast<SummaryPage *>(window->wizard()->page(static_cast<int>(PageId::Summary)));
        QStringList whats;
        for (const SummaryPage::Item &item : summary->checklist(QStringLiteral("mxfail.example")))
            whats << item.what;
        QVERIFY2(whats.join('\n').contains(QStringLiteral("Confirm in the management console")), qPrintable(whats.join('\n')));
        const QString path = m_dir.filePath(QStringLiteral("unsure.json"));
        QString error;
        QVERIFY2(ReportExport::write(*session, CatalogLoader::builtIn(), QStringLiteral("en"), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString json = QString::fromUtf8(file.readAll());
        QVERIFY2(json.contains(QStringLiteral("confirm-data-center")) && json.contains(QStringLiteral("retry-check")),
                 qPrintable(json));
    }

    void failedMxQuestionAsksToCheckAgain()
    {
        // The MX question failed, the SPF record was read: no site is known,
        // and the first step is to check again, not to hunt in the console.
        auto window = windowAfterNext({QStringLiteral("mxfail.example"), QStringLiteral("ownspf.example")}, 2);
        MigrationWizard *wizard = window->wizard();
        auto *dcTable = child<QTableWidget>(wizard, "dataCenterTable");
        const int failedRow = rowOf(dcTable, QStringLiteral("mxfail.example"));
        QTRY_COMPARE(cell(dcTable, failedRow, 2),
                     QStringLiteral("DNS did not answer: detect again, or choose the data center yourself."));
        next(wizard);
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        auto *results = child<QTableWidget>(wizard, "spfResultsTable");
        QCOMPARE(cell(results, rowOf(results, QStringLiteral("mxfail.example")), 1), QStringLiteral("DNS did not answer"));
        // No TMEmS MX host and no legacy include: not "OK", the site comes first.
        QCOMPARE(cell(results, rowOf(results, QStringLiteral("ownspf.example")), 1), QStringLiteral("Confirm the data center"));
        auto *summary = static_cast<SummaryPage *>(wizard->page(static_cast<int>(PageId::Summary)));
        QStringList whats;
        for (const SummaryPage::Item &item : summary->checklist(QStringLiteral("mxfail.example")))
            whats << item.what;
        QVERIFY2(whats.first().startsWith(QStringLiteral("Check the domain again once DNS answers")), qPrintable(whats.join('\n')));
        QVERIFY2(!whats.join('\n').contains(QStringLiteral("Confirm in the management console")), qPrintable(whats.join('\n')));
        QVERIFY(summary->checklist(QStringLiteral("ownspf.example")).first().what.startsWith(QStringLiteral("Confirm in the management console")));
    }

    void missingDomainIsCalledATypo()
    {
        // NXDOMAIN is not "no MX record" nor "no SPF record": the name is wrong.
        auto window = windowAfterNext({QStringLiteral("missing.example"), QStringLiteral("nomx.example")}, 2);
        MigrationWizard *wizard = window->wizard();
        QCOMPARE(wizard->currentPageId(), PageId::DataCenter);
        auto *dcTable = child<QTableWidget>(wizard, "dataCenterTable");
        const int row = rowOf(dcTable, QStringLiteral("missing.example"));
        QTRY_COMPARE(cell(dcTable, row, 1), QStringLiteral("(the domain does not exist)"));
        QCOMPARE(cell(dcTable, row, 2), QStringLiteral("Not in DNS: check the spelling of the domain name."));
        QCOMPARE(cell(dcTable, rowOf(dcTable, QStringLiteral("nomx.example")), 2),
                 QStringLiteral("Not a TMEmS MX host: choose the data center yourself."));
        next(wizard);
        QCOMPARE(wizard->currentPageId(), PageId::SpfCheck);
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        auto *results = child<QTableWidget>(wizard, "spfResultsTable");
        const int missing = rowOf(results, QStringLiteral("missing.example"));
        QCOMPARE(cell(results, missing, 1), QStringLiteral("Domain does not exist"));
        for (int column = 2; column < results->columnCount(); ++column)
            QCOMPARE(cell(results, missing, column), QStringLiteral("\u2014")); // nothing to count or cover
        QCOMPARE(cell(results, rowOf(results, QStringLiteral("nomx.example")), 1), QStringLiteral("Confirm the data center"));
        // No firewall rules for a name that does not exist.
        next(wizard);
        QCOMPARE(wizard->currentPageId(), PageId::InboundServers);
        const QString inbound = child<QLabel>(wizard, "inboundIntroLabel")->text();
        QVERIFY2(inbound.contains(QStringLiteral("nomx.example")) && !inbound.contains(QStringLiteral("missing.example")),
                 qPrintable(inbound));
        auto *summary = static_cast<SummaryPage *>(wizard->page(static_cast<int>(PageId::Summary)));
        const QList<SummaryPage::Item> items = summary->checklist(QStringLiteral("missing.example"));
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().isRequired());
        QCOMPARE(items.first().what, QStringLiteral("Check the spelling of the domain name: it does not exist in DNS."));
    }

    void spfSwapWaitsForTheJapanDataCenter()
    {
        // nomx.example has the legacy include but no TMEmS MX host: its site is
        // unknown. The Japan record would fail its mail on any other site, so
        // the swap is proposed only once the administrator says Japan.
        auto window = windowAfterNext({QStringLiteral("nomx.example")}, 2);
        MigrationWizard *wizard = window->wizard();
        MigrationSession *session = window->session();
        QCOMPARE(wizard->currentPageId(), PageId::DataCenter);
        QTRY_COMPARE(session->effectiveDataCenter(QStringLiteral("nomx.example")), QStringLiteral("unknown"));
        DomainChoice choice = session->choice(QStringLiteral("nomx.example"));
        choice.outboundProtection = true;
        session->setChoice(QStringLiteral("nomx.example"), choice);
        next(wizard);
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        auto *results = child<QTableWidget>(wizard, "spfResultsTable");
        results->selectRow(0);
        QCOMPARE(cell(results, 0, 1), QStringLiteral("Confirm the data center"));
        QVERIFY2(child<QLineEdit>(wizard, "proposedRecordEdit")->text().startsWith(QStringLiteral("None until")),
                 qPrintable(child<QLineEdit>(wizard, "proposedRecordEdit")->text()));
        QVERIFY(!child<QPushButton>(wizard, "copyProposedButton")->isEnabled());
        auto *summary = static_cast<SummaryPage *>(wizard->page(static_cast<int>(PageId::Summary)));
        const auto swapStatus = [&] {
            for (const SummaryPage::Item &item : summary->checklist(QStringLiteral("nomx.example"))) {
                if (item.what.startsWith(QStringLiteral("Replace the legacy")))
                    return item.status;
            }
            return QString();
        };
        QCOMPARE(swapStatus(), QStringLiteral("Only if the data center is Japan: confirm it first"));

        // The administrator looks it up in the console: Japan.
        wizard->back();
        QCOMPARE(wizard->currentPageId(), PageId::DataCenter);
        auto *combo = child<QComboBox>(wizard, "dataCenterComboBox_0");
        combo->setCurrentIndex(combo->findData(QStringLiteral("jp")));
        next(wizard);
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        QTRY_COMPARE(cell(results, 0, 1), QStringLiteral("Change recommended"));
        results->selectRow(0);
        QTRY_COMPARE(child<QLineEdit>(wizard, "proposedRecordEdit")->text(),
                     QStringLiteral("v=spf1 include:spf.tmems-jp.trendmicro.com -all"));
        QCOMPARE(swapStatus(), QStringLiteral("To do"));

        // The data center page still shows what DNS says, not the choice;
        // and "Not sure" takes the proposal away again.
        wizard->back();
        auto *dcTable = child<QTableWidget>(wizard, "dataCenterTable");
        QCOMPARE(cell(dcTable, 0, 2), QStringLiteral("Not a TMEmS MX host: choose the data center yourself."));
        combo->setCurrentIndex(combo->findData(QStringLiteral("unsure")));
        next(wizard);
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        QTRY_COMPARE(cell(results, 0, 1), QStringLiteral("Confirm the data center"));
        QTRY_VERIFY(child<QLineEdit>(wizard, "proposedRecordEdit")->text().startsWith(QStringLiteral("None until")));
    }
};

QTEST_MAIN(TestWizardWalkthrough)
#include "TestWizardWalkthrough.moc"
