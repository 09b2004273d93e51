// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardLauncher.h"

#include "MigrationWizard.h"
#include "Translations.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

namespace WizardLauncher {

int run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tmems-assistant.svg")));
    const QString remembered = QSettings().value(QStringLiteral("ui/language")).toString();
    Translations::install(Translations::normalizeLanguage(remembered).isEmpty() ? Translations::systemLanguage()
                                                                                : remembered);
    MigrationWizard wizard;
    wizard.show();
    return app.exec();
}

} // namespace WizardLauncher
