// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "MigrationSession.h"
#include "Translations.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

WelcomePage::WelcomePage(MigrationSession *session, WizardContext *context, QWidget *parent)
    : WizardPageBase(session, context, parent)
    , m_factsLabel(new QLabel(this))
    , m_stepsLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_languageComboBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_factsLabel->setObjectName(QStringLiteral("factsLabel"));
    m_stepsLabel->setObjectName(QStringLiteral("stepsLabel"));
    m_languageComboBox->setObjectName(QStringLiteral("languageComboBox"));
    for (QLabel *label : {m_factsLabel, m_stepsLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    // Language names are written in their own language, so anyone can find theirs.
    m_languageComboBox->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageComboBox->setCurrentIndex(m_languageComboBox->findData(Translations::currentLanguage()));
    m_languageLabel->setBuddy(m_languageComboBox);

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_languageComboBox);
    languageRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(languageRow);
    layout->addWidget(m_factsLabel);
    layout->addWidget(m_stepsLabel);
    layout->addStretch();

    connect(m_languageComboBox, &QComboBox::currentIndexChanged, this, &WelcomePage::switchLanguage);
    retranslate();
}

void WelcomePage::switchLanguage(int index)
{
    const QString code = m_languageComboBox->itemData(index).toString();
    if (code.isEmpty() || code == Translations::currentLanguage())
        return;
    Translations::install(code);
    m_session->setLanguage(code);
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

QString WelcomePage::factsHtml() const
{
    const CatalogDataCenter *japan = m_context->catalog.dataCenter(QStringLiteral("jp"));
    QStringList added;
    QStringList existing;
    QDate inUse;
    if (japan) {
        for (const CatalogRange &range : japan->ranges) {
            (range.isAdded() ? added : existing).append(range.network.toString());
            if (range.isAdded() && range.inUseFrom.isValid())
                inUse = range.inUseFrom;
        }
    }
    // The notice writes dates as ISO dates; both languages read them the same way.
    const QString date = inUse.toString(Qt::ISODate);
    QString html = QStringLiteral("<p>%1</p><ul>").arg(
        tr("On %1, Trend Micro Email Security (TMEmS) added mail servers to its Japan data center.").arg(date));
    html += QStringLiteral("<li>%1</li>")
                .arg(tr("Added IP address ranges: %1 (in use beside the existing ranges %2).")
                         .arg(added.join(QStringLiteral(", ")), existing.join(QStringLiteral(", "))));
    html += QStringLiteral("<li><b>%1</b> %2</li>")
                .arg(tr("Required:"),
                     tr("every inbound server and Office 365 inbound connector must accept mail from the added ranges."));
    html += QStringLiteral("<li><b>%1</b> %2</li>")
                .arg(tr("Recommended:"),
                     tr("where outbound protection is enabled, replace include:%1 with include:%2 in the SPF record.")
                         .arg(m_context->catalog.legacySpfHost(), m_context->catalog.japanSpfHost()));
    html += QStringLiteral("<li>%1</li></ul>").arg(tr("Domains on the US data center need no change."));
    return html;
}

void WelcomePage::retranslate()
{
    setTitle(tr("Welcome"));
    setSubTitle(tr("TMEmS Japan data center changes: what to do for each of your domains."));
    m_factsLabel->setText(factsHtml());
    m_stepsLabel->setText(QStringLiteral("<p>%1</p>")
                              .arg(tr("This assistant reads each domain's MX and SPF records, tells you which ones "
                                      "are on the Japan data center, and gives you the firewall, Office 365 and SPF "
                                      "settings to paste. It changes nothing by itself.")));
    m_languageLabel->setText(tr("&Language:"));
    m_languageComboBox->setAccessibleName(tr("Language"));
}
