// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogWithRange.h"
#include "CommandLineApp.h"
#include "ReportCommand.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// What one run of the command line printed and returned.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `tmems-assistant ARGS...` in process, with string streams, so tests see
/// exactly what a user would without starting a process.
inline CliRun runCli(QStringList arguments, int timeoutMs = 30000)
{
    arguments.prepend(QStringLiteral("tmems-assistant"));
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CommandLineApp app({&out, &err});
    ReportCommand::addTo(app); // as the GUI module does for the real program
    QSignalSpy finished(&app, &CommandLineApp::finished);
    app.start(arguments);
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return run;
    run.exitCode = finished.constFirst().constFirst().toInt();
    out.flush();
    err.flush();
    return run;
}

/// Runs the real binary (TMEMS_BINARY from CTest, or `program`), for exit codes
/// as the shell sees them.
inline CliRun runBinary(const QStringList &arguments, const QByteArray &stdinData = {}, int timeoutMs = 60000,
                        const QString &program = QString())
{
    CliRun run;
    QProcess process;
    process.start(program.isEmpty() ? qEnvironmentVariable("TMEMS_BINARY") : program, arguments);
    if (!process.waitForStarted())
        return run;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// Writes the built-in catalog with one more Japan range, `cidr`, into `dir`
/// and returns its path, for --catalog.
inline QString catalogWithRange(const QTemporaryDir &dir, const QString &cidr)
{
    const QString path = dir.filePath(QStringLiteral("catalog.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write the test catalog");
    out.write(catalogJsonWithRange(cidr));
    return path;
}
