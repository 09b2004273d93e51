// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWizard;

/// Sets QWizard's page titles in the text's weight, one size larger
/// (1.2 times, CSS's "large").
///
/// QWizard sets its title label's font to bold whenever it builds its layout,
/// and measures the label at once. In bold, the title needs a second face of
/// the font: Noto Sans CJK Bold in the Japanese interface, about a tenth of
/// the start-up's font work. Drawing the title regular through rich text still
/// measured it in bold, and laid it out through a QTextDocument. The label is
/// created when the wizard is first shown, inside the wizard's own widgets;
/// this filter watches those (not the pages) for it, and sets its font each
/// time QWizard makes it bold.
class WizardTitleFont final : public QObject
{
public:
    /// From now on, for the life of `wizard`.
    static void apply(QWizard *wizard);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WizardTitleFont(QWizard *wizard);
    void watch(QObject *object);

    QWizard *m_wizard;
};
