// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// DNS settings: a server to ask instead of the system resolver (IPv4, port 53)
/// and the per-query timeout. Refuses an address QDnsLookup cannot use.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setDnsServer(const QString &server);
    QString dnsServer() const;
    void setTimeoutMs(int ms);
    int timeoutMs() const;
    /// How long the system resolver keeps trying a query in this run (0: no
    /// such limit yet): a longer timeout gets a note that it needs a restart.
    void setSystemResolverLimitMs(int ms);

    /// Empty when `server` is usable (empty = system resolver); otherwise why not.
    static QString validateServer(const QString &server);

private:
    void validate();
    void updateRestartNote();
    void showOrHide(QLabel *label, bool shown);

    QLineEdit *m_serverEdit;
    QLabel *m_serverError;
    QSpinBox *m_timeoutSpinBox;
    QLabel *m_restartNote;
    QDialogButtonBox *m_buttons;
    int m_systemResolverLimitMs = 0;
};
