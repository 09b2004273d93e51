// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Subcommand.h"

/// `tmems-assistant snippet PLATFORM`: the configuration text that lets one
/// platform accept SMTP from the data center's ranges (SnippetBuilder), all of
/// them or only those added on 2024-08-21.
class SnippetCommand final : public Subcommand
{
    Q_OBJECT
public:
    using Subcommand::Subcommand;
    QString name() const override { return QStringLiteral("snippet"); }
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    static QString platformList();
};
