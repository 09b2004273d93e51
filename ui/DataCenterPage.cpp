// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataCenterPage.h"

#include "DataCenterDetector.h"

#include "DomainChecker.h"
#include "MigrationSession.h"
#include "UiUtil.h"
#include "WrappedTextLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
enum Column { DomainColumn, MxColumn, DetectedColumn, ChoiceColumn, Office365Column, ColumnCount };
const QStringList ChoiceIds = {QStringLiteral("auto"), QStringLiteral("jp"), QStringLiteral("us"),
                               QStringLiteral("unsure")};
} // namespace

DataCenterPage::DataCenterPage(MigrationSession *session, WizardContext *context, QWidget *parent)
    : WizardPageBase(session, context, parent)
{
    setObjectName(QStringLiteral("dataCenterPage"));
}

void DataCenterPage::build()
{
    m_introLabel = new WrappedTextLabel(this);
    m_progressLabel = new WrappedTextLabel(this);
    m_detectButton = new QPushButton(this);
    m_table = UiUtil::newTable(ColumnCount, this);
    m_resizeTimer = new QTimer(this);
    m_columnFitter.emplace(m_table, QList<int>{DomainColumn, MxColumn, ChoiceColumn});
    m_widgetTimer = new QTimer(this);
    // Resizing columns reads every row; doing it per finished domain made
    // 200 domains cost seconds of frozen UI.
    m_widgetTimer->setSingleShot(true);
    m_widgetTimer->setInterval(0);
    connect(m_widgetTimer, &QTimer::timeout, this, &DataCenterPage::addRowWidgets);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(100);
    connect(m_resizeTimer, &QTimer::timeout, this, &DataCenterPage::resizeColumns);
    m_progressLabel->setObjectName(QStringLiteral("detectProgressLabel"));
    m_table->setObjectName(QStringLiteral("dataCenterTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The Detected column stretches; its longest texts ("not a TMEmS MX host:
    // choose...") wrap onto a second line rather than being cut, at 200% too.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == DetectedColumn)
            m_resizeTimer->start();
    });
    // Tab walks the table's controls and then leaves it; with Qt's default,
    // Tab cycles through the cells forever (a keyboard trap). Arrows still
    // move between cells.
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(DetectedColumn, QHeaderView::Stretch);
    m_detectButton->setObjectName(QStringLiteral("detectButton"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_progressLabel, 1);
    row->addWidget(m_detectButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    connect(m_detectButton, &QPushButton::clicked, this, &DataCenterPage::detect);
}

void DataCenterPage::initializePage()
{
    ensureBuilt();
    m_domains = m_session->validDomains();
    rebuildTable();
    bool allKnown = true;
    for (const DomainInput &domain : m_domains)
        allKnown = allKnown && m_session->hasReport(domain.ascii);
    if (!allKnown)
        detect();
}

void DataCenterPage::cleanupPage()
{
    if (m_checker)
        m_checker->cancel();
}

bool DataCenterPage::isComplete() const
{
    return !m_checker || !m_checker->isRunning();
}

void DataCenterPage::detect()
{
    if (!m_context->checkerFactory)
        return;
    delete m_checker;
    m_checker = m_context->checkerFactory(this);
    m_done = 0;
    connect(m_checker, &DomainChecker::domainFinished, this, &DataCenterPage::storeDetection);
    connect(m_checker, &DomainChecker::finished, this, [this](bool cancelled) {
        m_progress = cancelled ? Progress::Cancelled : Progress::Finished;
        showProgress();
        m_resizeTimer->stop();
        resizeColumns();
        m_detectButton->setEnabled(true);
        emit completeChanged();
    });
    m_detectButton->setEnabled(false);
    m_progress = Progress::Reading;
    showProgress();
    m_checker->start(m_domains, DomainChecker::Mode::DetectDataCenter);
    emit completeChanged();
}

void DataCenterPage::storeDetection(int index, const DomainReport &detected)
{
    const QString ascii = detected.domain.ascii;
    // Keep an earlier full analysis; only the detection part is new.
    DomainReport report = m_session->hasReport(ascii) ? m_session->report(ascii) : detected;
    report.dataCenterId = detected.dataCenterId;
    report.detectedFrom = detected.detectedFrom;
    report.mxHosts = detected.mxHosts;
    report.mxLookupFailed = detected.mxLookupFailed;
    if (detected.detectedFrom == DomainReport::DetectedFrom::None) {
        // The MX hosts name no site, but an earlier SPF check may have found the
        // Japan include: decide as that check did, so "Detect again" does not
        // turn a domain the SPF page called Japan back into "unknown".
        DataCenterDetection fromMx;
        fromMx.mxHosts = detected.mxHosts;
        fromMx.dnsFailure = detected.mxLookupFailed;
        const DataCenterDetection decided =
            DataCenterDetector::decide(fromMx, report.tmemsInclude, QStringLiteral("auto"), m_context->catalog);
        report.dataCenterId = decided.id;
        report.detectedFrom = decided.detectedFrom;
    }
    if (!detected.mxLookupFailed) {
        // Whether the domain exists is news from this lookup; an earlier check
        // may predate a fix in DNS (or of a typo, if the list was edited).
        report.problems.removeIf([](const SpfProblem &p) { return p.code == QLatin1String("domain-not-found"); });
        for (const SpfProblem &p : detected.problems) {
            if (p.code == QLatin1String("domain-not-found"))
                report.problems.append(p);
        }
    }
    m_session->setReport(report);
    ++m_done;
    showProgress();
    updateRow(index);
}

void DataCenterPage::showProgress()
{
    switch (m_progress) {
    case Progress::None: m_progressLabel->clear(); break;
    case Progress::Reading:
        m_progressLabel->setText(tr("Reading MX records: %1 of %2").arg(m_done).arg(m_domains.size()));
        break;
    case Progress::Finished: m_progressLabel->setText(tr("Detection finished.")); break;
    case Progress::Cancelled: m_progressLabel->setText(tr("Detection cancelled.")); break;
    }
}

QString DataCenterPage::detectedText(const QString &ascii) const
{
    if (!m_session->hasReport(ascii))
        return m_checker && m_checker->isRunning() ? tr("Checking…") : tr("Not checked");
    const DomainReport report = m_session->report(ascii);
    if (report.domainNotFound())
        return tr("Not in DNS: check the spelling of the domain name.");
    QString detected = report.dataCenterId;
    if (report.detectedFrom == DomainReport::DetectedFrom::Option) {
        // A check made with the administrator's choice: the column still says
        // what the MX hosts show.
        const CatalogDataCenter *fromMx = m_context->catalog.dataCenterForMxHosts(report.mxHosts);
        detected = fromMx ? fromMx->id : QString();
    }
    if ((report.detectedFrom == DomainReport::DetectedFrom::None || detected.isEmpty()) && report.mxLookupFailed)
        return tr("DNS did not answer: detect again, or choose the data center yourself.");
    if (report.detectedFrom == DomainReport::DetectedFrom::None || detected.isEmpty())
        return tr("Not a TMEmS MX host: choose the data center yourself.");
    const QString name = UiUtil::dataCenterName(detected);
    if (detected == QLatin1String("jp"))
        return tr("%1: changes needed", "data center name").arg(name);
    return tr("%1: no change needed", "data center name").arg(name);
}

void DataCenterPage::rebuildTable()
{
    m_table->setRowCount(m_domains.size());
    m_columnFitter->reset();
    for (int row = 0; row < m_domains.size(); ++row)
        updateRow(row);
    // The override combo boxes are real widgets; hundreds of them at once would
    // freeze the window, so they are added a few rows per event-loop turn.
    m_nextWidgetRow = 0;
    m_widgetTimer->start();
}

void DataCenterPage::addRowWidgets()
{
    const int end = qMin(m_domains.size(), m_nextWidgetRow + WidgetRowsPerTurn);
    for (int row = m_nextWidgetRow; row < end; ++row) {
        const QString ascii = m_domains.at(row).ascii;
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("dataCenterComboBox_%1").arg(row));
        for (int i = 0; i < ChoiceIds.size(); ++i)
            combo->addItem(QString(), ChoiceIds.at(i));
        auto *office = new QCheckBox(m_table);
        office->setObjectName(QStringLiteral("office365CheckBox_%1").arg(row));
        m_table->setCellWidget(row, ChoiceColumn, combo);
        m_table->setCellWidget(row, Office365Column, office);
        // Cell widgets join the focus chain wherever Qt put them; put them in
        // row order right after the table, so Tab reaches each one in turn.
        QWidget *previous = row == 0 ? static_cast<QWidget *>(m_table) : m_table->cellWidget(row - 1, Office365Column);
        if (previous) {
            QWidget::setTabOrder(previous, combo);
            QWidget::setTabOrder(combo, office);
        }
        combo->installEventFilter(this);
        office->installEventFilter(this);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, ascii, combo] {
            DomainChoice choice = m_session->choice(ascii);
            choice.dataCenter = combo->currentData().toString();
            m_session->setChoice(ascii, choice);
        });
        connect(office, &QCheckBox::toggled, this, [this, ascii](bool on) {
            DomainChoice choice = m_session->choice(ascii);
            choice.usesOffice365 = on;
            m_session->setChoice(ascii, choice);
        });
        translateRowWidgets(row);
        updateRow(row);
    }
    m_nextWidgetRow = end;
    if (m_nextWidgetRow < m_domains.size())
        m_widgetTimer->start();
}

bool DataCenterPage::eventFilter(QObject *watched, QEvent *event)
{
    // A cell widget reached with Tab becomes the current cell, so the table
    // scrolls to it and the row is highlighted.
    if (event->type() != QEvent::FocusIn)
        return WizardPageBase::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (widget && widget->parentWidget() == m_table->viewport()) {
        const QModelIndex index = m_table->indexAt(widget->geometry().center());
        if (index.isValid() && index != m_table->currentIndex())
            m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    return WizardPageBase::eventFilter(watched, event);
}

void DataCenterPage::translateRowWidgets(int row)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn))) {
        combo->setItemText(0, tr("As detected"));
        combo->setItemText(1, UiUtil::dataCenterName(QStringLiteral("jp")));
        combo->setItemText(2, UiUtil::dataCenterName(QStringLiteral("us")));
        combo->setItemText(3, UiUtil::dataCenterName(QStringLiteral("unsure")));
    }
}

void DataCenterPage::updateRow(int row)
{
    if (row < 0 || row >= m_domains.size())
        return;
    const DomainInput &domain = m_domains.at(row);
    const DomainReport report = m_session->report(domain.ascii);
    const DomainChoice choice = m_session->choice(domain.ascii);
    m_table->setItem(row, DomainColumn, new QTableWidgetItem(domain.unicode));
    const QString mx = !report.mxHosts.isEmpty() ? report.mxHosts.join(QStringLiteral(", "))
                       : report.mxLookupFailed   ? tr("(MX lookup failed: DNS error)")
                       : report.domainNotFound() ? tr("(the domain does not exist)")
                                                 : tr("(no MX record)");
    m_table->setItem(row, MxColumn, new QTableWidgetItem(mx));
    auto *detected = new QTableWidgetItem(detectedText(domain.ascii));
    detected->setToolTip(UiUtil::plainToolTip(detected->text()));
    m_table->setItem(row, DetectedColumn, detected);
    UiUtil::fitRowHeight(m_table, row, DetectedColumn);
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn))) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(qMax(0, ChoiceIds.indexOf(choice.dataCenter)));
        combo->setAccessibleName(tr("Data center of %1").arg(domain.unicode));
    }
    if (auto *office = qobject_cast<QCheckBox *>(m_table->cellWidget(row, Office365Column))) {
        const QSignalBlocker blocker(office);
        office->setChecked(choice.usesOffice365);
        office->setAccessibleName(tr("%1 uses Office 365").arg(domain.unicode));
    }
    m_columnFitter->noteRow(row);
    m_resizeTimer->start();
}

void DataCenterPage::retranslate()
{
    setTitle(tr("Data center"));
    setSubTitle(tr("Only domains on the Japan data center need changes."));
    m_introLabel->setText(tr("The data center is read from each domain's MX host. Correct it if you know better; "
                             "choose \"Not sure\" to be asked to accept the added ranges to be safe (the SPF change "
                             "waits until the data center is confirmed). Tick Office 365 for domains whose mail TMEmS "
                             "delivers to Exchange Online."));
    UiUtil::setButtonText(m_detectButton, tr("&Detect again"));
    m_table->setHorizontalHeaderLabels(
        {tr("Domain"), tr("MX host (evidence)"), tr("Detected"), tr("Data center"), tr("Office 365")});
    m_table->setAccessibleName(tr("Data center of each domain"));
    showProgress();
    m_columnFitter->reset();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        translateRowWidgets(row);
        updateRow(row);
    }
}

void DataCenterPage::resizeColumns()
{
    m_columnFitter->apply();
    for (int row = 0; row < m_table->rowCount(); ++row)
        UiUtil::fitRowHeight(m_table, row, DetectedColumn);
}
