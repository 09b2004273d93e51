// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How PrivateModule::load() binds a module's symbol references: the usual
// order, or the module's own libraries first (PrivateModule::Binding), which
// the executable asks for the GUI module.
#include "BindingProbe.h"
#include "PrivateModule.h"

#include <QtTest>

namespace {

using Answer = int (*)();

Answer loadProbe(const char *path, PrivateModule::Binding binding)
{
    QList<PrivateModule::FailedAttempt> failures;
    const auto answer = reinterpret_cast<Answer>(PrivateModule::load(
        {QString::fromUtf8(path)}, "tmemsProbeVersion", "tmemsProbeAnswer", &failures, binding));
    if (!answer)
        qWarning() << PrivateModule::describe(failures);
    return answer;
}

} // namespace

class TestPrivateModuleBinding : public QObject
{
    Q_OBJECT

private slots:
    void theExecutableReachesItsOwnDefinition()
    {
        QCOMPARE(tmemsBindingProbe(), 1);
    }

    void theUsualOrderFindsTheProcessDefinitionFirst()
    {
        const Answer answer = loadProbe(TMEMS_PROBE_MODULE_process, PrivateModule::Binding::ProcessFirst);
        QVERIFY(answer);
        QCOMPARE(answer(), 1);
    }

    void ownLibrariesFirstFindsTheModuleDefinitionWhereSafe()
    {
        const Answer answer = loadProbe(TMEMS_PROBE_MODULE_own, PrivateModule::Binding::OwnLibrariesFirst);
        QVERIFY(answer);
        QCOMPARE(answer(), PrivateModule::ownLibrariesFirstIsSafe() ? 2 : 1);
#if defined(Q_OS_LINUX) && !defined(__SANITIZE_ADDRESS__)
        if (qEnvironmentVariableIsEmpty("LD_PRELOAD") && !QFile::exists(QStringLiteral("/etc/ld.so.preload")))
            QVERIFY2(PrivateModule::ownLibrariesFirstIsSafe(), "a plain Linux process may load its modules so");
#endif
    }

    void preloadedLibrariesKeepTheUsualOrder()
    {
        const QByteArray saved = qgetenv("LD_PRELOAD");
        qputenv("LD_PRELOAD", "libsomething.so");
        const bool safe = PrivateModule::ownLibrariesFirstIsSafe();
        if (saved.isNull())
            qunsetenv("LD_PRELOAD");
        else
            qputenv("LD_PRELOAD", saved);
        QVERIFY(!safe);
    }
};

QTEST_GUILESS_MAIN(TestPrivateModuleBinding)
#include "TestPrivateModuleBinding.moc"
