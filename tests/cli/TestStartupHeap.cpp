// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The executable's heap reservation (app/StartupHeap.h): the kernel must see
// the advice on the heap itself, and glibc must not trim the block away again.
#include "StartupHeap.h"

#include <QFile>
#include <QtTest>

#include <cstdlib>
#include <vector>

#if defined(__linux__)
#include <unistd.h>
#endif

namespace {

struct Mapping
{
    quintptr start = 0;
    quintptr end = 0;
    QByteArray name;
    QByteArrayList flags;
};

/// The mapping of this process that holds `address`, from /proc/self/smaps.
Mapping mappingOf(quintptr address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    Mapping current;
    bool found = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        const int dash = fields.value(0).indexOf('-');
        if (dash > 0 && !fields.value(0).endsWith(':')) {
            if (found)
                return current;
            current = {};
            current.start = fields[0].left(dash).toULongLong(nullptr, 16);
            current.end = fields[0].mid(dash + 1).toULongLong(nullptr, 16);
            current.name = fields.value(5);
            found = current.start <= address && address < current.end;
        } else if (found && fields.value(0) == "VmFlags:") {
            current.flags = fields.mid(1);
        }
    }
    return found ? current : Mapping{};
}

} // namespace

class TestStartupHeap : public QObject
{
    Q_OBJECT

private slots:
    void nothingOrTooMuchIsRefused()
    {
        QCOMPARE(StartupHeap::reserve(0).length, std::size_t(0));
        QCOMPARE(StartupHeap::reserve(std::size_t(1) << 30).length, std::size_t(0));
    }

    void theReservedHeapIsAdvisedForHugePages()
    {
#if !defined(__linux__) || !defined(__GLIBC__)
        QSKIP("only Linux with glibc has a brk heap to advise");
#elif defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer replaces malloc: there is no glibc heap to grow");
#else
        const StartupHeap::Region region = StartupHeap::reserve(StartupHeap::wizardBytes);
        if (region.length == 0 && !QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
            QSKIP("this kernel has no transparent huge pages");
        const auto start = quintptr(region.start);
        const quintptr hugePage = quintptr(2) << 20;
        QVERIFY2(region.length >= 3 * hugePage, "8 MiB from any start holds three whole huge pages");
        QCOMPARE(start % hugePage, quintptr(0));
        QCOMPARE(region.length % hugePage, std::size_t(0));

        const Mapping mapping = mappingOf(start);
        QCOMPARE(mapping.name, QByteArray("[heap]"));
        QVERIFY2(mapping.flags.contains("hg"), mapping.flags.join(' ').constData());
        QVERIFY(mapping.end >= start + region.length);

        // Blocks taken and given back, as the wizard does, leave the heap grown.
        std::vector<void *> blocks; // stored, so the compiler keeps the calls
        for (int i = 0; i < 64; ++i)
            blocks.push_back(std::malloc(100 * 1024));
        for (void *block : blocks)
            std::free(block);
        QVERIFY(quintptr(sbrk(0)) >= start + region.length);
        QVERIFY(mappingOf(start).flags.contains("hg"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestStartupHeap)
#include "TestStartupHeap.moc"
