// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MigrationWizard.h"

#include <QWizardPage>

/// The common part of every page: the session and context it works on, the
/// widgets built on first use (ensureBuilt), and retranslate() called once
/// they exist and on every language switch after that.
class WizardPageBase : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardPageBase)
public:
    WizardPageBase(MigrationSession *session, WizardContext *context, QWidget *parent = nullptr)
        : QWizardPage(parent), m_session(session), m_context(context)
    {
    }

    /// Creates the page's widgets if that has not happened yet. Pages after the
    /// first build them on first use (from initializePage()), so start-up pays
    /// only for the page it shows; the wizard also prepares the next page
    /// while the user reads the current one.
    void ensureBuilt()
    {
        if (m_built)
            return;
        m_built = true;
        build();
        retranslate();
        ensurePolished();
    }

protected:
    /// Sets every text of the page; called only once it is built.
    virtual void retranslate() = 0;
    /// Creates the page's widgets; called once, by ensureBuilt().
    virtual void build() {}
    void changeEvent(QEvent *event) override
    {
        // A page not built yet has nothing to translate; ensureBuilt() will.
        if (event->type() == QEvent::LanguageChange && m_built)
            retranslate();
        QWizardPage::changeEvent(event);
    }

    MigrationSession *m_session;
    WizardContext *m_context;

private:
    bool m_built = false;
};
