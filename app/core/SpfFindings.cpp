// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfFindings.h"

QStringList SpfFindings::codes()
{
    return {QStringLiteral("no-spf-record"),          QStringLiteral("multiple-spf-records"),
            QStringLiteral("syntax-error"),           QStringLiteral("too-many-lookups"),
            QStringLiteral("too-many-void-lookups"),  QStringLiteral("include-loop"),
            QStringLiteral("include-target-missing"), QStringLiteral("ptr-used"),
            QStringLiteral("plus-all"),               QStringLiteral("no-all"),
            QStringLiteral("redirect-ignored"),       QStringLiteral("dns-failure"),
            QStringLiteral("analysis-limit"),         QStringLiteral("domain-not-found")};
}

bool SpfFindings::isPermanentError(const QString &code)
{
    static const QStringList permanent{QStringLiteral("multiple-spf-records"), QStringLiteral("syntax-error"),
                                       QStringLiteral("too-many-lookups"), QStringLiteral("too-many-void-lookups"),
                                       QStringLiteral("include-loop"), QStringLiteral("include-target-missing")};
    return permanent.contains(code);
}

SpfProblem::Severity SpfFindings::severity(const QString &code)
{
    if (isPermanentError(code) || code == QLatin1String("dns-failure") || code == QLatin1String("plus-all")
        || code == QLatin1String("domain-not-found"))
        return SpfProblem::Severity::Error;
    if (code == QLatin1String("redirect-ignored") || code == QLatin1String("analysis-limit"))
        return SpfProblem::Severity::Info;
    return SpfProblem::Severity::Warning;
}

SpfProblem SpfFindings::make(const QString &code, const QString &where, const QString &detail, int count)
{
    SpfProblem p;
    p.code = code;
    p.severity = severity(code);
    p.where = where;
    if (code == QLatin1String("no-spf-record")) {
        p.message = tr("%1 publishes no SPF record, so receivers cannot tell which servers may send its mail. "
                       "Publish one SPF record that lists the servers sending mail for the domain.").arg(where);
    } else if (code == QLatin1String("multiple-spf-records")) {
        p.message = tr("%1 publishes %n SPF records; receivers accept exactly one and treat this as an error "
                       "(permerror). Merge them into a single record.", nullptr, count).arg(where);
    } else if (code == QLatin1String("syntax-error")) {
        p.message = tr("The SPF record of %1 has a syntax error (%2); receivers treat the whole record as an "
                       "error (permerror). Correct the record.").arg(where, detail);
    } else if (code == QLatin1String("too-many-lookups")) {
        p.message = tr("Checking this SPF record takes %1 DNS lookups; receivers stop at 10 and the SPF check "
                       "fails (permerror). Remove include: mechanisms that are no longer needed; on the Japan "
                       "data center, replace the legacy include with the Japan one.").arg(count);
    } else if (code == QLatin1String("too-many-void-lookups")) {
        p.message = tr("%1 DNS lookups of this SPF record find no records; receivers stop after 2 and the SPF "
                       "check fails (permerror). Remove mechanisms that point at names without records.").arg(count);
    } else if (code == QLatin1String("include-loop")) {
        p.message = tr("The SPF record of %1 reaches itself again through include: or redirect=; receivers "
                       "treat the loop as an error. Remove the mechanism that closes the loop.").arg(where);
    } else if (code == QLatin1String("include-target-missing")) {
        p.message = tr("%1 is included, but it has no SPF record; receivers that reach it treat the check as an "
                       "error (permerror). Correct the name or remove the mechanism (%2).").arg(where, detail);
    } else if (code == QLatin1String("ptr-used")) {
        p.message = tr("The SPF record of %1 uses the ptr mechanism, which RFC 7208 advises against: it is slow, "
                       "unreliable, and some receivers ignore it. List the servers with ip4:, ip6: or a instead.").arg(where);
    } else if (code == QLatin1String("plus-all")) {
        p.message = tr("The SPF record of %1 contains +all, which lets every server on the Internet send mail "
                       "in the domain's name. End the record with -all or ~all instead.").arg(where);
    } else if (code == QLatin1String("no-all")) {
        p.message = tr("The SPF record of %1 has no all mechanism, so mail from servers it does not list gets "
                       "no clear answer (neutral). End the record with -all or ~all.").arg(where);
    } else if (code == QLatin1String("redirect-ignored")) {
        p.message = tr("The SPF record of %1 has an all mechanism, so its redirect= is never used. Remove one "
                       "of the two.").arg(where);
    } else if (code == QLatin1String("dns-failure")) {
        p.message = tr("The DNS lookup of %1 failed (%2), so the result could not be determined. Check the DNS "
                       "server and run the check again.").arg(where, detail);
    } else if (code == QLatin1String("domain-not-found")) {
        p.message = tr("The domain %1 does not exist in DNS (NXDOMAIN). Check the spelling of the domain name.").arg(where);
    } else if (code == QLatin1String("analysis-limit")) {
        p.message = tr("The SPF tree of %1 is too large to analyse completely; only its first part was read. "
                       "Receivers stop after 10 DNS lookups anyway.").arg(where);
    }
    return p;
}
