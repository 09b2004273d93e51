// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The executable's fontconfig warm-up (app/FontconfigWarmUp.h): it must really
// initialize fontconfig, or the wizard's first font pays for it again.
#include "FontconfigWarmUp.h"

#include <QtTest>

class TestFontconfigWarmUp : public QObject
{
    Q_OBJECT

private slots:
    void waitingWithoutAStartReturnsAtOnce()
    {
        QVERIFY(!FontconfigWarmUp::wait());
    }

    void startedItInitializesFontconfig()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        FontconfigWarmUp::start();
        FontconfigWarmUp::start(); // a second start is no second thread
        QVERIFY2(FontconfigWarmUp::wait(), "FcInit did not run or failed");
        QVERIFY(FontconfigWarmUp::wait()); // waiting again answers the same
#else
        QSKIP("Qt draws text without fontconfig here; the warm-up does nothing");
#endif
    }
};

QTEST_GUILESS_MAIN(TestFontconfigWarmUp)
#include "TestFontconfigWarmUp.moc"
