<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About TMEmS Migration Assistant</source>
        <translation>About TMEmS Migration Assistant</translation>
    </message>
    <message>
        <source>TMEmS Migration Assistant %1</source>
        <translation>TMEmS Migration Assistant %1</translation>
    </message>
    <message>
        <source>Data catalog version %1, sources as of %2.</source>
        <translation>Data catalog version %1, sources as of %2.</translation>
    </message>
    <message>
        <source>This program is not affiliated with, endorsed by or supported by Trend Micro. Trend Micro and Trend Micro Email Security are trademarks of Trend Micro Incorporated.</source>
        <translation>This program is not affiliated with, endorsed by or supported by Trend Micro. Trend Micro and Trend Micro Email Security are trademarks of Trend Micro Incorporated.</translation>
    </message>
    <message>
        <source>Check the facts against Trend Micro&apos;s own notice before changing production systems.</source>
        <translation>Check the facts against Trend Micro&apos;s own notice before changing production systems.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>nothing is reading from it</source>
        <translation>nothing is reading from it</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (misspelt, or written for a newer program)</source>
        <translation>unknown field &quot;%1&quot; (misspelt, or written for a newer program)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>required field is missing</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is not a date in the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>duplicate source id &quot;%1&quot;</source>
        <translation>duplicate source id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>names source &quot;%1&quot;, which is not in &quot;sources&quot;</source>
        <translation>names source &quot;%1&quot;, which is not in &quot;sources&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lower-case host name</source>
        <translation>&quot;%1&quot; is not a lower-case host name</translation>
    </message>
    <message>
        <source>duplicate SPF host id &quot;%1&quot;</source>
        <translation>duplicate SPF host id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no entry with id &quot;%1&quot;</source>
        <translation>no entry with id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;existing&quot; or &quot;added&quot;</source>
        <translation>&quot;%1&quot; is not &quot;existing&quot; or &quot;added&quot;</translation>
    </message>
    <message>
        <source>duplicate data center id &quot;%1&quot;</source>
        <translation>duplicate data center id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>names SPF host &quot;%1&quot;, which is not in &quot;spfHosts&quot;</source>
        <translation>names SPF host &quot;%1&quot;, which is not in &quot;spfHosts&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a lower-case suffix starting with a dot</source>
        <translation>&quot;%1&quot; must be a lower-case suffix starting with a dot</translation>
    </message>
    <message>
        <source>%1 overlaps %2 at %3</source>
        <translation>%1 overlaps %2 at %3</translation>
    </message>
    <message>
        <source>no data center with id &quot;jp&quot;</source>
        <translation>no data center with id &quot;jp&quot;</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>cannot read the catalog %1: %2</source>
        <translation>cannot read the catalog %1: %2</translation>
    </message>
    <message>
        <source>the catalog %1 is larger than 4 MiB</source>
        <translation>the catalog %1 is larger than 4 MiB</translation>
    </message>
    <message>
        <source>catalog %1: %2</source>
        <translation>catalog %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>not valid JSON at %1: %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>the top level must be a JSON object</translation>
    </message>
    <message>
        <source>format: must be &quot;tmems-catalog&quot;</source>
        <translation>format: must be &quot;tmems-catalog&quot;</translation>
    </message>
    <message>
        <source>formatVersion: &quot;%1&quot; is not of the form MAJOR.MINOR</source>
        <translation>formatVersion: &quot;%1&quot; is not of the form MAJOR.MINOR</translation>
    </message>
    <message>
        <source>formatVersion: this program reads catalog format %1.x, not %2</source>
        <translation>formatVersion: this program reads catalog format %1.x, not %2</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check domains: data center, SPF record, TMEmS include and what to change.</source>
        <translation>Check domains: data center, SPF record, TMEmS include and what to change.</translation>
    </message>
    <message>
        <source>Domains to check (as pasted: user@example.co.jp works too).</source>
        <translation>Domains to check (as pasted: user@example.co.jp works too).</translation>
    </message>
    <message>
        <source>Data center of the domains: auto (detect from MX and SPF), jp or us. Default: auto.</source>
        <translation>Data center of the domains: auto (detect from MX and SPF), jp or us. Default: auto.</translation>
    </message>
    <message>
        <source>Send every DNS query to this server (port 53).</source>
        <translation>Send every DNS query to this server (port 53).</translation>
    </message>
    <message>
        <source>Read domains from FILE: one a line, # comments; the first column of a CSV works too.</source>
        <translation>Read domains from FILE: one a line, # comments; the first column of a CSV works too.</translation>
    </message>
    <message>
        <source>Print the result as JSON (see the command-line contract).</source>
        <translation>Print the result as JSON (see the command-line contract).</translation>
    </message>
    <message>
        <source>Time limit of one DNS query in milliseconds (default: 5000).</source>
        <translation>Time limit of one DNS query in milliseconds (default: 5000).</translation>
    </message>
    <message>
        <source>unknown data center &quot;%1&quot;; use auto, jp or us</source>
        <translation>unknown data center &quot;%1&quot;; use auto, jp or us</translation>
    </message>
    <message>
        <source>the timeout must be a number of milliseconds from 100 to 60000</source>
        <translation>the timeout must be a number of milliseconds from 100 to 60000</translation>
    </message>
</context>
<context>
    <name>CheckJsonDocument</name>
    <message>
        <source>not a check --json document: %1 at offset %2</source>
        <translation>not a check --json document: %1 at offset %2</translation>
    </message>
    <message>
        <source>not a check --json document: no &quot;domains&quot; list</source>
        <translation>not a check --json document: no &quot;domains&quot; list</translation>
    </message>
    <message>
        <source>not a check --json document: domains[%1] has no &quot;domain&quot;</source>
        <translation>not a check --json document: domains[%1] has no &quot;domain&quot;</translation>
    </message>
</context>
<context>
    <name>CheckTextPrinter</name>
    <message>
        <source>valid</source>
        <comment>SPF status</comment>
        <translation>valid</translation>
    </message>
    <message>
        <source>no SPF record</source>
        <comment>SPF status</comment>
        <translation>no SPF record</translation>
    </message>
    <message>
        <source>broken (permerror)</source>
        <comment>SPF status</comment>
        <translation>broken (permerror)</translation>
    </message>
    <message>
        <source>could not be checked: DNS failed (temperror)</source>
        <comment>SPF status</comment>
        <translation>could not be checked: DNS failed (temperror)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>TMEmS include</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>legacy SPF record (%1)</source>
        <translation>legacy SPF record (%1)</translation>
    </message>
    <message>
        <source>new SPF record (%1)</source>
        <translation>new SPF record (%1)</translation>
    </message>
    <message>
        <source>both (%1 and %2)</source>
        <translation>both (%1 and %2)</translation>
    </message>
    <message>
        <source>passes SPF</source>
        <comment>coverage: every address of the range</comment>
        <translation>passes SPF</translation>
    </message>
    <message>
        <source>partly passes SPF</source>
        <comment>coverage: some addresses of the range</comment>
        <translation>partly passes SPF</translation>
    </message>
    <message>
        <source>does not pass SPF</source>
        <comment>coverage: no address of the range</comment>
        <translation>does not pass SPF</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>coverage: could not be worked out</comment>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (from the MX hosts: %2)</source>
        <translation>%1 (from the MX hosts: %2)</translation>
    </message>
    <message>
        <source>%1 (from the SPF record&apos;s include)</source>
        <translation>%1 (from the SPF record&apos;s include)</translation>
    </message>
    <message>
        <source>%1 (as chosen)</source>
        <translation>%1 (as chosen)</translation>
    </message>
    <message>
        <source>%1 (no MX hosts found)</source>
        <translation>%1 (no MX hosts found)</translation>
    </message>
    <message>
        <source>%1 (MX hosts: %2)</source>
        <translation>%1 (MX hosts: %2)</translation>
    </message>
    <message>
        <source>Data center: %1</source>
        <translation>Data center: %1</translation>
    </message>
    <message>
        <source>SPF record: %1</source>
        <translation>SPF record: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>SPF status: %1</source>
        <translation>SPF status: %1</translation>
    </message>
    <message>
        <source>DNS lookups: %1 (limit 10), void lookups: %2 (limit 2)</source>
        <translation>DNS lookups: %1 (limit 10), void lookups: %2 (limit 2)</translation>
    </message>
    <message>
        <source>DNS lookups: %1 now, %2 after the change (limit 10), void lookups: %3 (limit 2)</source>
        <translation>DNS lookups: %1 now, %2 after the change (limit 10), void lookups: %3 (limit 2)</translation>
    </message>
    <message>
        <source>TMEmS include: %1</source>
        <translation>TMEmS include: %1</translation>
    </message>
    <message>
        <source>Japan data center IP address ranges under this SPF record:</source>
        <translation>Japan data center IP address ranges under this SPF record:</translation>
    </message>
    <message>
        <source>added</source>
        <comment>IP address range</comment>
        <translation>added</translation>
    </message>
    <message>
        <source>existing</source>
        <comment>IP address range</comment>
        <translation>existing</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>error</source>
        <comment>problem severity</comment>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>problem severity</comment>
        <translation>warning</translation>
    </message>
    <message>
        <source>note</source>
        <comment>problem severity</comment>
        <translation>note</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions:</translation>
    </message>
    <message>
        <source>(none could be decided)</source>
        <translation>(none could be decided)</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>action label</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>required</source>
        <comment>action label</comment>
        <translation>required</translation>
    </message>
    <message>
        <source>recommended</source>
        <comment>action label</comment>
        <translation>recommended</translation>
    </message>
    <message>
        <source>Proposed SPF record:</source>
        <translation>Proposed SPF record:</translation>
    </message>
    <message>
        <source>%1 (the MX lookup failed because of a DNS error)</source>
        <translation>%1 (the MX lookup failed because of a DNS error)</translation>
    </message>
    <message numerus="yes">
        <source>SPF records (%n; receivers accept only one):</source>
        <translation>
            <numerusform>SPF records (%n; receivers accept only one):</numerusform>
            <numerusform>SPF records (%n; receivers accept only one):</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: DNS failed</source>
        <comment>TMEmS include</comment>
        <translation>unknown: DNS failed</translation>
    </message>
    <message>
        <source>(unknown: DNS failed)</source>
        <translation>(unknown: DNS failed)</translation>
    </message>
    <message>
        <source>Domains checked: %1; needing action: %2</source>
        <translation>Domains checked: %1; needing action: %2</translation>
    </message>
    <message>
        <source>Domains checked: %1; needing action: %2, of which %3 could not be checked completely because DNS failed</source>
        <translation>Domains checked: %1; needing action: %2, of which %3 could not be checked completely because DNS failed</translation>
    </message>
    <message>
        <source>DNS lookups: unknown: DNS failed</source>
        <translation>DNS lookups: unknown: DNS failed</translation>
    </message>
    <message>
        <source>DNS lookups: unknown: DNS failed after %1 (limit 10)</source>
        <translation>DNS lookups: unknown: DNS failed after %1 (limit 10)</translation>
    </message>
</context>
<context>
    <name>CloudSnippets</name>
    <message>
        <source>Set SG_ID to your security group. One call per range: a range that is already allowed fails
alone with InvalidPermission.Duplicate and the others are still added, so this can run again.
Each range counts as one rule against the quota of inbound rules per security group (60 by default).</source>
        <translation>Set SG_ID to your security group. One call per range: a range that is already allowed fails
alone with InvalidPermission.Duplicate and the others are still added, so this can run again.
Each range counts as one rule against the quota of inbound rules per security group (60 by default).</translation>
    </message>
    <message>
        <source>Replace &lt;RESOURCE_GROUP&gt; and &lt;NSG_NAME&gt;; the priority (100-4096, lower first) must be free and lower
than that of any rule that denies the port. create with the same --name updates the rule, so this
can run again. If an NSG sits on both the subnet and the NIC, both must allow the traffic.</source>
        <translation>Replace &lt;RESOURCE_GROUP&gt; and &lt;NSG_NAME&gt;; the priority (100-4096, lower first) must be free and lower
than that of any rule that denies the port. create with the same --name updates the rule, so this
can run again. If an NSG sits on both the subnet and the NIC, both must allow the traffic.</translation>
    </message>
    <message>
        <source>Replace &lt;VPC_NETWORK&gt; and &lt;MAIL_SERVER_TAG&gt; (without --target-tags the rule applies to every
instance of the network). create refuses a rule name that exists; to change an existing rule,
run firewall-rules update with the complete list, because --source-ranges replaces it.</source>
        <translation>Replace &lt;VPC_NETWORK&gt; and &lt;MAIL_SERVER_TAG&gt; (without --target-tags the rule applies to every
instance of the network). create refuses a rule name that exists; to change an existing rule,
run firewall-rules update with the complete list, because --source-ranges replaces it.</translation>
    </message>
</context>
<context>
    <name>CommandLineApp</name>
    <message>
        <source>Usage: tmems-assistant [SUBCOMMAND] [options]</source>
        <translation>Usage: tmems-assistant [SUBCOMMAND] [options]</translation>
    </message>
    <message>
        <source>Without a subcommand, the migration wizard opens.</source>
        <translation>Without a subcommand, the migration wizard opens.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcommands:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the program and catalog versions.</source>
        <translation>Show the program and catalog versions.</translation>
    </message>
    <message>
        <source>Language of the output: ja or en.</source>
        <translation>Language of the output: ja or en.</translation>
    </message>
    <message>
        <source>Run &quot;tmems-assistant SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation>Run &quot;tmems-assistant SUBCOMMAND --help&quot; for the options of a subcommand.</translation>
    </message>
    <message>
        <source>Not affiliated with or endorsed by Trend Micro.</source>
        <translation>Not affiliated with or endorsed by Trend Micro.</translation>
    </message>
    <message>
        <source>tmems-assistant: unknown language &quot;%1&quot;; use ja or en</source>
        <translation>tmems-assistant: unknown language &quot;%1&quot;; use ja or en</translation>
    </message>
    <message>
        <source>catalog %1 (sources as of %2)</source>
        <translation>catalog %1 (sources as of %2)</translation>
    </message>
    <message>
        <source>tmems-assistant: unknown option &quot;%1&quot;</source>
        <translation>tmems-assistant: unknown option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tmems-assistant: unknown subcommand &quot;%1&quot;</source>
        <translation>tmems-assistant: unknown subcommand &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Run &quot;tmems-assistant --help&quot; for usage.</source>
        <translation>Run &quot;tmems-assistant --help&quot; for usage.</translation>
    </message>
    <message>
        <source>Check domains and write the change report (PDF, HTML, JSON or CSV).</source>
        <translation>Check domains and write the change report (PDF, HTML, JSON or CSV).</translation>
    </message>
    <message>
        <source>tmems-assistant: cannot write the output: %1</source>
        <translation>tmems-assistant: cannot write the output: %1</translation>
    </message>
    <message>
        <source>tmems-assistant: there is no display to open the wizard on (DISPLAY and WAYLAND_DISPLAY are not set).</source>
        <translation>tmems-assistant: there is no display to open the wizard on (DISPLAY and WAYLAND_DISPLAY are not set).</translation>
    </message>
    <message>
        <source>Run it in a desktop session, or use a subcommand: &quot;tmems-assistant --help&quot; lists them.</source>
        <translation>Run it in a desktop session, or use a subcommand: &quot;tmems-assistant --help&quot; lists them.</translation>
    </message>
    <message>
        <source>tmems-assistant: --lang needs ja or en</source>
        <translation>tmems-assistant: --lang needs ja or en</translation>
    </message>
</context>
<context>
    <name>ConnectorCommandBuilder</name>
    <message>
        <source>Add the ranges to the Office 365 inbound connector (default; required when the connector accepts only TMEmS&apos;s addresses).</source>
        <translation>Add the ranges to the Office 365 inbound connector (default; required when the connector accepts only TMEmS&apos;s addresses).</translation>
    </message>
    <message>
        <source>Add the ranges to Enhanced Filtering for Connectors (skip listing), so Office 365 looks past TMEmS to the original sender.</source>
        <translation>Add the ranges to Enhanced Filtering for Connectors (skip listing), so Office 365 looks past TMEmS to the original sender.</translation>
    </message>
    <message>
        <source>Add the ranges to the connection filter policy&apos;s IP Allow List (optional; skips spam filtering).</source>
        <translation>Add the ranges to the connection filter policy&apos;s IP Allow List (optional; skips spam filtering).</translation>
    </message>
    <message>
        <source>there are no IP address ranges to add</source>
        <translation>there are no IP address ranges to add</translation>
    </message>
    <message>
        <source>%1 is an IPv6 range; Exchange Online accepts only IPv4 addresses and IPv4 ranges from /24 to /32 here</source>
        <translation>%1 is an IPv6 range; Exchange Online accepts only IPv4 addresses and IPv4 ranges from /24 to /32 here</translation>
    </message>
    <message>
        <source>%1 is larger than a /24; Exchange Online accepts only IPv4 ranges from /24 to /32 here (split it into /24 ranges)</source>
        <translation>%1 is larger than a /24; Exchange Online accepts only IPv4 ranges from /24 to /32 here (split it into /24 ranges)</translation>
    </message>
    <message numerus="yes">
        <source>%n ranges are more than the %1 entries Exchange Online allows</source>
        <translation>
            <numerusform>%n range is more than the %1 entries Exchange Online allows</numerusform>
            <numerusform>%n ranges are more than the %1 entries Exchange Online allows</numerusform>
        </translation>
    </message>
    <message>
        <source>Run in PowerShell with the ExchangeOnlineManagement module, after Connect-ExchangeOnline.
@{Add=...} adds to the list and keeps what is already there; a plain list would replace it all.</source>
        <translation>Run in PowerShell with the ExchangeOnlineManagement module, after Connect-ExchangeOnline.
@{Add=...} adds to the list and keeps what is already there; a plain list would replace it all.</translation>
    </message>
    <message>
        <source>The inbound connector (Partner) that receives mail from TMEmS. Use this when your MX points to TMEmS:
a connector that rejects mail not sent from its IP addresses loses mail from any range missing here.
Set $ConnectorName to your connector&apos;s name (see Get-InboundConnector).</source>
        <translation>The inbound connector (Partner) that receives mail from TMEmS. Use this when your MX points to TMEmS:
a connector that rejects mail not sent from its IP addresses loses mail from any range missing here.
Set $ConnectorName to your connector&apos;s name (see Get-InboundConnector).</translation>
    </message>
    <message>
        <source>If you have no such connector yet, create one instead (all sender domains, only from TMEmS, TLS required):</source>
        <translation>If you have no such connector yet, create one instead (all sender domains, only from TMEmS, TLS required):</translation>
    </message>
    <message>
        <source>Enhanced Filtering for Connectors (skip listing): Office 365 skips these addresses and judges the
original sender&apos;s IP address instead (SPF, spam filtering). Use this when TMEmS sits in front of Office 365
and Enhanced Filtering lists TMEmS&apos;s addresses. -EFSkipLastIP $false makes the list take effect.
Disable any mail flow rule that sets SCL -1 for mail from the connector.</source>
        <translation>Enhanced Filtering for Connectors (skip listing): Office 365 skips these addresses and judges the
original sender&apos;s IP address instead (SPF, spam filtering). Use this when TMEmS sits in front of Office 365
and Enhanced Filtering lists TMEmS&apos;s addresses. -EFSkipLastIP $false makes the list take effect.
Disable any mail flow rule that sets SCL -1 for mail from the connector.</translation>
    </message>
    <message>
        <source>The connection filter policy&apos;s IP Allow List: mail from these addresses skips spam filtering
(malware and high-confidence phishing are still checked). Optional: security baselines (CIS, CISA SCuBA)
recommend keeping this list empty; prefer the connector. At most %1 entries.</source>
        <translation>The connection filter policy&apos;s IP Allow List: mail from these addresses skips spam filtering
(malware and high-confidence phishing are still checked). Optional: security baselines (CIS, CISA SCuBA)
recommend keeping this list empty; prefer the connector. At most %1 entries.</translation>
    </message>
    <message>
        <source>Open the Exchange admin center (https://admin.exchange.microsoft.com) and go to Mail flow &gt; Connectors.</source>
        <translation>Open the Exchange admin center (https://admin.exchange.microsoft.com) and go to Mail flow &gt; Connectors.</translation>
    </message>
    <message>
        <source>Select the inbound connector that receives mail from TMEmS (from: Partner organization, to: Office 365). If there is none, choose Add a connector with Connection from: Partner organization.</source>
        <translation>Select the inbound connector that receives mail from TMEmS (from: Partner organization, to: Office 365). If there is none, choose Add a connector with Connection from: Partner organization.</translation>
    </message>
    <message>
        <source>Under the way the partner is identified, keep &quot;by verifying that the IP address of the sending server matches&quot; and add each of these IP address ranges:
%1</source>
        <translation>Under the way the partner is identified, keep &quot;by verifying that the IP address of the sending server matches&quot; and add each of these IP address ranges:
%1</translation>
    </message>
    <message>
        <source>Under Security restrictions, keep &quot;Reject email messages if they aren&apos;t sent over TLS&quot; and &quot;Reject email messages if they aren&apos;t sent from within this IP address range&quot; as they are, then save.</source>
        <translation>Under Security restrictions, keep &quot;Reject email messages if they aren&apos;t sent over TLS&quot; and &quot;Reject email messages if they aren&apos;t sent from within this IP address range&quot; as they are, then save.</translation>
    </message>
    <message>
        <source>Open the Microsoft Defender portal at https://security.microsoft.com/skiplisting (Email &amp; collaboration &gt; Policies &amp; rules &gt; Threat policies &gt; Enhanced filtering).</source>
        <translation>Open the Microsoft Defender portal at https://security.microsoft.com/skiplisting (Email &amp; collaboration &gt; Policies &amp; rules &gt; Threat policies &gt; Enhanced filtering).</translation>
    </message>
    <message>
        <source>Select the inbound connector that receives mail from TMEmS.</source>
        <translation>Select the inbound connector that receives mail from TMEmS.</translation>
    </message>
    <message>
        <source>Choose &quot;Skip these IP addresses that are associated with the connector&quot; and add each of these IP address ranges:
%1</source>
        <translation>Choose &quot;Skip these IP addresses that are associated with the connector&quot; and add each of these IP address ranges:
%1</translation>
    </message>
    <message>
        <source>Save.</source>
        <translation>Save.</translation>
    </message>
    <message>
        <source>Open the Microsoft Defender portal at https://security.microsoft.com/antispam and select Connection filter policy (Default).</source>
        <translation>Open the Microsoft Defender portal at https://security.microsoft.com/antispam and select Connection filter policy (Default).</translation>
    </message>
    <message>
        <source>Choose Edit connection filter policy.</source>
        <translation>Choose Edit connection filter policy.</translation>
    </message>
    <message>
        <source>Under &quot;Always allow messages from the following IP addresses or address range&quot;, add each of these IP address ranges:
%1</source>
        <translation>Under &quot;Always allow messages from the following IP addresses or address range&quot;, add each of these IP address ranges:
%1</translation>
    </message>
    <message>
        <source>Save. Security baselines recommend keeping this list empty; prefer the connector.</source>
        <translation>Save. Security baselines recommend keeping this list empty; prefer the connector.</translation>
    </message>
    <message>
        <source>The labels may differ slightly in your language and admin center version.</source>
        <translation>The labels may differ slightly in your language and admin center version.</translation>
    </message>
</context>
<context>
    <name>DataCenterPage</name>
    <message>
        <source>Detection cancelled.</source>
        <translation>Detection cancelled.</translation>
    </message>
    <message>
        <source>Detection finished.</source>
        <translation>Detection finished.</translation>
    </message>
    <message>
        <source>Reading MX records: %1 of %2</source>
        <translation>Reading MX records: %1 of %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Not a TMEmS MX host: choose the data center yourself.</source>
        <translation>Not a TMEmS MX host: choose the data center yourself.</translation>
    </message>
    <message>
        <source>%1: changes needed</source>
        <comment>data center name</comment>
        <translation>%1: changes needed</translation>
    </message>
    <message>
        <source>%1: no change needed</source>
        <comment>data center name</comment>
        <translation>%1: no change needed</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>As detected</translation>
    </message>
    <message>
        <source>(no MX record)</source>
        <translation>(no MX record)</translation>
    </message>
    <message>
        <source>Data center of %1</source>
        <translation>Data center of %1</translation>
    </message>
    <message>
        <source>%1 uses Office 365</source>
        <translation>%1 uses Office 365</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Data center</translation>
    </message>
    <message>
        <source>Only domains on the Japan data center need changes.</source>
        <translation>Only domains on the Japan data center need changes.</translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation>&amp;Detect again</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>MX host (evidence)</source>
        <translation>MX host (evidence)</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Office 365</source>
        <translation>Office 365</translation>
    </message>
    <message>
        <source>Data center of each domain</source>
        <translation>Data center of each domain</translation>
    </message>
    <message>
        <source>(MX lookup failed: DNS error)</source>
        <translation>(MX lookup failed: DNS error)</translation>
    </message>
    <message>
        <source>Not in DNS: check the spelling of the domain name.</source>
        <translation>Not in DNS: check the spelling of the domain name.</translation>
    </message>
    <message>
        <source>(the domain does not exist)</source>
        <translation>(the domain does not exist)</translation>
    </message>
    <message>
        <source>The data center is read from each domain&apos;s MX host. Correct it if you know better; choose &quot;Not sure&quot; to be asked to accept the added ranges to be safe (the SPF change waits until the data center is confirmed). Tick Office 365 for domains whose mail TMEmS delivers to Exchange Online.</source>
        <translation>The data center is read from each domain&apos;s MX host. Correct it if you know better; choose &quot;Not sure&quot; to be asked to accept the added ranges to be safe (the SPF change waits until the data center is confirmed). Tick Office 365 for domains whose mail TMEmS delivers to Exchange Online.</translation>
    </message>
    <message>
        <source>DNS did not answer: detect again, or choose the data center yourself.</source>
        <translation>DNS did not answer: detect again, or choose the data center yourself.</translation>
    </message>
</context>
<context>
    <name>DnsModule</name>
    <message>
        <source>cannot load the DNS module: %1</source>
        <translation>cannot load the DNS module: %1</translation>
    </message>
</context>
<context>
    <name>DnsSubcommand</name>
    <message>
        <source>tmems-assistant %1: %2</source>
        <translation>tmems-assistant %1: %2</translation>
    </message>
</context>
<context>
    <name>DomainActions</name>
    <message>
        <source>Japan data center</source>
        <translation>Japan data center</translation>
    </message>
    <message>
        <source>US data center</source>
        <translation>US data center</translation>
    </message>
    <message>
        <source>Europe data center</source>
        <translation>Europe data center</translation>
    </message>
    <message>
        <source>Australia and New Zealand data center</source>
        <translation>Australia and New Zealand data center</translation>
    </message>
    <message>
        <source>Singapore data center</source>
        <translation>Singapore data center</translation>
    </message>
    <message>
        <source>India data center</source>
        <translation>India data center</translation>
    </message>
    <message>
        <source>Middle East (UAE) data center</source>
        <translation>Middle East (UAE) data center</translation>
    </message>
    <message>
        <source>unknown data center</source>
        <translation>unknown data center</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS: check that the name is spelled as registered in the management console.</source>
        <translation>%1 does not exist in DNS: check that the name is spelled as registered in the management console.</translation>
    </message>
    <message>
        <source>The data center of %1 could not be told from its MX hosts or its SPF record. Check which data center the domain uses in the TMEmS management console, then check the domain again with that data center chosen.</source>
        <translation>The data center of %1 could not be told from its MX hosts or its SPF record. Check which data center the domain uses in the TMEmS management console, then check the domain again with that data center chosen.</translation>
    </message>
    <message>
        <source>Make every inbound server registered for %1 in the management console, and the firewall in front of it, accept mail from the added IP address ranges (%2) as well as the existing ones. If you use Office 365, add the ranges to the Office 365 inbound connector.</source>
        <translation>Make every inbound server registered for %1 in the management console, and the firewall in front of it, accept mail from the added IP address ranges (%2) as well as the existing ones. If you use Office 365, add the ranges to the Office 365 inbound connector.</translation>
    </message>
    <message>
        <source>Where outbound protection is enabled for %1, replace include:%2 with include:%3 in the SPF record of %4.</source>
        <translation>Where outbound protection is enabled for %1, replace include:%2 with include:%3 in the SPF record of %4.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken as published, so receivers fail its SPF check (permerror). Correct it as the problems above describe.</source>
        <translation>The SPF record of %1 is broken as published, so receivers fail its SPF check (permerror). Correct it as the problems above describe.</translation>
    </message>
    <message>
        <source>%1 uses the %2: the Japan data center change needs nothing from you.</source>
        <translation>%1 uses the %2: the Japan data center change needs nothing from you.</translation>
    </message>
    <message>
        <source>Where outbound protection is enabled for %1, replace %2 with %3 in its SPF record (see the proposed record). DNS lookups: %4 now, %5 after the change.</source>
        <translation>Where outbound protection is enabled for %1, replace %2 with %3 in its SPF record (see the proposed record). DNS lookups: %4 now, %5 after the change.</translation>
    </message>
    <message>
        <source>If %1 is on the %2, make every inbound server registered for it in the management console, and the firewall in front of it, accept mail from the added IP address ranges (%3) as well as the existing ones. If you use Office 365, add the ranges to the Office 365 inbound connector.</source>
        <translation>If %1 is on the %2, make every inbound server registered for it in the management console, and the firewall in front of it, accept mail from the added IP address ranges (%3) as well as the existing ones. If you use Office 365, add the ranges to the Office 365 inbound connector.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>one data center of several</comment>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>DNS did not answer every question about %1 (see the problems above), so this result is incomplete. Make sure the DNS server answers, then check the domain again.</source>
        <translation>DNS did not answer every question about %1 (see the problems above), so this result is incomplete. Make sure the DNS server answers, then check the domain again.</translation>
    </message>
    <message>
        <source>%1 uses the %2, but its SPF record includes only the Japan record (include:%3), which lists the Japan data center&apos;s servers alone: where outbound protection is enabled, mail TMEmS sends for %1 fails SPF. Include %4 instead.</source>
        <translation>%1 uses the %2, but its SPF record includes only the Japan record (include:%3), which lists the Japan data center&apos;s servers alone: where outbound protection is enabled, mail TMEmS sends for %1 fails SPF. Include %4 instead.</translation>
    </message>
    <message>
        <source>Where outbound protection is enabled for %1, replace %2 with %3 in its SPF record (see the proposed record).</source>
        <translation>Where outbound protection is enabled for %1, replace %2 with %3 in its SPF record (see the proposed record).</translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>The domain is empty.</source>
        <translation>The domain is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains no domain.</source>
        <translation>&quot;%1&quot; contains no domain.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IP address, not a domain.</source>
        <translation>&quot;%1&quot; is an IP address, not a domain.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain: it contains &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is not a domain: it contains &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>a space</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain: it has an empty label (two dots in a row).</source>
        <translation>&quot;%1&quot; is not a domain: it has an empty label (two dots in a row).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid internationalized domain name.</source>
        <translation>&quot;%1&quot; is not a valid internationalized domain name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long: a domain may have at most %2 characters, this one has %3.</source>
        <translation>&quot;%1&quot; is too long: a domain may have at most %2 characters, this one has %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain: the part &quot;%2&quot; is longer than %3 characters.</source>
        <translation>&quot;%1&quot; is not a domain: the part &quot;%2&quot; is longer than %3 characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain: only letters, digits and hyphens may appear, and a part may not start or end with a hyphen.</source>
        <translation>&quot;%1&quot; is not a domain: only letters, digits and hyphens may appear, and a part may not start or end with a hyphen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete domain: add the part after the dot (for example example.co.jp).</source>
        <translation>&quot;%1&quot; is not a complete domain: add the part after the dot (for example example.co.jp).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain: the last part cannot start with a digit.</source>
        <translation>&quot;%1&quot; is not a domain: the last part cannot start with a digit.</translation>
    </message>
</context>
<context>
    <name>DomainsFile</name>
    <message>
        <source>the file starts as UTF-16 text but is not</source>
        <translation>the file starts as UTF-16 text but is not</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Shift_JIS text; save it as &quot;CSV UTF-8&quot; or plain text</source>
        <translation>the file is neither UTF-8 nor Shift_JIS text; save it as &quot;CSV UTF-8&quot; or plain text</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>cannot read &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: too large for a list of domains</source>
        <translation>cannot read &quot;%1&quot;: too large for a list of domains</translation>
    </message>
</context>
<context>
    <name>DomainsPage</name>
    <message numerus="yes">
        <source>%n entry(s) added.</source>
        <translation>
            <numerusform>%n entry added.</numerusform>
            <numerusform>%n entries added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import domains</source>
        <translation>Import domains</translation>
    </message>
    <message>
        <source>Text or CSV files (*.txt *.csv);;All files (*)</source>
        <translation>Text or CSV files (*.txt *.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) imported.</source>
        <translation>
            <numerusform>%n entry imported.</numerusform>
            <numerusform>%n entries imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>IDN: Unicode form (A-label)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) ready to check.</source>
        <translation>
            <numerusform>%n domain ready to check.</numerusform>
            <numerusform>%n domains ready to check.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>ready count, then refused count</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) refused; see the reason in the list.</source>
        <translation>
            <numerusform>%n entry refused; see the reason in the list.</numerusform>
            <numerusform>%n entries refused; see the reason in the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Enter every domain registered in the TMEmS management console&apos;s [Domains] screen.</source>
        <translation>Enter every domain registered in the TMEmS management console&apos;s [Domains] screen.</translation>
    </message>
    <message>
        <source>Paste one domain a line, several separated by commas, or e-mail addresses; then choose Add. Japanese (IDN) domains are accepted.</source>
        <translation>Paste one domain a line, several separated by commas, or e-mail addresses; then choose Add. Japanese (IDN) domains are accepted.</translation>
    </message>
    <message>
        <source>Domains to add</source>
        <translation>Domains to add</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Domain list</source>
        <translation>Domain list</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>entries not named in the list</comment>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) already in the list, so not added again: %1</source>
        <translation>
            <numerusform>%n entry already in the list, so not added again: %1</numerusform>
            <numerusform>%n entries already in the list, so not added again: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>entries added, then entries already in the list</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>example.co.jp
user@example.jp, example.com</source>
        <extracomment>The Japanese translation shows a Japanese domain name, such as 例え.jp.</extracomment>
        <translation>example.co.jp
user@example.jp, example.com</translation>
    </message>
</context>
<context>
    <name>GuiModuleLoader</name>
    <message>
        <source>tmems-assistant: cannot load the wizard and report module: %1</source>
        <translation>tmems-assistant: cannot load the wizard and report module: %1</translation>
    </message>
</context>
<context>
    <name>HostFirewallSnippets</name>
    <message>
        <source>-I puts each rule at the top of INPUT, before any DROP or REJECT rule;
-C skips a rule that is already there, so running this again adds nothing.</source>
        <translation>-I puts each rule at the top of INPUT, before any DROP or REJECT rule;
-C skips a rule that is already there, so running this again adds nothing.</translation>
    </message>
    <message>
        <source>Make the rules permanent: iptables-save &gt; /etc/iptables/rules.v4 (Debian, iptables-persistent)
or service iptables save (RHEL).</source>
        <translation>Make the rules permanent: iptables-save &gt; /etc/iptables/rules.v4 (Debian, iptables-persistent)
or service iptables save (RHEL).</translation>
    </message>
    <message>
        <source>For the chain input of table inet filter (Debian&apos;s /etc/nftables.conf); change the names if yours differ.
The rule is inserted at the top of the chain, before its drop rules. The sets and their
elements can be loaded again safely; the rule cannot: before running this file a second time,
check with: nft list chain inet filter input | grep tmems_jp</source>
        <translation>For the chain input of table inet filter (Debian&apos;s /etc/nftables.conf); change the names if yours differ.
The rule is inserted at the top of the chain, before its drop rules. The sets and their
elements can be loaded again safely; the rule cannot: before running this file a second time,
check with: nft list chain inet filter input | grep tmems_jp</translation>
    </message>
    <message>
        <source>An ipset of the ranges and a rich rule in the zone public (change --zone if your interface is in another zone).
Running this again is safe: firewall-cmd skips entries and rules that already exist.
If the zone opens the smtp service to everyone, this rule adds nothing; remove the service to restrict.</source>
        <translation>An ipset of the ranges and a rich rule in the zone public (change --zone if your interface is in another zone).
Running this again is safe: firewall-cmd skips entries and rules that already exist.
If the zone opens the smtp service to everyone, this rule adds nothing; remove the service to restrict.</translation>
    </message>
    <message>
        <source>--permanent changes take effect after a reload:</source>
        <translation>--permanent changes take effect after a reload:</translation>
    </message>
    <message>
        <source>prepend puts each rule before the existing ones (including any deny rule for the port);
ufw skips a rule that already exists, so running this again adds nothing.</source>
        <translation>prepend puts each rule before the existing ones (including any deny rule for the port);
ufw skips a rule that already exists, so running this again adds nothing.</translation>
    </message>
    <message>
        <source>Run in PowerShell as administrator. Creates the inbound rule TMEmS-JP-SMTP-In, or adds the
ranges to it if it exists (Set-NetFirewallRule alone would replace its address list).</source>
        <translation>Run in PowerShell as administrator. Creates the inbound rule TMEmS-JP-SMTP-In, or adds the
ranges to it if it exists (Set-NetFirewallRule alone would replace its address list).</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Check:</translation>
    </message>
    <message>
        <source>For /etc/pf.conf: ext_if must name your external interface (a macro defined above).
quick makes the first matching rule win, so this pass is not undone by a later block rule;
put it before your block rules. Check and load: pfctl -nf /etc/pf.conf &amp;&amp; pfctl -f /etc/pf.conf</source>
        <translation>For /etc/pf.conf: ext_if must name your external interface (a macro defined above).
quick makes the first matching rule win, so this pass is not undone by a later block rule;
put it before your block rules. Check and load: pfctl -nf /etc/pf.conf &amp;&amp; pfctl -f /etc/pf.conf</translation>
    </message>
</context>
<context>
    <name>InboundServersPage</name>
    <message>
        <source>Required for %1: let every inbound server (firewall, mail server) accept mail on TCP port 25 from the Japan data center&apos;s ranges. Keep the existing ranges; add the new ones.</source>
        <translation>Required for %1: let every inbound server (firewall, mail server) accept mail on TCP port 25 from the Japan data center&apos;s ranges. Keep the existing ranges; add the new ones.</translation>
    </message>
    <message>
        <source>No change needed: none of your domains is on the Japan data center. You can still look at the ranges below.</source>
        <translation>No change needed: none of your domains is on the Japan data center. You can still look at the ranges below.</translation>
    </message>
    <message>
        <source>The ranges are on the clipboard.</source>
        <translation>The ranges are on the clipboard.</translation>
    </message>
    <message>
        <source>The snippet is on the clipboard.</source>
        <translation>The snippet is on the clipboard.</translation>
    </message>
    <message>
        <source>Save snippet</source>
        <translation>Save snippet</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Inbound servers (required)</source>
        <translation>Inbound servers (required)</translation>
    </message>
    <message>
        <source>Action 1: allow the added IP address ranges wherever TMEmS delivers mail.</source>
        <translation>Action 1: allow the added IP address ranges wherever TMEmS delivers mail.</translation>
    </message>
    <message>
        <source>A&amp;ll Japan ranges</source>
        <translation>A&amp;ll Japan ranges</translation>
    </message>
    <message>
        <source>A&amp;dded ranges only</source>
        <translation>A&amp;dded ranges only</translation>
    </message>
    <message>
        <source>Copy &amp;ranges</source>
        <translation>Copy &amp;ranges</translation>
    </message>
    <message>
        <source>IP address ranges</source>
        <translation>IP address ranges</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Snippet preview</source>
        <translation>Snippet preview</translation>
    </message>
    <message>
        <source>&amp;Copy snippet</source>
        <translation>&amp;Copy snippet</translation>
    </message>
    <message>
        <source>&amp;Save snippet…</source>
        <translation>&amp;Save snippet…</translation>
    </message>
</context>
<context>
    <name>IpAddress</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address</source>
        <translation>&quot;%1&quot; is not an IPv4 or IPv6 address</translation>
    </message>
</context>
<context>
    <name>IpNetwork</name>
    <message>
        <source>&quot;%1&quot; is not a network: &quot;%2&quot; is not an IPv4 or IPv6 address</source>
        <translation>&quot;%1&quot; is not a network: &quot;%2&quot; is not an IPv4 or IPv6 address</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network: the prefix length must be a number from 0 to %2</source>
        <translation>&quot;%1&quot; is not a network: the prefix length must be a number from 0 to %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set after the /%2 prefix; the network is %3</source>
        <translation>&quot;%1&quot; has host bits set after the /%2 prefix; the network is %3</translation>
    </message>
</context>
<context>
    <name>MacroExpander</name>
    <message>
        <source>invalid macro at offset %1: %2</source>
        <translation>invalid macro at offset %1: %2</translation>
    </message>
    <message>
        <source>the digit transformer of a macro must not be zero</source>
        <translation>the digit transformer of a macro must not be zero</translation>
    </message>
    <message>
        <source>the macros expand to more than %1 characters</source>
        <translation>the macros expand to more than %1 characters</translation>
    </message>
</context>
<context>
    <name>MailServerSnippets</name>
    <message>
        <source>Run as root. The ranges go into a check_client_access cidr table, not into mynetworks: mynetworks
would let anyone who sends through TMEmS (a shared service) relay through your server.
Lines are appended only when missing, so running this again adds nothing; no postmap is needed.</source>
        <translation>Run as root. The ranges go into a check_client_access cidr table, not into mynetworks: mynetworks
would let anyone who sends through TMEmS (a shared service) relay through your server.
Lines are appended only when missing, so running this again adds nothing; no postmap is needed.</translation>
    </message>
    <message>
        <source>Puts the table in front of smtpd_client_restrictions and keeps what is already there (once only):</source>
        <translation>Puts the table in front of smtpd_client_restrictions and keeps what is already there (once only):</translation>
    </message>
    <message>
        <source>Optional lock-down, when the MX points to TMEmS and nobody else should deliver (edit main.cf by hand):</source>
        <translation>Optional lock-down, when the MX points to TMEmS and nobody else should deliver (edit main.cf by hand):</translation>
    </message>
    <message>
        <source>Warning: the final reject refuses every other client, such as a backup MX, monitoring or applications that send on port 25.</source>
        <translation>Warning: the final reject refuses every other client, such as a backup MX, monitoring or applications that send on port 25.</translation>
    </message>
    <message>
        <source>With postscreen, list the ranges in a separate table with the action permit in postscreen_access_list.</source>
        <translation>With postscreen, list the ranges in a separate table with the action permit in postscreen_access_list.</translation>
    </message>
    <message>
        <source>Run in the Exchange Management Shell. Set $Connector to your receive connector (see Get-ReceiveConnector).
@{Add=...} adds to RemoteIPRanges and keeps the ranges already there; a plain list would replace them all.</source>
        <translation>Run in the Exchange Management Shell. Set $Connector to your receive connector (see Get-ReceiveConnector).
@{Add=...} adds to RemoteIPRanges and keeps the ranges already there; a plain list would replace them all.</translation>
    </message>
    <message>
        <source>The built-in &quot;Default Frontend &lt;SERVER&gt;&quot; connector already accepts every address on port 25. A dedicated
connector is worth having for its own settings (TLS, permissions, logging); to create one with every range:</source>
        <translation>The built-in &quot;Default Frontend &lt;SERVER&gt;&quot; connector already accepts every address on port 25. A dedicated
connector is worth having for its own settings (TLS, permissions, logging); to create one with every range:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save session</source>
        <translation>Save session</translation>
    </message>
    <message>
        <source>Sessions (*.json)</source>
        <translation>Sessions (*.json)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Open session</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>TMEmS Migration Assistant</source>
        <translation>TMEmS Migration Assistant</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;New session</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Open session…</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Save session</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Save session &amp;as…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>The session saved automatically last time could not be restored: %1</source>
        <translation>The session saved automatically last time could not be restored: %1</translation>
    </message>
    <message>
        <source>The file was kept as %1.</source>
        <translation>The file was kept as %1.</translation>
    </message>
    <message>
        <source>It is left as it is, and this window saves nothing automatically.</source>
        <translation>It is left as it is, and this window saves nothing automatically.</translation>
    </message>
    <message>
        <source>Another window of the assistant is open and saves its session automatically. This window starts empty and saves nothing automatically: use File &gt; Save session to keep its work.</source>
        <translation>Another window of the assistant is open and saves its session automatically. This window starts empty and saves nothing automatically: use File &gt; Save session to keep its work.</translation>
    </message>
    <message>
        <source>Another window of the assistant saved its session automatically while this window was starting. This window saves nothing automatically, so that session is kept for the next start: use File &gt; Save session to keep this window&apos;s work.</source>
        <translation>Another window of the assistant saved its session automatically while this window was starting. This window saves nothing automatically, so that session is kept for the next start: use File &gt; Save session to keep this window&apos;s work.</translation>
    </message>
    <message>
        <source>Another window of the assistant, started at the same time, saves this session automatically. This window saves nothing automatically: use File &gt; Save session to keep its work.</source>
        <translation>Another window of the assistant, started at the same time, saves this session automatically. This window saves nothing automatically: use File &gt; Save session to keep its work.</translation>
    </message>
</context>
<context>
    <name>MigrationSession</name>
    <message>
        <source>This file is not a saved migration session.</source>
        <translation>This file is not a saved migration session.</translation>
    </message>
    <message>
        <source>This session was saved in format version %1; this program reads up to version %2.</source>
        <translation>This session was saved in format version %1; this program reads up to version %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a saved session.</source>
        <translation>%1 is too large to be a saved session.</translation>
    </message>
    <message>
        <source>%1 is not a valid session file: %2</source>
        <translation>%1 is not a valid session file: %2</translation>
    </message>
    <message>
        <source>This session file is damaged: its format version is missing or not a whole number.</source>
        <translation>This session file is damaged: its format version is missing or not a whole number.</translation>
    </message>
    <message>
        <source>This session file is damaged: its domain list is not a list.</source>
        <translation>This session file is damaged: its domain list is not a list.</translation>
    </message>
    <message>
        <source>This session file is damaged: entry %1 of its domain list is not a domain.</source>
        <translation>This session file is damaged: entry %1 of its domain list is not a domain.</translation>
    </message>
    <message>
        <source>%1 is not a valid session file: it holds no session.</source>
        <translation>%1 is not a valid session file: it holds no session.</translation>
    </message>
    <message>
        <source>The DNS server &quot;%1&quot; cannot be used (%2): the system&apos;s DNS resolver is used instead. File &gt; Settings sets another.</source>
        <translation>The DNS server &quot;%1&quot; cannot be used (%2): the system&apos;s DNS resolver is used instead. File &gt; Settings sets another.</translation>
    </message>
    <message numerus="yes">
        <source>The DNS timeout of %1 ms is outside 1 to 60 seconds: %n second(s) is used instead.</source>
        <translation>
            <numerusform>The DNS timeout of %1 ms is outside 1 to 60 seconds: %n second is used instead.</numerusform>
            <numerusform>The DNS timeout of %1 ms is outside 1 to 60 seconds: %n seconds are used instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>TMEmS Migration Assistant</source>
        <translation>TMEmS Migration Assistant</translation>
    </message>
</context>
<context>
    <name>NetworkDeviceSnippets</name>
    <message>
        <source>Replace &lt;MAIL_IP&gt; with the mail server&apos;s real (untranslated) address and OUTSIDE_IN
with the access list of your outside interface. The ASA takes subnet masks, not wildcards.
network-object lines that already exist are refused harmlessly, so this can be pasted again.</source>
        <translation>Replace &lt;MAIL_IP&gt; with the mail server&apos;s real (untranslated) address and OUTSIDE_IN
with the access list of your outside interface. The ASA takes subnet masks, not wildcards.
network-object lines that already exist are refused harmlessly, so this can be pasted again.</translation>
    </message>
    <message>
        <source>line 1 puts the entry at the top of the access list, before any deny.</source>
        <translation>line 1 puts the entry at the top of the access list, before any deny.</translation>
    </message>
    <message>
        <source>Only if the access list is not applied to the interface yet:</source>
        <translation>Only if the access list is not applied to the interface yet:</translation>
    </message>
    <message>
        <source>Replace &lt;MAIL_IP&gt; with the mail server&apos;s address and OUTSIDE-IN with your inbound access list.
Access lists take wildcard masks (the inverse of the netmask). Sequence numbers 1 to %1
put the entries before the existing ones (numbered from 10 by default) and the implicit deny;
use other free numbers below 10 if these are taken. An entry that already exists is refused.</source>
        <translation>Replace &lt;MAIL_IP&gt; with the mail server&apos;s address and OUTSIDE-IN with your inbound access list.
Access lists take wildcard masks (the inverse of the netmask). Sequence numbers 1 to %1
put the entries before the existing ones (numbered from 10 by default) and the implicit deny;
use other free numbers below 10 if these are taken. An entry that already exists is refused.</translation>
    </message>
    <message>
        <source>Paste in configuration mode (set commands can be applied again without duplicates).
Replace &lt;MAIL_SERVER_ADDR_OBJ&gt; with the address-book entry of the mail server and the zones with yours.</source>
        <translation>Paste in configuration mode (set commands can be applied again without duplicates).
Replace &lt;MAIL_SERVER_ADDR_OBJ&gt; with the address-book entry of the mail server and the zones with yours.</translation>
    </message>
    <message>
        <source>A new policy goes to the end of the list; move it above your deny policy:</source>
        <translation>A new policy goes to the end of the list; move it above your deny policy:</translation>
    </message>
    <message>
        <source>FortiOS CLI. edit updates an object that already exists, and append member adds to the
group without removing its members (set member would replace them all).</source>
        <translation>FortiOS CLI. edit updates an object that already exists, and append member adds to the
group without removing its members (set member would replace them all).</translation>
    </message>
    <message>
        <source>The policy: only once, and only if no policy for TMEmS-JP exists yet (the group above already
carries the new ranges into it). Replace the &lt;...&gt; values; edit 0 takes the next free ID.
New policies go to the bottom: move it above your deny policy with move &lt;ID&gt; before &lt;ID&gt;.</source>
        <translation>The policy: only once, and only if no policy for TMEmS-JP exists yet (the group above already
carries the new ranges into it). Replace the &lt;...&gt; values; edit 0 takes the next free ID.
New policies go to the bottom: move it above your deny policy with move &lt;ID&gt; before &lt;ID&gt;.</translation>
    </message>
    <message>
        <source>Paste the set commands in configure mode (not the # lines). set adds to the address group
and changes nothing that already exists, so this can be pasted again.
Replace &lt;MAIL_ADDR_OBJ&gt; (the pre-NAT address) and the zones with yours.</source>
        <translation>Paste the set commands in configure mode (not the # lines). set adds to the address group
and changes nothing that already exists, so this can be pasted again.
Replace &lt;MAIL_ADDR_OBJ&gt; (the pre-NAT address) and the zones with yours.</translation>
    </message>
    <message>
        <source>Rules match from the top: move the rule above your deny rule.</source>
        <translation>Rules match from the top: move the rule above your deny rule.</translation>
    </message>
    <message>
        <source>Run on the management server (shell). add network reports an error for an object that already
exists and changes nothing; set group members.add adds without removing members.
Nothing takes effect until publish and install-policy. Replace the &lt;...&gt; values.</source>
        <translation>Run on the management server (shell). add network reports an error for an object that already
exists and changes nothing; set group members.add adds without removing members.
Nothing takes effect until publish and install-policy. Replace the &lt;...&gt; values.</translation>
    </message>
    <message>
        <source>Create the group once (an error just means it exists), then add the members:</source>
        <translation>Create the group once (an error just means it exists), then add the members:</translation>
    </message>
    <message>
        <source>The access rule: only once, and only if no rule for TMEmS-JP exists yet.</source>
        <translation>The access rule: only once, and only if no rule for TMEmS-JP exists yet.</translation>
    </message>
</context>
<context>
    <name>Office365Page</name>
    <message>
        <source>Required for %1: the Office 365 inbound connector that receives mail from TMEmS must accept the added IP address ranges.</source>
        <translation>Required for %1: the Office 365 inbound connector that receives mail from TMEmS must accept the added IP address ranges.</translation>
    </message>
    <message>
        <source>Office 365 inbound connector (required)</source>
        <translation>Office 365 inbound connector (required)</translation>
    </message>
    <message>
        <source>Action 1 for Exchange Online: add the ranges to the connector; do not replace the list.</source>
        <translation>Action 1 for Exchange Online: add the ranges to the connector; do not replace the list.</translation>
    </message>
    <message>
        <source>Connector &amp;IP addresses:</source>
        <translation>Connector &amp;IP addresses:</translation>
    </message>
    <message>
        <source>Connector IP addresses</source>
        <translation>Connector IP addresses</translation>
    </message>
    <message>
        <source>Copy &amp;IP addresses</source>
        <translation>Copy &amp;IP addresses</translation>
    </message>
    <message>
        <source>Exchange Online &amp;PowerShell:</source>
        <translation>Exchange Online &amp;PowerShell:</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell</source>
        <translation>Exchange Online PowerShell</translation>
    </message>
    <message>
        <source>Copy Po&amp;werShell</source>
        <translation>Copy Po&amp;werShell</translation>
    </message>
    <message>
        <source>No change needed: no domain on the Japan data center uses Office 365. The list and commands below are for reference.</source>
        <translation>No change needed: no domain on the Japan data center uses Office 365. The list and commands below are for reference.</translation>
    </message>
    <message>
        <source>Steps in the Exchange admin center</source>
        <translation>Steps in the Exchange admin center</translation>
    </message>
</context>
<context>
    <name>PrivateModule</name>
    <message>
        <source>%1: not found</source>
        <translation>%1: not found</translation>
    </message>
    <message>
        <source>%1: from another build than this program (%2)</source>
        <translation>%1: from another build than this program (%2)</translation>
    </message>
</context>
<context>
    <name>QtDnsReply</name>
    <message>
        <source>The DNS server (%1) reported a failure (SERVFAIL) for %2.</source>
        <translation>The DNS server (%1) reported a failure (SERVFAIL) for %2.</translation>
    </message>
    <message>
        <source>The DNS server (%1) refused to answer for %2 (REFUSED).</source>
        <translation>The DNS server (%1) refused to answer for %2 (REFUSED).</translation>
    </message>
    <message>
        <source>DNS query for %1 failed: %2</source>
        <translation>DNS query for %1 failed: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be looked up: the DNS library used here (Qt) asks only for names of letters, digits, &quot;-&quot; and &quot;_&quot;. Checking again will not change this; a receiver&apos;s SPF library may ask for it.</source>
        <translation>&quot;%1&quot; cannot be looked up: the DNS library used here (Qt) asks only for names of letters, digits, &quot;-&quot; and &quot;_&quot;. Checking again will not change this; a receiver&apos;s SPF library may ask for it.</translation>
    </message>
    <message>
        <source>DNS query for %1 failed: its CNAME records form a loop.</source>
        <translation>DNS query for %1 failed: its CNAME records form a loop.</translation>
    </message>
</context>
<context>
    <name>QtDnsResolver</name>
    <message>
        <source>DNS server &quot;%1&quot;: only port 53 can be used.</source>
        <translation>DNS server &quot;%1&quot;: only port 53 can be used.</translation>
    </message>
    <message>
        <source>DNS server &quot;%1&quot; is not an IP address (for example 192.0.2.53).</source>
        <translation>DNS server &quot;%1&quot; is not an IP address (for example 192.0.2.53).</translation>
    </message>
    <message>
        <source>DNS server &quot;%1&quot;: IPv6 addresses are not supported. Give the server&apos;s IPv4 address.</source>
        <translation>DNS server &quot;%1&quot;: IPv6 addresses are not supported. Give the server&apos;s IPv4 address.</translation>
    </message>
    <message>
        <source>the system DNS resolver</source>
        <translation>the system DNS resolver</translation>
    </message>
    <message numerus="yes">
        <source>No answer from the DNS server (%1) for %2 within %n second(s).</source>
        <translation>
            <numerusform>No answer from the DNS server (%1) for %2 within %n second.</numerusform>
            <numerusform>No answer from the DNS server (%1) for %2 within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer from the DNS server (%1) for %2 within %3 ms.</source>
        <translation>No answer from the DNS server (%1) for %2 within %3 ms.</translation>
    </message>
    <message>
        <source>DNS query for %1 failed: its chain of CNAME records does not end.</source>
        <translation>DNS query for %1 failed: its chain of CNAME records does not end.</translation>
    </message>
    <message>
        <source>The DNS server&apos;s reply for %1 (%2) was empty or missing, and %3. Answers too large for UDP need TCP, so this cannot be told from a large set of records; it is not read as &quot;no records&quot;. Check that the DNS server runs and accepts TCP on port 53, or choose another DNS server.</source>
        <translation>The DNS server&apos;s reply for %1 (%2) was empty or missing, and %3. Answers too large for UDP need TCP, so this cannot be told from a large set of records; it is not read as &quot;no records&quot;. Check that the DNS server runs and accepts TCP on port 53, or choose another DNS server.</translation>
    </message>
    <message>
        <source>%1 did not accept a TCP connection on port 53 within %2 ms</source>
        <translation>%1 did not accept a TCP connection on port 53 within %2 ms</translation>
    </message>
    <message>
        <source>%1 did not accept a TCP connection on port 53: %2</source>
        <translation>%1 did not accept a TCP connection on port 53: %2</translation>
    </message>
    <message>
        <source>The DNS server (%1) did not answer the query for %2: it is unreachable or not responding.</source>
        <translation>The DNS server (%1) did not answer the query for %2: it is unreachable or not responding.</translation>
    </message>
    <message>
        <source>DNS query for %1 failed: the reply was empty, and the name is too long to confirm that it has no records.</source>
        <translation>DNS query for %1 failed: the reply was empty, and the name is too long to confirm that it has no records.</translation>
    </message>
    <message>
        <source>The DNS server (%1) gave an empty reply for %2 (%3), and no clear answer for a name below it either: it may be unreachable, refer the question to another server, or reply with an error Qt cannot report (such as NOTIMP); or the name lies under a wildcard record (*) without A records, which cannot be confirmed. The reply is not read as &quot;no records&quot;.</source>
        <translation>The DNS server (%1) gave an empty reply for %2 (%3), and no clear answer for a name below it either: it may be unreachable, refer the question to another server, or reply with an error Qt cannot report (such as NOTIMP); or the name lies under a wildcard record (*) without A records, which cannot be confirmed. The reply is not read as &quot;no records&quot;.</translation>
    </message>
</context>
<context>
    <name>RangesCommand</name>
    <message>
        <source>Print the data center&apos;s mail server IP address ranges.</source>
        <translation>Print the data center&apos;s mail server IP address ranges.</translation>
    </message>
    <message>
        <source>Data center (default: jp).</source>
        <translation>Data center (default: jp).</translation>
    </message>
    <message>
        <source>Only the ranges added on 2024-08-21.</source>
        <translation>Only the ranges added on 2024-08-21.</translation>
    </message>
    <message>
        <source>Output format: plain (one CIDR a line), csv or json.</source>
        <translation>Output format: plain (one CIDR a line), csv or json.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use plain, csv or json</source>
        <translation>unknown format &quot;%1&quot;; use plain, csv or json</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Domain (Unicode)</source>
        <translation>Domain (Unicode)</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Data center</translation>
    </message>
    <message>
        <source>SPF status</source>
        <translation>SPF status</translation>
    </message>
    <message>
        <source>DNS lookups now</source>
        <translation>DNS lookups now</translation>
    </message>
    <message>
        <source>DNS lookups after</source>
        <translation>DNS lookups after</translation>
    </message>
    <message>
        <source>Void lookups</source>
        <translation>Void lookups</translation>
    </message>
    <message>
        <source>TMEmS include</source>
        <translation>TMEmS include</translation>
    </message>
    <message>
        <source>Added ranges in SPF</source>
        <translation>Added ranges in SPF</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>SPF record</translation>
    </message>
    <message>
        <source>Proposed SPF record</source>
        <translation>Proposed SPF record</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>4. Actions</source>
        <translation>4. Actions</translation>
    </message>
    <message>
        <source>Action 1 (required): accept mail from the added IP address ranges</source>
        <translation>Action 1 (required): accept mail from the added IP address ranges</translation>
    </message>
    <message>
        <source>No domain in this report needs action 1.</source>
        <translation>No domain in this report needs action 1.</translation>
    </message>
    <message>
        <source>Every inbound server registered for these domains in the management console&apos;s [Domains] screen, and the Office 365 inbound connector where Office 365 is used, must accept mail from all ranges below, the existing ones and the added ones. Otherwise mail delivered from the added servers may be blocked by your own firewall.</source>
        <translation>Every inbound server registered for these domains in the management console&apos;s [Domains] screen, and the Office 365 inbound connector where Office 365 is used, must accept mail from all ranges below, the existing ones and the added ones. Otherwise mail delivered from the added servers may be blocked by your own firewall.</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Domains:</translation>
    </message>
    <message>
        <source>IP address ranges of the %1</source>
        <translation>IP address ranges of the %1</translation>
    </message>
    <message>
        <source>The added ranges (★) are in use from %1; allow them before that day.</source>
        <translation>The added ranges (★) are in use from %1; allow them before that day.</translation>
    </message>
    <message>
        <source>IP address range</source>
        <translation>IP address range</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation>Netmask</translation>
    </message>
    <message>
        <source>First address</source>
        <translation>First address</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>Last address</translation>
    </message>
    <message>
        <source>Office 365 inbound connector (Exchange Online PowerShell)</source>
        <translation>Office 365 inbound connector (Exchange Online PowerShell)</translation>
    </message>
    <message>
        <source>Add every range above to the inbound connector&apos;s list of sender IP addresses.</source>
        <translation>Add every range above to the inbound connector&apos;s list of sender IP addresses.</translation>
    </message>
    <message>
        <source>Firewall settings</source>
        <translation>Firewall settings</translation>
    </message>
    <message>
        <source>No firewall platform was chosen for this report; &quot;tmems-assistant snippet --help&quot; lists them.</source>
        <translation>No firewall platform was chosen for this report; &quot;tmems-assistant snippet --help&quot; lists them.</translation>
    </message>
    <message>
        <source>No snippet is available for this platform.</source>
        <translation>No snippet is available for this platform.</translation>
    </message>
    <message>
        <source>Action 2 (recommended): publish the SPF record with the Japan include</source>
        <translation>Action 2 (recommended): publish the SPF record with the Japan include</translation>
    </message>
    <message>
        <source>Where outbound protection is enabled, replace the TXT record at each domain below with the record shown. The legacy record reaches every data center through include: and can push a domain past the limit of 10 DNS lookups, so that receivers fail SPF; the Japan record lists only Japan&apos;s addresses.</source>
        <translation>Where outbound protection is enabled, replace the TXT record at each domain below with the record shown. The legacy record reaches every data center through include: and can push a domain past the limit of 10 DNS lookups, so that receivers fail SPF; the Japan record lists only Japan&apos;s addresses.</translation>
    </message>
    <message>
        <source>DNS name and type</source>
        <translation>DNS name and type</translation>
    </message>
    <message>
        <source>Current record</source>
        <translation>Current record</translation>
    </message>
    <message>
        <source>Record to publish</source>
        <translation>Record to publish</translation>
    </message>
    <message>
        <source>DNS lookups now → after</source>
        <translation>DNS lookups now → after</translation>
    </message>
    <message>
        <source>No domain in this report needs action 2.</source>
        <translation>No domain in this report needs action 2.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Other actions</translation>
    </message>
    <message>
        <source>SPF record as published</source>
        <translation>SPF record as published</translation>
    </message>
    <message>
        <source>No SPF record was found.</source>
        <translation>No SPF record was found.</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>MX hosts</translation>
    </message>
    <message>
        <source>%1 (limit 10); void lookups %2 (limit 2)</source>
        <translation>%1 (limit 10); void lookups %2 (limit 2)</translation>
    </message>
    <message>
        <source>Include tree</source>
        <translation>Include tree</translation>
    </message>
    <message>
        <source>Own lookups</source>
        <translation>Own lookups</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Running total</translation>
    </message>
    <message>
        <source>Include tree and DNS lookup cost</source>
        <translation>Include tree and DNS lookup cost</translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>No problems were found.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <source>No change to the SPF record is proposed.</source>
        <translation>No change to the SPF record is proposed.</translation>
    </message>
    <message>
        <source>DNS lookups: %1 now, %2 with the proposed record.</source>
        <translation>DNS lookups: %1 now, %2 with the proposed record.</translation>
    </message>
    <message>
        <source>Japan data center ranges authorised by this SPF record</source>
        <translation>Japan data center ranges authorised by this SPF record</translation>
    </message>
    <message>
        <source>Not evaluated for this domain.</source>
        <translation>Not evaluated for this domain.</translation>
    </message>
    <message>
        <source>Authorised by SPF</source>
        <translation>Authorised by SPF</translation>
    </message>
    <message>
        <source>TMEmS Japan data center change: SPF and IP address range report</source>
        <translation>TMEmS Japan data center change: SPF and IP address range report</translation>
    </message>
    <message>
        <source>3. Findings per domain</source>
        <translation>3. Findings per domain</translation>
    </message>
    <message>
        <source>TMEmS Migration Assistant — change record</source>
        <translation>TMEmS Migration Assistant — change record</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n domain(s)</source>
        <translation>
            <numerusform>%1: %n domain</numerusform>
            <numerusform>%1: %n domains</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>version %1, sources as of %2</source>
        <translation>version %1, sources as of %2</translation>
    </message>
    <message>
        <source>Data centers</source>
        <translation>Data centers</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS server</translation>
    </message>
    <message>
        <source>System resolver</source>
        <translation>System resolver</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) checked.</source>
        <translation>
            <numerusform>%n domain checked.</numerusform>
            <numerusform>%n domains checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) need a required action.</source>
        <translation>
            <numerusform>%n domain needs a required action.</numerusform>
            <numerusform>%n domains need a required action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) have a recommended action.</source>
        <translation>
            <numerusform>%n domain has a recommended action.</numerusform>
            <numerusform>%n domains have a recommended action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) need no change.</source>
        <translation>
            <numerusform>%n domain needs no change.</numerusform>
            <numerusform>%n domains need no change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) could not be checked completely because DNS failed; check them again.</source>
        <translation>
            <numerusform>%n domain could not be checked completely because DNS failed; check it again.</numerusform>
            <numerusform>%n domains could not be checked completely because DNS failed; check them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend Micro added mail servers to the TMEmS Japan data center. Domains served there must accept mail from the added IP address ranges (required) and, where outbound protection is enabled, should use the Japan SPF record instead of the legacy one (recommended). Domains on the US data center change nothing.</source>
        <translation>Trend Micro added mail servers to the TMEmS Japan data center. Domains served there must accept mail from the added IP address ranges (required) and, where outbound protection is enabled, should use the Japan SPF record instead of the legacy one (recommended). Domains on the US data center change nothing.</translation>
    </message>
    <message>
        <source>2. Summary</source>
        <translation>2. Summary</translation>
    </message>
    <message>
        <source>✓ no problem  ▲ attention  ✖ action or repair needed. DNS lookups are counted as RFC 7208 section 4.6.4 counts them (limit 10); &quot;after&quot; is the count once the recommended record is published.</source>
        <translation>✓ no problem  ▲ attention  ✖ action or repair needed. DNS lookups are counted as RFC 7208 section 4.6.4 counts them (limit 10); &quot;after&quot; is the count once the recommended record is published.</translation>
    </message>
    <message>
        <source>5. Appendix</source>
        <translation>5. Appendix</translation>
    </message>
    <message>
        <source>The notice&apos;s facts, as in the catalog</source>
        <translation>The notice&apos;s facts, as in the catalog</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Published / updated</source>
        <translation>Published / updated</translation>
    </message>
    <message>
        <source>SPF host</source>
        <translation>SPF host</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Japan data center only, no include:</source>
        <translation>Japan data center only, no include:</translation>
    </message>
    <message>
        <source>Every data center, through include:</source>
        <translation>Every data center, through include:</translation>
    </message>
    <message>
        <source>In use from</source>
        <translation>In use from</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <source>before the notice</source>
        <translation>before the notice</translation>
    </message>
    <message>
        <source>How each figure was obtained</source>
        <translation>How each figure was obtained</translation>
    </message>
    <message>
        <source>Data center: the domain&apos;s MX hosts were looked up in DNS and matched against the MX host suffixes of each TMEmS site in the catalog; failing that, the TMEmS include in the SPF record, or the data center chosen by the user.</source>
        <translation>Data center: the domain&apos;s MX hosts were looked up in DNS and matched against the MX host suffixes of each TMEmS site in the catalog; failing that, the TMEmS include in the SPF record, or the data center chosen by the user.</translation>
    </message>
    <message>
        <source>DNS lookups: every term that makes a DNS query (include, a, mx, ptr, exists and redirect) is counted across the whole include tree, as if no mechanism matched. This is the figure RFC 7208 section 4.6.4 limits to 10; receivers return permerror above it. Void lookups (queries with no answer) are limited to 2.</source>
        <translation>DNS lookups: every term that makes a DNS query (include, a, mx, ptr, exists and redirect) is counted across the whole include tree, as if no mechanism matched. This is the figure RFC 7208 section 4.6.4 limits to 10; receivers return permerror above it. Void lookups (queries with no answer) are limited to 2.</translation>
    </message>
    <message>
        <source>Lookups after the change: the same count for the proposed record, in which the legacy include is replaced by the Japan one and everything else is kept as published.</source>
        <translation>Lookups after the change: the same count for the proposed record, in which the legacy include is replaced by the Japan one and everything else is kept as published.</translation>
    </message>
    <message>
        <source>Coverage: for each Japan data center range, the SPF record was evaluated for the range&apos;s addresses; Full means every address gets pass, Partial some of them, Not authorised none.</source>
        <translation>Coverage: for each Japan data center range, the SPF record was evaluated for the range&apos;s addresses; Full means every address gets pass, Partial some of them, Not authorised none.</translation>
    </message>
    <message>
        <source>All DNS data was read at the time on the cover, through the DNS server named there; records published later are not reflected.</source>
        <translation>All DNS data was read at the time on the cover, through the DNS server named there; records published later are not reflected.</translation>
    </message>
    <message>
        <source>This report was produced by TMEmS Migration Assistant, which is not affiliated with or endorsed by Trend Micro. Trend Micro, Trend Micro Email Security and Trend Vision One are trademarks of Trend Micro Incorporated. Check the figures against the management console and the notice before you change anything.</source>
        <translation>This report was produced by TMEmS Migration Assistant, which is not affiliated with or endorsed by Trend Micro. Trend Micro, Trend Micro Email Security and Trend Vision One are trademarks of Trend Micro Incorporated. Check the figures against the management console and the notice before you change anything.</translation>
    </message>
    <message>
        <source>The domain publishes no SPF record, so receivers cannot tell which servers may send its mail.</source>
        <translation>The domain publishes no SPF record, so receivers cannot tell which servers may send its mail.</translation>
    </message>
    <message>
        <source>The domain publishes more than one SPF record; receivers must treat that as an error (permerror) and SPF fails for every message.</source>
        <translation>The domain publishes more than one SPF record; receivers must treat that as an error (permerror) and SPF fails for every message.</translation>
    </message>
    <message>
        <source>The SPF record contains a syntax error; receivers treat the whole record as broken (permerror).</source>
        <translation>The SPF record contains a syntax error; receivers treat the whole record as broken (permerror).</translation>
    </message>
    <message>
        <source>Checking the record takes more than 10 DNS lookups, the limit of RFC 7208 section 4.6.4; receivers return permerror and SPF fails.</source>
        <translation>Checking the record takes more than 10 DNS lookups, the limit of RFC 7208 section 4.6.4; receivers return permerror and SPF fails.</translation>
    </message>
    <message>
        <source>More than 2 DNS lookups in the record return no answer (void lookups); receivers may return permerror.</source>
        <translation>More than 2 DNS lookups in the record return no answer (void lookups); receivers may return permerror.</translation>
    </message>
    <message>
        <source>An include: or redirect= leads back to a record already being evaluated (a loop); receivers return permerror.</source>
        <translation>An include: or redirect= leads back to a record already being evaluated (a loop); receivers return permerror.</translation>
    </message>
    <message>
        <source>An include: points to a name that has no SPF record; receivers return permerror.</source>
        <translation>An include: points to a name that has no SPF record; receivers return permerror.</translation>
    </message>
    <message>
        <source>The record uses the ptr mechanism, which RFC 7208 says should not be used: it is slow and unreliable.</source>
        <translation>The record uses the ptr mechanism, which RFC 7208 says should not be used: it is slow and unreliable.</translation>
    </message>
    <message>
        <source>The record ends in +all, which authorises every server on the Internet to send as this domain.</source>
        <translation>The record ends in +all, which authorises every server on the Internet to send as this domain.</translation>
    </message>
    <message>
        <source>The record has no all mechanism at the end; mail from unlisted servers gets neutral instead of fail or softfail.</source>
        <translation>The record has no all mechanism at the end; mail from unlisted servers gets neutral instead of fail or softfail.</translation>
    </message>
    <message>
        <source>The record has both redirect= and an all mechanism; the redirect is never used.</source>
        <translation>The record has both redirect= and an all mechanism; the redirect is never used.</translation>
    </message>
    <message>
        <source>A DNS query failed (timeout or server failure), so the result is incomplete; check again later (temperror).</source>
        <translation>A DNS query failed (timeout or server failure), so the result is incomplete; check again later (temperror).</translation>
    </message>
    <message>
        <source>Accept mail from the added IP address ranges on the inbound servers</source>
        <translation>Accept mail from the added IP address ranges on the inbound servers</translation>
    </message>
    <message>
        <source>Add the IP address ranges to the Office 365 inbound connector</source>
        <translation>Add the IP address ranges to the Office 365 inbound connector</translation>
    </message>
    <message>
        <source>Replace the SPF include with the Japan record</source>
        <translation>Replace the SPF include with the Japan record</translation>
    </message>
    <message>
        <source>Repair the SPF record</source>
        <translation>Repair the SPF record</translation>
    </message>
    <message>
        <source>No change needed</source>
        <translation>No change needed</translation>
    </message>
    <message>
        <source>Check again when DNS answers</source>
        <translation>Check again when DNS answers</translation>
    </message>
    <message>
        <source>Allow added ranges</source>
        <translation>Allow added ranges</translation>
    </message>
    <message>
        <source>Office 365 connector</source>
        <translation>Office 365 connector</translation>
    </message>
    <message>
        <source>Japan SPF include</source>
        <translation>Japan SPF include</translation>
    </message>
    <message>
        <source>Repair SPF</source>
        <translation>Repair SPF</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation>No SPF record</translation>
    </message>
    <message>
        <source>Broken (permerror)</source>
        <translation>Broken (permerror)</translation>
    </message>
    <message>
        <source>DNS failure (temperror)</source>
        <translation>DNS failure (temperror)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Legacy (%1)</source>
        <translation>Legacy (%1)</translation>
    </message>
    <message>
        <source>Japan (%1)</source>
        <translation>Japan (%1)</translation>
    </message>
    <message>
        <source>Both legacy and Japan</source>
        <translation>Both legacy and Japan</translation>
    </message>
    <message>
        <source>%1 data center</source>
        <translation>%1 data center</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>from the MX hosts</source>
        <translation>from the MX hosts</translation>
    </message>
    <message>
        <source>from the SPF includes</source>
        <translation>from the SPF includes</translation>
    </message>
    <message>
        <source>as chosen by the user</source>
        <translation>as chosen by the user</translation>
    </message>
    <message>
        <source>not detected</source>
        <translation>not detected</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>Not authorised</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Legacy</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>Existing</translation>
    </message>
    <message>
        <source>%1 of %2 fully authorised</source>
        <translation>%1 of %2 fully authorised</translation>
    </message>
    <message>
        <source>tmems-assistant %1 — not affiliated with Trend Micro</source>
        <translation>tmems-assistant %1 — not affiliated with Trend Micro</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Unknown (DNS failed)</source>
        <translation>Unknown (DNS failed)</translation>
    </message>
    <message>
        <source>Unknown: the MX lookup failed because of a DNS error</source>
        <translation>Unknown: the MX lookup failed because of a DNS error</translation>
    </message>
    <message>
        <source>Confirm data center</source>
        <translation>Confirm data center</translation>
    </message>
    <message>
        <source>Check domain name</source>
        <translation>Check domain name</translation>
    </message>
    <message>
        <source>Domain not found</source>
        <translation>Domain not found</translation>
    </message>
    <message>
        <source>Trend Micro Email Security (TMEmS) / Trend Vision One – Cloud Email Gateway Protection</source>
        <translation>Trend Micro Email Security (TMEmS) / Trend Vision One – Cloud Email Gateway Protection</translation>
    </message>
    <message>
        <source>The domain does not exist in DNS (NXDOMAIN): the name is most likely misspelled.</source>
        <translation>The domain does not exist in DNS (NXDOMAIN): the name is most likely misspelled.</translation>
    </message>
    <message>
        <source>The SPF tree is too large to analyse completely; only its first part was read. Receivers stop after 10 DNS lookups anyway.</source>
        <translation>The SPF tree is too large to analyse completely; only its first part was read. Receivers stop after 10 DNS lookups anyway.</translation>
    </message>
    <message>
        <source>Confirm in the management console which data center serves the domain, then check it again with that data center chosen</source>
        <translation>Confirm in the management console which data center serves the domain, then check it again with that data center chosen</translation>
    </message>
    <message>
        <source>Check the spelling of the domain name: it does not exist in DNS</source>
        <translation>Check the spelling of the domain name: it does not exist in DNS</translation>
    </message>
    <message>
        <source>The data center chosen for the domain (%1) is not the one its MX hosts point to (%2).</source>
        <translation>The data center chosen for the domain (%1) is not the one its MX hosts point to (%2).</translation>
    </message>
    <message>
        <source>%1 (only if it is on the %2: confirm its data center first)</source>
        <translation>%1 (only if it is on the %2: confirm its data center first)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>Unknown: DNS failed</source>
        <translation>Unknown: DNS failed</translation>
    </message>
    <message>
        <source>%1 of %2 fully authorised, %3 unknown</source>
        <translation>%1 of %2 fully authorised, %3 unknown</translation>
    </message>
    <message>
        <source>The SPF record could not be read: DNS failed.</source>
        <translation>The SPF record could not be read: DNS failed.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Include the legacy SPF record again: the Japan record does not list this domain&apos;s data center</source>
        <translation>Include the legacy SPF record again: the Japan record does not list this domain&apos;s data center</translation>
    </message>
    <message>
        <source>Replace include:%1 with include:%2 in the SPF record of %3.</source>
        <translation>Replace include:%1 with include:%2 in the SPF record of %3.</translation>
    </message>
    <message>
        <source>Restore legacy include</source>
        <translation>Restore legacy include</translation>
    </message>
    <message>
        <source>DNS lookups: unknown, because DNS did not answer every question.</source>
        <translation>DNS lookups: unknown, because DNS did not answer every question.</translation>
    </message>
    <message>
        <source>The DNS question for the %1 record of %2 got no answer in time (timeout), so the result is incomplete; check again later (temperror).</source>
        <translation>The DNS question for the %1 record of %2 got no answer in time (timeout), so the result is incomplete; check again later (temperror).</translation>
    </message>
    <message>
        <source>The DNS server could not answer the question for the %1 record of %2 (server failure, refusal or no reply from the server), so the result is incomplete; check the DNS server, then check again (temperror).</source>
        <translation>The DNS server could not answer the question for the %1 record of %2 (server failure, refusal or no reply from the server), so the result is incomplete; check the DNS server, then check again (temperror).</translation>
    </message>
    <message>
        <source>The DNS question for the %1 record of %2 was cancelled before its answer came, so the result is incomplete; check again.</source>
        <translation>The DNS question for the %1 record of %2 was cancelled before its answer came, so the result is incomplete; check again.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Domains to check (names, e-mail addresses or URLs).</source>
        <translation>Domains to check (names, e-mail addresses or URLs).</translation>
    </message>
    <message>
        <source>Write the report to FILE; the extension chooses the format: .pdf, .html, .json or .csv.</source>
        <translation>Write the report to FILE; the extension chooses the format: .pdf, .html, .json or .csv.</translation>
    </message>
    <message>
        <source>Read domains from FILE: one a line, # comments; the first column of a CSV works too.</source>
        <translation>Read domains from FILE: one a line, # comments; the first column of a CSV works too.</translation>
    </message>
    <message>
        <source>Send every DNS query to this server (port 53).</source>
        <translation>Send every DNS query to this server (port 53).</translation>
    </message>
    <message>
        <source>Data center of the domains: auto (detect from MX and SPF), jp or us. Default: auto.</source>
        <translation>Data center of the domains: auto (detect from MX and SPF), jp or us. Default: auto.</translation>
    </message>
    <message>
        <source>Paper size of the PDF: a4 (default) or letter.</source>
        <translation>Paper size of the PDF: a4 (default) or letter.</translation>
    </message>
    <message>
        <source>Organization name for the cover and the page header.</source>
        <translation>Organization name for the cover and the page header.</translation>
    </message>
    <message>
        <source>Firewall platform whose settings the report includes (repeatable; see &quot;tmems-assistant snippet --help&quot;).</source>
        <translation>Firewall platform whose settings the report includes (repeatable; see &quot;tmems-assistant snippet --help&quot;).</translation>
    </message>
    <message>
        <source>Instead of checking, read the results of &quot;tmems-assistant check --json&quot; from FILE.</source>
        <translation>Instead of checking, read the results of &quot;tmems-assistant check --json&quot; from FILE.</translation>
    </message>
    <message>
        <source>give either domains or --from-json, not both</source>
        <translation>give either domains or --from-json, not both</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>cannot read &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation>--output FILE is required</translation>
    </message>
    <message>
        <source>cannot tell the report format from &quot;%1&quot;; use a file name ending in .pdf, .html, .json or .csv</source>
        <translation>cannot tell the report format from &quot;%1&quot;; use a file name ending in .pdf, .html, .json or .csv</translation>
    </message>
    <message>
        <source>unknown paper size &quot;%1&quot;; use a4 or letter</source>
        <translation>unknown paper size &quot;%1&quot;; use a4 or letter</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;; &quot;tmems-assistant snippet --help&quot; lists them</source>
        <translation>unknown platform &quot;%1&quot;; &quot;tmems-assistant snippet --help&quot; lists them</translation>
    </message>
    <message>
        <source>unknown data center &quot;%1&quot;; use auto, jp or us</source>
        <translation>unknown data center &quot;%1&quot;; use auto, jp or us</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a check --json document</source>
        <translation>&quot;%1&quot; is too large to be a check --json document</translation>
    </message>
    <message>
        <source>tmems-assistant %1: %2</source>
        <translation>tmems-assistant %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>--%1 has no effect with --from-json: the saved results are used as they are</source>
        <translation>--%1 has no effect with --from-json: the saved results are used as they are</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>cannot tell the report format from &quot;%1&quot;; use a file name ending in .pdf, .html, .json or .csv</source>
        <translation>cannot tell the report format from &quot;%1&quot;; use a file name ending in .pdf, .html, .json or .csv</translation>
    </message>
    <message>
        <source>cannot write the report to &quot;%1&quot;: %2</source>
        <translation>cannot write the report to &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the report could not be rendered</source>
        <translation>the report could not be rendered</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System resolver</source>
        <translation>System resolver</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS server</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds suffix</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>DNS timeout in seconds</source>
        <translation>DNS timeout in seconds</translation>
    </message>
    <message>
        <source>&amp;DNS server (IPv4):</source>
        <translation>&amp;DNS server (IPv4):</translation>
    </message>
    <message>
        <source>&amp;Timeout per query:</source>
        <translation>&amp;Timeout per query:</translation>
    </message>
    <message numerus="yes">
        <source>The system resolver gives up on a query after %n second(s) until the program is started again (set by the first check of this run). A longer timeout takes effect after a restart; the session is kept.</source>
        <translation>
            <numerusform>The system resolver gives up on a query after %n second until the program is started again (set by the first check of this run). A longer timeout takes effect after a restart; the session is kept.</numerusform>
            <numerusform>The system resolver gives up on a query after %n seconds until the program is started again (set by the first check of this run). A longer timeout takes effect after a restart; the session is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnippetBuilder</name>
    <message>
        <source>iptables (Linux)</source>
        <translation>iptables (Linux)</translation>
    </message>
    <message>
        <source>iptables commands that insert ACCEPT rules at the top of INPUT, skipping rules already there.</source>
        <translation>iptables commands that insert ACCEPT rules at the top of INPUT, skipping rules already there.</translation>
    </message>
    <message>
        <source>nftables (Linux)</source>
        <translation>nftables (Linux)</translation>
    </message>
    <message>
        <source>An nft -f file: a set of the ranges and a rule at the top of the inet filter input chain.</source>
        <translation>An nft -f file: a set of the ranges and a rule at the top of the inet filter input chain.</translation>
    </message>
    <message>
        <source>firewalld (RHEL, Rocky, Fedora)</source>
        <translation>firewalld (RHEL, Rocky, Fedora)</translation>
    </message>
    <message>
        <source>firewall-cmd commands: an ipset of the ranges and a rich rule in the public zone.</source>
        <translation>firewall-cmd commands: an ipset of the ranges and a rich rule in the public zone.</translation>
    </message>
    <message>
        <source>ufw (Ubuntu)</source>
        <translation>ufw (Ubuntu)</translation>
    </message>
    <message>
        <source>ufw commands: one allow rule per range, placed before the existing rules.</source>
        <translation>ufw commands: one allow rule per range, placed before the existing rules.</translation>
    </message>
    <message>
        <source>Windows Defender Firewall</source>
        <translation>Windows Defender Firewall</translation>
    </message>
    <message>
        <source>PowerShell: one inbound rule, created or extended with the ranges.</source>
        <translation>PowerShell: one inbound rule, created or extended with the ranges.</translation>
    </message>
    <message>
        <source>pf (OpenBSD, FreeBSD, macOS)</source>
        <translation>pf (OpenBSD, FreeBSD, macOS)</translation>
    </message>
    <message>
        <source>pf.conf lines: a table of the ranges and a quick pass rule.</source>
        <translation>pf.conf lines: a table of the ranges and a quick pass rule.</translation>
    </message>
    <message>
        <source>Cisco ASA</source>
        <translation>Cisco ASA</translation>
    </message>
    <message>
        <source>A network object group and an access list entry at the top of the list.</source>
        <translation>A network object group and an access list entry at the top of the list.</translation>
    </message>
    <message>
        <source>Cisco IOS / IOS XE</source>
        <translation>Cisco IOS / IOS XE</translation>
    </message>
    <message>
        <source>Extended access list entries with wildcard masks, numbered to come first.</source>
        <translation>Extended access list entries with wildcard masks, numbered to come first.</translation>
    </message>
    <message>
        <source>Juniper SRX</source>
        <translation>Juniper SRX</translation>
    </message>
    <message>
        <source>set commands: address book entries, an address set and a security policy.</source>
        <translation>set commands: address book entries, an address set and a security policy.</translation>
    </message>
    <message>
        <source>Fortinet FortiGate</source>
        <translation>Fortinet FortiGate</translation>
    </message>
    <message>
        <source>FortiOS CLI: address objects appended to an address group, and a firewall policy.</source>
        <translation>FortiOS CLI: address objects appended to an address group, and a firewall policy.</translation>
    </message>
    <message>
        <source>Palo Alto Networks (PAN-OS)</source>
        <translation>Palo Alto Networks (PAN-OS)</translation>
    </message>
    <message>
        <source>set commands: address objects, an address group and a security rule.</source>
        <translation>set commands: address objects, an address group and a security rule.</translation>
    </message>
    <message>
        <source>Check Point</source>
        <translation>Check Point</translation>
    </message>
    <message>
        <source>mgmt_cli commands: network objects, a group and an access rule, then publish and install.</source>
        <translation>mgmt_cli commands: network objects, a group and an access rule, then publish and install.</translation>
    </message>
    <message>
        <source>AWS security group</source>
        <translation>AWS security group</translation>
    </message>
    <message>
        <source>AWS CLI: inbound rules added to a security group, one per range.</source>
        <translation>AWS CLI: inbound rules added to a security group, one per range.</translation>
    </message>
    <message>
        <source>Azure network security group</source>
        <translation>Azure network security group</translation>
    </message>
    <message>
        <source>Azure CLI: an inbound security rule with every range.</source>
        <translation>Azure CLI: an inbound security rule with every range.</translation>
    </message>
    <message>
        <source>Google Cloud VPC firewall</source>
        <translation>Google Cloud VPC firewall</translation>
    </message>
    <message>
        <source>gcloud: an ingress firewall rule with every range.</source>
        <translation>gcloud: an ingress firewall rule with every range.</translation>
    </message>
    <message>
        <source>Postfix</source>
        <translation>Postfix</translation>
    </message>
    <message>
        <source>A check_client_access cidr table of the ranges, put in front of smtpd_client_restrictions.</source>
        <translation>A check_client_access cidr table of the ranges, put in front of smtpd_client_restrictions.</translation>
    </message>
    <message>
        <source>Microsoft 365 / Exchange Online</source>
        <translation>Microsoft 365 / Exchange Online</translation>
    </message>
    <message>
        <source>PowerShell that adds the ranges to the Office 365 inbound connector (or Enhanced Filtering, or the IP Allow List).</source>
        <translation>PowerShell that adds the ranges to the Office 365 inbound connector (or Enhanced Filtering, or the IP Allow List).</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises)</source>
        <translation>Exchange Server (on-premises)</translation>
    </message>
    <message>
        <source>Exchange Management Shell: the ranges added to a receive connector.</source>
        <translation>Exchange Management Shell: the ranges added to a receive connector.</translation>
    </message>
    <message>
        <source>%1 data center</source>
        <translation>%1 data center</translation>
    </message>
    <message>
        <source>%1: accept mail (SMTP, TCP port %2) from the TMEmS mail servers of the %3.</source>
        <translation>%1: accept mail (SMTP, TCP port %2) from the TMEmS mail servers of the %3.</translation>
    </message>
    <message>
        <source>%1: accept mail from the TMEmS mail servers of the %2.</source>
        <translation>%1: accept mail from the TMEmS mail servers of the %2.</translation>
    </message>
    <message numerus="yes">
        <source>IP address ranges: only the %n added range(s).</source>
        <translation>
            <numerusform>IP address ranges: only the %n added range.</numerusform>
            <numerusform>IP address ranges: only the %n added ranges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>IP address ranges: all %n range(s), existing and added.</source>
        <translation>
            <numerusform>IP address ranges: all %n range, existing and added.</numerusform>
            <numerusform>IP address ranges: all %n ranges, existing and added.</numerusform>
        </translation>
    </message>
    <message>
        <source>The added ranges are in use from %1.</source>
        <translation>The added ranges are in use from %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>date</comment>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Source: %1, &quot;%2&quot; (published %3, updated %4).</source>
        <translation>Source: %1, &quot;%2&quot; (published %3, updated %4).</translation>
    </message>
    <message>
        <source>Source: %1, &quot;%2&quot; (published %3).</source>
        <translation>Source: %1, &quot;%2&quot; (published %3).</translation>
    </message>
    <message>
        <source>Catalog version %1. Generated by tmems-assistant, which is not affiliated with Trend Micro.</source>
        <translation>Catalog version %1. Generated by tmems-assistant, which is not affiliated with Trend Micro.</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;; known platforms: %2</source>
        <translation>unknown platform &quot;%1&quot;; known platforms: %2</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535, not %1</source>
        <translation>the port must be a number from 1 to 65535, not %1</translation>
    </message>
    <message>
        <source>the %1 snippet does not depend on the TCP port; leave the port at 25</source>
        <translation>the %1 snippet does not depend on the TCP port; leave the port at 25</translation>
    </message>
    <message>
        <source>the %1 snippet has no variants</source>
        <translation>the %1 snippet has no variants</translation>
    </message>
    <message>
        <source>unknown variant &quot;%1&quot; for %2; use %3</source>
        <translation>unknown variant &quot;%1&quot; for %2; use %3</translation>
    </message>
    <message>
        <source>unknown data center &quot;%1&quot;</source>
        <translation>unknown data center &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the catalog lists no added IP address ranges for the %1</source>
        <translation>the catalog lists no added IP address ranges for the %1</translation>
    </message>
    <message>
        <source>the catalog lists no IP address ranges for the %1</source>
        <translation>the catalog lists no IP address ranges for the %1</translation>
    </message>
    <message>
        <source>the catalog range &quot;%1&quot; is not a plain CIDR</source>
        <translation>the catalog range &quot;%1&quot; is not a plain CIDR</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;</source>
        <translation>unknown platform &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SnippetCommand</name>
    <message>
        <source>Print a configuration snippet that lets a firewall or mail server accept mail from the ranges.</source>
        <translation>Print a configuration snippet that lets a firewall or mail server accept mail from the ranges.</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>Platforms:</translation>
    </message>
    <message>
        <source>Variants of exchange-online (--variant):</source>
        <translation>Variants of exchange-online (--variant):</translation>
    </message>
    <message>
        <source>The platform id (see the list above).</source>
        <translation>The platform id (see the list above).</translation>
    </message>
    <message>
        <source>Data center (default: jp).</source>
        <translation>Data center (default: jp).</translation>
    </message>
    <message>
        <source>Only the ranges added on 2024-08-21.</source>
        <translation>Only the ranges added on 2024-08-21.</translation>
    </message>
    <message>
        <source>TCP port the mail server listens on (default: 25).</source>
        <translation>TCP port the mail server listens on (default: 25).</translation>
    </message>
    <message>
        <source>For exchange-online: connector (default), enhanced-filtering or ip-allow-list.</source>
        <translation>For exchange-online: connector (default), enhanced-filtering or ip-allow-list.</translation>
    </message>
    <message>
        <source>name a platform: %1</source>
        <translation>name a platform: %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;; known platforms: %2</source>
        <translation>unknown platform &quot;%1&quot;; known platforms: %2</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>--port must be a number from 1 to 65535, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--variant applies only to exchange-online, not to %1</source>
        <translation>--variant applies only to exchange-online, not to %1</translation>
    </message>
</context>
<context>
    <name>SpfCheckPage</name>
    <message>
        <source>Checking %1 of %2 domains…</source>
        <translation>Checking %1 of %2 domains…</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 domains.</source>
        <translation>Cancelled after %1 of %2 domains.</translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation>Check finished.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Not checked (cancelled)</source>
        <translation>Not checked (cancelled)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>SPF record broken</source>
        <translation>SPF record broken</translation>
    </message>
    <message>
        <source>DNS did not answer</source>
        <translation>DNS did not answer</translation>
    </message>
    <message>
        <source>No change needed</source>
        <translation>No change needed</translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation>No SPF record</translation>
    </message>
    <message>
        <source>Change recommended</source>
        <translation>Change recommended</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>lookups now → after</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Legacy (global)</source>
        <translation>Legacy (global)</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>%1 of %2 ranges</source>
        <translation>%1 of %2 ranges</translation>
    </message>
    <message>
        <source>SPF check</source>
        <translation>SPF check</translation>
    </message>
    <message>
        <source>Each domain&apos;s SPF record: is it healthy, and does it use the legacy TMEmS include?</source>
        <translation>Each domain&apos;s SPF record: is it healthy, and does it use the legacy TMEmS include?</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Cancel check</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Check progress</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lookups now → after</source>
        <translation>Lookups now → after</translation>
    </message>
    <message>
        <source>TMEmS include</source>
        <translation>TMEmS include</translation>
    </message>
    <message>
        <source>Japan ranges covered</source>
        <translation>Japan ranges covered</translation>
    </message>
    <message>
        <source>SPF results</source>
        <translation>SPF results</translation>
    </message>
    <message>
        <source>Domain does not exist</source>
        <translation>Domain does not exist</translation>
    </message>
    <message>
        <source>Confirm the data center</source>
        <translation>Confirm the data center</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>TMEmS include, DNS failed</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>coverage, DNS failed</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 of %2 ranges, %3 unknown</source>
        <translation>%1 of %2 ranges, %3 unknown</translation>
    </message>
    <message>
        <source>Restore the legacy include</source>
        <translation>Restore the legacy include</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>DNS lookups, DNS failed</comment>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>SpfChecker</name>
    <message>
        <source>no DNS resolver is available</source>
        <translation>no DNS resolver is available</translation>
    </message>
    <message>
        <source>the client IP address is not valid</source>
        <translation>the client IP address is not valid</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation>&quot;%1&quot; is not a valid domain name</translation>
    </message>
    <message>
        <source>the query was cancelled</source>
        <translation>the query was cancelled</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups returned no answer (void lookups)</source>
        <translation>more than %1 DNS lookups returned no answer (void lookups)</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect) were evaluated</source>
        <translation>more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect) were evaluated</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record</source>
        <translation>%1 publishes no SPF record</translation>
    </message>
    <message>
        <source>%1, named by include: or redirect=, publishes no SPF record</source>
        <translation>%1, named by include: or redirect=, publishes no SPF record</translation>
    </message>
    <message>
        <source>the TXT query for %1 failed: %2</source>
        <translation>the TXT query for %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; exactly one is allowed</source>
        <translation>%1 publishes %2 SPF records; exactly one is allowed</translation>
    </message>
    <message>
        <source>syntax error in the SPF record of %1 at position %2: %3</source>
        <translation>syntax error in the SPF record of %1 at position %2: %3</translation>
    </message>
    <message>
        <source>the address query for %1 failed: %2</source>
        <translation>the address query for %1 failed: %2</translation>
    </message>
    <message>
        <source>the MX query for %1 failed: %2</source>
        <translation>the MX query for %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; the mx mechanism allows at most %3</source>
        <translation>%1 has %2 MX records; the mx mechanism allows at most %3</translation>
    </message>
</context>
<context>
    <name>SpfCommand</name>
    <message>
        <source>Check whether an IP address may send mail for a domain (RFC 7208 SPF).</source>
        <translation>Check whether an IP address may send mail for a domain (RFC 7208 SPF).</translation>
    </message>
    <message>
        <source>The domain whose SPF record is checked.</source>
        <translation>The domain whose SPF record is checked.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IPv4 or IPv6 address (required).</source>
        <translation>The sending server&apos;s IPv4 or IPv6 address (required).</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM) address, for macros (default: postmaster@DOMAIN).</source>
        <translation>The envelope sender (MAIL FROM) address, for macros (default: postmaster@DOMAIN).</translation>
    </message>
    <message>
        <source>The HELO/EHLO name, for macros (default: DOMAIN).</source>
        <translation>The HELO/EHLO name, for macros (default: DOMAIN).</translation>
    </message>
    <message>
        <source>Send every DNS query to this server (port 53).</source>
        <translation>Send every DNS query to this server (port 53).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>a DOMAIN is required</source>
        <translation>a DOMAIN is required</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; give one domain</source>
        <translation>unexpected argument &quot;%1&quot;; give one domain</translation>
    </message>
    <message>
        <source>--ip is required</source>
        <translation>--ip is required</translation>
    </message>
    <message>
        <source>Domain: %1  IP address: %2</source>
        <translation>Domain: %1  IP address: %2</translation>
    </message>
    <message>
        <source>DNS lookups: %1 (limit %2); void lookups: %3 (limit %4)</source>
        <translation>DNS lookups: %1 (limit %2); void lookups: %3 (limit %4)</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Decided by: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Explanation published by the domain: %1</source>
        <translation>Explanation published by the domain: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sender address (local-part@domain)</source>
        <translation>&quot;%1&quot; is not a sender address (local-part@domain)</translation>
    </message>
</context>
<context>
    <name>SpfDetailsView</name>
    <message>
        <source>No problems found in the SPF record.</source>
        <translation>No problems found in the SPF record.</translation>
    </message>
    <message>
        <source>Problems and what to do:</source>
        <translation>Problems and what to do:</translation>
    </message>
    <message>
        <source>(no SPF record)</source>
        <translation>(no SPF record)</translation>
    </message>
    <message>
        <source>No change needed (%1).</source>
        <translation>No change needed (%1).</translation>
    </message>
    <message>
        <source>Not applicable: outbound protection is not enabled for this domain.</source>
        <translation>Not applicable: outbound protection is not enabled for this domain.</translation>
    </message>
    <message>
        <source>Already done: the record includes the Japan SPF record.</source>
        <translation>Already done: the record includes the Japan SPF record.</translation>
    </message>
    <message>
        <source>No change proposed.</source>
        <translation>No change proposed.</translation>
    </message>
    <message>
        <source>Current record:</source>
        <translation>Current record:</translation>
    </message>
    <message>
        <source>Include tree (DNS lookups of each record and running total; the limit is 10):</source>
        <translation>Include tree (DNS lookups of each record and running total; the limit is 10):</translation>
    </message>
    <message>
        <source>&amp;Proposed record:</source>
        <translation>&amp;Proposed record:</translation>
    </message>
    <message>
        <source>Proposed SPF record</source>
        <translation>Proposed SPF record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Lookups</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Include tree</source>
        <translation>Include tree</translation>
    </message>
    <message>
        <source>Current SPF record</source>
        <translation>Current SPF record</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <comment>proposed record</comment>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Outbound protection is enabled for this domain (&quot;Enable outbound protection&quot; in the console)</source>
        <translation>&amp;Outbound protection is enabled for this domain (&quot;Enable outbound protection&quot; in the console)</translation>
    </message>
    <message>
        <source>Outbound protection is enabled for %1</source>
        <translation>Outbound protection is enabled for %1</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>include tree column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>None: the domain does not exist in DNS.</source>
        <translation>None: the domain does not exist in DNS.</translation>
    </message>
    <message>
        <source>None until the data center is confirmed as Japan: on another data center the Japan SPF record would fail this domain&apos;s mail.</source>
        <translation>None until the data center is confirmed as Japan: on another data center the Japan SPF record would fail this domain&apos;s mail.</translation>
    </message>
    <message>
        <source>(could not be read: DNS failed)</source>
        <translation>(could not be read: DNS failed)</translation>
    </message>
    <message>
        <source>Replace include:%1 with include:%2 in the SPF record of %3.</source>
        <translation>Replace include:%1 with include:%2 in the SPF record of %3.</translation>
    </message>
    <message>
        <source>Include %1 instead of %2: the Japan record does not list the %3&apos;s servers.</source>
        <translation>Include %1 instead of %2: the Japan record does not list the %3&apos;s servers.</translation>
    </message>
</context>
<context>
    <name>SpfDnsData</name>
    <message>
        <source>the answer was not fetched</source>
        <translation>the answer was not fetched</translation>
    </message>
</context>
<context>
    <name>SpfFindings</name>
    <message>
        <source>%1 publishes no SPF record, so receivers cannot tell which servers may send its mail. Publish one SPF record that lists the servers sending mail for the domain.</source>
        <translation>%1 publishes no SPF record, so receivers cannot tell which servers may send its mail. Publish one SPF record that lists the servers sending mail for the domain.</translation>
    </message>
    <message numerus="yes">
        <source>%1 publishes %n SPF records; receivers accept exactly one and treat this as an error (permerror). Merge them into a single record.</source>
        <translation>
            <numerusform>%1 publishes %n SPF records; receivers accept exactly one and treat this as an error (permerror). Merge them into a single record.</numerusform>
            <numerusform>%1 publishes %n SPF records; receivers accept exactly one and treat this as an error (permerror). Merge them into a single record.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error (%2); receivers treat the whole record as an error (permerror). Correct the record.</source>
        <translation>The SPF record of %1 has a syntax error (%2); receivers treat the whole record as an error (permerror). Correct the record.</translation>
    </message>
    <message>
        <source>Checking this SPF record takes %1 DNS lookups; receivers stop at 10 and the SPF check fails (permerror). Remove include: mechanisms that are no longer needed; on the Japan data center, replace the legacy include with the Japan one.</source>
        <translation>Checking this SPF record takes %1 DNS lookups; receivers stop at 10 and the SPF check fails (permerror). Remove include: mechanisms that are no longer needed; on the Japan data center, replace the legacy include with the Japan one.</translation>
    </message>
    <message>
        <source>%1 DNS lookups of this SPF record find no records; receivers stop after 2 and the SPF check fails (permerror). Remove mechanisms that point at names without records.</source>
        <translation>%1 DNS lookups of this SPF record find no records; receivers stop after 2 and the SPF check fails (permerror). Remove mechanisms that point at names without records.</translation>
    </message>
    <message>
        <source>The SPF record of %1 reaches itself again through include: or redirect=; receivers treat the loop as an error. Remove the mechanism that closes the loop.</source>
        <translation>The SPF record of %1 reaches itself again through include: or redirect=; receivers treat the loop as an error. Remove the mechanism that closes the loop.</translation>
    </message>
    <message>
        <source>%1 is included, but it has no SPF record; receivers that reach it treat the check as an error (permerror). Correct the name or remove the mechanism (%2).</source>
        <translation>%1 is included, but it has no SPF record; receivers that reach it treat the check as an error (permerror). Correct the name or remove the mechanism (%2).</translation>
    </message>
    <message>
        <source>The SPF record of %1 uses the ptr mechanism, which RFC 7208 advises against: it is slow, unreliable, and some receivers ignore it. List the servers with ip4:, ip6: or a instead.</source>
        <translation>The SPF record of %1 uses the ptr mechanism, which RFC 7208 advises against: it is slow, unreliable, and some receivers ignore it. List the servers with ip4:, ip6: or a instead.</translation>
    </message>
    <message>
        <source>The SPF record of %1 contains +all, which lets every server on the Internet send mail in the domain&apos;s name. End the record with -all or ~all instead.</source>
        <translation>The SPF record of %1 contains +all, which lets every server on the Internet send mail in the domain&apos;s name. End the record with -all or ~all instead.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has no all mechanism, so mail from servers it does not list gets no clear answer (neutral). End the record with -all or ~all.</source>
        <translation>The SPF record of %1 has no all mechanism, so mail from servers it does not list gets no clear answer (neutral). End the record with -all or ~all.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has an all mechanism, so its redirect= is never used. Remove one of the two.</source>
        <translation>The SPF record of %1 has an all mechanism, so its redirect= is never used. Remove one of the two.</translation>
    </message>
    <message>
        <source>The DNS lookup of %1 failed (%2), so the result could not be determined. Check the DNS server and run the check again.</source>
        <translation>The DNS lookup of %1 failed (%2), so the result could not be determined. Check the DNS server and run the check again.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS (NXDOMAIN). Check the spelling of the domain name.</source>
        <translation>The domain %1 does not exist in DNS (NXDOMAIN). Check the spelling of the domain name.</translation>
    </message>
    <message>
        <source>The SPF tree of %1 is too large to analyse completely; only its first part was read. Receivers stop after 10 DNS lookups anyway.</source>
        <translation>The SPF tree of %1 is too large to analyse completely; only its first part was read. Receivers stop after 10 DNS lookups anyway.</translation>
    </message>
    <message>
        <source>The %1 was chosen, but the MX hosts of %2 point to the %3. Check the domain&apos;s data center in the management console.</source>
        <translation>The %1 was chosen, but the MX hosts of %2 point to the %3. Check the domain&apos;s data center in the management console.</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <source>server failure</source>
        <translation>server failure</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>character not allowed in a macro string</source>
        <translation>character not allowed in a macro string</translation>
    </message>
    <message>
        <source>&quot;%&quot; at the end; write &quot;%%&quot; for a percent sign</source>
        <translation>&quot;%&quot; at the end; write &quot;%%&quot; for a percent sign</translation>
    </message>
    <message>
        <source>&quot;%&quot; must be followed by {, %, _ or -</source>
        <translation>&quot;%&quot; must be followed by {, %, _ or -</translation>
    </message>
    <message>
        <source>unterminated macro</source>
        <translation>unterminated macro</translation>
    </message>
    <message>
        <source>macro letter &quot;%1&quot; is only allowed in explanation text</source>
        <translation>macro letter &quot;%1&quot; is only allowed in explanation text</translation>
    </message>
    <message>
        <source>unknown macro letter &quot;%1&quot;</source>
        <translation>unknown macro letter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>malformed macro</source>
        <translation>malformed macro</translation>
    </message>
    <message>
        <source>domain missing</source>
        <translation>domain missing</translation>
    </message>
    <message>
        <source>the domain must end in a valid top-level label (such as &quot;.com&quot;) or a macro</source>
        <translation>the domain must end in a valid top-level label (such as &quot;.com&quot;) or a macro</translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=spf1&quot;</source>
        <translation>the record does not start with &quot;v=spf1&quot;</translation>
    </message>
    <message>
        <source>byte 0x%1 is not allowed: SPF records are printable ASCII</source>
        <translation>byte 0x%1 is not allowed: SPF records are printable ASCII</translation>
    </message>
    <message>
        <source>empty mechanism</source>
        <translation>empty mechanism</translation>
    </message>
    <message>
        <source>unknown mechanism &quot;%1&quot;</source>
        <translation>unknown mechanism &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no argument</source>
        <translation>&quot;all&quot; takes no argument</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;:domain&quot;</source>
        <translation>&quot;%1&quot; needs &quot;:domain&quot;</translation>
    </message>
    <message>
        <source>&quot;%1=&quot; appears more than once</source>
        <translation>&quot;%1=&quot; appears more than once</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;:address&quot;</source>
        <translation>&quot;%1&quot; needs &quot;:address&quot;</translation>
    </message>
    <message>
        <source>invalid prefix length &quot;%1&quot;</source>
        <translation>invalid prefix length &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot; is not an IPv4 address</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>&quot;%1&quot; is not an IPv6 address</translation>
    </message>
    <message>
        <source>IPv6 prefix length over 128</source>
        <translation>IPv6 prefix length over 128</translation>
    </message>
    <message>
        <source>IPv4 prefix length over 32</source>
        <translation>IPv4 prefix length over 32</translation>
    </message>
    <message>
        <source>invalid prefix length or missing &quot;:&quot; after &quot;%1&quot;</source>
        <translation>invalid prefix length or missing &quot;:&quot; after &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes only &quot;:domain&quot;</source>
        <translation>&quot;%1&quot; takes only &quot;:domain&quot;</translation>
    </message>
</context>
<context>
    <name>SpfResult</name>
    <message>
        <source>The domain publishes no SPF record (or the name is not a valid domain).</source>
        <translation>The domain publishes no SPF record (or the name is not a valid domain).</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record makes no statement about this IP address.</source>
        <translation>The domain&apos;s SPF record makes no statement about this IP address.</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record authorizes this IP address to send its mail.</source>
        <translation>The domain&apos;s SPF record authorizes this IP address to send its mail.</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record says this IP address is not authorized to send its mail.</source>
        <translation>The domain&apos;s SPF record says this IP address is not authorized to send its mail.</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record says this IP address is probably not authorized (softfail).</source>
        <translation>The domain&apos;s SPF record says this IP address is probably not authorized (softfail).</translation>
    </message>
    <message>
        <source>The check could not finish because of a temporary DNS error; try again later.</source>
        <translation>The check could not finish because of a temporary DNS error; try again later.</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record is broken and cannot be evaluated (permerror).</source>
        <translation>The domain&apos;s SPF record is broken and cannot be evaluated (permerror).</translation>
    </message>
</context>
<context>
    <name>Subcommand</name>
    <message>
        <source>tmems-assistant %1: %2</source>
        <translation>tmems-assistant %1: %2</translation>
    </message>
    <message>
        <source>Run &quot;tmems-assistant %1 --help&quot; for usage.</source>
        <translation>Run &quot;tmems-assistant %1 --help&quot; for usage.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Language of the output: ja or en (default: from the system locale).</source>
        <translation>Language of the output: ja or en (default: from the system locale).</translation>
    </message>
    <message>
        <source>Read the data-center catalog from FILE instead of the built-in one.</source>
        <translation>Read the data-center catalog from FILE instead of the built-in one.</translation>
    </message>
    <message>
        <source>unknown data center &quot;%1&quot;</source>
        <translation>unknown data center &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the catalog lists no IP address ranges for data center &quot;%1&quot;; only the Japan data center (jp) changed</source>
        <translation>the catalog lists no IP address ranges for data center &quot;%1&quot;; only the Japan data center (jp) changed</translation>
    </message>
    <message>
        <source>Usage: tmems-assistant %1</source>
        <translation>Usage: tmems-assistant %1</translation>
    </message>
    <message>
        <source>%1 [options]</source>
        <translation>%1 [options]</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 needs a value</translation>
    </message>
    <message>
        <source>%1 was given more than once</source>
        <translation>%1 was given more than once</translation>
    </message>
    <message>
        <source>no domain given; name at least one domain or use --domains-file</source>
        <translation>no domain given; name at least one domain or use --domains-file</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>Nothing was checked.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>No change needed: the domain is on the %1.</source>
        <translation>No change needed: the domain is on the %1.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nothing to do</translation>
    </message>
    <message>
        <source>Confirm in the management console which data center serves this domain.</source>
        <translation>Confirm in the management console which data center serves this domain.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Let every inbound server accept mail from the added IP address ranges.</source>
        <translation>Let every inbound server accept mail from the added IP address ranges.</translation>
    </message>
    <message>
        <source>Add the added IP address ranges to the Office 365 inbound connector.</source>
        <translation>Add the added IP address ranges to the Office 365 inbound connector.</translation>
    </message>
    <message>
        <source>Replace the legacy TMEmS include in the SPF record with the Japan one.</source>
        <translation>Replace the legacy TMEmS include in the SPF record with the Japan one.</translation>
    </message>
    <message>
        <source>Not applicable: outbound protection is not enabled</source>
        <translation>Not applicable: outbound protection is not enabled</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Unknown: DNS did not answer; check again</source>
        <translation>Unknown: DNS did not answer; check again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not applicable: no TMEmS include in the record</source>
        <translation>Not applicable: no TMEmS include in the record</translation>
    </message>
    <message>
        <source>Fix the SPF record (see the SPF check page).</source>
        <translation>Fix the SPF record (see the SPF check page).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>domain (data center)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>What to do for each domain. Export the report to share it, or save the session to continue later.</source>
        <translation>What to do for each domain. Export the report to share it, or save the session to continue later.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>&amp;Save session…</translation>
    </message>
    <message>
        <source>Report export is not available in this build.</source>
        <translation>Report export is not available in this build.</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Check the spelling of the domain name: it does not exist in DNS.</source>
        <translation>Check the spelling of the domain name: it does not exist in DNS.</translation>
    </message>
    <message>
        <source>Only if the data center is Japan: confirm it first</source>
        <translation>Only if the data center is Japan: confirm it first</translation>
    </message>
    <message>
        <source>Required actions keep mail flowing: without them, mail is blocked or fails its SPF check. Recommended ones keep outbound mail passing SPF.</source>
        <translation>Required actions keep mail flowing: without them, mail is blocked or fails its SPF check. Recommended ones keep outbound mail passing SPF.</translation>
    </message>
    <message>
        <source>Check the domain again once DNS answers: the last check is incomplete.</source>
        <translation>Check the domain again once DNS answers: the last check is incomplete.</translation>
    </message>
    <message>
        <source>Include the legacy SPF record again: the Japan record does not list this data center&apos;s servers.</source>
        <translation>Include the legacy SPF record again: the Japan record does not list this data center&apos;s servers.</translation>
    </message>
</context>
<context>
    <name>UiUtil</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Not sure</translation>
    </message>
    <message>
        <source>Not detected</source>
        <translation>Not detected</translation>
    </message>
    <message>
        <source>Other data center (%1)</source>
        <translation>Other data center (%1)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>On %1, Trend Micro Email Security (TMEmS) added mail servers to its Japan data center.</source>
        <translation>On %1, Trend Micro Email Security (TMEmS) added mail servers to its Japan data center.</translation>
    </message>
    <message>
        <source>Added IP address ranges: %1 (in use beside the existing ranges %2).</source>
        <translation>Added IP address ranges: %1 (in use beside the existing ranges %2).</translation>
    </message>
    <message>
        <source>Domains on the US data center need no change.</source>
        <translation>Domains on the US data center need no change.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>TMEmS Japan data center changes: what to do for each of your domains.</source>
        <translation>TMEmS Japan data center changes: what to do for each of your domains.</translation>
    </message>
    <message>
        <source>This assistant reads each domain&apos;s MX and SPF records, tells you which ones are on the Japan data center, and gives you the firewall, Office 365 and SPF settings to paste. It changes nothing by itself.</source>
        <translation>This assistant reads each domain&apos;s MX and SPF records, tells you which ones are on the Japan data center, and gives you the firewall, Office 365 and SPF settings to paste. It changes nothing by itself.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Required: every inbound server and Office 365 inbound connector must accept mail from the added ranges.</source>
        <translation>Required: every inbound server and Office 365 inbound connector must accept mail from the added ranges.</translation>
    </message>
    <message>
        <source>Recommended: where outbound protection is enabled, replace include:%1 with include:%2 in the SPF record.</source>
        <translation>Recommended: where outbound protection is enabled, replace include:%1 with include:%2 in the SPF record.</translation>
    </message>
</context>
</TS>
