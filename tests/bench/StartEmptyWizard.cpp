// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The peer of the start-up benchmark: the least a Qt Widgets wizard can do.
#include "StartupProbe.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <QWizard>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // BENCH_PEER_LANG=ja: the same wizard with Qt's Japanese button texts, which
    // need the Japanese font: context for the benchmark, not its yardstick.
    QTranslator japanese;
    if (qEnvironmentVariable("BENCH_PEER_LANG") == QLatin1String("ja")
        && japanese.load(QStringLiteral("qtbase_ja"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&japanese);
    QWizard wizard;
    wizard.addPage(new QWizardPage);
    new StartupProbe(&wizard);
    wizard.show();
    return app.exec();
}
