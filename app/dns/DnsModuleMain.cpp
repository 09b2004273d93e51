// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The DNS module's exports (see DnsModule.h).
#include "DnsModule.h"
#include "QtDnsLookupBackend.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT const char *tmems_dns_module_version()
{
    return TMEMS_BUILD_KEY;
}

extern "C" Q_DECL_EXPORT const DnsLookupBackend *tmems_dns_backend()
{
    return qtDnsLookupBackend();
}
