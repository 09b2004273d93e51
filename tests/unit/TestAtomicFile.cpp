// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// AtomicFile on a real full disk: a tmpfs of 64 KiB mounted in a mount
// namespace of this process only (root; skipped otherwise, as the Knot tests).
#include "AtomicFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <sys/mount.h>
#include <unistd.h>

class TestAtomicFile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAndReplaces();
    void reportsAMissingDirectory();
    void fullDiskKeepsTheOldFile_data();
    void fullDiskKeepsTheOldFile();
    void devicesAreWrittenNotReplaced();
    void cleanupTestCase();

private:
    /// A directory on a fresh 64 KiB tmpfs, or an empty string (and why) when
    /// this process cannot mount one.
    QString smallDisk(QString *why);
    QTemporaryDir m_dir;
    QString m_disk; ///< the tmpfs, once mounted
    QString m_whyNoDisk;
};

void TestAtomicFile::writesAndReplaces()
{
    const QString path = m_dir.filePath(QStringLiteral("a.txt"));
    QCOMPARE(AtomicFile::write(path, "first"), QString());
    QCOMPARE(AtomicFile::write(path, "second"), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second"));
}

void TestAtomicFile::reportsAMissingDirectory()
{
    const QString reason = AtomicFile::write(m_dir.filePath(QStringLiteral("no/such/dir/a.txt")), "x");
    QVERIFY(!reason.isEmpty());
}

QString TestAtomicFile::smallDisk(QString *why)
{
    if (geteuid() != 0) {
        *why = QStringLiteral("needs root to mount a small tmpfs in a private mount namespace");
        return {};
    }
    if (unshare(CLONE_NEWNS) != 0 || mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        *why = QStringLiteral("cannot make a private mount namespace here: %1").arg(qt_error_string(errno));
        return {};
    }
    const QString dir = m_dir.filePath(QStringLiteral("small"));
    QDir().mkpath(dir);
    if (mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, "size=64k") != 0) {
        *why = QStringLiteral("cannot mount a tmpfs: %1").arg(qt_error_string(errno));
        return {};
    }
    return dir;
}

void TestAtomicFile::fullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<int>("size");
    // Under QFileDevice's 16 KiB buffer, the bytes reach the disk only when the
    // file is closed: that is where Qt 6.4's commit() missed the error.
    QTest::newRow("small, still buffered") << 1000;
    QTest::newRow("large, written at once") << 200000;
    // Room for part of it: write() takes some bytes and stops, and Qt's own
    // text for that is "Unknown error".
    QTest::newRow("large, the disk fills up midway") << -200000;
}

void TestAtomicFile::fullDiskKeepsTheOldFile()
{
    QFETCH(int, size);
    const bool roomForSome = size < 0;
    size = std::abs(size);
    if (m_disk.isEmpty() && m_whyNoDisk.isEmpty())
        m_disk = smallDisk(&m_whyNoDisk);
    if (m_disk.isEmpty())
        QSKIP(qPrintable(m_whyNoDisk));
    const QString &disk = m_disk;

    const QString path = QDir(disk).filePath(QStringLiteral("session.json"));
    QCOMPARE(AtomicFile::write(path, "old content"), QString());
    // Fill the rest of the disk.
    QFile filler(QDir(disk).filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size()) {
    }
    if (roomForSome)
        QVERIFY(filler.resize(filler.size() - 5 * block.size()));
    filler.close();

    const QString reason = AtomicFile::write(path, QByteArray(size, 'n'));
    QVERIFY2(!reason.isEmpty(), "a write to a full disk was reported as done");
    QVERIFY2(reason != QLatin1String("Unknown error"), qPrintable(reason));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old content"));
    QCOMPARE(QDir(disk).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary file left
    QVERIFY(filler.remove());
}

void TestAtomicFile::devicesAreWrittenNotReplaced()
{
    // report --output /dev/stdout, a FIFO, or a link to a device: QSaveFile
    // would rename a regular file over it (as root, over /dev/full itself).
    const QString fifo = m_dir.filePath(QStringLiteral("report.fifo"));
    QVERIFY(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString link = m_dir.filePath(QStringLiteral("to-fifo.csv"));
    QVERIFY(QFile::link(fifo, link));
    // The reading end, open before the write as a reader's would be.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    QCOMPARE(AtomicFile::write(link, "a,b\n"), QString());
    char got[16] = {};
    QCOMPARE(::read(reader, got, sizeof got), ssize_t(4));
    ::close(reader);
    QCOMPARE(QByteArray(got), QByteArray("a,b\n"));
    QVERIFY(QFileInfo(fifo).isSymLink() == false && !QFileInfo(fifo).isFile()); // still a FIFO
    QVERIFY(QFileInfo(link).isSymLink());
    // Nothing reads from it now: an answer at once, not a wait for good.
    QElapsedTimer timer;
    timer.start();
    const QString reason = AtomicFile::write(link, "a,b\n");
    QVERIFY2(reason.contains(QLatin1String("nothing is reading")), qPrintable(reason));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!QFileInfo(fifo).isFile());
}

void TestAtomicFile::cleanupTestCase()
{
    // Unmounted, so that QTemporaryDir can remove its directory.
    if (!m_disk.isEmpty())
        umount2(QFile::encodeName(m_disk).constData(), MNT_DETACH);
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "TestAtomicFile.moc"
