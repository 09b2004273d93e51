// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboundServersPage.h"

#include "MigrationSession.h"
#include "SaveLocation.h"
#include "SnippetSource.h"
#include "UiUtil.h"
#include "WrappedTextLabel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

InboundServersPage::InboundServersPage(MigrationSession *session, WizardContext *context, QWidget *parent)
    : WizardPageBase(session, context, parent)
{
    setObjectName(QStringLiteral("inboundServersPage"));
}

void InboundServersPage::build()
{
    m_introLabel = new WrappedTextLabel(this);
    m_allRadio = new QRadioButton(this);
    m_addedRadio = new QRadioButton(this);
    m_rangesEdit = new QPlainTextEdit(this);
    m_copyRangesButton = new QPushButton(this);
    m_platformLabel = new QLabel(this);
    m_platformComboBox = new QComboBox(this);
    m_snippetEdit = new QPlainTextEdit(this);
    m_copySnippetButton = new QPushButton(this);
    m_saveSnippetButton = new QPushButton(this);
    m_statusLabel = new WrappedTextLabel(this);
    m_introLabel->setObjectName(QStringLiteral("inboundIntroLabel"));
    m_allRadio->setObjectName(QStringLiteral("allRangesRadioButton"));
    m_addedRadio->setObjectName(QStringLiteral("addedRangesRadioButton"));
    m_rangesEdit->setObjectName(QStringLiteral("rangesEdit"));
    m_copyRangesButton->setObjectName(QStringLiteral("copyRangesButton"));
    m_platformComboBox->setObjectName(QStringLiteral("platformComboBox"));
    m_snippetEdit->setObjectName(QStringLiteral("snippetPreviewEdit"));
    m_copySnippetButton->setObjectName(QStringLiteral("copySnippetButton"));
    m_saveSnippetButton->setObjectName(QStringLiteral("saveSnippetButton"));
    m_statusLabel->setObjectName(QStringLiteral("inboundStatusLabel"));
    for (QPlainTextEdit *edit : {m_rangesEdit, m_snippetEdit}) {
        edit->setReadOnly(true);
        edit->setFont(UiUtil::monospaceFont());
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setTabChangesFocus(true);
    }
    m_rangesEdit->setMaximumHeight(m_rangesEdit->fontMetrics().lineSpacing() * 8);
    m_platformLabel->setBuddy(m_platformComboBox);

    auto *rangeChoice = new QHBoxLayout;
    rangeChoice->addWidget(m_allRadio);
    rangeChoice->addWidget(m_addedRadio);
    rangeChoice->addStretch();
    rangeChoice->addWidget(m_copyRangesButton);
    auto *platformRow = new QHBoxLayout;
    platformRow->addWidget(m_platformLabel);
    platformRow->addWidget(m_platformComboBox, 1);
    platformRow->addWidget(m_copySnippetButton);
    platformRow->addWidget(m_saveSnippetButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(rangeChoice);
    layout->addWidget(m_rangesEdit);
    layout->addLayout(platformRow);
    layout->addWidget(m_snippetEdit, 1);
    layout->addWidget(m_statusLabel);

    fillPlatforms();
    connect(m_allRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_session->setAddedRangesOnly(!on);
        updateTexts();
    });
    connect(m_platformComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString platform = m_platformComboBox->currentData().toString();
        for (const QString &ascii : japanDomains()) {
            DomainChoice choice = m_session->choice(ascii);
            choice.firewallPlatform = platform;
            m_session->setChoice(ascii, choice);
        }
        updateTexts();
    });
    connect(m_copyRangesButton, &QPushButton::clicked, this, &InboundServersPage::copyRanges);
    connect(m_copySnippetButton, &QPushButton::clicked, this, &InboundServersPage::copySnippet);
    connect(m_saveSnippetButton, &QPushButton::clicked, this, &InboundServersPage::saveSnippet);
}

void InboundServersPage::fillPlatforms()
{
    const QSignalBlocker blocker(m_platformComboBox);
    const QString current = m_platformComboBox->currentData().toString();
    m_platformComboBox->clear();
    for (const QString &id : SnippetSource::platforms())
        m_platformComboBox->addItem(SnippetSource::platformName(id), id);
    m_platformComboBox->setCurrentIndex(qMax(0, m_platformComboBox->findData(current)));
}

QStringList InboundServersPage::japanDomains() const
{
    QStringList result;
    for (const DomainInput &domain : m_session->validDomains()) {
        if (m_session->needsJapanChanges(domain.ascii))
            result.append(domain.ascii);
    }
    return result;
}

void InboundServersPage::initializePage()
{
    ensureBuilt();
    {
        const QSignalBlocker blocker(m_allRadio);
        m_allRadio->setChecked(!m_session->addedRangesOnly());
        m_addedRadio->setChecked(m_session->addedRangesOnly());
    }
    const QStringList domains = japanDomains();
    if (!domains.isEmpty()) {
        // No platform chosen in this session (one just opened, say) is the
        // first, as in a new window: not whatever the last session chose.
        const QString chosen = m_session->choice(domains.first()).firewallPlatform;
        const QSignalBlocker blocker(m_platformComboBox);
        m_platformComboBox->setCurrentIndex(qMax(0, m_platformComboBox->findData(chosen)));
    }
    m_statusLabel->clear();
    updateTexts();
}

int InboundServersPage::nextId() const
{
    // Office 365 only matters for Japan-side domains whose admin ticked it.
    for (const QString &ascii : japanDomains()) {
        if (m_session->choice(ascii).usesOffice365)
            return static_cast<int>(PageId::Office365);
    }
    return static_cast<int>(PageId::Summary);
}

void InboundServersPage::updateTexts()
{
    const QStringList domains = japanDomains();
    const bool needed = !domains.isEmpty();
    QStringList shown;
    for (const QString &ascii : domains)
        shown.append(DomainName::normalize(ascii).unicode);
    m_introLabel->setText(
        needed ? tr("Required for %1: let every inbound server (firewall, mail server) accept mail on TCP port 25 "
                    "from the Japan data center's ranges. Keep the existing ranges; add the new ones.")
                     .arg(QLocale().createSeparatedList(shown))
               : tr("No change needed: none of your domains is on the Japan data center. "
                    "You can still look at the ranges below."));
    const bool addedOnly = m_session->addedRangesOnly();
    m_rangesEdit->setPlainText(SnippetSource::ranges(m_context->catalog, addedOnly).join(QLatin1Char('\n')));
    QString error;
    const QString snippet = SnippetSource::snippet(m_context->catalog, m_platformComboBox->currentData().toString(),
                                                   addedOnly, &error);
    m_snippetEdit->setPlainText(snippet.isEmpty() ? error : snippet);
    m_copySnippetButton->setEnabled(!snippet.isEmpty());
    m_saveSnippetButton->setEnabled(!snippet.isEmpty());
}

void InboundServersPage::copyRanges()
{
    UiUtil::copyText(m_rangesEdit->toPlainText());
    m_statusLabel->setText(tr("The ranges are on the clipboard."));
}

void InboundServersPage::copySnippet()
{
    UiUtil::copyText(m_snippetEdit->toPlainText());
    m_statusLabel->setText(tr("The snippet is on the clipboard."));
}

void InboundServersPage::saveSnippet()
{
    if (!m_context->saveLocation)
        return;
    const QString platform = m_platformComboBox->currentData().toString();
    const QString path = m_context->saveLocation->saveFileName(
        this, tr("Save snippet"), SnippetSource::suggestedFileName(platform), tr("All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = UiUtil::writeTextFile(path, m_snippetEdit->toPlainText());
    m_statusLabel->setText(error.isEmpty() ? tr("Saved to %1.").arg(path) : error);
}

void InboundServersPage::retranslate()
{
    setTitle(tr("Inbound servers (required)"));
    setSubTitle(tr("Action 1: allow the added IP address ranges wherever TMEmS delivers mail."));
    UiUtil::setButtonText(m_allRadio, tr("A&ll Japan ranges"));
    UiUtil::setButtonText(m_addedRadio, tr("A&dded ranges only"));
    UiUtil::setButtonText(m_copyRangesButton, tr("Copy &ranges"));
    m_rangesEdit->setAccessibleName(tr("IP address ranges"));
    m_platformLabel->setText(tr("&Platform:"));
    m_platformComboBox->setAccessibleName(tr("Platform"));
    m_snippetEdit->setAccessibleName(tr("Snippet preview"));
    UiUtil::setButtonText(m_copySnippetButton, tr("&Copy snippet"));
    UiUtil::setButtonText(m_saveSnippetButton, tr("&Save snippet…"));
    fillPlatforms();
    updateTexts();
}
