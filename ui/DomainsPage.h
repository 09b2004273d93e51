// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

/// Page 2: the domains. Paste many at once (lines, commas, e-mail addresses),
/// import a text/CSV file, remove; each entry shows its normalised form (both
/// forms for an IDN) or why it was refused. Writes the session as the user edits.
class DomainsPage final : public WizardPageBase
{
    Q_OBJECT
public:
    DomainsPage(MigrationSession *session, WizardContext *context, QWidget *parent = nullptr);

    bool isComplete() const override;

public Q_SLOTS:
    void addPastedText();
    void importFile();
    void removeSelected();

public:
    void initializePage() override;

protected:
    void retranslate() override;
    void build() override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum Column { EnteredColumn, DomainColumn, StatusColumn, ColumnCount };

    void refresh();
    /// Each row as tall as its status text needs (a refused entry's reason wraps).
    void fitRows();
    /// Shows `text()` now and again after a language switch.
    void setStatus(std::function<QString()> text);
    /// "N entries added." (or imported), naming the ones already listed.
    static QString addedText(int added, const QStringList &alreadyListed, bool imported);

    QLabel *m_introLabel = nullptr;
    QPlainTextEdit *m_pasteEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTimer *m_fitRowsTimer = nullptr;
    /// Whether the table has been painted since the page was last shown.
    bool m_tableOnScreen = false;
    std::function<QString()> m_status;
};
