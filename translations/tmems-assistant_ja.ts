<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>CatalogLoader</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>unknown field "%1" (misspelt, or written for a newer program)</source>
            <translation>不明な項目「%1」があります (綴りの誤りか、新しいバージョンのプログラム向けの内容です)</translation>
        </message>
        <message>
            <source>required field is missing</source>
            <translation>必須の項目がありません</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>文字列でなければなりません</translation>
        </message>
        <message>
            <source>"%1" is not a date in the form YYYY-MM-DD</source>
            <translation>「%1」は YYYY-MM-DD 形式の日付ではありません</translation>
        </message>
        <message>
            <source>must be an array</source>
            <translation>配列でなければなりません</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>オブジェクトでなければなりません</translation>
        </message>
        <message>
            <source>duplicate source id "%1"</source>
            <translation>出典 ID「%1」が重複しています</translation>
        </message>
        <message>
            <source>names source "%1", which is not in "sources"</source>
            <translation>出典「%1」を参照していますが、"sources" にありません</translation>
        </message>
        <message>
            <source>"%1" is not a lower-case host name</source>
            <translation>「%1」は小文字のホスト名ではありません</translation>
        </message>
        <message>
            <source>duplicate SPF host id "%1"</source>
            <translation>SPF ホスト ID「%1」が重複しています</translation>
        </message>
        <message>
            <source>no entry with id "%1"</source>
            <translation>ID「%1」の項目がありません</translation>
        </message>
        <message>
            <source>"%1" is not "existing" or "added"</source>
            <translation>「%1」は "existing" でも "added" でもありません</translation>
        </message>
        <message>
            <source>duplicate data center id "%1"</source>
            <translation>データセンター ID「%1」が重複しています</translation>
        </message>
        <message>
            <source>names SPF host "%1", which is not in "spfHosts"</source>
            <translation>SPF ホスト「%1」を参照していますが、"spfHosts" にありません</translation>
        </message>
        <message>
            <source>"%1" must be a lower-case suffix starting with a dot</source>
            <translation>「%1」はドットで始まる小文字のサフィックスでなければなりません</translation>
        </message>
        <message>
            <source>%1 overlaps %2 at %3</source>
            <translation>%1 は %3 の %2 と重なっています</translation>
        </message>
        <message>
            <source>no data center with id "jp"</source>
            <translation>ID「jp」のデータセンターがありません</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>%1 行 %2 列</translation>
        </message>
        <message>
            <source>cannot read the catalog %1: %2</source>
            <translation>カタログ %1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>the catalog %1 is larger than 4 MiB</source>
            <translation>カタログ %1 が 4 MiB を超えています</translation>
        </message>
        <message>
            <source>catalog %1: %2</source>
            <translation>カタログ %1: %2</translation>
        </message>
        <message>
            <source>not valid JSON at %1: %2</source>
            <translation>%1 で JSON として正しくありません: %2</translation>
        </message>
        <message>
            <source>the top level must be a JSON object</source>
            <translation>最上位は JSON オブジェクトでなければなりません</translation>
        </message>
        <message>
            <source>format: must be "tmems-catalog"</source>
            <translation>format: "tmems-catalog" でなければなりません</translation>
        </message>
        <message>
            <source>formatVersion: "%1" is not of the form MAJOR.MINOR</source>
            <translation>formatVersion: 「%1」は MAJOR.MINOR 形式ではありません</translation>
        </message>
        <message>
            <source>formatVersion: this program reads catalog format %1.x, not %2</source>
            <translation>formatVersion: このプログラムが読めるのはカタログ形式 %1.x です (%2 は読めません)</translation>
        </message>
    </context>
    <context>
        <name>CheckCommand</name>
        <message>
            <source>Check domains: data center, SPF record, TMEmS include and what to change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read the domains file "%1": %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the domains file "%1" is too large to be a list of domains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no domain given; name at least one domain or use --domains-file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tmems-assistant %1: %2</source>
            <translation type="unfinished">tmems-assistant %1: %2</translation>
        </message>
        <message>
            <source>Nothing was checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Domains to check (as pasted: user@example.co.jp works too).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data center of the domains: auto (detect from MX and SPF), jp or us. Default: auto.</source>
            <translation type="unfinished">ドメインのデータセンター: auto (MXとSPFから判定)、jp、us。既定: auto。</translation>
        </message>
        <message>
            <source>Send every DNS query to this server (port 53).</source>
            <translation type="unfinished">すべてのDNS検索をこのサーバ (ポート 53) に送ります。</translation>
        </message>
        <message>
            <source>Read domains from FILE: one a line, # comments; the first column of a CSV works too.</source>
            <translation type="unfinished">FILE からドメインを読み込みます: 1行に1ドメイン、# 以降はコメント。CSVの場合は1列目を使用します。</translation>
        </message>
        <message>
            <source>Print the result as JSON (see the command-line contract).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time limit of one DNS query in milliseconds (default: 5000).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown data center "%1"; use auto, jp or us</source>
            <translation type="unfinished">不明なデータセンター "%1" です。auto、jp、us のいずれかを指定してください</translation>
        </message>
        <message>
            <source>the timeout must be a number of milliseconds from 100 to 60000</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckJsonDocument</name>
        <message>
            <source>not a check --json document: %1 at offset %2</source>
            <translation>check --json の出力ではありません: %1 (位置 %2)</translation>
        </message>
        <message>
            <source>not a check --json document: no "domains" list</source>
            <translation>check --json の出力ではありません: "domains" の一覧がありません</translation>
        </message>
        <message>
            <source>not a check --json document: domains[%1] has no "domain"</source>
            <translation>check --json の出力ではありません: domains[%1] に "domain" がありません</translation>
        </message>
    </context>
    <context>
        <name>CheckTextPrinter</name>
        <message>
            <source>valid</source>
            <comment>SPF status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no SPF record</source>
            <comment>SPF status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>broken (permerror)</source>
            <comment>SPF status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not be checked: DNS failed (temperror)</source>
            <comment>SPF status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <comment>TMEmS include</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>legacy SPF record (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new SPF record (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>both (%1 and %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>passes SPF</source>
            <comment>coverage: every address of the range</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partly passes SPF</source>
            <comment>coverage: some addresses of the range</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>does not pass SPF</source>
            <comment>coverage: no address of the range</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <comment>coverage: could not be worked out</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (from the MX hosts: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (from the SPF record's include)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (as chosen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (no MX hosts found)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (MX hosts: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data center: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SPF record: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SPF status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DNS lookups: %1 (limit 10), void lookups: %2 (limit 2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DNS lookups: %1 now, %2 after the change (limit 10), void lookups: %3 (limit 2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TMEmS include: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japan data center IP address ranges under this SPF record:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>added</source>
            <comment>IP address range</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>existing</source>
            <comment>IP address range</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>error</source>
            <comment>problem severity</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning</source>
            <comment>problem severity</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note</source>
            <comment>problem severity</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none could be decided)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <comment>action label</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required</source>
            <comment>action label</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recommended</source>
            <comment>action label</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed SPF record:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Domains checked: %1; needing action: %2; not checked because DNS failed: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CloudSnippets</name>
        <message>
            <source>Set SG_ID to your security group. One call per range: a range that is already allowed fails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>alone with InvalidPermission.Duplicate and the others are still added, so this can run again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each range counts as one rule against the quota of inbound rules per security group (60 by default).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace &lt;RESOURCE_GROUP&gt; and &lt;NSG_NAME&gt;; the priority (100-4096, lower first) must be free and lower</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>than that of any rule that denies the port. create with the same --name updates the rule, so this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>can run again. If an NSG sits on both the subnet and the NIC, both must allow the traffic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace &lt;VPC_NETWORK&gt; and &lt;MAIL_SERVER_TAG&gt; (without --target-tags the rule applies to every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>instance of the network). create refuses a rule name that exists; to change an existing rule,</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>run firewall-rules update with the complete list, because --source-ranges replaces it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandLineApp</name>
        <message>
            <source>Usage: tmems-assistant [SUBCOMMAND] [options]</source>
            <translation>使い方: tmems-assistant [サブコマンド] [オプション]</translation>
        </message>
        <message>
            <source>Without a subcommand, the migration wizard opens.</source>
            <translation>サブコマンドを指定しないと、移行ウィザードが開きます。</translation>
        </message>
        <message>
            <source>Subcommands:</source>
            <translation>サブコマンド:</translation>
        </message>
        <message>
            <source>Global options:</source>
            <translation>共通オプション:</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>このヘルプを表示します。</translation>
        </message>
        <message>
            <source>Show the program and catalog versions.</source>
            <translation>プログラムとカタログのバージョンを表示します。</translation>
        </message>
        <message>
            <source>Language of the output: ja or en.</source>
            <translation>出力の言語: ja または en。</translation>
        </message>
        <message>
            <source>Run "tmems-assistant SUBCOMMAND --help" for the options of a subcommand.</source>
            <translation>サブコマンドのオプションは「tmems-assistant サブコマンド --help」で確認できます。</translation>
        </message>
        <message>
            <source>Not affiliated with or endorsed by Trend Micro.</source>
            <translation>トレンドマイクロ社とは関係がなく、同社の承認を受けたものでもありません。</translation>
        </message>
        <message>
            <source>tmems-assistant: unknown language "%1"; use ja or en</source>
            <translation>tmems-assistant: 言語「%1」は使えません。ja または en を指定してください</translation>
        </message>
        <message>
            <source>catalog %1 (sources as of %2)</source>
            <translation>カタログ %1 (出典の日付 %2)</translation>
        </message>
        <message>
            <source>tmems-assistant: unknown option "%1"</source>
            <translation>tmems-assistant: 不明なオプション「%1」</translation>
        </message>
        <message>
            <source>tmems-assistant: unknown subcommand "%1"</source>
            <translation>tmems-assistant: 不明なサブコマンド「%1」</translation>
        </message>
        <message>
            <source>Run "tmems-assistant --help" for usage.</source>
            <translation>使い方は「tmems-assistant --help」で確認できます。</translation>
        </message>
    </context>
    <context>
        <name>ConnectorCommandBuilder</name>
        <message>
            <source>Add the ranges to the Office 365 inbound connector (default; required when the connector accepts only TMEmS's addresses).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the ranges to Enhanced Filtering for Connectors (skip listing), so Office 365 looks past TMEmS to the original sender.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the ranges to the connection filter policy's IP Allow List (optional; skips spam filtering).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there are no IP address ranges to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is an IPv6 range; Exchange Online accepts only IPv4 addresses and IPv4 ranges from /24 to /32 here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is larger than a /24; Exchange Online accepts only IPv4 ranges from /24 to /32 here (split it into /24 ranges)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n ranges are more than the %1 entries Exchange Online allows</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Run in PowerShell with the ExchangeOnlineManagement module, after Connect-ExchangeOnline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>@{Add=...} adds to the list and keeps what is already there; a plain list would replace it all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The inbound connector (Partner) that receives mail from TMEmS. Use this when your MX points to TMEmS:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a connector that rejects mail not sent from its IP addresses loses mail from any range missing here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set $ConnectorName to your connector's name (see Get-InboundConnector).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you have no such connector yet, create one instead (all sender domains, only from TMEmS, TLS required):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enhanced Filtering for Connectors (skip listing): Office 365 skips these addresses and judges the</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>original sender's IP address instead (SPF, spam filtering). Use this when TMEmS sits in front of Office 365</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and Enhanced Filtering lists TMEmS's addresses. -EFSkipLastIP $false makes the list take effect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disable any mail flow rule that sets SCL -1 for mail from the connector.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection filter policy's IP Allow List: mail from these addresses skips spam filtering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(malware and high-confidence phishing are still checked). Optional: security baselines (CIS, CISA SCuBA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recommend keeping this list empty; prefer the connector. At most %1 entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the Exchange admin center (https://admin.exchange.microsoft.com) and go to Mail flow &gt; Connectors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the inbound connector that receives mail from TMEmS (from: Partner organization, to: Office 365). If there is none, choose Add a connector with Connection from: Partner organization.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under the way the partner is identified, keep "by verifying that the IP address of the sending server matches" and add each of these IP address ranges:
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under Security restrictions, keep "Reject email messages if they aren't sent over TLS" and "Reject email messages if they aren't sent from within this IP address range" as they are, then save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the Microsoft Defender portal at https://security.microsoft.com/skiplisting (Email &amp; collaboration &gt; Policies &amp; rules &gt; Threat policies &gt; Enhanced filtering).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the inbound connector that receives mail from TMEmS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose "Skip these IP addresses that are associated with the connector" and add each of these IP address ranges:
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the Microsoft Defender portal at https://security.microsoft.com/antispam and select Connection filter policy (Default).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose Edit connection filter policy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under "Always allow messages from the following IP addresses or address range", add each of these IP address ranges:
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save. Security baselines recommend keeping this list empty; prefer the connector.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The labels may differ slightly in your language and admin center version.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DomainActions</name>
        <message>
            <source>Japan data center</source>
            <translation type="unfinished">日本データセンター</translation>
        </message>
        <message>
            <source>US data center</source>
            <translation type="unfinished">USデータセンター</translation>
        </message>
        <message>
            <source>Europe data center</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Australia and New Zealand data center</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Singapore data center</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>India data center</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Middle East (UAE) data center</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown data center</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not exist in DNS: check that the name is spelled as registered in the management console.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data center of %1 could not be told from its MX hosts or its SPF record. Check which data center the domain uses in the TMEmS management console, then check the domain again with that data center chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make every inbound server registered for %1 in the management console, and the firewall in front of it, accept mail from the added IP address ranges (%2) as well as the existing ones. If you use Office 365, add the ranges to the Office 365 inbound connector.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where outbound protection is enabled for %1, replace include:%2 with include:%3 in its SPF record (see the proposed record). DNS lookups: %4 now, %5 after the change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where outbound protection is enabled for %1, replace include:%2 with include:%3 in the SPF record of %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SPF record of %1 is broken as published, so receivers fail its SPF check (permerror). Correct it as the problems above describe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 uses the %2: the Japan data center change needs nothing from you.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DomainName</name>
        <message>
            <source>The domain is empty.</source>
            <translation>ドメインが空です。</translation>
        </message>
        <message>
            <source>"%1" contains no domain.</source>
            <translation>「%1」にはドメインが含まれていません。</translation>
        </message>
        <message>
            <source>"%1" is an IP address, not a domain.</source>
            <translation>「%1」は IP アドレスです。ドメインを入力してください。</translation>
        </message>
        <message>
            <source>"%1" is not a domain: it contains "%2".</source>
            <translation>「%1」はドメインではありません: 「%2」が含まれています。</translation>
        </message>
        <message>
            <source>a space</source>
            <translation>空白</translation>
        </message>
        <message>
            <source>"%1" is not a domain: it has an empty label (two dots in a row).</source>
            <translation>「%1」はドメインではありません: 空のラベルがあります (ドットが2つ続いています)。</translation>
        </message>
        <message>
            <source>"%1" is not a valid internationalized domain name.</source>
            <translation>「%1」は正しい国際化ドメイン名ではありません。</translation>
        </message>
        <message>
            <source>"%1" is too long: a domain may have at most %2 characters, this one has %3.</source>
            <translation>「%1」は長すぎます: ドメインは最大 %2 文字ですが、%3 文字あります。</translation>
        </message>
        <message>
            <source>"%1" is not a domain: the part "%2" is longer than %3 characters.</source>
            <translation>「%1」はドメインではありません: 「%2」の部分が %3 文字を超えています。</translation>
        </message>
        <message>
            <source>"%1" is not a domain: only letters, digits and hyphens may appear, and a part may not start or end with a hyphen.</source>
            <translation>「%1」はドメインではありません: 使えるのは英字、数字、ハイフンだけで、各部分の先頭と末尾にハイフンは使えません。</translation>
        </message>
        <message>
            <source>"%1" is not a complete domain: add the part after the dot (for example example.co.jp).</source>
            <translation>「%1」はドメインとして不完全です: ドット以降の部分も入力してください (例: example.co.jp)。</translation>
        </message>
        <message>
            <source>"%1" is not a domain: the last part cannot start with a digit.</source>
            <translation>「%1」はドメインではありません: 最後の部分を数字で始めることはできません。</translation>
        </message>
    </context>
    <context>
        <name>HostFirewallSnippets</name>
        <message>
            <source>-I puts each rule at the top of INPUT, before any DROP or REJECT rule;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>-C skips a rule that is already there, so running this again adds nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the rules permanent: iptables-save &gt; /etc/iptables/rules.v4 (Debian, iptables-persistent)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>or service iptables save (RHEL).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the chain input of table inet filter (Debian's /etc/nftables.conf); change the names if yours differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rule is inserted at the top of the chain, before its drop rules. The sets and their</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>elements can be loaded again safely; the rule cannot: before running this file a second time,</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check with: nft list chain inet filter input | grep tmems_jp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An ipset of the ranges and a rich rule in the zone public (change --zone if your interface is in another zone).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running this again is safe: firewall-cmd skips entries and rules that already exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If the zone opens the smtp service to everyone, this rule adds nothing; remove the service to restrict.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--permanent changes take effect after a reload:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prepend puts each rule before the existing ones (including any deny rule for the port);</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ufw skips a rule that already exists, so running this again adds nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run in PowerShell as administrator. Creates the inbound rule TMEmS-JP-SMTP-In, or adds the</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ranges to it if it exists (Set-NetFirewallRule alone would replace its address list).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For /etc/pf.conf: ext_if must name your external interface (a macro defined above).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quick makes the first matching rule win, so this pass is not undone by a later block rule;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>put it before your block rules. Check and load: pfctl -nf /etc/pf.conf &amp;&amp; pfctl -f /etc/pf.conf</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IpAddress</name>
        <message>
            <source>"%1" is not an IPv4 or IPv6 address</source>
            <translation>「%1」は IPv4 アドレスでも IPv6 アドレスでもありません</translation>
        </message>
    </context>
    <context>
        <name>IpNetwork</name>
        <message>
            <source>"%1" is not a network: "%2" is not an IPv4 or IPv6 address</source>
            <translation>「%1」はネットワークではありません: 「%2」は IPv4 アドレスでも IPv6 アドレスでもありません</translation>
        </message>
        <message>
            <source>"%1" is not a network: the prefix length must be a number from 0 to %2</source>
            <translation>「%1」はネットワークではありません: プレフィックス長は 0 から %2 までの数値でなければなりません</translation>
        </message>
        <message>
            <source>"%1" has host bits set after the /%2 prefix; the network is %3</source>
            <translation>「%1」は /%2 のプレフィックスより後ろのホスト部が 0 ではありません。ネットワークは %3 です</translation>
        </message>
    </context>
    <context>
        <name>MacroExpander</name>
        <message>
            <source>invalid macro at offset %1: %2</source>
            <translation>位置 %1 のマクロが正しくありません: %2</translation>
        </message>
        <message>
            <source>the digit transformer of a macro must not be zero</source>
            <translation>マクロの桁数指定に0は使えません</translation>
        </message>
    </context>
    <context>
        <name>MailServerSnippets</name>
        <message>
            <source>Run as root. The ranges go into a check_client_access cidr table, not into mynetworks: mynetworks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>would let anyone who sends through TMEmS (a shared service) relay through your server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines are appended only when missing, so running this again adds nothing; no postmap is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Puts the table in front of smtpd_client_restrictions and keeps what is already there (once only):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional lock-down, when the MX points to TMEmS and nobody else should deliver (edit main.cf by hand):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: the final reject refuses every other client, such as a backup MX, monitoring or applications that send on port 25.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With postscreen, list the ranges in a separate table with the action permit in postscreen_access_list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run in the Exchange Management Shell. Set $Connector to your receive connector (see Get-ReceiveConnector).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>@{Add=...} adds to RemoteIPRanges and keeps the ranges already there; a plain list would replace them all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The built-in "Default Frontend &lt;SERVER&gt;" connector already accepts every address on port 25. A dedicated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connector is worth having for its own settings (TLS, permissions, logging); to create one with every range:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MigrationWizard</name>
        <message>
            <source>TMEmS Migration Assistant</source>
            <translation>TMEmS 移行アシスタント</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>はじめに</translation>
        </message>
        <message>
            <source>Trend Micro Email Security added mail servers to its Japan data center on 2024-08-21. This assistant tells you, for each of your domains, what to change.</source>
            <translation>Trend Micro Email Security は 2024年8月21日に日本データセンターのメールサーバを追加しました。このアシスタントは、ドメインごとに必要な設定変更をご案内します。</translation>
        </message>
    </context>
    <context>
        <name>NetworkDeviceSnippets</name>
        <message>
            <source>Replace &lt;MAIL_IP&gt; with the mail server's real (untranslated) address and OUTSIDE_IN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with the access list of your outside interface. The ASA takes subnet masks, not wildcards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>network-object lines that already exist are refused harmlessly, so this can be pasted again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line 1 puts the entry at the top of the access list, before any deny.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only if the access list is not applied to the interface yet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace &lt;MAIL_IP&gt; with the mail server's address and OUTSIDE-IN with your inbound access list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access lists take wildcard masks (the inverse of the netmask). Sequence numbers 1 to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>put the entries before the existing ones (numbered from 10 by default) and the implicit deny;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an entry that already exists is refused, so this can be pasted again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste in configuration mode (set commands can be applied again without duplicates).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace &lt;MAIL_SERVER_ADDR_OBJ&gt; with the address-book entry of the mail server and the zones with yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new policy goes to the end of the list; move it above your deny policy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FortiOS CLI. edit updates an object that already exists, and append member adds to the</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>group without removing its members (set member would replace them all).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The policy: only once, and only if no policy for TMEmS-JP exists yet (the group above already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>carries the new ranges into it). Replace the &lt;...&gt; values; edit 0 takes the next free ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New policies go to the bottom: move it above your deny policy with move &lt;ID&gt; before &lt;ID&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the set commands in configure mode (not the # lines). set adds to the address group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and changes nothing that already exists, so this can be pasted again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace &lt;MAIL_ADDR_OBJ&gt; (the pre-NAT address) and the zones with yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rules match from the top: move the rule above your deny rule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run on the management server (shell). add network reports an error for an object that already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exists and changes nothing; set group members.add adds without removing members.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing takes effect until publish and install-policy. Replace the &lt;...&gt; values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the group once (an error just means it exists), then add the members:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The access rule: only once, and only if no rule for TMEmS-JP exists yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QtDnsResolver</name>
        <message>
            <source>DNS server "%1": only port 53 can be used.</source>
            <translation>DNSサーバ「%1」: 使用できるポートは53番のみです。</translation>
        </message>
        <message>
            <source>DNS server "%1" is not an IP address (for example 192.0.2.53).</source>
            <translation>DNSサーバ「%1」はIPアドレスではありません (例: 192.0.2.53)。</translation>
        </message>
        <message>
            <source>DNS server "%1": IPv6 addresses are not supported. Give the server's IPv4 address.</source>
            <translation>DNSサーバ「%1」: IPv6アドレスには対応していません。サーバのIPv4アドレスを指定してください。</translation>
        </message>
        <message>
            <source>the system DNS resolver</source>
            <translation>システムのDNSリゾルバ</translation>
        </message>
        <message>
            <source>The DNS server (%1) did not answer the query for %2: it is unreachable or not responding.</source>
            <translation>DNSサーバ (%1) から %2 の問い合わせに応答がありません。サーバに到達できないか、応答していません。</translation>
        </message>
        <message>
            <source>No answer from the DNS server (%1) for %2 within %3 seconds.</source>
            <translation>DNSサーバ (%1) から %2 の応答が %3 秒以内にありませんでした。</translation>
        </message>
        <message>
            <source>The DNS server (%1) reported a failure (SERVFAIL) for %2.</source>
            <translation>DNSサーバ (%1) が %2 について障害 (SERVFAIL) を返しました。</translation>
        </message>
        <message>
            <source>The DNS server (%1) refused to answer for %2 (REFUSED).</source>
            <translation>DNSサーバ (%1) が %2 への応答を拒否しました (REFUSED)。</translation>
        </message>
        <message>
            <source>"%1" cannot be looked up in DNS: it is not a valid host name.</source>
            <translation>「%1」は有効なホスト名ではないため、DNS検索できません。</translation>
        </message>
        <message>
            <source>DNS query for %1 failed: %2</source>
            <translation>%1 のDNS検索に失敗しました: %2</translation>
        </message>
    </context>
    <context>
        <name>RangesCommand</name>
        <message>
            <source>Print the data center's mail server IP address ranges.</source>
            <translation>データセンターのメールサーバの IPアドレス帯を表示します。</translation>
        </message>
        <message>
            <source>Data center (default: jp).</source>
            <translation>データセンター (既定: jp)。</translation>
        </message>
        <message>
            <source>Only the ranges added on 2024-08-21.</source>
            <translation>2024年8月21日の追加IPアドレス帯のみ。</translation>
        </message>
        <message>
            <source>Output format: plain (one CIDR a line), csv or json.</source>
            <translation>出力形式: plain (1 行に 1 つの CIDR)、csv、json のいずれか。</translation>
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation>不要な引数「%1」があります</translation>
        </message>
        <message>
            <source>unknown format "%1"; use plain, csv or json</source>
            <translation>不明な形式「%1」です。plain、csv、json のいずれかを指定してください</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Domain</source>
            <translation>ドメイン</translation>
        </message>
        <message>
            <source>Domain (Unicode)</source>
            <translation>ドメイン (Unicode)</translation>
        </message>
        <message>
            <source>Data center</source>
            <translation>データセンター</translation>
        </message>
        <message>
            <source>SPF status</source>
            <translation>SPFの状態</translation>
        </message>
        <message>
            <source>DNS lookups now</source>
            <translation>DNS検索回数 (現在)</translation>
        </message>
        <message>
            <source>DNS lookups after</source>
            <translation>DNS検索回数 (変更後)</translation>
        </message>
        <message>
            <source>Void lookups</source>
            <translation>空のDNS検索回数</translation>
        </message>
        <message>
            <source>TMEmS include</source>
            <translation>TMEmS のインクルード</translation>
        </message>
        <message>
            <source>Added ranges in SPF</source>
            <translation>SPFで許可された追加IPアドレス帯</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必須</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>推奨</translation>
        </message>
        <message>
            <source>SPF record</source>
            <translation>SPFレコード</translation>
        </message>
        <message>
            <source>Proposed SPF record</source>
            <translation>修正後のSPFレコード</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>問題点</translation>
        </message>
        <message>
            <source>4. Actions</source>
            <translation>4. 必要な作業</translation>
        </message>
        <message>
            <source>Action 1 (required): accept mail from the added IP address ranges</source>
            <translation>作業1 (必須): 追加IPアドレス帯からのメールを受け付ける</translation>
        </message>
        <message>
            <source>No domain in this report needs action 1.</source>
            <translation>このレポートには作業1が必要なドメインはありません。</translation>
        </message>
        <message>
            <source>Every inbound server registered for these domains in the management console's [Domains] screen, and the Office 365 inbound connector where Office 365 is used, must accept mail from all ranges below, the existing ones and the added ones. Otherwise mail delivered from the added servers may be blocked by your own firewall.</source>
            <translation>管理コンソールの [ドメイン] 画面でこれらのドメインに登録しているすべての受信サーバ、および Office 365 をご利用の場合は Office 365 の受信コネクタで、以下のすべてのIPアドレス帯 (既存のIPアドレス帯と追加IPアドレス帯) からのメールを受け付けてください。対応しない場合、追加されたメールサーバから配信されるメールがお客さまのファイアウォールでブロックされる可能性があります。</translation>
        </message>
        <message>
            <source>Domains:</source>
            <translation>対象ドメイン:</translation>
        </message>
        <message>
            <source>IP address ranges of the %1</source>
            <translation>%1のIPアドレス帯</translation>
        </message>
        <message>
            <source>The added ranges (★) are in use from %1; allow them before that day.</source>
            <translation>追加IPアドレス帯 (★) は %1 から使用されます。その前日までに許可してください。</translation>
        </message>
        <message>
            <source>IP address range</source>
            <translation>IPアドレス帯</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Netmask</source>
            <translation>ネットマスク</translation>
        </message>
        <message>
            <source>First address</source>
            <translation>先頭アドレス</translation>
        </message>
        <message>
            <source>Last address</source>
            <translation>末尾アドレス</translation>
        </message>
        <message>
            <source>Office 365 inbound connector (Exchange Online PowerShell)</source>
            <translation>Office 365 の受信コネクタ (Exchange Online PowerShell)</translation>
        </message>
        <message>
            <source>Add every range above to the inbound connector's list of sender IP addresses.</source>
            <translation>上記のすべてのIPアドレス帯を受信コネクタの送信元IPアドレスの一覧に追加してください。</translation>
        </message>
        <message>
            <source>Firewall settings</source>
            <translation>ファイアウォール等の設定変更</translation>
        </message>
        <message>
            <source>No firewall platform was chosen for this report; "tmems-assistant snippet --help" lists them.</source>
            <translation>このレポートではファイアウォールの種類が選択されていません。"tmems-assistant snippet --help" で一覧を表示できます。</translation>
        </message>
        <message>
            <source>No snippet is available for this platform.</source>
            <translation>この種類の設定例はありません。</translation>
        </message>
        <message>
            <source>Action 2 (recommended): publish the SPF record with the Japan include</source>
            <translation>作業2 (推奨): 新しいSPFレコードをインクルードするSPFレコードを公開する</translation>
        </message>
        <message>
            <source>Where outbound protection is enabled, replace the TXT record at each domain below with the record shown. The legacy record reaches every data center through include: and can push a domain past the limit of 10 DNS lookups, so that receivers fail SPF; the Japan record lists only Japan's addresses.</source>
            <translation>送信保護を有効にしている場合は、以下の各ドメインのTXTレコードを表示のレコードに置き換えてください。既存のSPFレコードはインクルードメカニズム ("include:") ですべてのデータセンターを参照するため、SPF検証におけるDNS検索回数上限 (10回) を超過し、受信側でSPF検証失敗となる可能性があります。新しいSPFレコードは日本データセンターのアドレスのみを記載しています。</translation>
        </message>
        <message>
            <source>DNS name and type</source>
            <translation>DNS名とタイプ</translation>
        </message>
        <message>
            <source>Current record</source>
            <translation>現在のレコード</translation>
        </message>
        <message>
            <source>Record to publish</source>
            <translation>公開するレコード</translation>
        </message>
        <message>
            <source>DNS lookups now → after</source>
            <translation>DNS検索回数 現在 → 変更後</translation>
        </message>
        <message>
            <source>No domain in this report needs action 2.</source>
            <translation>このレポートには作業2が必要なドメインはありません。</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>作業</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>優先度</translation>
        </message>
        <message>
            <source>Other actions</source>
            <translation>その他の作業</translation>
        </message>
        <message>
            <source>SPF record as published</source>
            <translation>公開中のSPFレコード</translation>
        </message>
        <message>
            <source>No SPF record was found.</source>
            <translation>SPFレコードは見つかりませんでした。</translation>
        </message>
        <message>
            <source>MX hosts</source>
            <translation>MXホスト</translation>
        </message>
        <message>
            <source>%1 (limit 10); void lookups %2 (limit 2)</source>
            <translation>%1 (上限 10回)、空のDNS検索 %2 (上限 2回)</translation>
        </message>
        <message>
            <source>Include tree</source>
            <translation>インクルードの構成</translation>
        </message>
        <message>
            <source>Own lookups</source>
            <translation>DNS検索回数 (自身)</translation>
        </message>
        <message>
            <source>Running total</source>
            <translation>累計</translation>
        </message>
        <message>
            <source>Include tree and DNS lookup cost</source>
            <translation>インクルードの構成とDNS検索回数</translation>
        </message>
        <message>
            <source>No problems were found.</source>
            <translation>問題は見つかりませんでした。</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>重要度</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>コード</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>Where:</source>
            <translation>該当箇所:</translation>
        </message>
        <message>
            <source>No change to the SPF record is proposed.</source>
            <translation>SPFレコードの変更は不要です。</translation>
        </message>
        <message>
            <source>DNS lookups: %1 now, %2 with the proposed record.</source>
            <translation>DNS検索回数: 現在 %1 回、修正後のレコードでは %2 回。</translation>
        </message>
        <message>
            <source>Japan data center ranges authorised by this SPF record</source>
            <translation>このSPFレコードで許可されている日本データセンターのIPアドレス帯</translation>
        </message>
        <message>
            <source>Not evaluated for this domain.</source>
            <translation>このドメインでは評価していません。</translation>
        </message>
        <message>
            <source>Authorised by SPF</source>
            <translation>SPFでの許可</translation>
        </message>
        <message>
            <source>TMEmS Japan data center change: SPF and IP address range report</source>
            <translation>TMEmS 日本データセンターの変更: SPFレコードとIPアドレス帯のレポート</translation>
        </message>
        <message>
            <source>3. Findings per domain</source>
            <translation>3. ドメインごとの確認結果</translation>
        </message>
        <message>
            <source>TMEmS Migration Assistant — change record</source>
            <translation>TMEmS Migration Assistant — 変更記録</translation>
        </message>
        <message>
            <source>%1: %n domain(s)</source>
            <translation>%1: %n ドメイン</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>組織名</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>作成日時</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>プログラム</translation>
        </message>
        <message>
            <source>Catalog</source>
            <translation>カタログ</translation>
        </message>
        <message>
            <source>version %1, sources as of %2</source>
            <translation>バージョン %1 (情報源の日付 %2)</translation>
        </message>
        <message>
            <source>Data centers</source>
            <translation>データセンター</translation>
        </message>
        <message>
            <source>DNS server</source>
            <translation>DNSサーバ</translation>
        </message>
        <message>
            <source>System resolver</source>
            <translation>システムのリゾルバ</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>%n domain(s) checked.</source>
            <translation>%n 件のドメインを確認しました。</translation>
        </message>
        <message>
            <source>%n domain(s) need a required action.</source>
            <translation>%n 件のドメインに必須の作業があります。</translation>
        </message>
        <message>
            <source>%n domain(s) have a recommended action.</source>
            <translation>%n 件のドメインに推奨の作業があります。</translation>
        </message>
        <message>
            <source>%n domain(s) need no change.</source>
            <translation>%n 件のドメインは変更不要です。</translation>
        </message>
        <message>
            <source>%n domain(s) could not be checked completely because DNS failed; check them again.</source>
            <translation>%n 件のドメインはDNS検索に失敗したため確認が完了していません。再度確認してください。</translation>
        </message>
        <message>
            <source>Trend Micro added mail servers to the TMEmS Japan data center. Domains served there must accept mail from the added IP address ranges (required) and, where outbound protection is enabled, should use the Japan SPF record instead of the legacy one (recommended). Domains on the US data center change nothing.</source>
            <translation>トレンドマイクロは TMEmS の日本データセンターにメールサーバを追加しました。日本データセンターをご利用のドメインでは、追加IPアドレス帯からのメールを受け付ける必要があり (必須)、送信保護を有効にしている場合は既存のSPFレコードに代えて新しいSPFレコードを使用することが推奨されます (推奨)。USデータセンターをご利用のドメインは変更不要です。</translation>
        </message>
        <message>
            <source>2. Summary</source>
            <translation>2. 概要一覧</translation>
        </message>
        <message>
            <source>✓ no problem  ▲ attention  ✖ action or repair needed. DNS lookups are counted as RFC 7208 section 4.6.4 counts them (limit 10); "after" is the count once the recommended record is published.</source>
            <translation>✓ 問題なし  ▲ 注意  ✖ 作業または修正が必要。DNS検索回数は RFC 7208 4.6.4 節の数え方によります (上限 10回)。「変更後」は推奨のレコードを公開した後の回数です。</translation>
        </message>
        <message>
            <source>5. Appendix</source>
            <translation>5. 付録</translation>
        </message>
        <message>
            <source>The notice's facts, as in the catalog</source>
            <translation>お知らせの内容 (カタログによる)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>情報源</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>発行元</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>参照</translation>
        </message>
        <message>
            <source>Published / updated</source>
            <translation>公開日 / 更新日</translation>
        </message>
        <message>
            <source>SPF host</source>
            <translation>SPFホスト</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>対象範囲</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>公開日</translation>
        </message>
        <message>
            <source>Japan data center only, no include:</source>
            <translation>日本データセンターのみ (インクルードメカニズムなし)</translation>
        </message>
        <message>
            <source>Every data center, through include:</source>
            <translation>全データセンター (インクルードメカニズムで参照)</translation>
        </message>
        <message>
            <source>In use from</source>
            <translation>使用開始日</translation>
        </message>
        <message>
            <source>Listed on</source>
            <translation>掲載日</translation>
        </message>
        <message>
            <source>before the notice</source>
            <translation>お知らせ以前から</translation>
        </message>
        <message>
            <source>How each figure was obtained</source>
            <translation>各数値の求め方</translation>
        </message>
        <message>
            <source>Data center: the domain's MX hosts were looked up in DNS and matched against the MX host suffixes of each TMEmS site in the catalog; failing that, the TMEmS include in the SPF record, or the data center chosen by the user.</source>
            <translation>データセンター: ドメインのMXホストをDNSで検索し、カタログにある各 TMEmS データセンターのMXホスト名の末尾と照合しました。判定できない場合は、SPFレコードの TMEmS のインクルード、またはユーザが選択したデータセンターによります。</translation>
        </message>
        <message>
            <source>DNS lookups: every term that makes a DNS query (include, a, mx, ptr, exists and redirect) is counted across the whole include tree, as if no mechanism matched. This is the figure RFC 7208 section 4.6.4 limits to 10; receivers return permerror above it. Void lookups (queries with no answer) are limited to 2.</source>
            <translation>DNS検索回数: DNS検索を伴う項目 (include、a、mx、ptr、exists、redirect) を、どのメカニズムにも一致しなかったものとしてインクルードの構成全体で数えました。これが RFC 7208 4.6.4 節で上限 10回と定められた回数で、超過すると受信側は permerror を返します。空のDNS検索 (応答のない検索) の上限は 2回です。</translation>
        </message>
        <message>
            <source>Lookups after the change: the same count for the proposed record, in which the legacy include is replaced by the Japan one and everything else is kept as published.</source>
            <translation>変更後のDNS検索回数: 既存のSPFレコードのインクルードを新しいSPFレコードに置き換え、それ以外は公開中のとおりとした修正後のレコードについて、同じ方法で数えました。</translation>
        </message>
        <message>
            <source>Coverage: for each Japan data center range, the SPF record was evaluated for the range's addresses; Full means every address gets pass, Partial some of them, Not authorised none.</source>
            <translation>SPFでの許可: 日本データセンターの各IPアドレス帯のアドレスについてSPFレコードを評価しました。「すべて」はすべてのアドレスが pass、「一部」は一部のアドレスのみ、「許可なし」はどのアドレスも pass にならないことを示します。</translation>
        </message>
        <message>
            <source>All DNS data was read at the time on the cover, through the DNS server named there; records published later are not reflected.</source>
            <translation>DNSの情報はすべて表紙に記載の日時に、表紙に記載のDNSサーバを通じて取得しました。その後に公開されたレコードは反映されていません。</translation>
        </message>
        <message>
            <source>This report was produced by TMEmS Migration Assistant, which is not affiliated with or endorsed by Trend Micro. Trend Micro, Trend Micro Email Security and Trend Vision One are trademarks of Trend Micro Incorporated. Check the figures against the management console and the notice before you change anything.</source>
            <translation>このレポートは TMEmS Migration Assistant が作成しました。本プログラムはトレンドマイクロとは無関係であり、トレンドマイクロが承認したものではありません。Trend Micro、Trend Micro Email Security、Trend Vision One はトレンドマイクロ株式会社の商標です。設定を変更する前に、管理コンソールとお知らせの内容で数値をご確認ください。</translation>
        </message>
        <message>
            <source>The domain publishes no SPF record, so receivers cannot tell which servers may send its mail.</source>
            <translation>このドメインはSPFレコードを公開していないため、受信側はどのサーバがこのドメインのメールを送信してよいか判断できません。</translation>
        </message>
        <message>
            <source>The domain publishes more than one SPF record; receivers must treat that as an error (permerror) and SPF fails for every message.</source>
            <translation>このドメインは複数のSPFレコードを公開しています。受信側はこれをエラー (permerror) として扱うため、すべてのメールでSPF検証失敗となります。</translation>
        </message>
        <message>
            <source>The SPF record contains a syntax error; receivers treat the whole record as broken (permerror).</source>
            <translation>SPFレコードに構文エラーがあります。受信側はレコード全体を無効 (permerror) として扱います。</translation>
        </message>
        <message>
            <source>Checking the record takes more than 10 DNS lookups, the limit of RFC 7208 section 4.6.4; receivers return permerror and SPF fails.</source>
            <translation>このレコードの検証には10回を超えるDNS検索が必要です (SPF検証におけるDNS検索回数上限超過、RFC 7208 4.6.4 節)。受信側は permerror を返し、SPF検証失敗となります。</translation>
        </message>
        <message>
            <source>More than 2 DNS lookups in the record return no answer (void lookups); receivers may return permerror.</source>
            <translation>このレコードでは応答のないDNS検索 (空のDNS検索) が2回を超えています。受信側が permerror を返す可能性があります。</translation>
        </message>
        <message>
            <source>An include: or redirect= leads back to a record already being evaluated (a loop); receivers return permerror.</source>
            <translation>include: または redirect= が評価中のレコードに戻っています (ループ)。受信側は permerror を返します。</translation>
        </message>
        <message>
            <source>An include: points to a name that has no SPF record; receivers return permerror.</source>
            <translation>include: の参照先にSPFレコードがありません。受信側は permerror を返します。</translation>
        </message>
        <message>
            <source>The record uses the ptr mechanism, which RFC 7208 says should not be used: it is slow and unreliable.</source>
            <translation>このレコードは ptr メカニズムを使用しています。RFC 7208 では、低速で信頼性が低いため使用しないよう定められています。</translation>
        </message>
        <message>
            <source>The record ends in +all, which authorises every server on the Internet to send as this domain.</source>
            <translation>このレコードは +all で終わっているため、インターネット上のすべてのサーバにこのドメインとしての送信を許可しています。</translation>
        </message>
        <message>
            <source>The record has no all mechanism at the end; mail from unlisted servers gets neutral instead of fail or softfail.</source>
            <translation>このレコードの末尾に all メカニズムがありません。記載されていないサーバからのメールは fail や softfail ではなく neutral になります。</translation>
        </message>
        <message>
            <source>The record has both redirect= and an all mechanism; the redirect is never used.</source>
            <translation>このレコードには redirect= と all メカニズムの両方があるため、redirect は使用されません。</translation>
        </message>
        <message>
            <source>A DNS query failed (timeout or server failure), so the result is incomplete; check again later (temperror).</source>
            <translation>DNS検索に失敗したため (タイムアウトまたはサーバの障害)、結果は不完全です。しばらくしてから再度確認してください (temperror)。</translation>
        </message>
        <message>
            <source>Accept mail from the added IP address ranges on the inbound servers</source>
            <translation>受信サーバで追加IPアドレス帯からのメールを受け付ける</translation>
        </message>
        <message>
            <source>Add the IP address ranges to the Office 365 inbound connector</source>
            <translation>Office 365 の受信コネクタにIPアドレス帯を追加する</translation>
        </message>
        <message>
            <source>Replace the SPF include with the Japan record</source>
            <translation>SPFレコードのインクルードを新しいSPFレコードに置き換える</translation>
        </message>
        <message>
            <source>Repair the SPF record</source>
            <translation>SPFレコードを修正する</translation>
        </message>
        <message>
            <source>No change needed</source>
            <translation>変更不要</translation>
        </message>
        <message>
            <source>Check again when DNS answers</source>
            <translation>DNSが応答するようになってから再度確認する</translation>
        </message>
        <message>
            <source>Allow added ranges</source>
            <translation>追加IPアドレス帯の許可</translation>
        </message>
        <message>
            <source>Office 365 connector</source>
            <translation>Office 365 の受信コネクタ</translation>
        </message>
        <message>
            <source>Japan SPF include</source>
            <translation>新しいSPFレコードへの変更</translation>
        </message>
        <message>
            <source>Repair SPF</source>
            <translation>SPFレコードの修正</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>再確認</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>No SPF record</source>
            <translation>SPFレコードなし</translation>
        </message>
        <message>
            <source>Broken (permerror)</source>
            <translation>無効 (permerror)</translation>
        </message>
        <message>
            <source>DNS failure (temperror)</source>
            <translation>DNS検索失敗 (temperror)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Legacy (%1)</source>
            <translation>既存のSPFレコード (%1)</translation>
        </message>
        <message>
            <source>Japan (%1)</source>
            <translation>新しいSPFレコード (%1)</translation>
        </message>
        <message>
            <source>Both legacy and Japan</source>
            <translation>既存と新しいSPFレコードの両方</translation>
        </message>
        <message>
            <source>Japan data center</source>
            <translation>日本データセンター</translation>
        </message>
        <message>
            <source>US data center</source>
            <translation>USデータセンター</translation>
        </message>
        <message>
            <source>%1 data center</source>
            <translation>%1 データセンター</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>from the MX hosts</source>
            <translation>MXホストから判定</translation>
        </message>
        <message>
            <source>from the SPF includes</source>
            <translation>SPFのインクルードから判定</translation>
        </message>
        <message>
            <source>as chosen by the user</source>
            <translation>ユーザの選択による</translation>
        </message>
        <message>
            <source>not detected</source>
            <translation>判定できず</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>すべて</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>一部</translation>
        </message>
        <message>
            <source>Not authorised</source>
            <translation>許可なし</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>情報</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>エラー</translation>
        </message>
        <message>
            <source>Legacy</source>
            <translation>既存のSPFレコード</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>新しいSPFレコード</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>両方</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>Existing</source>
            <translation>既存</translation>
        </message>
        <message>
            <source>%1 of %2 fully authorised</source>
            <translation>%2 件中 %1 件をすべて許可</translation>
        </message>
        <message>
            <source>tmems-assistant %1 — not affiliated with Trend Micro</source>
            <translation>tmems-assistant %1 — トレンドマイクロとは無関係です</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>%1 / %2 ページ</translation>
        </message>
        <message>
            <source>Not evaluated</source>
            <translation>未評価</translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message>
            <source>Check domains and write the change report (PDF, HTML, JSON or CSV).</source>
            <translation>ドメインを確認し、変更管理用のレポート (PDF、HTML、JSON、CSV) を作成します。</translation>
        </message>
        <message>
            <source>Domains to check (names, e-mail addresses or URLs).</source>
            <translation>確認するドメイン (ドメイン名、メールアドレス、URL)。</translation>
        </message>
        <message>
            <source>Write the report to FILE; the extension chooses the format: .pdf, .html, .json or .csv.</source>
            <translation>レポートを FILE に書き出します。形式は拡張子で決まります: .pdf、.html、.json、.csv。</translation>
        </message>
        <message>
            <source>Send every DNS query to this server (port 53).</source>
            <translation>すべてのDNS検索をこのサーバ (ポート 53) に送ります。</translation>
        </message>
        <message>
            <source>Data center of the domains: auto (detect from MX and SPF), jp or us. Default: auto.</source>
            <translation>ドメインのデータセンター: auto (MXとSPFから判定)、jp、us。既定: auto。</translation>
        </message>
        <message>
            <source>Paper size of the PDF: a4 (default) or letter.</source>
            <translation>PDFの用紙サイズ: a4 (既定) または letter。</translation>
        </message>
        <message>
            <source>Organization name for the cover and the page header.</source>
            <translation>表紙とページ上部に記載する組織名。</translation>
        </message>
        <message>
            <source>Firewall platform whose settings the report includes (repeatable; see "tmems-assistant snippet --help").</source>
            <translation>レポートに設定を記載するファイアウォールの種類 (複数指定可。"tmems-assistant snippet --help" を参照)。</translation>
        </message>
        <message>
            <source>Instead of checking, read the results of "tmems-assistant check --json" from FILE.</source>
            <translation>確認を行う代わりに、"tmems-assistant check --json" の結果を FILE から読み込みます。</translation>
        </message>
        <message>
            <source>give either domains or --from-json, not both</source>
            <translation>ドメインと --from-json のどちらか一方を指定してください</translation>
        </message>
        <message>
            <source>no domain given</source>
            <translation>ドメインが指定されていません</translation>
        </message>
        <message>
            <source>--output FILE is required</source>
            <translation>--output FILE を指定してください</translation>
        </message>
        <message>
            <source>cannot tell the report format from "%1"; use a file name ending in .pdf, .html, .json or .csv</source>
            <translation>"%1" からレポートの形式を判断できません。.pdf、.html、.json、.csv のいずれかで終わるファイル名を指定してください</translation>
        </message>
        <message>
            <source>unknown paper size "%1"; use a4 or letter</source>
            <translation>不明な用紙サイズ "%1" です。a4 または letter を指定してください</translation>
        </message>
        <message>
            <source>unknown platform "%1"; "tmems-assistant snippet --help" lists them</source>
            <translation>不明な種類 "%1" です。"tmems-assistant snippet --help" で一覧を表示できます</translation>
        </message>
        <message>
            <source>unknown data center "%1"; use auto, jp or us</source>
            <translation>不明なデータセンター "%1" です。auto、jp、us のいずれかを指定してください</translation>
        </message>
        <message>
            <source>cannot read "%1": %2</source>
            <translation>"%1" を読み込めません: %2</translation>
        </message>
        <message>
            <source>"%1" is too large to be a check --json document</source>
            <translation>"%1" は check --json の出力としては大きすぎます</translation>
        </message>
        <message>
            <source>tmems-assistant %1: %2</source>
            <translation>tmems-assistant %1: %2</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>レポートを %1 に書き出しました</translation>
        </message>
        <message>
            <source>Read domains from FILE: one a line, # comments; the first column of a CSV works too.</source>
            <translation>FILE からドメインを読み込みます: 1行に1ドメイン、# 以降はコメント。CSVの場合は1列目を使用します。</translation>
        </message>
        <message>
            <source>too large for a list of domains</source>
            <translation>ドメインの一覧としては大きすぎます</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>cannot tell the report format from "%1"; use a file name ending in .pdf, .html, .json or .csv</source>
            <translation>"%1" からレポートの形式を判断できません。.pdf、.html、.json、.csv のいずれかで終わるファイル名を指定してください</translation>
        </message>
        <message>
            <source>cannot write the report to "%1": %2</source>
            <translation>レポートを "%1" に書き出せません: %2</translation>
        </message>
        <message>
            <source>the report could not be rendered</source>
            <translation>レポートを作成できませんでした</translation>
        </message>
    </context>
    <context>
        <name>SnippetBuilder</name>
        <message>
            <source>iptables (Linux)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>iptables commands that insert ACCEPT rules at the top of INPUT, skipping rules already there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nftables (Linux)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An nft -f file: a set of the ranges and a rule at the top of the inet filter input chain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>firewalld (RHEL, Rocky, Fedora)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>firewall-cmd commands: an ipset of the ranges and a rich rule in the public zone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ufw (Ubuntu)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ufw commands: one allow rule per range, placed before the existing rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows Defender Firewall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PowerShell: one inbound rule, created or extended with the ranges.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pf (OpenBSD, FreeBSD, macOS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pf.conf lines: a table of the ranges and a quick pass rule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cisco ASA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A network object group and an access list entry at the top of the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cisco IOS / IOS XE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extended access list entries with wildcard masks, numbered to come first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Juniper SRX</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set commands: address book entries, an address set and a security policy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fortinet FortiGate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FortiOS CLI: address objects appended to an address group, and a firewall policy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Palo Alto Networks (PAN-OS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set commands: address objects, an address group and a security rule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check Point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mgmt_cli commands: network objects, a group and an access rule, then publish and install.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AWS security group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AWS CLI: inbound rules added to a security group, one per range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Azure network security group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Azure CLI: an inbound security rule with every range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Google Cloud VPC firewall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gcloud: an ingress firewall rule with every range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postfix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A check_client_access cidr table of the ranges, put in front of smtpd_client_restrictions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Microsoft 365 / Exchange Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PowerShell that adds the ranges to the Office 365 inbound connector (or Enhanced Filtering, or the IP Allow List).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exchange Server (on-premises)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exchange Management Shell: the ranges added to a receive connector.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japan data center</source>
            <translation type="unfinished">日本データセンター</translation>
        </message>
        <message>
            <source>%1 data center</source>
            <translation type="unfinished">%1 データセンター</translation>
        </message>
        <message>
            <source>%1: accept mail (SMTP, TCP port %2) from the TMEmS mail servers of the %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: accept mail from the TMEmS mail servers of the %2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>IP address ranges: only the %n added range(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>IP address ranges: all %n range(s), existing and added.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The added ranges are in use from %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <comment>date</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %1, "%2" (published %3, updated %4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %1, "%2" (published %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catalog version %1. Generated by tmems-assistant, which is not affiliated with Trend Micro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown platform "%1"; known platforms: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the port must be a number from 1 to 65535, not %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the %1 snippet does not depend on the TCP port; leave the port at 25</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the %1 snippet has no variants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown variant "%1" for %2; use %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown data center "%1"</source>
            <translation type="unfinished">不明なデータセンター「%1」</translation>
        </message>
        <message>
            <source>the catalog lists no added IP address ranges for the %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the catalog lists no IP address ranges for the %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the catalog range "%1" is not a plain CIDR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown platform "%1"</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnippetCommand</name>
        <message>
            <source>Print a configuration snippet that lets a firewall or mail server accept mail from the ranges.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Platforms:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variants of exchange-online (--variant):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The platform id (see the list above).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data center (default: jp).</source>
            <translation type="unfinished">データセンター (既定: jp)。</translation>
        </message>
        <message>
            <source>Only the ranges added on 2024-08-21.</source>
            <translation type="unfinished">2024年8月21日の追加IPアドレス帯のみ。</translation>
        </message>
        <message>
            <source>TCP port the mail server listens on (default: 25).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For exchange-online: connector (default), enhanced-filtering or ip-allow-list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name a platform: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation type="unfinished">不要な引数「%1」があります</translation>
        </message>
        <message>
            <source>unknown platform "%1"; known platforms: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--port must be a number from 1 to 65535, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--variant applies only to exchange-online, not to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpfChecker</name>
        <message>
            <source>no DNS resolver is available</source>
            <translation>DNSリゾルバを利用できません</translation>
        </message>
        <message>
            <source>the client IP address is not valid</source>
            <translation>送信元IPアドレスが正しくありません</translation>
        </message>
        <message>
            <source>"%1" is not a valid domain name</source>
            <translation>「%1」は有効なドメイン名ではありません</translation>
        </message>
        <message>
            <source>the query was cancelled</source>
            <translation>DNS検索が取り消されました</translation>
        </message>
        <message>
            <source>more than %1 DNS lookups returned no answer (void lookups)</source>
            <translation>応答のないDNS検索(ボイドルックアップ)が%1回を超えました</translation>
        </message>
        <message>
            <source>more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect) were evaluated</source>
            <translation>SPF検証におけるDNS検索回数上限超過: DNS検索を伴う項目(include、a、mx、ptr、exists、redirect)が%1個を超えました</translation>
        </message>
        <message>
            <source>%1 publishes no SPF record</source>
            <translation>%1 にはSPFレコードが公開されていません</translation>
        </message>
        <message>
            <source>%1, named by include: or redirect=, publishes no SPF record</source>
            <translation>include: または redirect= で指定された %1 にはSPFレコードが公開されていません</translation>
        </message>
        <message>
            <source>the TXT query for %1 failed: %2</source>
            <translation>%1 のTXTレコードのDNS検索に失敗しました: %2</translation>
        </message>
        <message>
            <source>%1 publishes %2 SPF records; exactly one is allowed</source>
            <translation>%1 には%2件のSPFレコードが公開されています。許されるのは1件のみです</translation>
        </message>
        <message>
            <source>syntax error in the SPF record of %1 at position %2: %3</source>
            <translation>%1 のSPFレコードの%2文字目に構文エラーがあります: %3</translation>
        </message>
        <message>
            <source>the address query for %1 failed: %2</source>
            <translation>%1 のアドレスのDNS検索に失敗しました: %2</translation>
        </message>
        <message>
            <source>the MX query for %1 failed: %2</source>
            <translation>%1 のMXレコードのDNS検索に失敗しました: %2</translation>
        </message>
        <message>
            <source>%1 has %2 MX records; the mx mechanism allows at most %3</source>
            <translation>%1 には%2件のMXレコードがあります。mxメカニズムで扱えるのは最大%3件です</translation>
        </message>
    </context>
    <context>
        <name>SpfFindings</name>
        <message>
            <source>%1 publishes no SPF record, so receivers cannot tell which servers may send its mail. Publish one SPF record that lists the servers sending mail for the domain.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 publishes %n SPF records; receivers accept exactly one and treat this as an error (permerror). Merge them into a single record.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The SPF record of %1 has a syntax error (%2); receivers treat the whole record as an error (permerror). Correct the record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking this SPF record takes %1 DNS lookups; receivers stop at 10 and the SPF check fails (permerror). Remove include: mechanisms that are no longer needed; on the Japan data center, replace the legacy include with the Japan one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 DNS lookups of this SPF record find no records; receivers stop after 2 and the SPF check fails (permerror). Remove mechanisms that point at names without records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SPF record of %1 reaches itself again through include: or redirect=; receivers treat the loop as an error. Remove the mechanism that closes the loop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is included, but it has no SPF record; receivers that reach it treat the check as an error (permerror). Correct the name or remove the mechanism (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SPF record of %1 uses the ptr mechanism, which RFC 7208 advises against: it is slow, unreliable, and some receivers ignore it. List the servers with ip4:, ip6: or a instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SPF record of %1 contains +all, which lets every server on the Internet send mail in the domain's name. End the record with -all or ~all instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SPF record of %1 has no all mechanism, so mail from servers it does not list gets no clear answer (neutral). End the record with -all or ~all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SPF record of %1 has an all mechanism, so its redirect= is never used. Remove one of the two.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DNS lookup of %1 failed (%2), so the result could not be determined. Check the DNS server and run the check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The domain %1 does not exist in DNS (NXDOMAIN). Check the spelling of the domain name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SPF tree of %1 is too large to analyse completely; only its first part was read. Receivers stop after 10 DNS lookups anyway.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpfRecord</name>
        <message>
            <source>character not allowed in a macro string</source>
            <translation>マクロ文字列に使えない文字です</translation>
        </message>
        <message>
            <source>"%" at the end; write "%%" for a percent sign</source>
            <translation>末尾に「%」があります。パーセント記号は「%%」と書きます</translation>
        </message>
        <message>
            <source>"%" must be followed by {, %, _ or -</source>
            <translation>「%」の後には {、%、_、- のいずれかが必要です</translation>
        </message>
        <message>
            <source>unterminated macro</source>
            <translation>マクロが閉じられていません</translation>
        </message>
        <message>
            <source>macro letter "%1" is only allowed in explanation text</source>
            <translation>マクロ文字「%1」は説明文(exp)の中でのみ使えます</translation>
        </message>
        <message>
            <source>unknown macro letter "%1"</source>
            <translation>不明なマクロ文字「%1」です</translation>
        </message>
        <message>
            <source>malformed macro</source>
            <translation>マクロの書式が正しくありません</translation>
        </message>
        <message>
            <source>domain missing</source>
            <translation>ドメインがありません</translation>
        </message>
        <message>
            <source>the domain must end in a valid top-level label (such as ".com") or a macro</source>
            <translation>ドメインは有効なトップレベルラベル(「.com」など)またはマクロで終わる必要があります</translation>
        </message>
        <message>
            <source>the record does not start with "v=spf1"</source>
            <translation>レコードが「v=spf1」で始まっていません</translation>
        </message>
        <message>
            <source>byte 0x%1 is not allowed: SPF records are printable ASCII</source>
            <translation>バイト 0x%1 は使えません。SPFレコードは印字可能なASCII文字のみです</translation>
        </message>
        <message>
            <source>empty mechanism</source>
            <translation>メカニズムが空です</translation>
        </message>
        <message>
            <source>unknown mechanism "%1"</source>
            <translation>不明なメカニズム「%1」です</translation>
        </message>
        <message>
            <source>"all" takes no argument</source>
            <translation>「all」は引数を取りません</translation>
        </message>
        <message>
            <source>"%1" needs ":domain"</source>
            <translation>「%1」には「:ドメイン」が必要です</translation>
        </message>
        <message>
            <source>"%1=" appears more than once</source>
            <translation>「%1=」が複数回あります</translation>
        </message>
        <message>
            <source>"%1" needs ":address"</source>
            <translation>「%1」には「:アドレス」が必要です</translation>
        </message>
        <message>
            <source>invalid prefix length "%1"</source>
            <translation>プレフィックス長「%1」が正しくありません</translation>
        </message>
        <message>
            <source>"%1" is not an IPv4 address</source>
            <translation>「%1」はIPv4アドレスではありません</translation>
        </message>
        <message>
            <source>"%1" is not an IPv6 address</source>
            <translation>「%1」はIPv6アドレスではありません</translation>
        </message>
        <message>
            <source>IPv6 prefix length over 128</source>
            <translation>IPv6のプレフィックス長が128を超えています</translation>
        </message>
        <message>
            <source>IPv4 prefix length over 32</source>
            <translation>IPv4のプレフィックス長が32を超えています</translation>
        </message>
        <message>
            <source>invalid prefix length or missing ":" after "%1"</source>
            <translation>プレフィックス長が正しくないか、「%1」の後に「:」がありません</translation>
        </message>
        <message>
            <source>"%1" takes only ":domain"</source>
            <translation>「%1」に指定できるのは「:ドメイン」のみです</translation>
        </message>
    </context>
    <context>
        <name>SpfResult</name>
        <message>
            <source>The domain publishes no SPF record (or the name is not a valid domain).</source>
            <translation>このドメインにはSPFレコードが公開されていません(または有効なドメイン名ではありません)。</translation>
        </message>
        <message>
            <source>The domain's SPF record makes no statement about this IP address.</source>
            <translation>このドメインのSPFレコードは、このIPアドレスについて何も指定していません。</translation>
        </message>
        <message>
            <source>The domain's SPF record authorizes this IP address to send its mail.</source>
            <translation>このドメインのSPFレコードは、このIPアドレスからのメール送信を許可しています。</translation>
        </message>
        <message>
            <source>The domain's SPF record says this IP address is not authorized to send its mail.</source>
            <translation>このドメインのSPFレコードでは、このIPアドレスからのメール送信は許可されていません。</translation>
        </message>
        <message>
            <source>The domain's SPF record says this IP address is probably not authorized (softfail).</source>
            <translation>このドメインのSPFレコードでは、このIPアドレスはおそらく許可されていません(softfail)。</translation>
        </message>
        <message>
            <source>The check could not finish because of a temporary DNS error; try again later.</source>
            <translation>一時的なDNSエラーのため検証を完了できませんでした。しばらくしてから再度お試しください。</translation>
        </message>
        <message>
            <source>The domain's SPF record is broken and cannot be evaluated (permerror).</source>
            <translation>このドメインのSPFレコードに誤りがあり、評価できません(permerror)。</translation>
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
            <translation>使い方は「tmems-assistant %1 --help」で確認できます。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>このヘルプを表示します。</translation>
        </message>
        <message>
            <source>Language of the output: ja or en (default: from the system locale).</source>
            <translation>出力の言語: ja または en (既定: システムのロケール)。</translation>
        </message>
        <message>
            <source>Read the data-center catalog from FILE instead of the built-in one.</source>
            <translation>組み込みのデータセンターカタログの代わりに FILE を読み込みます。</translation>
        </message>
        <message>
            <source>unknown data center "%1"</source>
            <translation>不明なデータセンター「%1」</translation>
        </message>
        <message>
            <source>the catalog lists no IP address ranges for data center "%1"; only the Japan data center (jp) changed</source>
            <translation>カタログにはデータセンター「%1」の IPアドレス帯がありません。変更があったのは日本データセンター (jp) だけです</translation>
        </message>
    </context>
</TS>
