// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationWizard.h"

#include "DataCenterPage.h"
#include "DomainsPage.h"
#include "InboundServersPage.h"
#include "MigrationSession.h"
#include "Office365Page.h"
#include "SpfCheckPage.h"
#include "SummaryPage.h"
#include "WelcomePage.h"
#include "WizardPageBase.h"
#include "WizardTitleFont.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

MigrationWizard::MigrationWizard(MigrationSession *session, WizardContext *context, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_context(context)
{
    setObjectName(QStringLiteral("migrationWizard"));
    // Classic style draws titles with the palette, so a dark theme stays readable;
    // Modern style paints a fixed light header band on Linux.
    setWizardStyle(QWizard::ClassicStyle);
    WizardTitleFont::apply(this);
    setOption(QWizard::HaveHelpButton, false);
    // QWizard's own order (Back Next Commit Finish Cancel), with the wizard's
    // Back button in the place of QWizard's.
    setButtonLayout({Stretch, BackButtonSlot, NextButton, CommitButton, FinishButton, CancelButton});
    button(BackButtonSlot)->setObjectName(QStringLiteral("backButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == BackButtonSlot)
            goBack();
    });
    connect(this, &QWizard::currentIdChanged, this, &MigrationWizard::updateBackButton);
    updateBackButton();
    setPage(static_cast<int>(PageId::Welcome), new WelcomePage(session, context));
    setPage(static_cast<int>(PageId::Domains), new DomainsPage(session, context));
    setPage(static_cast<int>(PageId::DataCenter), new DataCenterPage(session, context));
    setPage(static_cast<int>(PageId::SpfCheck), new SpfCheckPage(session, context));
    setPage(static_cast<int>(PageId::InboundServers), new InboundServersPage(session, context));
    setPage(static_cast<int>(PageId::Office365), new Office365Page(session, context));
    setPage(static_cast<int>(PageId::Summary), new SummaryPage(session, context));
    setStartId(static_cast<int>(PageId::Welcome));
    // Pages are built on first use. Building the next one in its own
    // event-loop turn, while the user reads this one, keeps that work out of
    // the Next click (the SPF page with 200 rows was the longest stall). Not
    // before the wizard's first paint: the page it opens on, the first or the
    // one a restored session stopped at, is shown before anything else.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (m_painted)
            prepareNextPageSoon();
    });
    // The session remembers the page, so a reopened one shows where work stopped.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id >= 0)
            m_session->setPage(id);
    });
    retranslate();
}

void MigrationWizard::goToPage(int id)
{
    while (currentId() >= 0 && currentId() < id && currentPage()->isComplete()) {
        const int before = currentId();
        // Built before it becomes the current page: a title set on the
        // current page lays out the whole wizard again, once for the title
        // and once for the subtitle.
        if (auto *nextPage = qobject_cast<WizardPageBase *>(page(nextId())))
            nextPage->ensureBuilt();
        next();
        if (currentId() == before)
            break;
    }
}

void MigrationWizard::openAt(int id)
{
    const QList<int> ids = pageIds();
    if (ids.isEmpty())
        return;
    restartOn(id > ids.first() && ids.size() > 1 ? ids.at(1) : ids.first());
    goToPage(id);
}

void MigrationWizard::goBack()
{
    if (visitedIds().size() > 1) {
        back();
        return;
    }
    const QList<int> ids = pageIds();
    const qsizetype at = ids.indexOf(currentId());
    // The page the wizard started on (openAt()): QWizard has no way back from
    // it. Starting again on the page before cleans up this page as back()
    // does, and initializes that page, shown for the first time.
    if (at > 0)
        restartOn(ids.at(at - 1));
}

void MigrationWizard::restartOn(int id)
{
    // Built before it becomes the current page (see goToPage()).
    if (auto *startPage = qobject_cast<WizardPageBase *>(page(id)))
        startPage->ensureBuilt();
    setStartId(id);
    restart();
    setStartId(pageIds().first()); // File > New, restart(), starts at the first page
}

void MigrationWizard::updateBackButton()
{
    // As QWizard's Back with NoBackButtonOnStartPage: none on the first page.
    const QList<int> ids = pageIds();
    const bool canGoBack = currentId() >= 0 && !ids.isEmpty() && currentId() != ids.first();
    QAbstractButton *back = backButton();
    back->setVisible(canGoBack);
    back->setEnabled(canGoBack);
}

void MigrationWizard::prepareNextPageSoon()
{
    QTimer::singleShot(0, this, [this] {
        const QList<int> ids = pageIds();
        const qsizetype at = ids.indexOf(currentId());
        if (at < 0 || at + 1 >= ids.size())
            return;
        if (auto *nextPage = qobject_cast<WizardPageBase *>(page(ids.at(at + 1))))
            nextPage->ensureBuilt();
    });
}

bool MigrationWizard::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        prepareNextPageSoon();
    }
    return QWizard::event(event);
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
    // QWizard's button texts come from qtbase_<lang>.qm, but QWizard fetches them
    // only once; fetch them again on a language switch. The context is a variable
    // so lupdate leaves these strings to qtbase's own catalogue.
    static const char *const qtContext = "QWizard";
    setButtonText(BackButtonSlot, QCoreApplication::translate(qtContext, "< &Back"));
    setButtonText(QWizard::NextButton, QCoreApplication::translate(qtContext, "&Next >"));
    setButtonText(QWizard::FinishButton, QCoreApplication::translate(qtContext, "&Finish"));
    setButtonText(QWizard::CancelButton, QCoreApplication::translate(qtContext, "Cancel"));
    for (QWizard::WizardButton which : {BackButtonSlot, QWizard::NextButton, QWizard::FinishButton,
                                        QWizard::CancelButton}) {
        QString name = buttonText(which);
        name.remove(QLatin1Char('&'));
        button(which)->setAccessibleName(name.remove(QLatin1Char('<')).remove(QLatin1Char('>')).trimmed());
    }
}
