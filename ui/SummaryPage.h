// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

class QLabel;
class QPushButton;
class QTreeWidget;

/// Page 7: per domain, what is required and recommended, with status; export
/// the report (hook in WizardContext::exportReport) and save the session.
class SummaryPage final : public WizardPageBase
{
    Q_OBJECT
public:
    SummaryPage(MigrationSession *session, WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;

    /// One checklist line: what to do, required or recommended, status.
    struct Item
    {
        enum class Priority { Required, Recommended, Information };
        QString what;
        Priority priority = Priority::Information;
        QString status;
        bool isRequired() const { return priority == Priority::Required; }
    };
    /// The checklist of one domain, from the session (also used by tests).
    QList<Item> checklist(const QString &ascii) const;

protected:
    void retranslate() override;
    void build() override;

private:
    /// The tree's columns: priority, status, then the action, which stretches and wraps.
    static constexpr int ActionColumn = 2;
    void rebuild();

    QLabel *m_introLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
    void showExported(const QString &path);

    QPushButton *m_exportButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_exportedLabel = nullptr;       ///< "Report saved to …", shown after an export
    QPushButton *m_openFolderButton = nullptr; ///< opens the folder the report went to
    QString m_exportedPath;
};
