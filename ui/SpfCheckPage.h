// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ColumnFitter.h"
#include "DomainReport.h"
#include "WizardPageBase.h"

#include <QHash>
#include <QPointer>

#include <optional>

class DomainChecker;
class QLabel;
class QTimer;
class QProgressBar;
class QPushButton;
class QTableWidget;
class SpfDetailsView;

/// Page 4: the SPF check. initializePage() starts the checker for domains not
/// yet checked; rows change as each domain finishes; Cancel stops it; Back
/// cancels. The results table and the details pane read the session.
class SpfCheckPage final : public WizardPageBase
{
    Q_OBJECT
public:
    SpfCheckPage(MigrationSession *session, WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;

public Q_SLOTS:
    void startCheck(bool all = false);
    void cancelCheck();

protected:
    void retranslate() override;
    void build() override;

private:
    void onDomainStarted(int index);
    void onDomainFinished(int index, const DomainReport &report);
    void onFinished(bool cancelled);
    void updateRow(int row);
    void resizeColumns();
    void updateProgress();
    void showSelected();
    static bool isFullReport(const DomainReport &report);
    /// The data center the engine is told for a domain: the administrator's
    /// site, or "auto" (detect) for "auto" and "Not sure".
    QString engineDataCenter(const QString &ascii) const;
    /// False when the domain's report was made for another data center choice.
    bool reportMatchesChoice(const QString &ascii) const;

    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_recheckButton = nullptr;
    QTableWidget *m_table = nullptr;
    QTimer *m_resizeTimer = nullptr; ///< column widths follow the contents once per batch of rows, not per row
    SpfDetailsView *m_details = nullptr;
    QPointer<DomainChecker> m_checker;
    QList<DomainInput> m_domains;
    QList<int> m_rowsOfRun;   ///< table row of each domain given to the checker
    QHash<int, QString> m_rowState; ///< "waiting", "checking", "cancelled" while not done
    std::optional<ColumnFitter> m_columnFitter;
    int m_done = 0;
    bool m_cancelled = false;
};
