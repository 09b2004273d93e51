// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

#include <array>

class QComboBox;
class QLabel;

/// Page 1: what changed (the notice's facts, from the catalog), what the
/// wizard will do, and the language (switched live, remembered in QSettings).
///
/// Every label is plain text: this page is the whole of start-up's first
/// paint, and a word-wrapped rich-text label lays out a QTextDocument for
/// each width the layout tries (measured: about 7 ms of a Japanese start).
/// The wrapped ones are WrappedTextLabels, which skip QLabel's one-character-
/// a-line layout of Japanese text (6% of a Japanese start's instructions).
class WelcomePage final : public WizardPageBase
{
    Q_OBJECT
public:
    WelcomePage(MigrationSession *session, WizardContext *context, QWidget *parent = nullptr);

protected:
    void initializePage() override;
    void build() override;
    void retranslate() override;
    void showEvent(QShowEvent *event) override;

private:
    void switchLanguage(int index);
    /// The notice's facts, one a bullet: added ranges, required, recommended, US.
    std::array<QString, 4> factTexts() const;
    /// The page's paragraphs, once it has been on screen (see the definition).
    void setParagraphs();

    QLabel *m_introLabel = nullptr;
    std::array<QLabel *, 4> m_factLabels{};
    QLabel *m_stepsLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageComboBox = nullptr;
    /// Whether the page has been on screen: its paragraphs are set from then on.
    bool m_shown = false;
};
