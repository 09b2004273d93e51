// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "QtDnsResolver.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_serverEdit(new QLineEdit(this))
    , m_serverError(new QLabel(this))
    , m_timeoutSpinBox(new QSpinBox(this))
    , m_restartNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_serverEdit->setObjectName(QStringLiteral("dnsServerLineEdit"));
    m_serverEdit->setPlaceholderText(tr("System resolver"));
    m_serverEdit->setAccessibleName(tr("DNS server"));
    m_serverError->setObjectName(QStringLiteral("dnsServerErrorLabel"));
    m_serverError->setWordWrap(true);
    m_serverError->setTextFormat(Qt::PlainText); // it quotes what was typed
    m_timeoutSpinBox->setObjectName(QStringLiteral("timeoutSpinBox"));
    m_timeoutSpinBox->setRange(1, 60);
    m_timeoutSpinBox->setSuffix(tr(" s", "seconds suffix"));
    m_timeoutSpinBox->setAccessibleName(tr("DNS timeout in seconds"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&DNS server (IPv4):"), m_serverEdit);
    form->addRow(QString(), m_serverError);
    form->addRow(tr("&Timeout per query:"), m_timeoutSpinBox);
    m_restartNote->setObjectName(QStringLiteral("restartNoteLabel"));
    m_restartNote->setWordWrap(true);
    m_restartNote->hide();
    form->addRow(QString(), m_restartNote);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_serverEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_timeoutSpinBox, &QSpinBox::valueChanged, this, &SettingsDialog::updateRestartNote);
    validate();
    // Room for the server field's placeholder and a wrapped note of a few lines.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

QString SettingsDialog::validateServer(const QString &server)
{
    // The resolver's own rule, so the dialog never accepts a server that every
    // check would then refuse (QHostAddress took "1.2.3" and IPv6, for instance).
    QString error;
    QtDnsResolver::parseNameserver(server, &error);
    return error;
}

void SettingsDialog::validate()
{
    const QString error = validateServer(m_serverEdit->text());
    m_serverError->setText(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
    showOrHide(m_serverError, !error.isEmpty());
}

void SettingsDialog::showOrHide(QLabel *label, bool shown)
{
    if (label->isVisibleTo(this) == shown)
        return;
    label->setVisible(shown);
    // A shown dialog does not grow by itself for a wrapped label; grow it
    // (never shrink it: the user may have widened it).
    if (isVisible() && layout()) {
        layout()->activate();
        resize(width(), qMax(height(), layout()->totalHeightForWidth(width())));
    }
}

void SettingsDialog::setDnsServer(const QString &server) { m_serverEdit->setText(server); }
QString SettingsDialog::dnsServer() const { return m_serverEdit->text().trimmed(); }
void SettingsDialog::setTimeoutMs(int ms) { m_timeoutSpinBox->setValue(qMax(1, ms / 1000)); }

void SettingsDialog::setSystemResolverLimitMs(int ms)
{
    m_systemResolverLimitMs = ms;
    updateRestartNote();
}

void SettingsDialog::updateRestartNote()
{
    // libresolv reads its retry limit once per process (QtDnsResolver.cpp), so
    // a longer timeout would otherwise be cut short without a word.
    const bool cut = m_systemResolverLimitMs > 0 && timeoutMs() > m_systemResolverLimitMs;
    if (cut) {
        m_restartNote->setText(tr("The system resolver gives up on a query after %n second(s) until the program is "
                                  "started again (set by the first check of this run). A longer timeout takes effect "
                                  "after a restart; the session is kept.",
                                  nullptr, m_systemResolverLimitMs / 1000));
    }
    showOrHide(m_restartNote, cut);
}
int SettingsDialog::timeoutMs() const { return m_timeoutSpinBox->value() * 1000; }
