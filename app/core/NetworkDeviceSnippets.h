// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SnippetContext.h"

#include <QCoreApplication>

/// Snippet text for network firewalls configured from their own CLI: Cisco ASA,
/// Cisco IOS, Juniper SRX, FortiGate, PAN-OS and Check Point. Objects are named
/// after their range, groups are added to (never replaced), and the rule is put
/// before the deny rules. Stateless; any thread.
class NetworkDeviceSnippets final
{
    Q_DECLARE_TR_FUNCTIONS(NetworkDeviceSnippets)
public:
    static QString ciscoAsa(const SnippetContext &context);
    static QString ciscoIos(const SnippetContext &context);
    static QString juniperSrx(const SnippetContext &context);
    static QString fortigate(const SnippetContext &context);
    static QString paloAlto(const SnippetContext &context);
    static QString checkPoint(const SnippetContext &context);
};
