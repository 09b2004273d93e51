// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkDeviceSnippets.h"

#include <algorithm>

namespace {

/// Cisco's keyword for port 25, a number otherwise.
QString ciscoPort(int port)
{
    return port == 25 ? QStringLiteral("smtp") : QString::number(port);
}

} // namespace

QString NetworkDeviceSnippets::ciscoAsa(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("!"),
                           {tr("Replace <MAIL_IP> with the mail server's real (untranslated) address and OUTSIDE_IN\n"
                               "with the access list of your outside interface. The ASA takes subnet masks, not wildcards.\n"
                               "network-object lines that already exist are refused harmlessly, so this can be pasted again.")});
    out += QStringLiteral("object-group network TMEmS-JP\n description Trend Micro Email Security JP (TCP/%1)\n").arg(c.port);
    for (const IpNetwork &n : c.networks) {
        if (n.isV4())
            out += QStringLiteral(" network-object %1 %2\n").arg(n.address().toString(), n.netmask());
        else
            out += QStringLiteral(" network-object %1\n").arg(n.toString());
    }
    out += SnippetContext::comment(QStringLiteral("!"), {tr("line 1 puts the entry at the top of the access list, before any deny.")});
    out += QStringLiteral("access-list OUTSIDE_IN line 1 extended permit tcp object-group TMEmS-JP host <MAIL_IP> eq %1\n")
               .arg(ciscoPort(c.port));
    out += SnippetContext::comment(QStringLiteral("!"), {tr("Only if the access list is not applied to the interface yet:"),
                                                         QStringLiteral("access-group OUTSIDE_IN in interface outside")});
    return out;
}

QString NetworkDeviceSnippets::ciscoIos(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("!"));
    const QList<IpNetwork> v4 = c.v4();
    const QList<IpNetwork> v6 = c.v6();
    out += SnippetContext::comment(QStringLiteral("!"), {tr("Replace <MAIL_IP> with the mail server's address and OUTSIDE-IN with your inbound access list.\n"
                                                            "Access lists take wildcard masks (the inverse of the netmask). Sequence numbers 1 to %1\n"
                                                            "put the entries before the existing ones (numbered from 10 by default) and the implicit deny;\n"
                                                            "use other free numbers below 10 if these are taken. An entry that already exists is refused.")
                                            .arg(std::max(v4.size(), v6.size()))});
    if (!v4.isEmpty()) {
        out += QStringLiteral("ip access-list extended OUTSIDE-IN\n remark Trend Micro Email Security JP\n");
        int sequence = 0;
        for (const IpNetwork &n : v4) {
            out += QStringLiteral(" %1 permit tcp %2 %3 host <MAIL_IP> eq %4\n")
                       .arg(++sequence)
                       .arg(n.address().toString(), n.wildcardMask(), ciscoPort(c.port));
        }
        out += QStringLiteral("exit\n");
    }
    if (!v6.isEmpty()) {
        out += QStringLiteral("ipv6 access-list OUTSIDE-IN-V6\n remark Trend Micro Email Security JP\n");
        int sequence = 0;
        for (const IpNetwork &n : v6)
            out += QStringLiteral(" sequence %1 permit tcp %2 host <MAIL_IPV6> eq %3\n").arg(++sequence).arg(n.toString(), ciscoPort(c.port));
        out += QStringLiteral("exit\n");
    }
    out += SnippetContext::comment(QStringLiteral("!"), {tr("Only if the access list is not applied to the interface yet:"),
                                                         QStringLiteral("interface <OUTSIDE_INTERFACE>"),
                                                         QStringLiteral(" ip access-group OUTSIDE-IN in")});
    return out;
}

QString NetworkDeviceSnippets::juniperSrx(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("Paste in configuration mode (set commands can be applied again without duplicates).\n"
                               "Replace <MAIL_SERVER_ADDR_OBJ> with the address-book entry of the mail server and the zones with yours.")});
    for (const IpNetwork &n : c.networks)
        out += QStringLiteral("set security address-book global address %1 %2\n").arg(SnippetContext::objectName(n), n.toString());
    for (const IpNetwork &n : c.networks)
        out += QStringLiteral("set security address-book global address-set TMEmS-JP address %1\n").arg(SnippetContext::objectName(n));
    QString application = QStringLiteral("junos-smtp");
    if (c.port != 25) {
        application = QStringLiteral("tmems-tcp-%1").arg(c.port);
        out += QStringLiteral("set applications application %1 protocol tcp destination-port %2\n").arg(application).arg(c.port);
    }
    const QString policy = QStringLiteral("set security policies from-zone untrust to-zone trust policy allow-tmems-smtp ");
    out += policy + QStringLiteral("match source-address TMEmS-JP\n");
    out += policy + QStringLiteral("match destination-address <MAIL_SERVER_ADDR_OBJ>\n");
    out += policy + QStringLiteral("match application %1\n").arg(application);
    out += policy + QStringLiteral("then permit\n");
    out += SnippetContext::comment(QStringLiteral("#"), {tr("A new policy goes to the end of the list; move it above your deny policy:")});
    out += QStringLiteral("insert security policies from-zone untrust to-zone trust policy allow-tmems-smtp before policy <DENY_POLICY>\n"
                          "commit check\n"
                          "commit\n");
    return out;
}

QString NetworkDeviceSnippets::fortigate(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("FortiOS CLI. edit updates an object that already exists, and append member adds to the\n"
                               "group without removing its members (set member would replace them all).")});
    const QList<IpNetwork> v4 = c.v4();
    const QList<IpNetwork> v6 = c.v6();
    if (!v4.isEmpty()) {
        out += QStringLiteral("config firewall address\n");
        for (const IpNetwork &n : v4) {
            out += QStringLiteral("    edit \"%1\"\n        set subnet %2 %3\n    next\n")
                       .arg(SnippetContext::objectName(n), n.address().toString(), n.netmask());
        }
        out += QStringLiteral("end\nconfig firewall addrgrp\n    edit \"TMEmS-JP\"\n        append member");
        for (const IpNetwork &n : v4)
            out += QStringLiteral(" \"%1\"").arg(SnippetContext::objectName(n));
        out += QStringLiteral("\n    next\nend\n");
    }
    if (!v6.isEmpty()) {
        out += QStringLiteral("config firewall address6\n");
        for (const IpNetwork &n : v6)
            out += QStringLiteral("    edit \"%1\"\n        set ip6 %2\n    next\n").arg(SnippetContext::objectName(n), n.toString());
        out += QStringLiteral("end\nconfig firewall addrgrp6\n    edit \"TMEmS-JP-V6\"\n        append member");
        for (const IpNetwork &n : v6)
            out += QStringLiteral(" \"%1\"").arg(SnippetContext::objectName(n));
        out += QStringLiteral("\n    next\nend\n");
    }
    QString service = QStringLiteral("SMTP");
    if (c.port != 25) {
        service = QStringLiteral("TMEmS-TCP-%1").arg(c.port);
        out += QStringLiteral("config firewall service custom\n    edit \"%1\"\n        set tcp-portrange %2\n    next\nend\n")
                   .arg(service)
                   .arg(c.port);
    }
    out += SnippetContext::comment(QStringLiteral("#"), {tr("The policy: only once, and only if no policy for TMEmS-JP exists yet (the group above already\n"
                                                            "carries the new ranges into it). Replace the <...> values; edit 0 takes the next free ID.\n"
                                                            "New policies go to the bottom: move it above your deny policy with move <ID> before <ID>.")});
    out += QStringLiteral("config firewall policy\n    edit 0\n        set name \"Allow-SMTP-from-TMEmS-JP\"\n"
                          "        set srcintf \"<WAN_PORT>\"\n        set dstintf \"<INTERNAL_PORT>\"\n");
    if (!v4.isEmpty())
        out += QStringLiteral("        set srcaddr \"TMEmS-JP\"\n        set dstaddr \"<MAIL_VIP_OR_ADDRESS>\"\n");
    if (!v6.isEmpty())
        out += QStringLiteral("        set srcaddr6 \"TMEmS-JP-V6\"\n        set dstaddr6 \"<MAIL_ADDRESS6>\"\n");
    out += QStringLiteral("        set action accept\n        set schedule \"always\"\n        set service \"%1\"\n    next\nend\n").arg(service);
    return out;
}

QString NetworkDeviceSnippets::paloAlto(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("Paste the set commands in configure mode (not the # lines). set adds to the address group\n"
                               "and changes nothing that already exists, so this can be pasted again.\n"
                               "Replace <MAIL_ADDR_OBJ> (the pre-NAT address) and the zones with yours.")});
    QStringList names;
    for (const IpNetwork &n : c.networks) {
        out += QStringLiteral("set address %1 ip-netmask %2\n").arg(SnippetContext::objectName(n), n.toString());
        names.append(SnippetContext::objectName(n));
    }
    out += QStringLiteral("set address-group TMEmS-JP static [ %1 ]\n").arg(names.join(u' '));
    QString service = QStringLiteral("application-default");
    if (c.port != 25) {
        service = QStringLiteral("TMEmS-TCP-%1").arg(c.port);
        out += QStringLiteral("set service %1 protocol tcp port %2\n").arg(service).arg(c.port);
    }
    out += QStringLiteral("set rulebase security rules Allow-TMEmS-JP-SMTP from untrust to trust source TMEmS-JP "
                          "destination <MAIL_ADDR_OBJ> application smtp service %1 action allow\n")
               .arg(service);
    out += SnippetContext::comment(QStringLiteral("#"), {tr("Rules match from the top: move the rule above your deny rule.")});
    out += QStringLiteral("move rulebase security rules Allow-TMEmS-JP-SMTP before <DENY_RULE>\ncommit\n");
    return out;
}

QString NetworkDeviceSnippets::checkPoint(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("Run on the management server (shell). add network reports an error for an object that already\n"
                               "exists and changes nothing; set group members.add adds without removing members.\n"
                               "Nothing takes effect until publish and install-policy. Replace the <...> values.")});
    out += QStringLiteral("mgmt_cli login user \"<ADMIN>\" > sid.txt\n");
    for (const IpNetwork &n : c.networks) {
        if (n.isV4()) {
            out += QStringLiteral("mgmt_cli add network name \"%1\" subnet \"%2\" mask-length %3 -s sid.txt\n")
                       .arg(SnippetContext::objectName(n), n.address().toString())
                       .arg(n.prefixLength());
        } else {
            out += QStringLiteral("mgmt_cli add network name \"%1\" subnet6 \"%2\" mask-length6 %3 -s sid.txt\n")
                       .arg(SnippetContext::objectName(n), n.address().toString())
                       .arg(n.prefixLength());
        }
    }
    out += SnippetContext::comment(QStringLiteral("#"), {tr("Create the group once (an error just means it exists), then add the members:")});
    out += QStringLiteral("mgmt_cli add group name \"TMEmS-JP\" -s sid.txt\nmgmt_cli set group name \"TMEmS-JP\"");
    int index = 0;
    for (const IpNetwork &n : c.networks)
        out += QStringLiteral(" members.add.%1 \"%2\"").arg(++index).arg(SnippetContext::objectName(n));
    out += QStringLiteral(" -s sid.txt\n");
    QString service = QStringLiteral("smtp");
    if (c.port != 25) {
        service = QStringLiteral("TMEmS-TCP-%1").arg(c.port);
        out += QStringLiteral("mgmt_cli add service-tcp name \"%1\" port \"%2\" -s sid.txt\n").arg(service).arg(c.port);
    }
    out += SnippetContext::comment(QStringLiteral("#"), {tr("The access rule: only once, and only if no rule for TMEmS-JP exists yet.")});
    out += QStringLiteral("mgmt_cli add access-rule layer \"Network\" position top name \"Allow SMTP from TMEmS JP\" source \"TMEmS-JP\" "
                          "destination \"<MAIL_SERVER_OBJECT>\" service \"%1\" action \"Accept\" -s sid.txt\n"
                          "mgmt_cli publish -s sid.txt\n"
                          "mgmt_cli install-policy policy-package \"Standard\" targets.1 \"<GATEWAY>\" -s sid.txt\n"
                          "mgmt_cli logout -s sid.txt\n")
               .arg(service);
    return out;
}
