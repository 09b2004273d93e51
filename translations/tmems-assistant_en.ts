<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CatalogLoader</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>unknown field "%1" (misspelt, or written for a newer program)</source>
            <translation>unknown field "%1" (misspelt, or written for a newer program)</translation>
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
            <source>"%1" is not a date in the form YYYY-MM-DD</source>
            <translation>"%1" is not a date in the form YYYY-MM-DD</translation>
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
            <source>duplicate source id "%1"</source>
            <translation>duplicate source id "%1"</translation>
        </message>
        <message>
            <source>names source "%1", which is not in "sources"</source>
            <translation>names source "%1", which is not in "sources"</translation>
        </message>
        <message>
            <source>"%1" is not a lower-case host name</source>
            <translation>"%1" is not a lower-case host name</translation>
        </message>
        <message>
            <source>duplicate SPF host id "%1"</source>
            <translation>duplicate SPF host id "%1"</translation>
        </message>
        <message>
            <source>no entry with id "%1"</source>
            <translation>no entry with id "%1"</translation>
        </message>
        <message>
            <source>"%1" is not "existing" or "added"</source>
            <translation>"%1" is not "existing" or "added"</translation>
        </message>
        <message>
            <source>duplicate data center id "%1"</source>
            <translation>duplicate data center id "%1"</translation>
        </message>
        <message>
            <source>names SPF host "%1", which is not in "spfHosts"</source>
            <translation>names SPF host "%1", which is not in "spfHosts"</translation>
        </message>
        <message>
            <source>"%1" must be a lower-case suffix starting with a dot</source>
            <translation>"%1" must be a lower-case suffix starting with a dot</translation>
        </message>
        <message>
            <source>%1 overlaps %2 at %3</source>
            <translation>%1 overlaps %2 at %3</translation>
        </message>
        <message>
            <source>no data center with id "jp"</source>
            <translation>no data center with id "jp"</translation>
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
            <source>format: must be "tmems-catalog"</source>
            <translation>format: must be "tmems-catalog"</translation>
        </message>
        <message>
            <source>formatVersion: "%1" is not of the form MAJOR.MINOR</source>
            <translation>formatVersion: "%1" is not of the form MAJOR.MINOR</translation>
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
            <source>cannot read the domains file "%1": %2</source>
            <translation>cannot read the domains file "%1": %2</translation>
        </message>
        <message>
            <source>the domains file "%1" is too large to be a list of domains</source>
            <translation>the domains file "%1" is too large to be a list of domains</translation>
        </message>
        <message>
            <source>no domain given; name at least one domain or use --domains-file</source>
            <translation>no domain given; name at least one domain or use --domains-file</translation>
        </message>
        <message>
            <source>tmems-assistant %1: %2</source>
            <translation>tmems-assistant %1: %2</translation>
        </message>
        <message>
            <source>Nothing was checked.</source>
            <translation>Nothing was checked.</translation>
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
            <source>unknown data center "%1"; use auto, jp or us</source>
            <translation>unknown data center "%1"; use auto, jp or us</translation>
        </message>
        <message>
            <source>the timeout must be a number of milliseconds from 100 to 60000</source>
            <translation>the timeout must be a number of milliseconds from 100 to 60000</translation>
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
            <source>%1 (from the SPF record's include)</source>
            <translation>%1 (from the SPF record's include)</translation>
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
            <source>Domains checked: %1; needing action: %2; not checked because DNS failed: %3</source>
            <translation>Domains checked: %1; needing action: %2; not checked because DNS failed: %3</translation>
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
            <source>Run "tmems-assistant SUBCOMMAND --help" for the options of a subcommand.</source>
            <translation>Run "tmems-assistant SUBCOMMAND --help" for the options of a subcommand.</translation>
        </message>
        <message>
            <source>Not affiliated with or endorsed by Trend Micro.</source>
            <translation>Not affiliated with or endorsed by Trend Micro.</translation>
        </message>
        <message>
            <source>tmems-assistant: unknown language "%1"; use ja or en</source>
            <translation>tmems-assistant: unknown language "%1"; use ja or en</translation>
        </message>
        <message>
            <source>catalog %1 (sources as of %2)</source>
            <translation>catalog %1 (sources as of %2)</translation>
        </message>
        <message>
            <source>tmems-assistant: unknown option "%1"</source>
            <translation>tmems-assistant: unknown option "%1"</translation>
        </message>
        <message>
            <source>tmems-assistant: unknown subcommand "%1"</source>
            <translation>tmems-assistant: unknown subcommand "%1"</translation>
        </message>
        <message>
            <source>Run "tmems-assistant --help" for usage.</source>
            <translation>Run "tmems-assistant --help" for usage.</translation>
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
            <source>Where outbound protection is enabled for %1, replace include:%2 with include:%3 in its SPF record (see the proposed record). DNS lookups: %4 now, %5 after the change.</source>
            <translation>Where outbound protection is enabled for %1, replace include:%2 with include:%3 in its SPF record (see the proposed record). DNS lookups: %4 now, %5 after the change.</translation>
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
    </context>
    <context>
        <name>DomainName</name>
        <message>
            <source>The domain is empty.</source>
            <translation>The domain is empty.</translation>
        </message>
        <message>
            <source>"%1" contains no domain.</source>
            <translation>"%1" contains no domain.</translation>
        </message>
        <message>
            <source>"%1" is an IP address, not a domain.</source>
            <translation>"%1" is an IP address, not a domain.</translation>
        </message>
        <message>
            <source>"%1" is not a domain: it contains "%2".</source>
            <translation>"%1" is not a domain: it contains "%2".</translation>
        </message>
        <message>
            <source>a space</source>
            <translation>a space</translation>
        </message>
        <message>
            <source>"%1" is not a domain: it has an empty label (two dots in a row).</source>
            <translation>"%1" is not a domain: it has an empty label (two dots in a row).</translation>
        </message>
        <message>
            <source>"%1" is not a valid internationalized domain name.</source>
            <translation>"%1" is not a valid internationalized domain name.</translation>
        </message>
        <message>
            <source>"%1" is too long: a domain may have at most %2 characters, this one has %3.</source>
            <translation>"%1" is too long: a domain may have at most %2 characters, this one has %3.</translation>
        </message>
        <message>
            <source>"%1" is not a domain: the part "%2" is longer than %3 characters.</source>
            <translation>"%1" is not a domain: the part "%2" is longer than %3 characters.</translation>
        </message>
        <message>
            <source>"%1" is not a domain: only letters, digits and hyphens may appear, and a part may not start or end with a hyphen.</source>
            <translation>"%1" is not a domain: only letters, digits and hyphens may appear, and a part may not start or end with a hyphen.</translation>
        </message>
        <message>
            <source>"%1" is not a complete domain: add the part after the dot (for example example.co.jp).</source>
            <translation>"%1" is not a complete domain: add the part after the dot (for example example.co.jp).</translation>
        </message>
        <message>
            <source>"%1" is not a domain: the last part cannot start with a digit.</source>
            <translation>"%1" is not a domain: the last part cannot start with a digit.</translation>
        </message>
    </context>
    <context>
        <name>IpAddress</name>
        <message>
            <source>"%1" is not an IPv4 or IPv6 address</source>
            <translation>"%1" is not an IPv4 or IPv6 address</translation>
        </message>
    </context>
    <context>
        <name>IpNetwork</name>
        <message>
            <source>"%1" is not a network: "%2" is not an IPv4 or IPv6 address</source>
            <translation>"%1" is not a network: "%2" is not an IPv4 or IPv6 address</translation>
        </message>
        <message>
            <source>"%1" is not a network: the prefix length must be a number from 0 to %2</source>
            <translation>"%1" is not a network: the prefix length must be a number from 0 to %2</translation>
        </message>
        <message>
            <source>"%1" has host bits set after the /%2 prefix; the network is %3</source>
            <translation>"%1" has host bits set after the /%2 prefix; the network is %3</translation>
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
        <name>MigrationWizard</name>
        <message>
            <source>TMEmS Migration Assistant</source>
            <translation>TMEmS Migration Assistant</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Trend Micro Email Security added mail servers to its Japan data center on 2024-08-21. This assistant tells you, for each of your domains, what to change.</source>
            <translation>Trend Micro Email Security added mail servers to its Japan data center on 2024-08-21. This assistant tells you, for each of your domains, what to change.</translation>
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
            <source>"%1" cannot be looked up in DNS: it is not a valid host name.</source>
            <translation>"%1" cannot be looked up in DNS: it is not a valid host name.</translation>
        </message>
        <message>
            <source>DNS query for %1 failed: %2</source>
            <translation>DNS query for %1 failed: %2</translation>
        </message>
    </context>
    <context>
        <name>QtDnsResolver</name>
        <message>
            <source>DNS server "%1": only port 53 can be used.</source>
            <translation>DNS server "%1": only port 53 can be used.</translation>
        </message>
        <message>
            <source>DNS server "%1" is not an IP address (for example 192.0.2.53).</source>
            <translation>DNS server "%1" is not an IP address (for example 192.0.2.53).</translation>
        </message>
        <message>
            <source>DNS server "%1": IPv6 addresses are not supported. Give the server's IPv4 address.</source>
            <translation>DNS server "%1": IPv6 addresses are not supported. Give the server's IPv4 address.</translation>
        </message>
        <message>
            <source>the system DNS resolver</source>
            <translation>the system DNS resolver</translation>
        </message>
        <message>
            <source>The DNS server (%1) did not answer the query for %2: it is unreachable or not responding.</source>
            <translation>The DNS server (%1) did not answer the query for %2: it is unreachable or not responding.</translation>
        </message>
        <message>
            <source>No answer from the DNS server (%1) for %2 within %3 seconds.</source>
            <translation>No answer from the DNS server (%1) for %2 within %3 seconds.</translation>
        </message>
    </context>
    <context>
        <name>RangesCommand</name>
        <message>
            <source>Print the data center's mail server IP address ranges.</source>
            <translation>Print the data center's mail server IP address ranges.</translation>
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
            <source>unexpected argument "%1"</source>
            <translation>unexpected argument "%1"</translation>
        </message>
        <message>
            <source>unknown format "%1"; use plain, csv or json</source>
            <translation>unknown format "%1"; use plain, csv or json</translation>
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
            <source>"%1" is not a valid domain name</source>
            <translation>"%1" is not a valid domain name</translation>
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
            <source>The sending server's IPv4 or IPv6 address (required).</source>
            <translation>The sending server's IPv4 or IPv6 address (required).</translation>
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
            <source>unexpected argument "%1"; give one domain</source>
            <translation>unexpected argument "%1"; give one domain</translation>
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
            <source>"%1" is not a sender address (local-part@domain)</source>
            <translation>"%1" is not a sender address (local-part@domain)</translation>
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
            <source>The SPF record of %1 contains +all, which lets every server on the Internet send mail in the domain's name. End the record with -all or ~all instead.</source>
            <translation>The SPF record of %1 contains +all, which lets every server on the Internet send mail in the domain's name. End the record with -all or ~all instead.</translation>
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
    </context>
    <context>
        <name>SpfRecord</name>
        <message>
            <source>character not allowed in a macro string</source>
            <translation>character not allowed in a macro string</translation>
        </message>
        <message>
            <source>"%" at the end; write "%%" for a percent sign</source>
            <translation>"%" at the end; write "%%" for a percent sign</translation>
        </message>
        <message>
            <source>"%" must be followed by {, %, _ or -</source>
            <translation>"%" must be followed by {, %, _ or -</translation>
        </message>
        <message>
            <source>unterminated macro</source>
            <translation>unterminated macro</translation>
        </message>
        <message>
            <source>macro letter "%1" is only allowed in explanation text</source>
            <translation>macro letter "%1" is only allowed in explanation text</translation>
        </message>
        <message>
            <source>unknown macro letter "%1"</source>
            <translation>unknown macro letter "%1"</translation>
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
            <source>the domain must end in a valid top-level label (such as ".com") or a macro</source>
            <translation>the domain must end in a valid top-level label (such as ".com") or a macro</translation>
        </message>
        <message>
            <source>the record does not start with "v=spf1"</source>
            <translation>the record does not start with "v=spf1"</translation>
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
            <source>unknown mechanism "%1"</source>
            <translation>unknown mechanism "%1"</translation>
        </message>
        <message>
            <source>"all" takes no argument</source>
            <translation>"all" takes no argument</translation>
        </message>
        <message>
            <source>"%1" needs ":domain"</source>
            <translation>"%1" needs ":domain"</translation>
        </message>
        <message>
            <source>"%1=" appears more than once</source>
            <translation>"%1=" appears more than once</translation>
        </message>
        <message>
            <source>"%1" needs ":address"</source>
            <translation>"%1" needs ":address"</translation>
        </message>
        <message>
            <source>invalid prefix length "%1"</source>
            <translation>invalid prefix length "%1"</translation>
        </message>
        <message>
            <source>"%1" is not an IPv4 address</source>
            <translation>"%1" is not an IPv4 address</translation>
        </message>
        <message>
            <source>"%1" is not an IPv6 address</source>
            <translation>"%1" is not an IPv6 address</translation>
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
            <source>invalid prefix length or missing ":" after "%1"</source>
            <translation>invalid prefix length or missing ":" after "%1"</translation>
        </message>
        <message>
            <source>"%1" takes only ":domain"</source>
            <translation>"%1" takes only ":domain"</translation>
        </message>
    </context>
    <context>
        <name>SpfResult</name>
        <message>
            <source>The domain publishes no SPF record (or the name is not a valid domain).</source>
            <translation>The domain publishes no SPF record (or the name is not a valid domain).</translation>
        </message>
        <message>
            <source>The domain's SPF record makes no statement about this IP address.</source>
            <translation>The domain's SPF record makes no statement about this IP address.</translation>
        </message>
        <message>
            <source>The domain's SPF record authorizes this IP address to send its mail.</source>
            <translation>The domain's SPF record authorizes this IP address to send its mail.</translation>
        </message>
        <message>
            <source>The domain's SPF record says this IP address is not authorized to send its mail.</source>
            <translation>The domain's SPF record says this IP address is not authorized to send its mail.</translation>
        </message>
        <message>
            <source>The domain's SPF record says this IP address is probably not authorized (softfail).</source>
            <translation>The domain's SPF record says this IP address is probably not authorized (softfail).</translation>
        </message>
        <message>
            <source>The check could not finish because of a temporary DNS error; try again later.</source>
            <translation>The check could not finish because of a temporary DNS error; try again later.</translation>
        </message>
        <message>
            <source>The domain's SPF record is broken and cannot be evaluated (permerror).</source>
            <translation>The domain's SPF record is broken and cannot be evaluated (permerror).</translation>
        </message>
    </context>
    <context>
        <name>Subcommand</name>
        <message>
            <source>tmems-assistant %1: %2</source>
            <translation>tmems-assistant %1: %2</translation>
        </message>
        <message>
            <source>Run "tmems-assistant %1 --help" for usage.</source>
            <translation>Run "tmems-assistant %1 --help" for usage.</translation>
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
            <source>unknown data center "%1"</source>
            <translation>unknown data center "%1"</translation>
        </message>
        <message>
            <source>the catalog lists no IP address ranges for data center "%1"; only the Japan data center (jp) changed</source>
            <translation>the catalog lists no IP address ranges for data center "%1"; only the Japan data center (jp) changed</translation>
        </message>
    </context>
</TS>
