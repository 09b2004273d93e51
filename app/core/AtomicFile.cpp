// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <QSaveFile>

QString AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    // QSaveFile::commit() (Qt 6.4) counts only the errors of write(), not those
    // of the flush that its close() does: a small file, still in the write
    // buffer when the disk is full, would be committed empty over the old one.
    // commit() also clears the error text, so the reason is taken here.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}
