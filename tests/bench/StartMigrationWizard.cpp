// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What WizardLauncher does, ending at the first painted page: the style,
// translations, catalog, session (autosave restore), the window with every page.
#include "MainWindow.h"
#include "ResolverFactory.h"
#include "SaveLocation.h"
#include "StartupProbe.h"
#include "Translations.h"
#include "WizardLauncher.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    WizardLauncher::configureApplication();
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(qEnvironmentVariable("BENCH_LANG", QStringLiteral("ja")));
    DialogSaveLocation saveLocation;
    const QString autosave = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                 .filePath(QStringLiteral("bench-autosave.json"));
    // Every run measures a first start: no session (nor its language) left by the last run.
    QFile::remove(autosave);
    MainWindow window(
        [](const QString &server, int timeoutMs, QObject *parent) -> DnsResolver * {
            QString error;
            auto resolver = createResolver(server, timeoutMs, &error);
            if (resolver)
                resolver->setParent(parent);
            return resolver.release();
        },
        &saveLocation, autosave);
    WizardLauncher::finishAfterFirstPaint(&window);
    new StartupProbe(&window);
    window.show();
    return app.exec();
}
