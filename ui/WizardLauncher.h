// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class DnsResolver;
class QObject;
class QStyle;
class QString;
class QWidget;

/// Starts the wizard: builds the QApplication, installs the remembered or
/// system language, shows the window and runs the event loop. Ends the
/// process when the window is closed (quickExit), so it never returns.
/// `waitForFonts`, if given, is called before building the QApplication
/// (GuiModule::WaitForFonts).
namespace WizardLauncher {
[[noreturn]] void run(int &argc, char **argv, void (*waitForFonts)() = nullptr);
/// What run() does to the new QApplication before the window exists: the
/// style (applicationStyle()) and a font that follows the language
/// (InterfaceFont).
void configureApplication();
/// The program's style over `base` (null: the platform's): ShapingStyle over
/// HeaderLabelStyle over DeferredIconStyle. The caller owns it.
QStyle *applicationStyle(QStyle *base = nullptr);
/// The wizard's resolver for the session's DNS server (empty: the system's)
/// and timeout: the same stack as the CLI's, CachingResolver over
/// QtDnsResolver (ResolverFactory.h), owned by `parent`. Null, with a warning
/// logged, when it cannot be made.
DnsResolver *makeResolver(const QString &dnsServer, int timeoutMs, QObject *parent);
/// What can wait until `window` is on screen: once it has been painted, the
/// application's window icon is set. The icon is an SVG, and the first image
/// Qt reads loads every image plugin and the SVG icon engine with QtSvg
/// (about 4 ms); the desktop file already gives launchers and task bars the icon.
/// A run started for the start-up benchmark ends there instead
/// (StartupMeasurement.h).
void finishAfterFirstPaint(QWidget *window);
}
