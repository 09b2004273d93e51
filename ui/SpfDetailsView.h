// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainReport.h"

#include <QWidget>

#include <memory>

class Catalog;
class MigrationSession;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class ReportTranslator;
class ReportVocabulary;

/// The details pane of the SPF check page, for one domain: the record, the
/// include tree with each node's lookup cost, the problems in plain words,
/// the proposed record with Copy, and the "outbound protection" choice.
class SpfDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpfDetailsView)
public:
    /// `catalog` (not null) names data centers in problem texts; it must outlive the view.
    SpfDetailsView(MigrationSession *session, const Catalog *catalog, QWidget *parent = nullptr);
    ~SpfDetailsView() override;

    /// Shows `ascii`'s report from the session (empty: nothing selected).
    void showDomain(const QString &ascii);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTree(QTreeWidgetItem *parent, const SpfTreeNode &node);
    QString problemsHtml(const DomainReport &report) const;

    MigrationSession *m_session;
    const Catalog *m_catalog;
    std::unique_ptr<ReportTranslator> m_reportTranslator;
    std::unique_ptr<ReportVocabulary> m_vocabulary; ///< uses the two above
    QString m_ascii;
    QLabel *m_recordCaption;
    QLabel *m_recordLabel;
    QLabel *m_treeCaption;
    QTreeWidget *m_tree;
    QLabel *m_problemsLabel;
    QLabel *m_proposedCaption;
    QLineEdit *m_proposedEdit;
    QPushButton *m_copyButton;
    QCheckBox *m_outboundCheckBox;
};
