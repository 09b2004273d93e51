// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardFixture.h"

#include "MigrationSession.h"
#include "Translations.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>

using namespace WizardFixture;

/// The SPF problems in the details pane follow the language shown now, not
/// the language of the check that found them: after a live switch, and when a
/// session saved in the other language is reopened.
class TestProblemLanguage : public QObject
{
    Q_OBJECT

private:
    FakeSaveLocation m_save;
    QTemporaryDir m_dir;

    static bool hasJapanese(const QString &text)
    {
        static const QRegularExpression kana(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
        return kana.match(text).hasMatch();
    }
    /// The window on the SPF check page, the check finished, `domain` selected.
    static std::unique_ptr<MainWindow> openChecked(FakeSaveLocation *save, const QString &sessionPath,
                                                   const QString &domain)
    {
        auto window = makeWindow(save, QString());
        if (sessionPath.isEmpty()) {
            window->session()->setDomainInputs({QStringLiteral("jp-both.example"), domain});
        } else {
            QString error;
            if (!window->session()->load(sessionPath, &error))
                qWarning("%s", qPrintable(error));
        }
        window->show();
        MigrationWizard *wizard = window->wizard();
        while (wizard->currentPageId() != PageId::SpfCheck) {
            if (!QTest::qWaitFor([wizard] { return wizard->currentPage()->isComplete(); }))
                return {};
            wizard->next();
        }
        if (!QTest::qWaitFor([wizard] { return wizard->currentPage()->isComplete(); }))
            return {};
        auto *table = child<QTableWidget>(wizard, "spfResultsTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == domain)
                table->selectRow(row);
        }
        return window;
    }
    static QString problems(MainWindow *window) { return child<QLabel>(window->wizard(), "problemsLabel")->text(); }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void liveSwitch_data()
    {
        QTest::addColumn<QString>("checkedIn");
        QTest::addColumn<QString>("domain");
        QTest::addRow("two records, checked in ja") << "ja" << "broken.example";
        QTest::addRow("two records, checked in en") << "en" << "broken.example";
        QTest::addRow("DNS failure, checked in ja") << "ja" << "timeout.example";
    }
    void liveSwitch()
    {
        QFETCH(QString, checkedIn);
        QFETCH(QString, domain);
        const QString other = checkedIn == QLatin1String("ja") ? QStringLiteral("en") : QStringLiteral("ja");
        QVERIFY(Translations::install(checkedIn));
        auto window = openChecked(&m_save, QString(), domain);
        QVERIFY(window);
        QVERIFY(!window->session()->report(domain).problems.isEmpty());
        QCOMPARE(hasJapanese(problems(window.get())), checkedIn == QLatin1String("ja"));

        QVERIFY(Translations::install(other));
        QTRY_COMPARE(hasJapanese(problems(window.get())), other == QLatin1String("ja"));
        if (other == QLatin1String("en") && domain == QLatin1String("broken.example"))
            QVERIFY2(problems(window.get()).contains(QStringLiteral("publishes 2 SPF records")),
                     qPrintable(problems(window.get())));
        QVERIFY(Translations::install(checkedIn));
        QTRY_COMPARE(hasJapanese(problems(window.get())), checkedIn == QLatin1String("ja"));
    }

    void reopenedSessionInCurrentLanguage()
    {
        const QString path = m_dir.filePath(QStringLiteral("ja.tmems.json"));
        QVERIFY(Translations::install(QStringLiteral("ja")));
        {
            auto window = openChecked(&m_save, QString(), QStringLiteral("broken.example"));
            QVERIFY(window);
            QVERIFY(hasJapanese(problems(window.get())));
            QString error;
            QVERIFY2(window->session()->save(path, &error), qPrintable(error));
        }
        QVERIFY(Translations::install(QStringLiteral("en")));
        auto window = openChecked(&m_save, path, QStringLiteral("broken.example"));
        QVERIFY(window);
        const QString text = problems(window.get());
        QVERIFY2(!hasJapanese(text), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("publishes 2 SPF records")), qPrintable(text));
    }
};

QTEST_MAIN(TestProblemLanguage)
#include "TestProblemLanguage.moc"
