// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SnippetContext.h"

#include <QCoreApplication>

/// Snippet text for cloud firewalls driven by their vendors' CLIs: AWS security
/// groups (aws), Azure network security groups (az) and Google Cloud VPC
/// firewall rules (gcloud). Stateless; any thread.
class CloudSnippets final
{
    Q_DECLARE_TR_FUNCTIONS(CloudSnippets)
public:
    static QString awsSecurityGroup(const SnippetContext &context);
    static QString azureNsg(const SnippetContext &context);
    static QString gcp(const SnippetContext &context);
};
