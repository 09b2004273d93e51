// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PeakMemory.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>

/// The empty QWizard's side of what the wizard does for the start-up benchmark
/// (StartupMeasurement.h): when `window` is first painted, print
/// "shown <peak resident memory in KiB>" and quit. The parent process measures
/// the time.
class StartupProbe final : public QObject
{
public:
    explicit StartupProbe(QWidget *window) : QObject(window) { window->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After this paint has finished: the page is on screen.
            QTimer::singleShot(0, this, [] {
                std::printf("shown %ld\n", peakResidentKiB());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
