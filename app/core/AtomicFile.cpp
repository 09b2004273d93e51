// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

/// Why the write or flush just made failed. Where write() took only part of
/// the bytes (a disk that fills up midway), QFileDevice says "Unknown error"
/// while errno still holds the system's reason.
QString failure(const QFileDevice &file, int error)
{
    return error != 0 ? qt_error_string(error) : file.errorString();
}

/// A FIFO, a terminal, /dev/stdout or another device, possibly behind a
/// link: nothing to replace atomically, and renaming a new file over it would
/// put a regular file in its place (for a device in /dev, for everyone).
QString writeToDevice(const QString &path, const QByteArray &bytes)
{
    QFile device;
#ifdef Q_OS_UNIX
    // Opening a FIFO that nothing reads from waits for a reader for good (the
    // wizard would freeze): open without waiting, then write as usual.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return errno == ENXIO ? QCoreApplication::translate("AtomicFile", "nothing is reading from it")
                              : qt_error_string(errno);
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!device.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return device.errorString();
    }
#else
    device.setFileName(path);
    if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return device.errorString();
#endif
    errno = 0;
    if (device.write(bytes) != bytes.size())
        return failure(device, errno);
    return {};
}

} // namespace

QString AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile() && !target.isDir())
        return writeToDevice(path, bytes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    // QSaveFile::commit() (Qt 6.4) counts only the errors of write(), not those
    // of the flush that its close() does: a small file, still in the write
    // buffer when the disk is full, would be committed empty over the old one.
    // commit() also clears the error text, so the reason is taken here.
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = failure(file, errno);
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}
