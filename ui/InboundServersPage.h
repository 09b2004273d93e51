// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

/// Page 5, action 1 (required): the Japan ranges (all / added only) to allow
/// on every inbound server, and the same as a configuration snippet for the
/// chosen platform (read-only preview, Copy, Save). For US-only sessions it
/// says plainly that nothing needs changing.
class InboundServersPage final : public WizardPageBase
{
    Q_OBJECT
public:
    InboundServersPage(MigrationSession *session, WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;

public Q_SLOTS:
    void copyRanges();
    void copySnippet();
    void saveSnippet();

protected:
    void retranslate() override;

private:
    void updateTexts();
    void fillPlatforms();
    QStringList japanDomains() const;

    QLabel *m_introLabel;
    QRadioButton *m_allRadio;
    QRadioButton *m_addedRadio;
    QPlainTextEdit *m_rangesEdit;
    QPushButton *m_copyRangesButton;
    QLabel *m_platformLabel;
    QComboBox *m_platformComboBox;
    QPlainTextEdit *m_snippetEdit;
    QPushButton *m_copySnippetButton;
    QPushButton *m_saveSnippetButton;
    QLabel *m_statusLabel;
};
