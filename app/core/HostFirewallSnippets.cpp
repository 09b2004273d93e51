// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostFirewallSnippets.h"

namespace {

/// One `for` loop of `-C || -I` pairs for iptables or ip6tables.
QString iptablesLoop(const QString &tool, const QList<IpNetwork> &networks, int port)
{
    if (networks.isEmpty())
        return {};
    const QString rule = QStringLiteral("INPUT -p tcp -s \"$net\" --dport %1 -j ACCEPT").arg(port);
    return QStringLiteral("for net in %1; do\n"
                          "    %2 -C %3 2>/dev/null ||\n"
                          "        %2 -I %3\n"
                          "done\n")
        .arg(SnippetContext::join(networks, QStringLiteral(" ")), tool, rule);
}

} // namespace

QString HostFirewallSnippets::iptables(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("-I puts each rule at the top of INPUT, before any DROP or REJECT rule;\n"
                               "-C skips a rule that is already there, so running this again adds nothing.")});
    out += iptablesLoop(QStringLiteral("iptables"), c.v4(), c.port);
    out += iptablesLoop(QStringLiteral("ip6tables"), c.v6(), c.port);
    out += SnippetContext::hashComment({tr("Make the rules permanent: iptables-save > /etc/iptables/rules.v4 (Debian, iptables-persistent)\n"
                                           "or service iptables save (RHEL).")});
    return out;
}

QString HostFirewallSnippets::nftables(const SnippetContext &c)
{
    QString out = QStringLiteral("#!/usr/sbin/nft -f\n");
    out += c.header(QStringLiteral("#"),
                    {tr("For the chain input of table inet filter (Debian's /etc/nftables.conf); change the names if yours differ.\n"
                        "The rule is inserted at the top of the chain, before its drop rules. The sets and their\n"
                        "elements can be loaded again safely; the rule cannot: before running this file a second time,\n"
                        "check with: nft list chain inet filter input | grep tmems_jp")});
    const struct { QList<IpNetwork> list; const char *set; const char *type; const char *match; } families[] = {
        {c.v4(), "tmems_jp_v4", "ipv4_addr", "ip saddr"},
        {c.v6(), "tmems_jp_v6", "ipv6_addr", "ip6 saddr"},
    };
    for (const auto &f : families) {
        if (f.list.isEmpty())
            continue;
        out += QStringLiteral("add set inet filter %1 { type %2; flags interval; }\n"
                              "add element inet filter %1 { %3 }\n")
                   .arg(QLatin1String(f.set), QLatin1String(f.type), SnippetContext::join(f.list, QStringLiteral(", ")));
    }
    for (const auto &f : families) {
        if (f.list.isEmpty())
            continue;
        out += QStringLiteral("insert rule inet filter input %1 @%2 tcp dport %3 accept comment \"TMEmS JP SMTP\"\n")
                   .arg(QLatin1String(f.match), QLatin1String(f.set))
                   .arg(c.port);
    }
    return out;
}

QString HostFirewallSnippets::firewalld(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("An ipset of the ranges and a rich rule in the zone public (change --zone if your interface is in another zone).\n"
                               "Running this again is safe: firewall-cmd skips entries and rules that already exist.\n"
                               "If the zone opens the smtp service to everyone, this rule adds nothing; remove the service to restrict.")});
    const QString service = c.port == 25 ? QStringLiteral("service name=\"smtp\"")
                                         : QStringLiteral("port port=\"%1\" protocol=\"tcp\"").arg(c.port);
    const struct { QList<IpNetwork> list; const char *set; const char *family; const char *ruleFamily; } families[] = {
        {c.v4(), "tmems-jp", "inet", "ipv4"},
        {c.v6(), "tmems-jp-v6", "inet6", "ipv6"},
    };
    for (const auto &f : families) {
        if (f.list.isEmpty())
            continue;
        const QString set = QLatin1String(f.set);
        out += QStringLiteral("firewall-cmd --permanent --info-ipset=%1 >/dev/null 2>&1 ||\n"
                              "    firewall-cmd --permanent --new-ipset=%1 --type=hash:net --option=family=%2\n"
                              "for net in %3; do\n"
                              "    firewall-cmd --permanent --ipset=%1 --add-entry=\"$net\"\n"
                              "done\n"
                              "firewall-cmd --permanent --zone=public --add-rich-rule='rule family=\"%4\" source ipset=\"%1\" %5 accept'\n")
                   .arg(set, QLatin1String(f.family), SnippetContext::join(f.list, QStringLiteral(" ")),
                        QLatin1String(f.ruleFamily), service);
    }
    out += SnippetContext::hashComment({tr("--permanent changes take effect after a reload:")});
    out += QStringLiteral("firewall-cmd --reload\n");
    return out;
}

QString HostFirewallSnippets::ufw(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("prepend puts each rule before the existing ones (including any deny rule for the port);\n"
                               "ufw skips a rule that already exists, so running this again adds nothing.")});
    out += QStringLiteral("for net in %1; do\n"
                          "    ufw prepend allow proto tcp from \"$net\" to any port %2 comment 'TMEmS JP'\n"
                          "done\n")
               .arg(SnippetContext::join(c.networks, QStringLiteral(" ")))
               .arg(c.port);
    return out;
}

QString HostFirewallSnippets::windowsFirewall(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("Run in PowerShell as administrator. Creates the inbound rule TMEmS-JP-SMTP-In, or adds the\n"
                               "ranges to it if it exists (Set-NetFirewallRule alone would replace its address list).")});
    out += QStringLiteral("$TmemsJp = @(%1)\n").arg(SnippetContext::join(c.networks, QStringLiteral(", "), QStringLiteral("\"")));
    out += QStringLiteral(
               "$Rule = Get-NetFirewallRule -Name \"TMEmS-JP-SMTP-In\" -ErrorAction SilentlyContinue\n"
               "if ($Rule) {\n"
               "    $Current = @(($Rule | Get-NetFirewallAddressFilter).RemoteAddress | Where-Object { $_ -ne \"Any\" })\n"
               "    $Merged = @($Current + $TmemsJp | Select-Object -Unique)\n"
               "    Set-NetFirewallRule -Name \"TMEmS-JP-SMTP-In\" -RemoteAddress $Merged\n"
               "} else {\n"
               "    New-NetFirewallRule -Name \"TMEmS-JP-SMTP-In\" -DisplayName \"Allow SMTP from TMEmS JP\" `\n"
               "        -Direction Inbound -Protocol TCP -LocalPort %1 -RemoteAddress $TmemsJp -Action Allow -Profile Any\n"
               "}\n")
               .arg(c.port);
    out += SnippetContext::hashComment({tr("Check:")});
    out += QStringLiteral("Get-NetFirewallRule -Name \"TMEmS-JP-SMTP-In\" | Get-NetFirewallAddressFilter\n");
    return out;
}

QString HostFirewallSnippets::pf(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("For /etc/pf.conf: ext_if must name your external interface (a macro defined above).\n"
                               "quick makes the first matching rule win, so this pass is not undone by a later block rule;\n"
                               "put it before your block rules. Check and load: pfctl -nf /etc/pf.conf && pfctl -f /etc/pf.conf")});
    out += QStringLiteral("table <tmems_jp> const { %1 }\n").arg(SnippetContext::join(c.networks, QStringLiteral(", ")));
    out += QStringLiteral("pass in quick on $ext_if proto tcp from <tmems_jp> to any port %1\n")
               .arg(c.port == 25 ? QStringLiteral("smtp") : QString::number(c.port));
    return out;
}
