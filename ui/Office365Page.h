// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

/// Page 6, action 1 for Office 365: the inbound connector's IP list, the
/// Exchange Online PowerShell that adds the ranges, and the admin-center steps.
/// Shown only when a Japan-side domain uses Office 365 (InboundServersPage::nextId).
class Office365Page final : public WizardPageBase
{
    Q_OBJECT
public:
    Office365Page(MigrationSession *session, WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void retranslate() override;

private:
    void updateTexts();

    QLabel *m_domainsLabel;
    QLabel *m_ipCaption;
    QPlainTextEdit *m_ipEdit;
    QPushButton *m_copyIpButton;
    QLabel *m_powerShellCaption;
    QPlainTextEdit *m_powerShellEdit;
    QPushButton *m_copyPowerShellButton;
    QLabel *m_stepsLabel;
};
