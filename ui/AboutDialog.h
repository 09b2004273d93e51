// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"

#include <QDialog>

/// Version, the catalog's version and source date, and the disclaimer that
/// the program is not affiliated with Trend Micro.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    AboutDialog(const Catalog &catalog, QWidget *parent = nullptr);
};
