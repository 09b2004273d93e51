// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailServerSnippets.h"

QString MailServerSnippets::postfix(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("Run as root. The ranges go into a check_client_access cidr table, not into mynetworks: mynetworks\n"
                               "would let anyone who sends through TMEmS (a shared service) relay through your server.\n"
                               "Lines are appended only when missing, so running this again adds nothing; no postmap is needed.")});
    const QString table = QStringLiteral("/etc/postfix/tmems_jp.cidr");
    out += QStringLiteral("touch %1\n"
                          "for net in %2; do\n"
                          "    grep -qxF \"$net OK\" %1 || printf '%s OK\\n' \"$net\" >> %1\n"
                          "done\n")
               .arg(table, SnippetContext::join(c.networks, QStringLiteral(" ")));
    out += SnippetContext::comment(
        QStringLiteral("#"),
        {tr("Puts the table in front of smtpd_client_restrictions and keeps what is already there (once only):")});
    // Only when postconf could read the current value: an empty $(...) after a failed
    // postconf would otherwise replace the admin's restrictions with ours alone.
    out += QStringLiteral("if current=$(postconf -h smtpd_client_restrictions); then\n"
                          "    case \"$current\" in\n"
                          "        *cidr:%1*) ;;\n"
                          "        *) postconf -e \"smtpd_client_restrictions = check_client_access cidr:%1 $current\" ;;\n"
                          "    esac\n"
                          "    postfix reload\n"
                          "fi\n")
               .arg(table);
    out += SnippetContext::comment(
        QStringLiteral("#"),
        {tr("Optional lock-down, when the MX points to TMEmS and nobody else should deliver (edit main.cf by hand):"),
         QStringLiteral("  smtpd_client_restrictions = permit_mynetworks, check_client_access cidr:%1, reject").arg(table),
         tr("Warning: the final reject refuses every other client, such as a backup MX, monitoring or applications that send on port 25."),
         tr("With postscreen, list the ranges in a separate table with the action permit in postscreen_access_list.")});
    return out;
}

QString MailServerSnippets::exchangeServer(const SnippetContext &c, const QList<IpNetwork> &allNetworks)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("Run in the Exchange Management Shell. Set $Connector to your receive connector (see Get-ReceiveConnector).\n"
                               "@{Add=...} adds to RemoteIPRanges and keeps the ranges already there; a plain list would replace them all.")});
    out += QStringLiteral("$Connector = \"<SERVER>\\<Receive connector name>\"\n"
                          "Set-ReceiveConnector -Identity $Connector -RemoteIPRanges @{Add=%1}\n"
                          "Get-ReceiveConnector -Identity $Connector | Format-List -Property \"Name\",\"Bindings\",\"RemoteIPRanges\",\"PermissionGroups\",\"AuthMechanism\"\n")
               .arg(SnippetContext::join(c.networks, QStringLiteral(","), QStringLiteral("\"")));
    out += SnippetContext::comment(
        QStringLiteral("#"),
        {tr("The built-in \"Default Frontend <SERVER>\" connector already accepts every address on port 25. A dedicated\n"
            "connector is worth having for its own settings (TLS, permissions, logging); to create one with every range:"),
         QStringLiteral("New-ReceiveConnector -Name \"From TMEmS JP\" -TransportRole FrontendTransport -Custom -Bindings 0.0.0.0:%1 "
                        "-RemoteIPRanges %2 -PermissionGroups AnonymousUsers")
             .arg(c.port)
             .arg(SnippetContext::join(allNetworks, QStringLiteral(","), QStringLiteral("\"")))});
    return out;
}
