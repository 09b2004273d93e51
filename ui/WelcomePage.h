// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

class QComboBox;
class QLabel;

/// Page 1: what changed (the notice's facts, from the catalog), what the
/// wizard will do, and the language (switched live, remembered in QSettings).
class WelcomePage final : public WizardPageBase
{
    Q_OBJECT
public:
    WelcomePage(MigrationSession *session, WizardContext *context, QWidget *parent = nullptr);

protected:
    void retranslate() override;

private:
    void switchLanguage(int index);
    QString factsHtml() const;

    QLabel *m_factsLabel;
    QLabel *m_stepsLabel;
    QLabel *m_languageLabel;
    QComboBox *m_languageComboBox;
};
