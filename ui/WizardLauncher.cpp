// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardLauncher.h"

#include "DeferredIconStyle.h"
#include "HeaderLabelStyle.h"
#include "InlineFillStyle.h"
#include "InterfaceFont.h"
#include "MainWindow.h"
#include "QuickExit.h"
#include "ShapingStyle.h"
#include "ResolverFactory.h"
#include "SaveLocation.h"
#include "StartupMeasurement.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace WizardLauncher {

void run(int &argc, char **argv, void (*waitForFonts)())
{
    // Before QApplication, whose setlocale() must not race fontconfig's start.
    if (waitForFonts)
        waitForFonts();
    QApplication app(argc, argv);
    configureApplication();
    const QString remembered = QSettings().value(QStringLiteral("ui/language")).toString();
    Translations::install(Translations::normalizeLanguage(remembered).isEmpty() ? Translations::systemLanguage()
                                                                                : remembered);
    DialogSaveLocation saveLocation;
    const QString autosave =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("autosave.json"));
    int exitCode = 0;
    {
        MainWindow window(makeResolver, &saveLocation, autosave);
        finishAfterFirstPaint(&window);
        window.show();
        exitCode = app.exec();
    } // the window is gone: session autosaved, settings written
    quickExit(exitCode); // before ~QApplication, which waits for hung DNS queries
}

DnsResolver *makeResolver(const QString &dnsServer, int timeoutMs, QObject *parent)
{
    QString error;
    std::unique_ptr<DnsResolver> resolver = createResolver(dnsServer, timeoutMs, &error);
    if (!resolver) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    resolver->setParent(parent);
    return resolver.release();
}

QStyle *applicationStyle(QStyle *base)
{
    return new ShapingStyle(new HeaderLabelStyle(new InlineFillStyle(new DeferredIconStyle(base))));
}

void configureApplication()
{
    QApplication::setStyle(applicationStyle());
    InterfaceFont::followLanguage();
}

void finishAfterFirstPaint(QWidget *window)
{
    // Deletes itself after the first paint event of `window` (or with it).
    class FirstPaintWatcher final : public QObject
    {
    public:
        explicit FirstPaintWatcher(QWidget *watched) : QObject(watched) { watched->installEventFilter(this); }

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                watched->removeEventFilter(this);
                // After this paint event is handled: the page is on screen first.
                QTimer::singleShot(0, qApp, [] {
                    if (StartupMeasurement::requested()) {
                        StartupMeasurement::reportShownAndQuit();
                        return;
                    }
                    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tmems-assistant.svg")));
                });
                deleteLater();
            }
            return QObject::eventFilter(watched, event);
        }
    };
    new FirstPaintWatcher(window);
}

} // namespace WizardLauncher
