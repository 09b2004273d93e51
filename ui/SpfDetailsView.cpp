// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfDetailsView.h"

#include "MigrationSession.h"
#include "ReportVocabulary.h"
#include "ShapingStyle.h"
#include "SpfFindings.h"
#include "StatusIcons.h"
#include "Translations.h"
#include "UiUtil.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

SpfDetailsView::SpfDetailsView(MigrationSession *session, const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_catalog(catalog)
    , m_recordCaption(new QLabel(this))
    , m_recordLabel(new QLabel(this))
    , m_treeCaption(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_problemsLabel(new QLabel(this))
    , m_proposedCaption(new QLabel(this))
    , m_proposedEdit(new QLineEdit(this))
    , m_copyButton(new QPushButton(this))
    , m_outboundCheckBox(new QCheckBox(this))
{
    setObjectName(QStringLiteral("spfDetailsView"));
    m_recordLabel->setObjectName(QStringLiteral("spfRecordLabel"));
    m_recordLabel->setFont(UiUtil::monospaceFont());
    m_recordLabel->setWordWrap(true);
    m_recordLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_recordLabel->setTextFormat(Qt::PlainText);
    m_tree->setObjectName(QStringLiteral("includeTree"));
    m_tree->setColumnCount(4);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::RichText);
    m_proposedEdit->setObjectName(QStringLiteral("proposedRecordEdit"));
    m_proposedEdit->setReadOnly(true);
    m_proposedEdit->setFont(UiUtil::monospaceFont());
    m_copyButton->setObjectName(QStringLiteral("copyProposedButton"));
    m_outboundCheckBox->setObjectName(QStringLiteral("outboundCheckBox"));
    m_proposedCaption->setBuddy(m_proposedEdit);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outboundCheckBox, 0, 0, 1, 3);
    layout->addWidget(m_recordCaption, 1, 0, Qt::AlignTop);
    layout->addWidget(m_recordLabel, 1, 1, 1, 2);
    layout->addWidget(m_proposedCaption, 2, 0);
    layout->addWidget(m_proposedEdit, 2, 1);
    layout->addWidget(m_copyButton, 2, 2);
    layout->addWidget(m_problemsLabel, 3, 0, 1, 3);
    layout->addWidget(m_treeCaption, 4, 0, 1, 3);
    layout->addWidget(m_tree, 5, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(5, 1);

    connect(m_copyButton, &QPushButton::clicked, this, [this] { UiUtil::copyText(m_proposedEdit->text()); });
    connect(m_outboundCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        if (m_ascii.isEmpty())
            return;
        DomainChoice choice = m_session->choice(m_ascii);
        choice.outboundProtection = on;
        m_session->setChoice(m_ascii, choice);
        showDomain(m_ascii);
    });
    retranslate();
    // Load the record font now, while the wizard builds this page in the
    // background, not when the first domain is shown: finding and opening its
    // face showed in a profile of the stall as the check of 200 domains starts.
    QFontMetrics(m_proposedEdit->font()).horizontalAdvance(QStringLiteral("v=spf1 include:spf.tmems-jp.trendmicro.com -all"));
}

SpfDetailsView::~SpfDetailsView() = default;

void SpfDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SpfDetailsView::fillTree(QTreeWidgetItem *parent, const SpfTreeNode &node)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, node.mechanism.isEmpty() ? node.domain : QStringLiteral("%1").arg(node.mechanism));
    item->setToolTip(0, UiUtil::plainToolTip(node.record));
    item->setText(1, QLocale().toString(node.ownLookups));
    item->setText(2, QLocale().toString(node.runningTotal));
    // The record where a lookup limit is crossed, and those above it, are permerror.
    item->setText(3, m_vocabulary->nodeStatus(node.status));
    if (node.status == QLatin1String("permerror") || node.status == QLatin1String("temperror"))
        item->setIcon(3, StatusIcons::icon(StatusIcons::Kind::Error));
    for (const SpfTreeNode &child : node.children)
        fillTree(item, child);
}

QString SpfDetailsView::problemsHtml(const DomainReport &report) const
{
    QStringList items;
    // Said again from the stable code in the language installed now: a
    // language switch after the check must not leave the old language here.
    for (const SpfProblem &problem : report.problems)
        items.append(QStringLiteral("<li>%1</li>").arg(SpfFindings::message(problem, m_catalog).toHtmlEscaped()));
    if (items.isEmpty())
        return tr("No problems found in the SPF record.");
    return QStringLiteral("<b>%1</b><ul>%2</ul>").arg(tr("Problems and what to do:"), items.join(QString()));
}

void SpfDetailsView::showDomain(const QString &ascii)
{
    m_ascii = ascii;
    const bool has = !ascii.isEmpty() && m_session->hasReport(ascii);
    const DomainReport report = m_session->report(ascii);
    const DomainChoice choice = m_session->choice(ascii);
    setEnabled(has);
    {
        const QSignalBlocker blocker(m_outboundCheckBox);
        m_outboundCheckBox->setChecked(choice.outboundProtection);
    }
    m_outboundCheckBox->setEnabled(has && m_session->needsJapanChanges(ascii));
    // The box applies to the domain chosen in the table; say which one.
    if (!ascii.isEmpty()) {
        const QString name = report.domain.unicode.isEmpty() ? ascii : report.domain.unicode;
        m_outboundCheckBox->setAccessibleName(tr("Outbound protection is enabled for %1").arg(name));
    }
    m_recordLabel->setText(!has                    ? QString()
                           : report.recordUnknown() ? tr("(could not be read: DNS failed)")
                           : report.record.isEmpty() ? tr("(no SPF record)")
                                                     : report.record);
    // DNS content and domain names may be in any script; these labels draw without the style.
    ShapingStyle::shapeTextOf(m_recordLabel, m_recordLabel->text());
    m_tree->clear();
    if (has && !report.tree.domain.isEmpty()) {
        fillTree(m_tree->invisibleRootItem(), report.tree);
        m_tree->expandAll();
    }
    m_problemsLabel->setText(has ? problemsHtml(report) : QString());
    ShapingStyle::shapeTextOf(m_problemsLabel, m_problemsLabel->text());
    QString proposed;
    // Where no whole record is proposed, the legacy include may sit in a record
    // the domain includes: that one changes.
    const QStringList legacyHolders = has && report.proposedRecord.isNull() && report.usesLegacyInclude()
        ? report.recordsNaming(m_catalog->legacySpfHost())
        : QStringList();
    if (has && report.domainNotFound())
        proposed = tr("None: the domain does not exist in DNS.");
    else if (has && report.action(QLatin1String("restore-legacy-include")))
        proposed = tr("Include %1 instead of %2: the Japan record does not list the %3's servers.")
                       .arg(m_catalog->legacySpfHost(), m_catalog->japanSpfHost(),
                            UiUtil::dataCenterName(m_session->effectiveDataCenter(ascii)));
    else if (has && !m_session->needsJapanChanges(ascii))
        proposed = tr("No change needed (%1).").arg(UiUtil::dataCenterName(m_session->effectiveDataCenter(ascii)));
    else if (has && !choice.outboundProtection)
        proposed = tr("Not applicable: outbound protection is not enabled for this domain.");
    else if (has && m_session->effectiveDataCenter(ascii) != QLatin1String("jp") && report.usesLegacyInclude())
        proposed = tr("None until the data center is confirmed as Japan: on another data center the Japan SPF "
                      "record would fail this domain's mail.");
    else if (has && !report.proposedRecord.isNull())
        proposed = report.proposedRecord;
    else if (!legacyHolders.isEmpty())
        proposed = tr("Replace include:%1 with include:%2 in the SPF record of %3.")
                       .arg(m_catalog->legacySpfHost(), m_catalog->japanSpfHost(),
                            QLocale().createSeparatedList(legacyHolders));
    else if (has && report.tmemsInclude == DomainReport::TmemsInclude::Japan)
        proposed = tr("Already done: the record includes the Japan SPF record.");
    else if (has)
        proposed = tr("No change proposed.");
    m_proposedEdit->setText(proposed);
    m_copyButton->setEnabled(has && !report.proposedRecord.isNull() && proposed == report.proposedRecord);
}

void SpfDetailsView::retranslate()
{
    // The report's words for the tree's statuses, in the language installed now.
    m_vocabulary.reset();
    m_reportTranslator = std::make_unique<ReportTranslator>(Translations::currentLanguage());
    m_vocabulary = std::make_unique<ReportVocabulary>(*m_reportTranslator, *m_catalog);
    m_recordCaption->setText(tr("Current record:"));
    m_treeCaption->setText(tr("Include tree (DNS lookups of each record and running total; the limit is 10):"));
    m_proposedCaption->setText(tr("&Proposed record:"));
    m_proposedEdit->setAccessibleName(tr("Proposed SPF record"));
    m_tree->setHeaderLabels({tr("Record"), tr("Lookups"), tr("Total"), tr("Status", "include tree column")});
    m_tree->setAccessibleName(tr("Include tree"));
    m_recordLabel->setAccessibleName(tr("Current SPF record"));
    UiUtil::setButtonText(m_copyButton, tr("&Copy", "proposed record"));
    UiUtil::setButtonText(m_outboundCheckBox, tr("&Outbound protection is enabled for this domain (\"Enable outbound protection\" in the console)"));
    showDomain(m_ascii);
}
