// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ColumnFitter.h"
#include "DomainReport.h"
#include "WizardPageBase.h"

#include <QPointer>

#include <optional>

class DomainChecker;
class QLabel;
class QTimer;
class QPushButton;
class QTableWidget;

/// Page 3: which data center serves each domain, detected from MX (the MX
/// host shown as evidence), with a manual override (detected / Japan / US /
/// not sure) and whether the domain uses Office 365.
class DataCenterPage final : public WizardPageBase
{
    Q_OBJECT
public:
    DataCenterPage(MigrationSession *session, WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

public Q_SLOTS:
    void detect();

protected:
    void retranslate() override;
    void build() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void storeDetection(int index, const DomainReport &detected);
    void rebuildTable();
    void addRowWidgets();
    void translateRowWidgets(int row);
    void updateRow(int row);
    void resizeColumns();
    QString detectedText(const QString &ascii) const;

    QLabel *m_introLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    /// What the progress label says, kept so a language switch can say it again.
    enum class Progress { None, Reading, Finished, Cancelled };
    Progress m_progress = Progress::None;
    void showProgress();
    QPushButton *m_detectButton = nullptr; ///< created before the table: focus follows creation order
    QTableWidget *m_table = nullptr;
    QTimer *m_resizeTimer = nullptr; ///< column widths follow the contents once per batch of rows, not per row
    std::optional<ColumnFitter> m_columnFitter;
    QPointer<DomainChecker> m_checker;
    QList<DomainInput> m_domains;
    int m_done = 0;
    static constexpr int WidgetRowsPerTurn = 10;
    QTimer *m_widgetTimer = nullptr;
    int m_nextWidgetRow = 0;
};
