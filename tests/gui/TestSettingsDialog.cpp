// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"
#include "Translations.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

/// The DNS settings: what they accept, and the note on a timeout the system
/// resolver would cut short in this run.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void refusesServersQDnsLookupCannotUse()
    {
        SettingsDialog dialog;
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("dnsServerLineEdit"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        edit->setText(QStringLiteral("2001:db8::53"));
        QVERIFY(!ok->isEnabled());
        edit->setText(QStringLiteral("dns.example"));
        QVERIFY(!ok->isEnabled());
        // The resolver's own rule: QHostAddress read "1.2.3" as 1.2.0.3 and
        // "010.0.0.1" as 10.0.0.1, servers every check then refused.
        edit->setText(QStringLiteral("1.2.3"));
        QVERIFY(!ok->isEnabled());
        edit->setText(QStringLiteral("010.0.0.1"));
        QVERIFY(!ok->isEnabled());
        edit->setText(QStringLiteral("192.0.2.53:5353"));
        QVERIFY(!ok->isEnabled());
        edit->setText(QStringLiteral("192.0.2.53:53"));
        QVERIFY(ok->isEnabled());
        edit->setText(QStringLiteral("192.0.2.53"));
        QVERIFY(ok->isEnabled());
        edit->clear(); // the system resolver
        QVERIFY(ok->isEnabled());
    }

    void longerTimeoutThanTheResolverAllowsNeedsARestart()
    {
        SettingsDialog dialog;
        dialog.setTimeoutMs(5000);
        dialog.show();
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNoteLabel"));
        auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("timeoutSpinBox"));
        QVERIFY(note && spin);
        // No query yet in this run: any timeout takes effect.
        dialog.setSystemResolverLimitMs(0);
        spin->setValue(30);
        QVERIFY(!note->isVisible());

        // The first check fixed libresolv at 2 x 3 s.
        dialog.setSystemResolverLimitMs(6000);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("after 6 seconds")), qPrintable(note->text()));
        spin->setValue(6);
        QVERIFY(!note->isVisible());
        spin->setValue(7);
        QVERIFY(note->isVisible());
        spin->setValue(2); // shorter: our own deadline ends the query
        QVERIFY(!note->isVisible());

        // Shown, the dialog grows to the note: nothing of it is cut off.
        spin->setValue(20);
        QVERIFY(note->isVisible());
        QVERIFY2(note->height() >= note->heightForWidth(note->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(note->height()).arg(note->heightForWidth(note->width()))));

        QVERIFY(Translations::install(QStringLiteral("ja")));
        SettingsDialog japanese;
        japanese.setTimeoutMs(20000);
        japanese.setSystemResolverLimitMs(6000);
        japanese.show();
        auto *japaneseNote = japanese.findChild<QLabel *>(QStringLiteral("restartNoteLabel"));
        QVERIFY2(japaneseNote->text().contains(QStringLiteral("6 秒")), qPrintable(japaneseNote->text()));
        QVERIFY(japaneseNote->height() >= japaneseNote->heightForWidth(japaneseNote->width()));
        // The server field shows its whole placeholder ("the system resolver").
        auto *server = japanese.findChild<QLineEdit *>(QStringLiteral("dnsServerLineEdit"));
        QVERIFY2(server->width() > server->fontMetrics().horizontalAdvance(server->placeholderText()) + 12,
                 qPrintable(QString::number(server->width())));
        Translations::install(QStringLiteral("en"));
    }

    void serverErrorIsShownWhole()
    {
        SettingsDialog dialog;
        dialog.show();
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("dnsServerErrorLabel"));
        QVERIFY(!error->isVisible());
        dialog.findChild<QLineEdit *>(QStringLiteral("dnsServerLineEdit"))->setText(QStringLiteral("2001:db8::53"));
        QVERIFY(error->isVisible());
        QVERIFY(error->height() >= error->heightForWidth(error->width()));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
