// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Office365Page.h"

#include "MigrationSession.h"
#include "FittingScrollArea.h"
#include "SnippetSource.h"
#include "UiUtil.h"
#include "WrappedTextLabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

Office365Page::Office365Page(MigrationSession *session, WizardContext *context, QWidget *parent)
    : WizardPageBase(session, context, parent)
{
    setObjectName(QStringLiteral("office365Page"));
}

void Office365Page::build()
{
    m_domainsLabel = new WrappedTextLabel(this);
    m_ipCaption = new QLabel(this);
    m_ipEdit = new QPlainTextEdit(this);
    m_copyIpButton = new QPushButton(this);
    m_powerShellCaption = new QLabel(this);
    m_powerShellEdit = new QPlainTextEdit(this);
    m_copyPowerShellButton = new QPushButton(this);
    m_stepsLabel = new WrappedTextLabel;
    m_domainsLabel->setObjectName(QStringLiteral("office365DomainsLabel"));
    m_ipEdit->setObjectName(QStringLiteral("connectorIpEdit"));
    m_copyIpButton->setObjectName(QStringLiteral("copyConnectorIpButton"));
    m_powerShellEdit->setObjectName(QStringLiteral("powerShellEdit"));
    m_copyPowerShellButton->setObjectName(QStringLiteral("copyPowerShellButton"));
    m_stepsLabel->setObjectName(QStringLiteral("adminCenterStepsLabel"));
    // The steps list every range, a line each: with a tall font (Noto Sans CJK,
    // Meiryo) they outgrow a small window, so they scroll instead of being cut.
    m_stepsArea = new FittingScrollArea(m_stepsLabel, 4, this);
    m_stepsArea->setObjectName(QStringLiteral("adminCenterStepsArea"));
    for (QPlainTextEdit *edit : {m_ipEdit, m_powerShellEdit}) {
        edit->setReadOnly(true);
        edit->setFont(UiUtil::monospaceFont());
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setTabChangesFocus(true);
    }
    m_ipEdit->setMaximumHeight(m_ipEdit->fontMetrics().lineSpacing() * 4);
    m_ipCaption->setBuddy(m_ipEdit);
    m_powerShellCaption->setBuddy(m_powerShellEdit);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_domainsLabel, 0, 0, 1, 2);
    layout->addWidget(m_ipCaption, 1, 0);
    layout->addWidget(m_copyIpButton, 1, 1, Qt::AlignRight);
    layout->addWidget(m_ipEdit, 2, 0, 1, 2);
    layout->addWidget(m_powerShellCaption, 3, 0);
    layout->addWidget(m_copyPowerShellButton, 3, 1, Qt::AlignRight);
    layout->addWidget(m_powerShellEdit, 4, 0, 1, 2);
    layout->addWidget(m_stepsArea, 5, 0, 1, 2);
    layout->setRowStretch(4, 1);
    layout->setColumnStretch(0, 1);

    connect(m_copyIpButton, &QPushButton::clicked, this, [this] { UiUtil::copyText(m_ipEdit->toPlainText()); });
    connect(m_copyPowerShellButton, &QPushButton::clicked, this,
            [this] { UiUtil::copyText(m_powerShellEdit->toPlainText()); });
}

void Office365Page::initializePage()
{
    ensureBuilt();
    updateTexts();
}

void Office365Page::updateTexts()
{
    QStringList domains;
    for (const DomainInput &domain : m_session->validDomains()) {
        if (m_session->needsJapanChanges(domain.ascii) && m_session->choice(domain.ascii).usesOffice365)
            domains.append(domain.unicode);
    }
    // A domain using Office 365 on a site without changes reaches this page too.
    m_domainsLabel->setText(domains.isEmpty()
                                ? tr("No change needed: no domain on the Japan data center uses Office 365. The list "
                                     "and commands below are for reference.")
                                : tr("Required for %1: the Office 365 inbound connector that receives mail from TMEmS "
                                     "must accept the added IP address ranges.")
                                      .arg(QLocale().createSeparatedList(domains)));
    const bool addedOnly = m_session->addedRangesOnly();
    m_ipEdit->setPlainText(SnippetSource::ranges(m_context->catalog, addedOnly).join(QStringLiteral(", ")));
    QString error;
    const QString commands = SnippetSource::exchangeOnlineCommands(m_context->catalog, addedOnly, &error);
    m_powerShellEdit->setPlainText(commands.isEmpty() ? error : commands);
    m_copyPowerShellButton->setEnabled(!commands.isEmpty());
    m_stepsLabel->setText(SnippetSource::adminCenterSteps(m_context->catalog, addedOnly));
}

void Office365Page::retranslate()
{
    setTitle(tr("Office 365 inbound connector (required)"));
    setSubTitle(tr("Action 1 for Exchange Online: add the ranges to the connector; do not replace the list."));
    m_ipCaption->setText(tr("Connector &IP addresses:"));
    m_ipEdit->setAccessibleName(tr("Connector IP addresses"));
    UiUtil::setButtonText(m_copyIpButton, tr("Copy &IP addresses"));
    m_powerShellCaption->setText(tr("Exchange Online &PowerShell:"));
    m_powerShellEdit->setAccessibleName(tr("Exchange Online PowerShell"));
    m_stepsArea->setAccessibleName(tr("Steps in the Exchange admin center"));
    UiUtil::setButtonText(m_copyPowerShellButton, tr("Copy Po&werShell"));
    updateTexts();
}
