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
    void build() override;

private:
    void updateTexts();
    void fillPlatforms();
    QStringList japanDomains() const;

    QLabel *m_introLabel = nullptr;
    QRadioButton *m_allRadio = nullptr;
    QRadioButton *m_addedRadio = nullptr;
    QPlainTextEdit *m_rangesEdit = nullptr;
    QPushButton *m_copyRangesButton = nullptr;
    QLabel *m_platformLabel = nullptr;
    QComboBox *m_platformComboBox = nullptr;
    QPlainTextEdit *m_snippetEdit = nullptr;
    QPushButton *m_copySnippetButton = nullptr;
    QPushButton *m_saveSnippetButton = nullptr;
    QLabel *m_statusLabel = nullptr;
};
