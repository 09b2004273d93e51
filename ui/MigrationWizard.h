// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

class QLabel;

/// The migration wizard. For now a single welcome page; the wizard issue
/// fills in the pages over the same engine the command line uses.
class MigrationWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizard)
public:
    explicit MigrationWizard(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWizardPage *m_welcomePage = nullptr;
    QLabel *m_welcomeLabel = nullptr;
};
