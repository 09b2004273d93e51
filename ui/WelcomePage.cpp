// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "MigrationSession.h"
#include "Translations.h"
#include "WrappedTextLabel.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

WelcomePage::WelcomePage(MigrationSession *session, WizardContext *context, QWidget *parent)
    : WizardPageBase(session, context, parent)
{
    setObjectName(QStringLiteral("welcomePage"));
}

void WelcomePage::initializePage()
{
    ensureBuilt(); // built by MigrationWizard::openAt() before it is current
    WizardPageBase::initializePage();
}

void WelcomePage::build()
{
    m_introLabel = new WrappedTextLabel(this);
    m_stepsLabel = new WrappedTextLabel(this);
    m_languageLabel = new QLabel(this);
    m_languageComboBox = new QComboBox(this);
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_stepsLabel->setObjectName(QStringLiteral("stepsLabel"));
    m_languageComboBox->setObjectName(QStringLiteral("languageComboBox"));
    // Language names are written in their own language, so anyone can find theirs.
    m_languageComboBox->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageComboBox->setCurrentIndex(m_languageComboBox->findData(Translations::currentLanguage()));
    // Sized for the longest name without measuring the names: in English,
    // laying out 日本語 would load the Japanese font (about 5 ms of start-up)
    // for a line that shows only when the list is opened.
    m_languageComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_languageComboBox->setMinimumContentsLength(8);
    m_languageLabel->setBuddy(m_languageComboBox);

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_languageComboBox);
    languageRow->addStretch();

    // A bullet column beside the text column: wrapped lines keep their indent.
    auto *facts = new QGridLayout;
    facts->setColumnStretch(1, 1);
    for (std::size_t i = 0; i < m_factLabels.size(); ++i) {
        auto *bullet = new QLabel(QStringLiteral("\u2022"), this);
        m_factLabels[i] = new WrappedTextLabel(this);
        m_factLabels[i]->setObjectName(QStringLiteral("factLabel%1").arg(i + 1));
        facts->addWidget(bullet, int(i), 0, Qt::AlignTop);
        facts->addWidget(m_factLabels[i], int(i), 1);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(languageRow);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_introLabel);
    layout->addLayout(facts);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_stepsLabel);
    layout->addStretch();

    connect(m_languageComboBox, &QComboBox::currentIndexChanged, this, &WelcomePage::switchLanguage);
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

std::array<QString, 4> WelcomePage::factTexts() const
{
    const CatalogDataCenter *japan = m_context->catalog.dataCenter(QStringLiteral("jp"));
    QStringList added;
    QStringList existing;
    if (japan) {
        for (const CatalogRange &range : japan->ranges)
            (range.isAdded() ? added : existing).append(range.network.toString());
    }
    return {
        tr("Added IP address ranges: %1 (in use beside the existing ranges %2).")
            .arg(added.join(QStringLiteral(", ")), existing.join(QStringLiteral(", "))),
        tr("Required: every inbound server and Office 365 inbound connector must accept mail from the added ranges."),
        tr("Recommended: where outbound protection is enabled, replace include:%1 with include:%2 in the SPF record.")
            .arg(m_context->catalog.legacySpfHost(), m_context->catalog.japanSpfHost()),
        tr("Domains on the US data center need no change."),
    };
}

void WelcomePage::showEvent(QShowEvent *event)
{
    if (!m_shown) {
        m_shown = true;
        setParagraphs();
    }
    WizardPageBase::showEvent(event);
}

void WelcomePage::retranslate()
{
    setTitle(tr("Welcome"));
    setSubTitle(tr("TMEmS Japan data center changes: what to do for each of your domains."));
    m_languageLabel->setText(tr("&Language:"));
    m_languageComboBox->setAccessibleName(tr("Language"));
    // The language may have changed without the box (a session opened in the
    // other one): the box shows the language in use, or choosing it again
    // would do nothing.
    const QSignalBlocker blocker(m_languageComboBox);
    m_languageComboBox->setCurrentIndex(m_languageComboBox->findData(Translations::currentLanguage()));
    setParagraphs();
}

void WelcomePage::setParagraphs()
{
    // The paragraphs wait until the page is first on screen. A restored
    // session opens on the page where work stopped, and the wizard passes this
    // page on its way there before the window shows: laying them out would
    // measure most of the start's Japanese glyphs for a page not shown. A
    // first start shows this page at once, and Qt lays it out again before
    // painting it.
    if (!m_shown)
        return;
    QDate inUse;
    if (const CatalogDataCenter *japan = m_context->catalog.dataCenter(QStringLiteral("jp"))) {
        for (const CatalogRange &range : japan->ranges) {
            if (range.isAdded() && range.inUseFrom.isValid())
                inUse = range.inUseFrom;
        }
    }
    // The notice writes dates as ISO dates; both languages read them the same way.
    m_introLabel->setText(tr("On %1, Trend Micro Email Security (TMEmS) added mail servers to its Japan data center.")
                              .arg(inUse.toString(Qt::ISODate)));
    const std::array<QString, 4> facts = factTexts();
    for (std::size_t i = 0; i < facts.size(); ++i)
        m_factLabels[i]->setText(facts[i]);
    m_stepsLabel->setText(tr("This assistant reads each domain's MX and SPF records, tells you which ones "
                             "are on the Japan data center, and gives you the firewall, Office 365 and SPF "
                             "settings to paste. It changes nothing by itself."));
}
