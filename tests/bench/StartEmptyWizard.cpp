// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The peer of the start-up benchmark: the least a Qt Widgets wizard can do.
#include "StartupProbe.h"

#include <QApplication>
#include <QWizard>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.addPage(new QWizardPage);
    new StartupProbe(&wizard);
    wizard.show();
    return app.exec();
}
