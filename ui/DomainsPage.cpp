// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainsPage.h"

#include "DomainsFile.h"
#include "MigrationSession.h"
#include "SaveLocation.h"
#include "ShapingStyle.h"
#include "StatusIcons.h"
#include "UiUtil.h"
#include "WrappedTextLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

DomainsPage::DomainsPage(MigrationSession *session, WizardContext *context, QWidget *parent)
    : WizardPageBase(session, context, parent)
{
    setObjectName(QStringLiteral("domainsPage"));
}

void DomainsPage::initializePage()
{
    ensureBuilt();
    WizardPageBase::initializePage();
}

void DomainsPage::build()
{
    m_introLabel = new WrappedTextLabel(this);
    m_pasteEdit = new QPlainTextEdit(this);
    m_addButton = new QPushButton(this);
    m_importButton = new QPushButton(this);
    m_table = UiUtil::newTable(ColumnCount, this);
    m_removeButton = new QPushButton(this);
    m_countLabel = new QLabel(this);
    m_statusLabel = new WrappedTextLabel(this);
    m_pasteEdit->setObjectName(QStringLiteral("domainsPasteEdit"));
    m_pasteEdit->setTabChangesFocus(true);
    m_pasteEdit->setMaximumHeight(m_pasteEdit->fontMetrics().lineSpacing() * 5);
    // Pasted text may be in any script, and a text edit draws without the style.
    connect(m_pasteEdit, &QPlainTextEdit::textChanged, this,
            [this] { ShapingStyle::shapeTextOf(m_pasteEdit, m_pasteEdit->toPlainText()); });
    m_addButton->setObjectName(QStringLiteral("addDomainsButton"));
    m_importButton->setObjectName(QStringLiteral("importDomainsButton"));
    m_removeButton->setObjectName(QStringLiteral("removeDomainButton"));
    m_table->setObjectName(QStringLiteral("domainsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A refused entry's reason wraps onto more lines rather than being cut.
    m_table->setWordWrap(true);
    m_fitRowsTimer = new QTimer(this);
    m_fitRowsTimer->setSingleShot(true);
    m_fitRowsTimer->setInterval(100); // once a resize has settled
    connect(m_fitRowsTimer, &QTimer::timeout, this, &DomainsPage::fitRows);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        // Once a resize (a drag) has settled; before the table is on screen,
        // its first paint fits the rows (see eventFilter()).
        if (column == StatusColumn && m_tableOnScreen)
            m_fitRowsTimer->start();
    });
    m_table->viewport()->installEventFilter(this);
    // Tab leaves the table for the Remove button (Qt's default cycles the cells).
    m_table->setTabKeyNavigation(false);
    m_countLabel->setObjectName(QStringLiteral("domainCountLabel"));
    m_statusLabel->setObjectName(QStringLiteral("domainsStatusLabel"));
    // Plain text (WrappedTextLabel): it quotes pasted entries.

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch();
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_pasteEdit, 1);
    pasteRow->addLayout(buttons);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_countLabel, 1);
    tableRow->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(pasteRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableRow);

    connect(m_addButton, &QPushButton::clicked, this, &DomainsPage::addPastedText);
    connect(m_importButton, &QPushButton::clicked, this, &DomainsPage::importFile);
    connect(m_removeButton, &QPushButton::clicked, this, &DomainsPage::removeSelected);
    connect(m_session, &MigrationSession::domainsChanged, this, &DomainsPage::refresh);
}

bool DomainsPage::isComplete() const
{
    return !m_session->validDomains().isEmpty();
}

void DomainsPage::addPastedText()
{
    const QStringList items = DomainName::splitList(m_pasteEdit->toPlainText());
    QStringList alreadyListed;
    const int added = m_session->addDomainInputs(items, &alreadyListed);
    m_pasteEdit->clear();
    setStatus([added, alreadyListed] { return addedText(added, alreadyListed, false); });
}

void DomainsPage::importFile()
{
    if (!m_context->saveLocation)
        return;
    const QString path = m_context->saveLocation->openFileName(
        this, tr("Import domains"), tr("Text or CSV files (*.txt *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const QStringList entries = DomainsFile::read(path, &error);
    if (!error.isEmpty()) {
        setStatus([error] { return error; });
        return;
    }
    QStringList alreadyListed;
    const int added = m_session->addDomainInputs(entries, &alreadyListed);
    setStatus([added, alreadyListed] { return addedText(added, alreadyListed, true); });
}

void DomainsPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_session->removeDomainInput(row);
}

void DomainsPage::setStatus(std::function<QString()> text)
{
    m_status = std::move(text);
    m_statusLabel->setText(m_status());
}

QString DomainsPage::addedText(int added, const QStringList &alreadyListed, bool imported)
{
    const QString done = imported ? tr("%n entry(s) imported.", nullptr, added) : tr("%n entry(s) added.", nullptr, added);
    if (alreadyListed.isEmpty())
        return done;
    // Name a few, so the administrator sees which paste lines went nowhere.
    constexpr int Named = 5;
    QStringList named = alreadyListed.mid(0, Named);
    if (alreadyListed.size() > Named)
        named.append(tr("%n more", "entries not named in the list", alreadyListed.size() - Named));
    const QString skipped = tr("%n entry(s) already in the list, so not added again: %1", nullptr, alreadyListed.size())
                                .arg(QLocale().createSeparatedList(named));
    return tr("%1 %2", "entries added, then entries already in the list").arg(done, skipped);
}

void DomainsPage::refresh()
{
    const QList<DomainInput> entries = m_session->entries();
    m_table->setRowCount(entries.size());
    const QIcon okIcon = StatusIcons::icon(StatusIcons::Kind::Ok);
    const QIcon badIcon = StatusIcons::icon(StatusIcons::Kind::Warning);
    int invalid = 0;
    for (int row = 0; row < entries.size(); ++row) {
        const DomainInput &entry = entries.at(row);
        QString shown;
        if (entry.isValid())
            shown = entry.isInternationalized() ? tr("%1 (%2)", "IDN: Unicode form (A-label)").arg(entry.unicode, entry.ascii)
                                                : entry.ascii;
        auto *status = new QTableWidgetItem(entry.isValid() ? okIcon : badIcon,
                                            entry.isValid() ? tr("OK") : entry.error);
        status->setToolTip(UiUtil::plainToolTip(status->text()));
        m_table->setItem(row, EnteredColumn, new QTableWidgetItem(entry.input));
        m_table->setItem(row, DomainColumn, new QTableWidgetItem(shown));
        m_table->setItem(row, StatusColumn, status);
        invalid += entry.isValid() ? 0 : 1;
    }
    m_table->resizeColumnToContents(EnteredColumn);
    m_table->resizeColumnToContents(DomainColumn);
    // Off screen the status column's width is not final yet (a page built
    // ahead, a restored session): the table's first paint fits the rows.
    if (m_tableOnScreen)
        fitRows();
    const int valid = m_session->validDomains().size();
    QString count = tr("%n domain(s) ready to check.", nullptr, valid);
    if (invalid > 0)
        count = tr("%1 %2", "ready count, then refused count").arg(count, tr("%n entry(s) refused; see the reason in the list.", nullptr, invalid));
    m_countLabel->setText(count);
    m_removeButton->setEnabled(!entries.isEmpty());
    emit completeChanged();
}

bool DomainsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_table->viewport() && !m_tableOnScreen) {
        // The table's widths are final only once the shown page is laid out,
        // in steps that do not all say so (the stretched last column): its
        // first paint fits the rows to the width it draws them at.
        m_tableOnScreen = true;
        fitRows();
    }
    return WizardPageBase::eventFilter(watched, event);
}

void DomainsPage::hideEvent(QHideEvent *event)
{
    m_tableOnScreen = false;
    WizardPageBase::hideEvent(event);
}

void DomainsPage::fitRows()
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        UiUtil::fitRowHeight(m_table, row, StatusColumn);
}

void DomainsPage::retranslate()
{
    setTitle(tr("Domains"));
    setSubTitle(tr("Enter every domain registered in the TMEmS management console's [Domains] screen."));
    m_introLabel->setText(tr("Paste one domain a line, several separated by commas, or e-mail addresses; "
                             "then choose Add. Japanese (IDN) domains are accepted."));
    // The English example keeps to Latin letters: a kanji in it would make an
    // English interface search the fallback fonts and load the Japanese face
    // for the placeholder alone (a restored English start went from 1.86x to
    // 1.64x and lost about 3 MB without it); the sentence above says Japanese
    // domains are accepted.
    //: The Japanese translation shows a Japanese domain name, such as 例え.jp.
    m_pasteEdit->setPlaceholderText(tr("example.co.jp\nuser@example.jp, example.com"));
    m_pasteEdit->setAccessibleName(tr("Domains to add"));
    UiUtil::setButtonText(m_addButton, tr("&Add"));
    UiUtil::setButtonText(m_importButton, tr("&Import from file…"));
    UiUtil::setButtonText(m_removeButton, tr("&Remove selected"));
    m_table->setHorizontalHeaderLabels({tr("Entered"), tr("Domain"), tr("Status")});
    m_table->setAccessibleName(tr("Domain list"));
    m_statusLabel->setText(m_status ? m_status() : QString());
    refresh();
}
