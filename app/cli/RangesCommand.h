// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Subcommand.h"

/// `tmems-assistant ranges`: the data center's mail-server ranges as plain
/// CIDRs, CSV or JSON, all of them or only those added on 2024-08-21.
class RangesCommand final : public Subcommand
{
    Q_OBJECT
public:
    using Subcommand::Subcommand;
    QString name() const override { return QStringLiteral("ranges"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;
};
