// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiModuleLoader.h"

#include "ExitCode.h"
#include "GuiModule.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
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

/// Where the module may be: beside the executable (build tree, Windows), then
/// in the private library directory of a Unix installation.
QStringList candidatePaths(const char *argv0)
{
    const QDir dir(executableDirectory(argv0));
    const QString file = QStringLiteral(TMEMS_GUI_MODULE_FILE);
    return {QDir::cleanPath(dir.filePath(file)),
            QDir::cleanPath(dir.filePath(QStringLiteral(TMEMS_GUI_MODULE_RELATIVE_DIR "/") + file))};
}

/// Why one candidate path could not serve.
struct FailedAttempt
{
    enum Reason { Missing, NotLoadable, WrongVersion } reason;
    QString path;
    QString loaderError;
};

QString describe(const FailedAttempt &attempt)
{
    const QString path = QDir::toNativeSeparators(attempt.path);
    switch (attempt.reason) {
    case FailedAttempt::Missing:
        return QCoreApplication::translate("GuiModuleLoader", "%1: not found").arg(path);
    case FailedAttempt::NotLoadable:
        return attempt.loaderError;
    case FailedAttempt::WrongVersion:
        return QCoreApplication::translate("GuiModuleLoader", "%1: not the module of version %2")
            .arg(path, QStringLiteral(TMEMS_VERSION));
    }
    return path;
}

int fail(int &argc, char **argv, const QList<FailedAttempt> &attempts)
{
    // Only now is there no module to build the application: make a plain one
    // so that the message comes in the user's language.
    QCoreApplication app(argc, argv);
    Translations::install(Translations::systemLanguage());
    QStringList reasons;
    for (const FailedAttempt &attempt : attempts)
        reasons << describe(attempt);
    QTextStream(stderr) << QCoreApplication::translate(
                               "GuiModuleLoader", "tmems-assistant: cannot load the wizard and report module: %1")
                               .arg(reasons.join(QStringLiteral("; ")))
                        << Qt::endl;
    return ExitUsage;
}

} // namespace

namespace GuiModuleLoader {

int run(const char *symbol, int &argc, char **argv)
{
    QList<FailedAttempt> attempts;
    for (const QString &path : candidatePaths(argv[0])) {
        if (!QFileInfo::exists(path)) {
            attempts.append({FailedAttempt::Missing, path, {}});
            continue;
        }
        QLibrary module(path);
        if (!module.load()) {
            attempts.append({FailedAttempt::NotLoadable, path, module.errorString()});
            continue;
        }
        const auto version = reinterpret_cast<GuiModule::VersionFunction>(module.resolve(GuiModule::VersionSymbol));
        const auto entry = reinterpret_cast<GuiModule::EntryPoint>(module.resolve(symbol));
        if (!version || !entry || qstrcmp(version(), TMEMS_VERSION) != 0) {
            attempts.append({FailedAttempt::WrongVersion, path, {}});
            module.unload();
            continue;
        }
        // The module stays loaded until the process exits: its objects live until then.
        return entry(&argc, argv);
    }
    return fail(argc, argv, attempts);
}

} // namespace GuiModuleLoader
