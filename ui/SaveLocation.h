// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

/// Where the user wants a file written or read. Pages ask this instead of
/// opening QFileDialog themselves, so tests can answer without a dialog.
/// Returning an empty string means the user cancelled.
class SaveLocation
{
public:
    virtual ~SaveLocation() = default;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                                 const QString &filter) = 0;
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
};

/// The real one: the platform's file dialogs.
class DialogSaveLocation final : public SaveLocation
{
public:
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                         const QString &filter) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
};
