// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfCommand.h"

#include "DomainName.h"
#include "SpfChecker.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

/// DNS content is untrusted: never let control characters reach the terminal.
QString printable(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    return result;
}

} // namespace

SpfCommand::SpfCommand(CliStreams streams, QObject *parent)
    : DnsSubcommand(streams, parent)
{
}

SpfCommand::~SpfCommand() = default;

QString SpfCommand::summary() const
{
    return tr("Check whether an IP address may send mail for a domain (RFC 7208 SPF).");
}

void SpfCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("DOMAIN"), tr("The domain whose SPF record is checked."));
    parser.addOption({QStringLiteral("ip"), tr("The sending server's IPv4 or IPv6 address (required)."),
                      QStringLiteral("IP")});
    parser.addOption({QStringLiteral("sender"), tr("The envelope sender (MAIL FROM) address, for macros "
                                                   "(default: postmaster@DOMAIN)."),
                      QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("helo"), tr("The HELO/EHLO name, for macros (default: DOMAIN)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("dns-server"), tr("Send every DNS query to this server (port 53)."),
                      QStringLiteral("IP")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    if (!parse(parser, arguments))
        return;
    const auto request = checkRequest(parser);
    if (!request)
        return;
    DnsResolver *resolver = this->resolver(parser.value(QStringLiteral("dns-server")));
    if (!resolver)
        return;
    const bool json = parser.isSet(QStringLiteral("json"));
    m_checker = std::make_unique<SpfChecker>(resolver);
    connect(m_checker.get(), &SpfChecker::finished, this, [this, json](const SpfResult &result) {
        report(result, json);
        finish(result.code == SpfResult::Code::TempError ? ExitDnsFailure : ExitOk);
    });
    m_checker->start(*request);
}

std::optional<SpfCheckRequest> SpfCommand::checkRequest(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        failUsage(positional.isEmpty() ? tr("a DOMAIN is required")
                                       : tr("unexpected argument \"%1\"; give one domain").arg(positional.at(1)));
        return std::nullopt;
    }
    const DomainInput domain = DomainName::normalize(positional.constFirst());
    if (!domain.isValid()) {
        failUsage(domain.error);
        return std::nullopt;
    }
    if (!parser.isSet(QStringLiteral("ip"))) {
        failUsage(tr("--ip is required"));
        return std::nullopt;
    }
    QString error;
    const auto ip = IpAddress::parse(parser.value(QStringLiteral("ip")), &error);
    if (!ip) {
        failUsage(error);
        return std::nullopt;
    }
    SpfCheckRequest request;
    request.ip = *ip;
    request.domain = domain.ascii;
    request.sender = QStringLiteral("postmaster@") + domain.ascii;
    if (parser.isSet(QStringLiteral("sender"))) {
        // Macros expand the sender's domain into DNS names: send it as its A-label.
        const QString sender = parser.value(QStringLiteral("sender"));
        const qsizetype at = sender.lastIndexOf(u'@');
        const DomainInput senderDomain = DomainName::normalize(sender.mid(at + 1));
        if (at <= 0 || !senderDomain.isValid()) {
            failUsage(tr("\"%1\" is not a sender address (local-part@domain)").arg(sender));
            return std::nullopt;
        }
        request.sender = sender.left(at) + u'@' + senderDomain.ascii;
    }
    request.helo = parser.isSet(QStringLiteral("helo")) ? parser.value(QStringLiteral("helo")) : domain.ascii;
    return request;
}

void SpfCommand::report(const SpfResult &result, bool json)
{
    if (json) {
        const QJsonObject object{
            {QStringLiteral("domain"), result.domain},
            {QStringLiteral("ip"), result.ip},
            {QStringLiteral("result"), result.codeName()},
            {QStringLiteral("lookups"), result.lookups},
            {QStringLiteral("voidLookups"), result.voidLookups},
            {QStringLiteral("explanation"), result.explanation.isNull() ? QJsonValue() : QJsonValue(result.explanation)},
            {QStringLiteral("matchedTerm"), result.matchedTerm.isEmpty() ? QJsonValue() : QJsonValue(result.matchedTerm)},
            {QStringLiteral("message"), result.reason.isEmpty() ? SpfResult::describe(result.code) : result.reason},
        };
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    out() << result.codeName() << '\n';
    out() << SpfResult::describe(result.code) << '\n';
    out() << tr("Domain: %1  IP address: %2").arg(result.domain, result.ip) << '\n';
    out() << tr("DNS lookups: %1 (limit %2); void lookups: %3 (limit %4)")
                 .arg(result.lookups)
                 .arg(SpfChecker::MaxLookups)
                 .arg(result.voidLookups)
                 .arg(SpfChecker::MaxVoidLookups)
          << '\n';
    if (!result.matchedTerm.isEmpty())
        out() << tr("Decided by: %1").arg(printable(result.matchedTerm)) << '\n';
    if (!result.reason.isEmpty())
        out() << tr("Reason: %1").arg(printable(result.reason)) << '\n';
    if (!result.explanation.isNull())
        out() << tr("Explanation published by the domain: %1").arg(printable(result.explanation)) << '\n';
}
