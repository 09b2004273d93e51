// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportOptions.h"

/// Connects the report to the snippet engine: fills ReportOptions'
/// firewallSnippet and connectorCommand from SnippetBuilder (every range of the
/// data center, port 25, the platform's default variant) and the Exchange
/// Online PowerShell, so the report, the `snippet` command and the wizard
/// print the same text. The `report` command and the wizard's Summary page
/// call install(). Stateless; main thread (SnippetBuilder translates).
namespace ReportSnippetSource {

/// True for an id `tmems-assistant snippet --help` lists.
bool isKnownPlatform(const QString &platformId);
void install(ReportOptions *options);

} // namespace ReportSnippetSource
