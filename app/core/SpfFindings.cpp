// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfFindings.h"

#include "DomainActions.h"

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
    if (!detail.isEmpty())
        p.arguments.append(detail);
    p.count = count;
    p.message = compose(p, nullptr);
    return p;
}

SpfProblem SpfFindings::dnsFailure(const QString &where, DnsType type, DnsAnswer::Status status,
                                    const QString &errorString)
{
    // Resolvers normally say what went wrong; these words stand in where one did not.
    QString why = errorString;
    if (why.isEmpty())
        why = status == DnsAnswer::Status::Timeout ? tr("timeout") : tr("server failure");
    SpfProblem p = make(QStringLiteral("dns-failure"), where, dnsTypeName(type) + QStringLiteral(": ") + why);
    p.arguments << dnsTypeName(type) << dnsFailureReason(status);
    return p;
}

QString SpfFindings::dnsFailureReason(DnsAnswer::Status status)
{
    switch (status) {
    case DnsAnswer::Status::Timeout: return QStringLiteral("timeout");
    case DnsAnswer::Status::Cancelled: return QStringLiteral("cancelled");
    default: return QStringLiteral("server-failure");
    }
}

SpfProblem SpfFindings::dataCenterMismatch(const QString &domain, const QString &chosenId, const QString &mxId,
                                           const Catalog &catalog)
{
    SpfProblem p;
    p.code = QStringLiteral("datacenter-mismatch");
    p.severity = SpfProblem::Severity::Warning;
    p.where = domain;
    p.arguments = QStringList{chosenId, mxId};
    p.message = compose(p, &catalog);
    return p;
}

QString SpfFindings::message(const SpfProblem &p, const Catalog *catalog)
{
    // Sessions saved before the arguments were stored have only the text.
    static const QStringList needDetail{QStringLiteral("syntax-error"), QStringLiteral("include-target-missing"),
                                        QStringLiteral("dns-failure")};
    static const QStringList needCount{QStringLiteral("multiple-spf-records"), QStringLiteral("too-many-lookups"),
                                       QStringLiteral("too-many-void-lookups")};
    if (!p.message.isEmpty()
        && ((needDetail.contains(p.code) && p.arguments.isEmpty()) || (needCount.contains(p.code) && p.count <= 0)))
        return p.message;
    const QString text = compose(p, catalog);
    return text.isEmpty() ? p.message : text;
}

QString SpfFindings::compose(const SpfProblem &p, const Catalog *catalog)
{
    const QString &code = p.code;
    const QString &where = p.where;
    const QString detail = p.arguments.value(0);
    const int count = p.count;
    if (code == QLatin1String("no-spf-record")) {
        return tr("%1 publishes no SPF record, so receivers cannot tell which servers may send its mail. "
                  "Publish one SPF record that lists the servers sending mail for the domain.").arg(where);
    } else if (code == QLatin1String("multiple-spf-records")) {
        return tr("%1 publishes %n SPF records; receivers accept exactly one and treat this as an error "
                  "(permerror). Merge them into a single record.", nullptr, count).arg(where);
    } else if (code == QLatin1String("syntax-error")) {
        return tr("The SPF record of %1 has a syntax error (%2); receivers treat the whole record as an "
                  "error (permerror). Correct the record.").arg(where, detail);
    } else if (code == QLatin1String("too-many-lookups")) {
        return tr("Checking this SPF record takes %1 DNS lookups; receivers stop at 10 and the SPF check "
                  "fails (permerror). Remove include: mechanisms that are no longer needed; on the Japan "
                  "data center, replace the legacy include with the Japan one.").arg(count);
    } else if (code == QLatin1String("too-many-void-lookups")) {
        return tr("%1 DNS lookups of this SPF record find no records; receivers stop after 2 and the SPF "
                  "check fails (permerror). Remove mechanisms that point at names without records.").arg(count);
    } else if (code == QLatin1String("include-loop")) {
        return tr("The SPF record of %1 reaches itself again through include: or redirect=; receivers "
                  "treat the loop as an error. Remove the mechanism that closes the loop.").arg(where);
    } else if (code == QLatin1String("include-target-missing")) {
        return tr("%1 is included, but it has no SPF record; receivers that reach it treat the check as an "
                  "error (permerror). Correct the name or remove the mechanism (%2).").arg(where, detail);
    } else if (code == QLatin1String("ptr-used")) {
        return tr("The SPF record of %1 uses the ptr mechanism, which RFC 7208 advises against: it is slow, "
                  "unreliable, and some receivers ignore it. List the servers with ip4:, ip6: or a instead.").arg(where);
    } else if (code == QLatin1String("plus-all")) {
        return tr("The SPF record of %1 contains +all, which lets every server on the Internet send mail "
                  "in the domain's name. End the record with -all or ~all instead.").arg(where);
    } else if (code == QLatin1String("no-all")) {
        return tr("The SPF record of %1 has no all mechanism, so mail from servers it does not list gets "
                  "no clear answer (neutral). End the record with -all or ~all.").arg(where);
    } else if (code == QLatin1String("redirect-ignored")) {
        return tr("The SPF record of %1 has an all mechanism, so its redirect= is never used. Remove one "
                  "of the two.").arg(where);
    } else if (code == QLatin1String("dns-failure")) {
        return tr("The DNS lookup of %1 failed (%2), so the result could not be determined. Check the DNS "
                  "server and run the check again.").arg(where, detail);
    } else if (code == QLatin1String("domain-not-found")) {
        return tr("The domain %1 does not exist in DNS (NXDOMAIN). Check the spelling of the domain name.").arg(where);
    } else if (code == QLatin1String("analysis-limit")) {
        return tr("The SPF tree of %1 is too large to analyse completely; only its first part was read. "
                  "Receivers stop after 10 DNS lookups anyway.").arg(where);
    }
    if (code == QLatin1String("datacenter-mismatch") && catalog && p.arguments.size() == 2) {
        return tr("The %1 was chosen, but the MX hosts of %2 point to the %3. Check the domain's data "
                  "center in the management console.")
            .arg(DomainActions::dataCenterName(p.arguments.at(0), *catalog), where,
                 DomainActions::dataCenterName(p.arguments.at(1), *catalog));
    }
    return {};
}
