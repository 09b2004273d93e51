// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

class FittingScrollArea;
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
    void build() override;

private:
    void updateTexts();

    QLabel *m_domainsLabel = nullptr;
    QLabel *m_ipCaption = nullptr;
    QPlainTextEdit *m_ipEdit = nullptr;
    QPushButton *m_copyIpButton = nullptr;
    QLabel *m_powerShellCaption = nullptr;
    QPlainTextEdit *m_powerShellEdit = nullptr;
    QPushButton *m_copyPowerShellButton = nullptr;
    FittingScrollArea *m_stepsArea = nullptr;
    QLabel *m_stepsLabel = nullptr;
};
