// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsLookupBackend.h"

/// The DnsLookupBackend over QDnsLookup: what the DNS module exports, and what
/// tests link in directly (DnsModule::setBuiltIn).
const DnsLookupBackend *qtDnsLookupBackend();
