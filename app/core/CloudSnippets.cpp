// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloudSnippets.h"

QString CloudSnippets::awsSecurityGroup(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("Set SG_ID to your security group. One call per range: a range that is already allowed fails\n"
                               "alone with InvalidPermission.Duplicate and the others are still added, so this can run again.\n"
                               "Each range counts as one rule against the quota of inbound rules per security group (60 by default).")});
    out += QStringLiteral("SG_ID=\"sg-0123456789abcdef0\"\n");
    const struct { QList<IpNetwork> list; const char *key; const char *cidrKey; } families[] = {
        {c.v4(), "IpRanges", "CidrIp"},
        {c.v6(), "Ipv6Ranges", "CidrIpv6"},
    };
    for (const auto &f : families) {
        if (f.list.isEmpty())
            continue;
        out += QStringLiteral("for net in %1; do\n"
                              "    aws ec2 authorize-security-group-ingress --group-id \"$SG_ID\" --ip-permissions \\\n"
                              "        \"IpProtocol=tcp,FromPort=%2,ToPort=%2,%3=[{%4=$net,Description='TMEmS JP'}]\"\n"
                              "done\n")
                   .arg(SnippetContext::join(f.list, QStringLiteral(" ")))
                   .arg(c.port)
                   .arg(QLatin1String(f.key), QLatin1String(f.cidrKey));
    }
    return out;
}

QString CloudSnippets::azureNsg(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("Replace <RESOURCE_GROUP> and <NSG_NAME>; the priority (100-4096, lower first) must be free and lower\n"
                               "than that of any rule that denies the port. create with the same --name updates the rule, so this\n"
                               "can run again. If an NSG sits on both the subnet and the NIC, both must allow the traffic.")});
    const struct { QList<IpNetwork> list; const char *suffix; int priority; } families[] = {
        {c.v4(), "", 200},
        {c.v6(), "-V6", 201},
    };
    for (const auto &f : families) {
        if (f.list.isEmpty())
            continue;
        out += QStringLiteral("az network nsg rule create --resource-group \"<RESOURCE_GROUP>\" --nsg-name \"<NSG_NAME>\" \\\n"
                              "    --name Allow-TMEmS-JP-SMTP%1 --priority %2 --direction Inbound --access Allow --protocol Tcp \\\n"
                              "    --source-address-prefixes %3 \\\n"
                              "    --source-port-ranges '*' --destination-address-prefixes '*' --destination-port-ranges %4 \\\n"
                              "    --description \"Trend Micro Email Security JP\"\n")
                   .arg(QLatin1String(f.suffix))
                   .arg(f.priority)
                   .arg(SnippetContext::join(f.list, QStringLiteral(" ")))
                   .arg(c.port);
    }
    return out;
}

QString CloudSnippets::gcp(const SnippetContext &c)
{
    QString out = c.header(QStringLiteral("#"),
                           {tr("Replace <VPC_NETWORK> and <MAIL_SERVER_TAG> (without --target-tags the rule applies to every\n"
                               "instance of the network). create refuses a rule name that exists; to change an existing rule,\n"
                               "run firewall-rules update with the complete list, because --source-ranges replaces it.")});
    const QString name = c.port == 25 ? QStringLiteral("allow-tmems-jp-smtp") : QStringLiteral("allow-tmems-jp-tcp-%1").arg(c.port);
    const struct { QList<IpNetwork> list; const char *suffix; } families[] = {
        {c.v4(), ""},
        {c.v6(), "-v6"},
    };
    for (const auto &f : families) {
        if (f.list.isEmpty())
            continue;
        out += QStringLiteral("gcloud compute firewall-rules create %1%2 --network=\"<VPC_NETWORK>\" --direction=INGRESS \\\n"
                              "    --priority=1000 --action=ALLOW --rules=tcp:%3 \\\n"
                              "    --source-ranges=%4 \\\n"
                              "    --target-tags=\"<MAIL_SERVER_TAG>\" --description=\"Trend Micro Email Security JP\"\n")
                   .arg(name, QLatin1String(f.suffix))
                   .arg(c.port)
                   .arg(SnippetContext::join(f.list, QStringLiteral(",")));
    }
    return out;
}
