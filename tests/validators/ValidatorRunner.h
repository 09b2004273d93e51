// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

/// What one validator process printed and returned.
struct ToolRun
{
    int exitCode = -1; ///< -1: did not start; -2: crashed or timed out
    QString out;
    QString err;
    QString all() const { return out + err; }
};

/// Runs `program` with `arguments` and extra environment, bounded in time.
inline ToolRun runTool(const QString &program, const QStringList &arguments,
                       const QStringList &environment = {}, int timeoutMs = 120000)
{
    ToolRun run;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : environment) {
        const qsizetype eq = entry.indexOf(u'=');
        env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.exitCode = -2;
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// The tool's absolute path, also looking in the sbin directories a non-root PATH lacks.
inline QString findTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                     QStringLiteral("/usr/local/sbin")});
    return path;
}

/// True when this process may create a user + network (+ mount) namespace, which
/// every validator uses so that no rule ever reaches the host.
inline bool namespacesAllowed()
{
    static const bool allowed = runTool(QStringLiteral("unshare"),
                                        {QStringLiteral("-r"), QStringLiteral("-n"), QStringLiteral("-m"),
                                         QStringLiteral("true")}).exitCode == 0;
    return allowed;
}

inline bool writeText(const QString &path, const QString &text, bool executable = false)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    file.close();
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    return true;
}
