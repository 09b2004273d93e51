// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardFixture.h"

#include "MigrationSession.h"
#include "Translations.h"
#include "UiUtil.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>

using namespace WizardFixture;

/// Tool tips show untrusted text (DNS records, MX hosts, pasted entries) as
/// the characters it has: Qt would render a tip that looks like HTML.
class TestPlainToolTip : public QObject
{
    Q_OBJECT

    /// What a tool tip with `tip` shows, as plain text.
    static QString shown(const QString &tip)
    {
        if (!Qt::mightBeRichText(tip))
            return tip;
        QTextDocument document;
        document.setHtml(tip);
        return document.toPlainText();
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        Translations::install(QStringLiteral("en"));
    }

    void showsTheCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("tags") << "v=spf1 exp=<b>x</b> <img src=file:///etc/passwd> -all";
        QTest::newRow("entities") << "a &amp; b &lt;c&gt;";
        QTest::newRow("spaces kept") << "v=spf1  ip4:192.0.2.1   -all";
        QTest::newRow("plain") << "v=spf1 -all";
        QTest::newRow("Japanese") << "日本データセンター: 変更が必要";
    }

    void showsTheCharacters()
    {
        QFETCH(QString, text);
        QCOMPARE(shown(UiUtil::plainToolTip(text)), text);
        QVERIFY(UiUtil::plainToolTip(QString()).isEmpty());
    }

    void pastedEntryTipIsNotRendered()
    {
        auto window = makeWindow(nullptr, QString());
        window->show();
        MigrationWizard *wizard = window->wizard();
        wizard->next();
        child<QPlainTextEdit>(wizard, "domainsPasteEdit")->setPlainText(QStringLiteral("<b>bold</b>.example"));
        QTest::mouseClick(child<QPushButton>(wizard, "addDomainsButton"), Qt::LeftButton);
        const QTableWidgetItem *status = child<QTableWidget>(wizard, "domainsTable")->item(0, 2);
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("<b>bold</b>")), qPrintable(status->text()));
        QCOMPARE(shown(status->toolTip()), status->text());
        // Pasted again: the status line quotes it as typed, not as markup.
        child<QPlainTextEdit>(wizard, "domainsPasteEdit")->setPlainText(QStringLiteral("<b>bold</b>.example"));
        QTest::mouseClick(child<QPushButton>(wizard, "addDomainsButton"), Qt::LeftButton);
        auto *line = child<QLabel>(wizard, "domainsStatusLabel");
        QVERIFY2(line->text().contains(QStringLiteral("<b>bold</b>.example")), qPrintable(line->text()));
        QCOMPARE(line->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestPlainToolTip)
#include "TestPlainToolTip.moc"
