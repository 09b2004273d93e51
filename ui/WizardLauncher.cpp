// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardLauncher.h"

#include "MainWindow.h"
#include "SaveLocation.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>

namespace WizardLauncher {

int run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tmems-assistant.svg")));
    const QString remembered = QSettings().value(QStringLiteral("ui/language")).toString();
    Translations::install(Translations::normalizeLanguage(remembered).isEmpty() ? Translations::systemLanguage()
                                                                                : remembered);
    DialogSaveLocation saveLocation;
    const QString autosave =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("autosave.json"));
    // The real resolver comes from the dns module's ResolverFactory once merged.
    MainWindow window([](const QString &, int, QObject *) -> DnsResolver * { return nullptr; }, &saveLocation,
                      autosave);
    window.show();
    return app.exec();
}

} // namespace WizardLauncher
