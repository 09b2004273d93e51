// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveLocation.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

QString DialogSaveLocation::saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                                         const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName), filter);
}

QString DialogSaveLocation::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}
