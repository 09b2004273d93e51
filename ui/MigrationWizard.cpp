// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationWizard.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

MigrationWizard::MigrationWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("migrationWizard"));
    m_welcomePage = new QWizardPage(this);
    m_welcomePage->setObjectName(QStringLiteral("welcomePage"));
    m_welcomeLabel = new QLabel(m_welcomePage);
    m_welcomeLabel->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcomeLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(m_welcomePage);
    layout->addWidget(m_welcomeLabel);
    addPage(m_welcomePage);
    retranslate();
}

void MigrationWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void MigrationWizard::retranslate()
{
    setWindowTitle(tr("TMEmS Migration Assistant"));
    m_welcomePage->setTitle(tr("Welcome"));
    m_welcomeLabel->setText(tr("Trend Micro Email Security added mail servers to its Japan data center on 2024-08-21. "
                               "This assistant tells you, for each of your domains, what to change."));
}
