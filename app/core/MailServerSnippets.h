// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SnippetContext.h"

#include <QCoreApplication>

/// Snippet text for the mail servers themselves: Postfix (a check_client_access
/// cidr table, never mynetworks) and Exchange Server receive connectors. Exchange
/// Online lives in ConnectorCommandBuilder. Stateless; any thread.
class MailServerSnippets final
{
    Q_DECLARE_TR_FUNCTIONS(MailServerSnippets)
public:
    static QString postfix(const SnippetContext &context);
    static QString exchangeServer(const SnippetContext &context, const QList<IpNetwork> &allNetworks);
};
