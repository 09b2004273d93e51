// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "DomainCheckerFactory.h"

#include <QWizard>

#include <functional>

class MigrationSession;
class SaveLocation;

/// Page ids; the order is the order of the pages.
enum class PageId : int { Welcome, Domains, DataCenter, SpfCheck, InboundServers, Office365, Summary };

/// Everything the pages share besides the session: the catalog, how to make a
/// checker (bound to the real or a test resolver), where files go, and the
/// hooks the main window provides. One per wizard; pages keep a pointer to it.
struct WizardContext
{
    Catalog catalog;
    DomainCheckerFactory checkerFactory;
    SaveLocation *saveLocation = nullptr;
    /// Report export (the report module connects it); returns the path
    /// written, empty when cancelled or failed. Null → the Summary's Export
    /// button explains that export is not available in this build.
    std::function<QString(QWidget *parent)> exportReport;
    /// Shows a folder in the desktop's file manager (after an export).
    std::function<void(const QString &folder)> openFolder;
    /// Session save (the main window's File → Save).
    std::function<void()> saveSession;
};

/// The migration wizard: one MigrationSession handed to every page. Pages read
/// the session in initializePage() and write it as the user edits; nothing
/// about domains goes through QWizard fields. The session is not owned.
class MigrationWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizard)
public:
    MigrationWizard(MigrationSession *session, WizardContext *context, QWidget *parent = nullptr);

    MigrationSession *session() const { return m_session; }
    QWizardPage *pageFor(PageId id) const { return page(static_cast<int>(id)); }
    PageId currentPageId() const { return static_cast<PageId>(currentId()); }
    /// Goes forward from the current page towards `id`, Next by Next as the
    /// user would, and stops at a page not complete yet (a check running) or
    /// when the flow skips past `id`.
    void goToPage(int id);
    /// Starts the wizard again and goes forward to `id` as goToPage() does: a
    /// restored or opened session shows the page where its work stopped.
    /// The first page, always complete and never shown on the way, is not
    /// passed but stepped over (Back still reaches it, see goBack()).
    void openAt(int id);
    /// The Back button (the wizard's own, in place of QWizard's: see goBack()).
    QAbstractButton *backButton() const { return button(BackButtonSlot); }

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Where the Back button sits: QWizard's offers no way back from a page
    /// the wizard started on, and openAt() starts past the first page.
    static constexpr WizardButton BackButtonSlot = CustomButton1;
    /// Back: QWizard's back() through the pages visited; from the page the
    /// wizard started on (openAt()), the wizard starts again on the page
    /// before it, which shows it as Back would.
    void goBack();
    /// Starts the wizard again on page `id`, built first; restart() alone
    /// still starts at the first page.
    void restartOn(int id);
    void updateBackButton();
    void retranslate();
    /// Builds the page after the current one in the next event-loop turn.
    void prepareNextPageSoon();
    bool m_painted = false;
    MigrationSession *m_session;
    WizardContext *m_context;
};
