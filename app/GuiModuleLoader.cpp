// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiModuleLoader.h"

#include "ExitCode.h"
#include "FontconfigWarmUp.h"
#include "GuiModule.h"
#include "PrivateModule.h"
#include "StartupHeap.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#if defined(_WIN32)
#include <iterator>
#include <windows.h>
#endif

namespace {

/// The directory of the running executable, known before any QCoreApplication
/// exists (applicationDirPath() needs one, and the module must create it).
QString executableDirectory(const char *argv0)
{
#if defined(_WIN32)
    wchar_t buffer[32768];
    const DWORD length = GetModuleFileNameW(nullptr, buffer, DWORD(std::size(buffer)));
    if (length > 0 && length < std::size(buffer))
        return QFileInfo(QString::fromWCharArray(buffer, int(length))).absolutePath();
#else
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    if (self.exists())
        return QFileInfo(self.canonicalFilePath()).absolutePath();
#endif
    return QFileInfo(QString::fromLocal8Bit(argv0)).absoluteDir().canonicalPath();
}

int fail(int &argc, char **argv, const QList<PrivateModule::FailedAttempt> &attempts)
{
    // Only now is there no module to build the application: make a plain one
    // so that the message comes in the user's language.
    QCoreApplication app(argc, argv);
    Translations::install(Translations::systemLanguage());
    QTextStream(stderr) << QCoreApplication::translate(
                               "GuiModuleLoader", "tmems-assistant: cannot load the wizard and report module: %1")
                               .arg(PrivateModule::describe(attempts))
                        << Qt::endl;
    return ExitUsage;
}

} // namespace

namespace GuiModuleLoader {

int run(const char *symbol, int &argc, char **argv)
{
    StartupHeap::reserve(StartupHeap::wizardBytes);
    // Meanwhile the module, with the QtWidgets stack, is mapped and relocated.
    FontconfigWarmUp::start();
    QList<PrivateModule::FailedAttempt> attempts;
    const auto entry = reinterpret_cast<GuiModule::EntryPoint>(PrivateModule::load(
        PrivateModule::candidatePaths(executableDirectory(argv[0]), QStringLiteral(TMEMS_GUI_MODULE_FILE)),
        GuiModule::VersionSymbol, symbol, &attempts, PrivateModule::Binding::OwnLibrariesFirst));
    if (!entry) {
        FontconfigWarmUp::wait();
        return fail(argc, argv, attempts);
    }
    return entry(&argc, argv, [] { FontconfigWarmUp::wait(); });
}

} // namespace GuiModuleLoader
