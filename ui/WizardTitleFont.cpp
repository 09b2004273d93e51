// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardTitleFont.h"

#include <QChildEvent>
#include <QEvent>
#include <QLabel>
#include <QWizard>
#include <QWizardPage>

void WizardTitleFont::apply(QWizard *wizard)
{
    new WizardTitleFont(wizard);
}

WizardTitleFont::WizardTitleFont(QWizard *wizard) : QObject(wizard), m_wizard(wizard)
{
    watch(wizard);
}

void WizardTitleFont::watch(QObject *object)
{
    // The wizard's own widgets, not the pages: their labels are the pages' business.
    if (!object->isWidgetType() || qobject_cast<QWizardPage *>(object))
        return;
    object->installEventFilter(this);
    for (QObject *child : object->children())
        watch(child);
}

bool WizardTitleFont::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ChildAdded) {
        // A widget under construction is a plain QWidget yet, so pages show as
        // pages only when QWizard adopts them, built; that is when they are skipped.
        watch(static_cast<QChildEvent *>(event)->child());
    } else if (event->type() == QEvent::FontChange) {
        // Bold is QWizard's mark: only its own setting makes a label of its bold.
        auto *label = qobject_cast<QLabel *>(watched);
        if (label && label->font().bold()) {
            QFont title = label->font();
            title.setWeight(QFont::Normal);
            const QFont text = m_wizard->font();
            if (text.pointSizeF() > 0)
                title.setPointSizeF(text.pointSizeF() * 1.2);
            else // a desktop font given in pixels
                title.setPixelSize(qRound(text.pixelSize() * 1.2));
            label->setFont(title);
        }
    }
    return QObject::eventFilter(watched, event);
}
