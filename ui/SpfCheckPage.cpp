// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfCheckPage.h"

#include "DomainChecker.h"
#include "MigrationSession.h"
#include "SpfDetailsView.h"
#include "StatusIcons.h"
#include "UiUtil.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
enum Column { DomainColumn, StatusColumn, LookupsColumn, IncludeColumn, CoverageColumn, ColumnCount };
}

SpfCheckPage::SpfCheckPage(MigrationSession *session, WizardContext *context, QWidget *parent)
    : WizardPageBase(session, context, parent)
{
    setObjectName(QStringLiteral("spfCheckPage"));
}

void SpfCheckPage::build()
{
    m_progressLabel = new QLabel(this);
    m_progressBar = new QProgressBar(this);
    m_cancelButton = new QPushButton(this);
    m_recheckButton = new QPushButton(this);
    m_table = UiUtil::newTable(ColumnCount, this);
    m_resizeTimer = new QTimer(this);
    m_columnFitter.emplace(m_table, QList<int>{DomainColumn, StatusColumn, LookupsColumn, IncludeColumn});
    m_details = new SpfDetailsView(m_session, &m_context->catalog, this);
    // Resizing columns reads every row; doing it per finished domain made
    // 200 domains cost seconds of frozen UI.
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(100);
    connect(m_resizeTimer, &QTimer::timeout, this, &SpfCheckPage::resizeColumns);
    m_progressLabel->setObjectName(QStringLiteral("spfProgressLabel"));
    m_progressBar->setObjectName(QStringLiteral("spfProgressBar"));
    m_cancelButton->setObjectName(QStringLiteral("cancelCheckButton"));
    m_recheckButton->setObjectName(QStringLiteral("recheckButton"));
    m_table->setObjectName(QStringLiteral("spfResultsTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    // Arrows choose the domain; Tab goes on to its details instead of
    // cycling through the cells forever (Qt's default is a keyboard trap).
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_cancelButton);
    progressRow->addWidget(m_recheckButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(splitter, 1);

    connect(m_cancelButton, &QPushButton::clicked, this, &SpfCheckPage::cancelCheck);
    connect(m_recheckButton, &QPushButton::clicked, this, [this] { startCheck(true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SpfCheckPage::showSelected);
    connect(m_session, &MigrationSession::choicesChanged, this, [this](const QString &ascii) {
        for (int row = 0; row < m_domains.size(); ++row) {
            if (m_domains.at(row).ascii == ascii)
                updateRow(row);
        }
    });
}

bool SpfCheckPage::isFullReport(const DomainReport &report)
{
    // Only a full check decides actions; detection alone leaves them empty.
    return !report.actions.isEmpty();
}

void SpfCheckPage::initializePage()
{
    ensureBuilt();
    m_domains = m_session->validDomains();
    m_table->setRowCount(m_domains.size());
    m_columnFitter->reset();
    m_rowState.clear();
    startCheck(false);
    // startCheck() drew the rows it queued; draw the others.
    for (int row = 0; row < m_domains.size(); ++row) {
        if (!m_rowState.contains(row))
            updateRow(row);
    }
    // Selecting lays out the table and fills the details pane: ~10 ms with 200
    // rows, kept out of the Next click and done in the next event-loop turn.
    QTimer::singleShot(0, this, [this] {
        if (m_table->rowCount() > 0 && m_table->currentRow() < 0)
            m_table->selectRow(0);
        else
            showSelected(); // back from an earlier page: the choices may have changed
    });
}

void SpfCheckPage::cleanupPage()
{
    cancelCheck();
}

bool SpfCheckPage::isComplete() const
{
    return !isRunning();
}

bool SpfCheckPage::isRunning() const
{
    return m_checker && m_checker->isRunning();
}

QString SpfCheckPage::engineDataCenter(const QString &ascii) const
{
    // "Not sure" is the administrator's doubt, not a site: the engine detects.
    const QString chosen = m_session->choice(ascii).dataCenter;
    return m_context->catalog.dataCenter(chosen) ? chosen : QStringLiteral("auto");
}

bool SpfCheckPage::reportMatchesChoice(const QString &ascii) const
{
    // The proposal and the actions depend on the site: a report made before the
    // administrator named another one is out of date.
    const DomainReport report = m_session->report(ascii);
    // A proposal is only ever made for a Japan domain: one beside any other site
    // comes from an older version or was left by a later detection; check again.
    const CatalogDataCenter *reportSite = m_context->catalog.dataCenter(report.dataCenterId);
    if (!report.proposedRecord.isNull() && !(reportSite && reportSite->changeRequired))
        return false;
    const QString site = engineDataCenter(ascii);
    if (site == QLatin1String("auto"))
        return report.detectedFrom != DomainReport::DetectedFrom::Option;
    return report.detectedFrom == DomainReport::DetectedFrom::Option && report.dataCenterId == site;
}

void SpfCheckPage::startCheck(bool all)
{
    cancelCheck();
    QList<DomainInput> toCheck;
    QHash<QString, QString> dataCenters;
    m_rowsOfRun.clear();
    m_rowState.clear();
    for (int row = 0; row < m_domains.size(); ++row) {
        const QString ascii = m_domains.at(row).ascii;
        if (all || !m_session->hasReport(ascii) || !isFullReport(m_session->report(ascii))
            || !reportMatchesChoice(ascii)) {
            const QString site = engineDataCenter(ascii);
            if (site != QLatin1String("auto"))
                dataCenters.insert(ascii, site);
            toCheck.append(m_domains.at(row));
            m_rowsOfRun.append(row);
            m_rowState.insert(row, QStringLiteral("waiting"));
            updateRow(row);
        }
    }
    m_done = 0;
    m_cancelled = false;
    if (toCheck.isEmpty() || !m_context->checkerFactory) {
        updateProgress();
        return;
    }
    delete m_checker;
    m_checker = m_context->checkerFactory(this);
    connect(m_checker, &DomainChecker::domainStarted, this, &SpfCheckPage::onDomainStarted);
    connect(m_checker, &DomainChecker::domainFinished, this, &SpfCheckPage::onDomainFinished);
    connect(m_checker, &DomainChecker::finished, this, &SpfCheckPage::onFinished);
    m_checker->start(toCheck, DomainChecker::Mode::Full, dataCenters);
    updateProgress();
    emit completeChanged();
}

void SpfCheckPage::cancelCheck()
{
    if (isRunning())
        m_checker->cancel();
}

void SpfCheckPage::onDomainStarted(int index)
{
    const int row = m_rowsOfRun.value(index, -1);
    m_rowState.insert(row, QStringLiteral("checking"));
    updateRow(row);
}

void SpfCheckPage::onDomainFinished(int index, const DomainReport &report)
{
    const int row = m_rowsOfRun.value(index, -1);
    m_rowState.remove(row);
    m_session->setReport(report);
    ++m_done;
    updateRow(row);
    updateProgress();
    if (m_table->currentRow() == row)
        showSelected();
}

void SpfCheckPage::onFinished(bool cancelled)
{
    m_cancelled = cancelled;
    m_resizeTimer->stop();
    resizeColumns();
    for (auto it = m_rowState.begin(); it != m_rowState.end(); ++it) {
        it.value() = QStringLiteral("cancelled");
        updateRow(it.key());
    }
    updateProgress();
    emit completeChanged();
}

void SpfCheckPage::updateProgress()
{
    const int total = m_rowsOfRun.size();
    m_progressBar->setRange(0, qMax(1, total));
    m_progressBar->setValue(total == 0 ? 1 : m_done);
    if (isRunning())
        m_progressLabel->setText(tr("Checking %1 of %2 domains…").arg(m_done).arg(total));
    else if (m_cancelled)
        m_progressLabel->setText(tr("Cancelled after %1 of %2 domains.").arg(m_done).arg(total));
    else
        m_progressLabel->setText(tr("Check finished."));
    m_cancelButton->setEnabled(isRunning());
    m_recheckButton->setEnabled(!isRunning());
}

void SpfCheckPage::updateRow(int row)
{
    if (row < 0 || row >= m_domains.size())
        return;
    const QString ascii = m_domains.at(row).ascii;
    const DomainReport report = m_session->report(ascii);
    const QString state = m_rowState.value(row);
    QIcon icon;
    QString status;
    QString lookups = tr("—", "no value");
    QString include = lookups;
    QString coverage = lookups;
    if (state == QLatin1String("waiting")) {
        status = tr("Waiting");
    } else if (state == QLatin1String("checking")) {
        status = tr("Checking…");
        icon = StatusIcons::icon(StatusIcons::Kind::Busy);
    } else if (state == QLatin1String("cancelled")) {
        status = tr("Not checked (cancelled)");
        icon = StatusIcons::icon(StatusIcons::Kind::Warning);
    } else if (!m_session->hasReport(ascii) || !isFullReport(report)) {
        status = tr("Not checked");
    } else {
        using S = DomainReport::SpfStatus;
        const bool legacy = report.usesLegacyInclude();
        if (report.spfStatus == S::PermError) {
            status = tr("SPF record broken");
            icon = StatusIcons::icon(StatusIcons::Kind::Error);
        } else if (report.hasDnsFailure()) {
            // The MX question too: the site, and so what to do, is not known yet.
            status = tr("DNS did not answer");
            icon = StatusIcons::icon(StatusIcons::Kind::Warning);
        } else if (report.domainNotFound()) {
            status = tr("Domain does not exist");
            icon = StatusIcons::icon(StatusIcons::Kind::Error);
        } else if (report.action(QLatin1String("restore-legacy-include"))) {
            // The swap made on a site it does not fit: its mail fails SPF (the engine's plan).
            status = tr("Restore the legacy include");
            icon = StatusIcons::icon(StatusIcons::Kind::Warning);
        } else if (!m_session->needsJapanChanges(ascii)) {
            status = tr("No change needed");
            icon = StatusIcons::icon(StatusIcons::Kind::Ok);
        } else if (report.spfStatus == S::None) {
            status = tr("No SPF record");
            icon = StatusIcons::icon(StatusIcons::Kind::Warning);
        } else if (m_session->effectiveDataCenter(ascii) != QLatin1String("jp")) {
            // Site unknown: action 1 stands only if it is Japan, and the swap is
            // right only there. Confirming it comes first, as check says.
            status = tr("Confirm the data center");
            icon = StatusIcons::icon(StatusIcons::Kind::Information);
        } else if (legacy && m_session->choice(ascii).outboundProtection) {
            status = tr("Change recommended");
            icon = StatusIcons::icon(StatusIcons::Kind::Information);
        } else {
            status = tr("OK");
            icon = StatusIcons::icon(StatusIcons::Kind::Ok);
        }
        // A name DNS does not know has nothing to count or cover: those cells say "—".
        if (!report.domainNotFound()) {
            if (!report.lookupsComplete()) {
                lookups = tr("Unknown", "DNS lookups, DNS failed");
            } else if (!report.tree.domain.isEmpty()) {
                lookups = report.proposedLookups >= 0
                    ? tr("%1 → %2", "lookups now → after").arg(report.lookups).arg(report.proposedLookups)
                    : QLocale().toString(report.lookups);
            }
            switch (report.tmemsInclude) {
            case DomainReport::TmemsInclude::None:
                include = report.tmemsIncludeUnknown() ? tr("Unknown", "TMEmS include, DNS failed") : tr("None");
                break;
            case DomainReport::TmemsInclude::Legacy: include = tr("Legacy (global)"); break;
            case DomainReport::TmemsInclude::Japan: include = tr("Japan"); break;
            case DomainReport::TmemsInclude::Both: include = tr("Both"); break;
            }
            const DomainReport::CoverageCount ranges = report.coverageCount(false);
            // DNS failed: "0 of 7" would read as a finding about the record.
            if (ranges.total > 0 && ranges.unknown == ranges.total)
                coverage = tr("Unknown", "coverage, DNS failed");
            else if (ranges.unknown > 0)
                coverage = tr("%1 of %2 ranges, %3 unknown").arg(ranges.full).arg(ranges.total).arg(ranges.unknown);
            else if (ranges.total > 0)
                coverage = tr("%1 of %2 ranges").arg(ranges.full).arg(ranges.total);
        }
    }
    m_table->setItem(row, DomainColumn, new QTableWidgetItem(m_domains.at(row).unicode));
    auto *statusItem = new QTableWidgetItem(icon, status);
    statusItem->setToolTip(UiUtil::plainToolTip(status));
    m_table->setItem(row, StatusColumn, statusItem);
    m_table->setItem(row, LookupsColumn, new QTableWidgetItem(lookups));
    m_table->setItem(row, IncludeColumn, new QTableWidgetItem(include));
    m_table->setItem(row, CoverageColumn, new QTableWidgetItem(coverage));
    m_columnFitter->noteRow(row);
    m_resizeTimer->start();
}

void SpfCheckPage::showSelected()
{
    const int row = m_table->currentRow();
    m_details->showDomain(row >= 0 && row < m_domains.size() ? m_domains.at(row).ascii : QString());
}

void SpfCheckPage::retranslate()
{
    setTitle(tr("SPF check"));
    setSubTitle(tr("Each domain's SPF record: is it healthy, and does it use the legacy TMEmS include?"));
    UiUtil::setButtonText(m_cancelButton, tr("&Cancel check"));
    UiUtil::setButtonText(m_recheckButton, tr("Check &again"));
    m_progressBar->setAccessibleName(tr("Check progress"));
    m_table->setHorizontalHeaderLabels(
        {tr("Domain"), tr("Status"), tr("Lookups now → after"), tr("TMEmS include"), tr("Japan ranges covered")});
    m_table->setAccessibleName(tr("SPF results"));
    m_columnFitter->reset();
    for (int row = 0; row < m_table->rowCount(); ++row)
        updateRow(row);
    updateProgress();
}

void SpfCheckPage::resizeColumns()
{
    m_columnFitter->apply();
}
