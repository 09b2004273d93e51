// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SnippetContext.h"

#include <QCoreApplication>

/// Snippet text for firewalls that run on the mail server itself: iptables,
/// nftables, firewalld, ufw, Windows Defender Firewall and pf. Stateless; any thread.
/// Every rule is put before the host's own drop rules and is safe to run twice
/// wherever the tool can check for an existing rule.
class HostFirewallSnippets final
{
    Q_DECLARE_TR_FUNCTIONS(HostFirewallSnippets)
public:
    static QString iptables(const SnippetContext &context);
    static QString nftables(const SnippetContext &context);
    static QString firewalld(const SnippetContext &context);
    static QString ufw(const SnippetContext &context);
    static QString windowsFirewall(const SnippetContext &context);
    static QString pf(const SnippetContext &context);
};
