// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsResolver.h"

#include <QString>

#include <memory>

/// The resolver a real run uses: CachingResolver (per-run cache, in-flight
/// de-duplication, at most 5 upstream queries at once) over QtDnsResolver.
/// `dnsServer`: empty for the system resolver, or an IPv4 address (optionally
/// ":53"), as given to --dns-server. `timeoutMs`: the bound of one query once
/// sent (<= 0: QtDnsResolver::DefaultTimeoutMs). Returns nullptr and sets
/// `*error` (translated, ready to show) when the server cannot be used.
/// The caller owns the result; it lives in the calling thread.
std::unique_ptr<DnsResolver> createResolver(const QString &dnsServer, int timeoutMs, QString *error);
