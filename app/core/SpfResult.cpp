// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfResult.h"

QString SpfResult::codeName(Code code)
{
    switch (code) {
    case Code::None: return QStringLiteral("none");
    case Code::Neutral: return QStringLiteral("neutral");
    case Code::Pass: return QStringLiteral("pass");
    case Code::Fail: return QStringLiteral("fail");
    case Code::SoftFail: return QStringLiteral("softfail");
    case Code::TempError: return QStringLiteral("temperror");
    case Code::PermError: return QStringLiteral("permerror");
    }
    return {};
}

QString SpfResult::describe(Code code)
{
    switch (code) {
    case Code::None:
        return tr("The domain publishes no SPF record (or the name is not a valid domain).");
    case Code::Neutral:
        return tr("The domain's SPF record makes no statement about this IP address.");
    case Code::Pass:
        return tr("The domain's SPF record authorizes this IP address to send its mail.");
    case Code::Fail:
        return tr("The domain's SPF record says this IP address is not authorized to send its mail.");
    case Code::SoftFail:
        return tr("The domain's SPF record says this IP address is probably not authorized (softfail).");
    case Code::TempError:
        return tr("The check could not finish because of a temporary DNS error; try again later.");
    case Code::PermError:
        return tr("The domain's SPF record is broken and cannot be evaluated (permerror).");
    }
    return {};
}
