// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPage.h"

#include "MigrationSession.h"
#include "ShapingStyle.h"
#include "UiUtil.h"
#include "WrappingItemDelegate.h"
#include "WrappedTextLabel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

SummaryPage::SummaryPage(MigrationSession *session, WizardContext *context, QWidget *parent)
    : WizardPageBase(session, context, parent)
{
    setObjectName(QStringLiteral("summaryPage"));
    setFinalPage(true);
}

void SummaryPage::build()
{
    m_introLabel = new WrappedTextLabel(this);
    m_tree = new QTreeWidget(this);
    m_exportButton = new QPushButton(this);
    m_saveButton = new QPushButton(this);
    m_exportedLabel = new QLabel(this);
    m_openFolderButton = new QPushButton(this);
    m_tree->setObjectName(QStringLiteral("summaryTree"));
    m_tree->setColumnCount(3);
    m_tree->header()->setStretchLastSection(true);
    // Long actions wrap instead of being cut; rows follow the column width.
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setItemDelegateForColumn(ActionColumn, new WrappingItemDelegate(m_tree));
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this] { m_tree->doItemsLayout(); });
    m_exportButton->setObjectName(QStringLiteral("exportReportButton"));
    m_saveButton->setObjectName(QStringLiteral("saveSessionButton"));

    m_exportedLabel->setObjectName(QStringLiteral("exportedLabel"));
    m_exportedLabel->setWordWrap(true);
    m_exportedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportedLabel->hide();
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportedLabel, 1);
    buttons->addWidget(m_openFolderButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (!m_context->exportReport)
            return;
        const QString path = m_context->exportReport(this);
        if (!path.isEmpty())
            showExported(path);
    });
    connect(m_openFolderButton, &QPushButton::clicked, this, [this] {
        if (m_context->openFolder && !m_exportedPath.isEmpty())
            m_context->openFolder(QFileInfo(m_exportedPath).absolutePath());
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (m_context->saveSession)
            m_context->saveSession();
    });
}

void SummaryPage::showExported(const QString &path)
{
    m_exportedPath = path;
    m_exportedLabel->setText(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
    // A folder's name may be in any script; a selectable label draws without the style.
    ShapingStyle::shapeTextOf(m_exportedLabel, path);
    m_exportedLabel->show();
    m_openFolderButton->setVisible(static_cast<bool>(m_context->openFolder));
}

void SummaryPage::initializePage()
{
    ensureBuilt();
    rebuild();
}

QList<SummaryPage::Item> SummaryPage::checklist(const QString &ascii) const
{
    QList<Item> items;
    const QString dataCenter = m_session->effectiveDataCenter(ascii);
    const DomainReport report = m_session->report(ascii); // an empty one before any check
    if (report.domainNotFound()) {
        // Nothing else can be done for a name DNS does not know: most often a typo.
        items.append({tr("Check the spelling of the domain name: it does not exist in DNS."), Item::Priority::Required,
                      tr("To do")});
        return items;
    }
    // Items the engine plans are ranked by its plan, as in `check` and the
    // report: the three must never disagree.
    const auto appendPlanned = [&](const char *code, const QString &what) {
        if (const DomainAction *action = report.action(QLatin1String(code)))
            items.append({what, action->required ? Item::Priority::Required : Item::Priority::Recommended, tr("To do")});
    };
    const QString retry = tr("Check the domain again once DNS answers: the last check is incomplete.");
    const QString repair = tr("Fix the SPF record (see the SPF check page).");
    if (!m_session->needsJapanChanges(ascii)) {
        // Nothing for the Japan change; a broken record or an incomplete check
        // still needs the administrator, as check and the report say.
        appendPlanned("retry-check", retry);
        appendPlanned("restore-legacy-include",
                      tr("Include the legacy SPF record again: the Japan record does not list this data center's servers."));
        appendPlanned("fix-spf-record", repair);
        if (items.isEmpty()) {
            items.append({tr("No change needed: the domain is on the %1.").arg(UiUtil::dataCenterName(dataCenter)),
                          Item::Priority::Information, tr("Nothing to do")});
        }
        return items;
    }
    const DomainChoice choice = m_session->choice(ascii);
    const bool checked = m_session->hasReport(ascii) && !report.actions.isEmpty();
    appendPlanned("retry-check", retry);
    // Where the MX question failed, checking again comes first (the site may
    // show then); "Not sure", the administrator's own answer, still asks.
    if (dataCenter != QLatin1String("jp") && (dataCenter == QLatin1String("unsure") || !report.mxLookupFailed))
        items.append({tr("Confirm in the management console which data center serves this domain."), Item::Priority::Required,
                      tr("To do")});
    items.append({tr("Let every inbound server accept mail from the added IP address ranges."), Item::Priority::Required, tr("To do")});
    if (choice.usesOffice365)
        items.append({tr("Add the added IP address ranges to the Office 365 inbound connector."), Item::Priority::Required, tr("To do")});
    const QString swap = tr("Replace the legacy TMEmS include in the SPF record with the Japan one.");
    if (!choice.outboundProtection)
        items.append({swap, Item::Priority::Recommended, tr("Not applicable: outbound protection is not enabled")});
    else if (!checked)
        items.append({swap, Item::Priority::Recommended, tr("Not checked")});
    else if (report.spfStatus == DomainReport::SpfStatus::TempError)
        items.append({swap, Item::Priority::Recommended, tr("Unknown: DNS did not answer; check again")});
    else if (report.usesLegacyInclude() && dataCenter != QLatin1String("jp"))
        items.append({swap, Item::Priority::Recommended, tr("Only if the data center is Japan: confirm it first")});
    else if (report.usesLegacyInclude())
        items.append({swap, Item::Priority::Recommended, tr("To do")});
    else if (report.tmemsInclude == DomainReport::TmemsInclude::Japan)
        items.append({swap, Item::Priority::Recommended, tr("Done")});
    else
        items.append({swap, Item::Priority::Recommended, tr("Not applicable: no TMEmS include in the record")});
    appendPlanned("fix-spf-record", repair);
    return items;
}

void SummaryPage::rebuild()
{
    m_tree->clear();
    for (const DomainInput &domain : m_session->validDomains()) {
        // The domain line spans the columns; its actions list priority and
        // status first so the long action text gets the remaining width.
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("%1 (%2)", "domain (data center)")
                            .arg(domain.unicode, UiUtil::dataCenterName(m_session->effectiveDataCenter(domain.ascii))));
        top->setFirstColumnSpanned(true);
        for (const Item &item : checklist(domain.ascii)) {
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, item.priority == Item::Priority::Required      ? tr("Required")
                              : item.priority == Item::Priority::Recommended ? tr("Recommended")
                                                                              : tr("Information"));
            child->setText(1, item.status);
            child->setText(ActionColumn, item.what);
            child->setToolTip(ActionColumn, UiUtil::plainToolTip(item.what));
            // A wrapped action is two lines high: its priority and status read from its first line.
            for (int column = 0; column <= ActionColumn; ++column)
                child->setTextAlignment(column, Qt::AlignLeft | Qt::AlignTop);
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
}

void SummaryPage::retranslate()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What to do for each domain. Export the report to share it, or save the session to continue later."));
    m_introLabel->setText(tr("Required actions keep mail flowing: without them, mail is blocked or fails its SPF "
                             "check. Recommended ones keep outbound mail passing SPF."));
    m_tree->setHeaderLabels({tr("Priority"), tr("Status"), tr("Action")});
    m_tree->setAccessibleName(tr("Checklist"));
    UiUtil::setButtonText(m_exportButton, tr("&Export report…"));
    UiUtil::setButtonText(m_saveButton, tr("&Save session…"));
    UiUtil::setButtonText(m_openFolderButton, tr("&Open folder"));
    if (!m_exportedPath.isEmpty())
        m_exportedLabel->setText(tr("Report saved to %1").arg(QDir::toNativeSeparators(m_exportedPath)));
    const bool canExport = static_cast<bool>(m_context->exportReport);
    m_exportButton->setEnabled(canExport);
    m_exportButton->setToolTip(canExport ? QString() : tr("Report export is not available in this build."));
    rebuild();
}
