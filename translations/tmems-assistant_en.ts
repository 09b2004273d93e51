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
