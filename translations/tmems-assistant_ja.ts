<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About TMEmS Migration Assistant</source>
            <translation>TMEmS 移行アシスタントについて</translation>
        </message>
        <message>
            <source>TMEmS Migration Assistant %1</source>
            <translation>TMEmS 移行アシスタント %1</translation>
        </message>
        <message>
            <source>Data catalog version %1, sources as of %2.</source>
            <translation>データカタログ バージョン %1（出典の日付: %2）</translation>
        </message>
        <message>
            <source>This program is not affiliated with, endorsed by or supported by Trend Micro. Trend Micro and Trend Micro Email Security are trademarks of Trend Micro Incorporated.</source>
            <translation>このプログラムはトレンドマイクロ社とは関係がなく、同社による承認やサポートを受けていません。Trend Micro および Trend Micro Email Security はトレンドマイクロ株式会社の商標です。</translation>
        </message>
        <message>
            <source>Check the facts against Trend Micro's own notice before changing production systems.</source>
            <translation>本番環境を変更する前に、トレンドマイクロ社のお知らせで内容を確認してください。</translation>
        </message>
    </context>
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
        <name>DataCenterPage</name>
        <message>
            <source>Detection cancelled.</source>
            <translation>判定を中止しました。</translation>
        </message>
        <message>
            <source>Detection finished.</source>
            <translation>判定が完了しました。</translation>
        </message>
        <message>
            <source>Reading MX records: %1 of %2</source>
            <translation>MXレコードを確認中: %1 / %2</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>確認中…</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>未確認</translation>
        </message>
        <message>
            <source>Not a TMEmS MX host: choose the data center yourself.</source>
            <translation>TMEmS のMXホストではありません。データセンターを選択してください。</translation>
        </message>
        <message>
            <source>%1: changes needed</source>
            <comment>data center name</comment>
            <translation>%1: 変更が必要</translation>
        </message>
        <message>
            <source>%1: no change needed</source>
            <comment>data center name</comment>
            <translation>%1: 変更不要</translation>
        </message>
        <message>
            <source>(no MX record)</source>
            <translation>（MXレコードなし）</translation>
        </message>
        <message>
            <source>Data center of %1</source>
            <translation>%1 のデータセンター</translation>
        </message>
        <message>
            <source>%1 uses Office 365</source>
            <translation>%1 は Office 365 を使用</translation>
        </message>
        <message>
            <source>Data center</source>
            <translation>データセンター</translation>
        </message>
        <message>
            <source>Only domains on the Japan data center need changes.</source>
            <translation>変更が必要なのは日本データセンターのドメインだけです。</translation>
        </message>
        <message>
            <source>The data center is read from each domain's MX host. Correct it if you know better; choose "Not sure" to be shown the Japan steps to be safe. Tick Office 365 for domains whose mail TMEmS delivers to Exchange Online.</source>
            <translation>データセンターは各ドメインのMXホストから判定します。実際と異なる場合は修正してください。「不明」を選ぶと、念のため日本データセンター向けの手順を表示します。TMEmS が Exchange Online へ配信するドメインには Office 365 をチェックしてください。</translation>
        </message>
        <message>
            <source>&amp;Detect again</source>
            <translation>再判定(&amp;D)</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>ドメイン</translation>
        </message>
        <message>
            <source>MX host (evidence)</source>
            <translation>MXホスト（根拠）</translation>
        </message>
        <message>
            <source>Detected</source>
            <translation>判定結果</translation>
        </message>
        <message>
            <source>Office 365</source>
            <translation>Office 365</translation>
        </message>
        <message>
            <source>Data center of each domain</source>
            <translation>各ドメインのデータセンター</translation>
        </message>
        <message>
            <source>As detected</source>
            <translation>判定どおり</translation>
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
        <name>DomainsPage</name>
        <message numerus="yes">
            <source>%n entry(s) added.</source>
            <translation>
                <numerusform>%n 件追加しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Import domains</source>
            <translation>ドメインの読み込み</translation>
        </message>
        <message>
            <source>Text or CSV files (*.txt *.csv);;All files (*)</source>
            <translation>テキスト/CSVファイル (*.txt *.csv);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>ファイルが大きすぎます</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) imported.</source>
            <translation>
                <numerusform>%n 件読み込みました。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>IDN: Unicode form (A-label)</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message numerus="yes">
            <source>%n domain(s) ready to check.</source>
            <translation>
                <numerusform>%n 件のドメインを確認できます。</numerusform>
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
                <numerusform>%n 件は受け付けられませんでした。理由は一覧を参照してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Domains</source>
            <translation>ドメイン</translation>
        </message>
        <message>
            <source>Enter every domain registered in the TMEmS management console's [Domains] screen.</source>
            <translation>TMEmS 管理コンソールの [ドメイン] 画面に登録しているドメインをすべて入力してください。</translation>
        </message>
        <message>
            <source>Paste one domain a line, several separated by commas, or e-mail addresses; then choose Add. Japanese (IDN) domains are accepted.</source>
            <translation>1行に1ドメイン、カンマ区切り、またはメールアドレスで貼り付けて「追加」を押してください。日本語ドメイン（IDN）も使えます。</translation>
        </message>
        <message>
            <source>example.co.jp
user@example.jp, 例え.jp</source>
            <translation>example.co.jp
user@example.jp, 例え.jp</translation>
        </message>
        <message>
            <source>Domains to add</source>
            <translation>追加するドメイン</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>追加(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Import from file…</source>
            <translation>ファイルから読み込み(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Remove selected</source>
            <translation>選択を削除(&amp;R)</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>ドメイン</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Domain list</source>
            <translation>ドメイン一覧</translation>
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
        <name>InboundServersPage</name>
        <message>
            <source>Required for %1: let every inbound server (firewall, mail server) accept mail on TCP port 25 from the Japan data center's ranges. Keep the existing ranges; add the new ones.</source>
            <translation>%1 で必須: すべての受信サーバ（ファイアウォール、メールサーバ）で、日本データセンターのIPアドレス帯からのTCPポート25のメールを受け付けてください。既存のIPアドレス帯は残し、追加IPアドレス帯を加えます。</translation>
        </message>
        <message>
            <source>No change needed: none of your domains is on the Japan data center. You can still look at the ranges below.</source>
            <translation>変更は不要です: 日本データセンターのドメインはありません。下のIPアドレス帯は参考として表示しています。</translation>
        </message>
        <message>
            <source>The ranges are on the clipboard.</source>
            <translation>IPアドレス帯をクリップボードにコピーしました。</translation>
        </message>
        <message>
            <source>The snippet is on the clipboard.</source>
            <translation>設定例をクリップボードにコピーしました。</translation>
        </message>
        <message>
            <source>Save snippet</source>
            <translation>設定例の保存</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>%1 に保存しました。</translation>
        </message>
        <message>
            <source>Inbound servers (required)</source>
            <translation>受信サーバ（必須）</translation>
        </message>
        <message>
            <source>Action 1: allow the added IP address ranges wherever TMEmS delivers mail.</source>
            <translation>対応1: TMEmS がメールを配信するすべての受信サーバで追加IPアドレス帯を許可します。</translation>
        </message>
        <message>
            <source>A&amp;ll Japan ranges</source>
            <translation>日本データセンターの全IPアドレス帯(&amp;L)</translation>
        </message>
        <message>
            <source>A&amp;dded ranges only</source>
            <translation>追加IPアドレス帯のみ(&amp;D)</translation>
        </message>
        <message>
            <source>Copy &amp;ranges</source>
            <translation>IPアドレス帯をコピー(&amp;R)</translation>
        </message>
        <message>
            <source>IP address ranges</source>
            <translation>IPアドレス帯</translation>
        </message>
        <message>
            <source>&amp;Platform:</source>
            <translation>機器・ソフトウェア(&amp;P):</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>機器・ソフトウェア</translation>
        </message>
        <message>
            <source>Snippet preview</source>
            <translation>設定例のプレビュー</translation>
        </message>
        <message>
            <source>&amp;Copy snippet</source>
            <translation>設定例をコピー(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Save snippet…</source>
            <translation>設定例を保存(&amp;S)…</translation>
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
        <name>MainWindow</name>
        <message>
            <source>Save session</source>
            <translation>セッションの保存</translation>
        </message>
        <message>
            <source>Sessions (*.json)</source>
            <translation>セッション (*.json)</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>セッションを開く</translation>
        </message>
        <message>
            <source>TMEmS Migration Assistant</source>
            <translation>TMEmS 移行アシスタント</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New session</source>
            <translation>新しいセッション(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open session…</source>
            <translation>セッションを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save session</source>
            <translation>セッションを保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save session &amp;as…</source>
            <translation>名前を付けてセッションを保存(&amp;A)…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>設定(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>このプログラムについて(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>MigrationSession</name>
        <message>
            <source>This file is not a saved migration session.</source>
            <translation>このファイルは保存されたセッションではありません。</translation>
        </message>
        <message>
            <source>This session was saved in format version %1; this program reads up to version %2.</source>
            <translation>このセッションは形式バージョン %1 で保存されています。このプログラムが読めるのはバージョン %2 までです。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <source>%1 is too large to be a saved session.</source>
            <translation>%1 はセッションファイルとしては大きすぎます。</translation>
        </message>
        <message>
            <source>%1 is not a valid session file: %2</source>
            <translation>%1 は正しいセッションファイルではありません: %2</translation>
        </message>
    </context>
    <context>
        <name>MigrationWizard</name>
        <message>
            <source>TMEmS Migration Assistant</source>
            <translation>TMEmS 移行アシスタント</translation>
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
        <name>Office365Page</name>
        <message>
            <source>Required for %1: the Office 365 inbound connector that receives mail from TMEmS must accept the added IP address ranges.</source>
            <translation>%1 で必須: TMEmS からメールを受け取る Office 365 の受信コネクタで、追加IPアドレス帯を受け付けるようにしてください。</translation>
        </message>
        <message>
            <source>(no domain uses Office 365)</source>
            <translation>（Office 365 を使用するドメインはありません）</translation>
        </message>
        <message>
            <source>Office 365 inbound connector (required)</source>
            <translation>Office 365 の受信コネクタ（必須）</translation>
        </message>
        <message>
            <source>Action 1 for Exchange Online: add the ranges to the connector; do not replace the list.</source>
            <translation>Exchange Online での対応1: コネクタにIPアドレス帯を追加します。一覧を置き換えないでください。</translation>
        </message>
        <message>
            <source>Connector &amp;IP addresses:</source>
            <translation>コネクタのIPアドレス(&amp;I):</translation>
        </message>
        <message>
            <source>Connector IP addresses</source>
            <translation>コネクタのIPアドレス</translation>
        </message>
        <message>
            <source>Copy &amp;IP addresses</source>
            <translation>IPアドレスをコピー(&amp;I)</translation>
        </message>
        <message>
            <source>Exchange Online &amp;PowerShell:</source>
            <translation>Exchange Online PowerShell(&amp;P):</translation>
        </message>
        <message>
            <source>Exchange Online PowerShell</source>
            <translation>Exchange Online PowerShell</translation>
        </message>
        <message>
            <source>Copy Po&amp;werShell</source>
            <translation>PowerShell をコピー(&amp;W)</translation>
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
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>System resolver</source>
            <translation>システムのリゾルバ</translation>
        </message>
        <message>
            <source>DNS server</source>
            <translation>DNSサーバ</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds suffix</comment>
            <translation> 秒</translation>
        </message>
        <message>
            <source>DNS timeout in seconds</source>
            <translation>DNS検索のタイムアウト（秒）</translation>
        </message>
        <message>
            <source>&amp;DNS server (IPv4):</source>
            <translation>DNSサーバ（IPv4）(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Timeout per query:</source>
            <translation>1回の問い合わせのタイムアウト(&amp;T):</translation>
        </message>
        <message>
            <source>"%1" is not an IP address.</source>
            <translation>「%1」はIPアドレスではありません。</translation>
        </message>
        <message>
            <source>Only an IPv4 address can be used as DNS server.</source>
            <translation>DNSサーバにはIPv4アドレスのみ指定できます。</translation>
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
            <translation type="unfinished" />
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
        <name>SpfCheckPage</name>
        <message>
            <source>Checking %1 of %2 domains…</source>
            <translation>確認中: %1 / %2 ドメイン…</translation>
        </message>
        <message>
            <source>Cancelled after %1 of %2 domains.</source>
            <translation>%2 ドメイン中 %1 ドメインで中止しました。</translation>
        </message>
        <message>
            <source>Check finished.</source>
            <translation>確認が完了しました。</translation>
        </message>
        <message>
            <source>—</source>
            <comment>no value</comment>
            <translation>—</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>待機中</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>確認中…</translation>
        </message>
        <message>
            <source>Not checked (cancelled)</source>
            <translation>未確認（中止）</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>未確認</translation>
        </message>
        <message>
            <source>SPF record broken</source>
            <translation>SPFレコードに誤り</translation>
        </message>
        <message>
            <source>DNS did not answer</source>
            <translation>DNSの応答なし</translation>
        </message>
        <message>
            <source>No change needed</source>
            <translation>変更不要</translation>
        </message>
        <message>
            <source>No SPF record</source>
            <translation>SPFレコードなし</translation>
        </message>
        <message>
            <source>Change recommended</source>
            <translation>変更を推奨</translation>
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
            <translation>なし</translation>
        </message>
        <message>
            <source>Legacy (global)</source>
            <translation>既存（全データセンター）</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>日本</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>両方</translation>
        </message>
        <message>
            <source>%1 of %2 ranges</source>
            <translation>%2 帯中 %1 帯</translation>
        </message>
        <message>
            <source>SPF check</source>
            <translation>SPFの確認</translation>
        </message>
        <message>
            <source>Each domain's SPF record: is it healthy, and does it use the legacy TMEmS include?</source>
            <translation>各ドメインのSPFレコードに問題がないか、既存のSPFレコードをインクルードしているかを確認します。</translation>
        </message>
        <message>
            <source>&amp;Cancel check</source>
            <translation>確認を中止(&amp;C)</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>再確認(&amp;A)</translation>
        </message>
        <message>
            <source>Check progress</source>
            <translation>確認の進み具合</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>ドメイン</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Lookups now → after</source>
            <translation>DNS検索回数 現在 → 変更後</translation>
        </message>
        <message>
            <source>TMEmS include</source>
            <translation>TMEmS のインクルード</translation>
        </message>
        <message>
            <source>Japan ranges covered</source>
            <translation>日本のIPアドレス帯の許可</translation>
        </message>
        <message>
            <source>SPF results</source>
            <translation>SPFの確認結果</translation>
        </message>
    </context>
    <context>
        <name>SpfDetailsView</name>
        <message>
            <source>No problems found in the SPF record.</source>
            <translation>SPFレコードに問題は見つかりませんでした。</translation>
        </message>
        <message>
            <source>Problems and what to do:</source>
            <translation>問題点と対処方法:</translation>
        </message>
        <message>
            <source>(no SPF record)</source>
            <translation>（SPFレコードなし）</translation>
        </message>
        <message>
            <source>No change needed (%1).</source>
            <translation>変更は不要です（%1）。</translation>
        </message>
        <message>
            <source>Not applicable: outbound protection is not enabled for this domain.</source>
            <translation>対象外: このドメインでは送信保護が有効になっていません。</translation>
        </message>
        <message>
            <source>Already done: the record includes the Japan SPF record.</source>
            <translation>対応済み: 新しいSPFレコードをインクルードしています。</translation>
        </message>
        <message>
            <source>No change proposed.</source>
            <translation>変更の提案はありません。</translation>
        </message>
        <message>
            <source>Current record:</source>
            <translation>現在のレコード:</translation>
        </message>
        <message>
            <source>Include tree (DNS lookups of each record and running total; the limit is 10):</source>
            <translation>インクルードの構成（各レコードのDNS検索回数と累計。上限は10回）:</translation>
        </message>
        <message>
            <source>&amp;Proposed record:</source>
            <translation>提案するレコード(&amp;P):</translation>
        </message>
        <message>
            <source>Proposed SPF record</source>
            <translation>提案するSPFレコード</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>レコード</translation>
        </message>
        <message>
            <source>Lookups</source>
            <translation>検索回数</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>累計</translation>
        </message>
        <message>
            <source>Include tree</source>
            <translation>インクルードの構成</translation>
        </message>
        <message>
            <source>Current SPF record</source>
            <translation>現在のSPFレコード</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <comment>proposed record</comment>
            <translation>コピー(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Outbound protection is enabled for this domain ("Enable outbound protection" in the console)</source>
            <translation>このドメインは送信保護が有効（管理コンソールの「送信保護を有効にする」）(&amp;O)</translation>
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
            <source>The SPF tree of %1 is too large to analyse completely; only its first part was read. Receivers stop after 10 DNS lookups anyway.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpfPolicy</name>
        <message>
            <source>the record does not start with "v=spf1"</source>
            <translation type="unfinished">レコードが「v=spf1」で始まっていません</translation>
        </message>
        <message>
            <source>the record contains a character that is not printable ASCII at position %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a valid SPF term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the modifier "%1=" appears more than once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown mechanism "%1"</source>
            <translation type="unfinished">不明なメカニズム「%1」です</translation>
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
    <context>
        <name>SummaryPage</name>
        <message>
            <source>No change needed: the domain is on the %1.</source>
            <translation>変更は不要です: このドメインは%1です。</translation>
        </message>
        <message>
            <source>Nothing to do</source>
            <translation>対応不要</translation>
        </message>
        <message>
            <source>Confirm in the management console which data center serves this domain.</source>
            <translation>このドメインのデータセンターを管理コンソールで確認してください。</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>未対応</translation>
        </message>
        <message>
            <source>Let every inbound server accept mail from the added IP address ranges.</source>
            <translation>すべての受信サーバで追加IPアドレス帯からのメールを受け付ける。</translation>
        </message>
        <message>
            <source>Add the added IP address ranges to the Office 365 inbound connector.</source>
            <translation>Office 365 の受信コネクタに追加IPアドレス帯を加える。</translation>
        </message>
        <message>
            <source>Replace the legacy TMEmS include in the SPF record with the Japan one.</source>
            <translation>SPFレコードのインクルード先を、既存のSPFレコードから新しいSPFレコードに変更する。</translation>
        </message>
        <message>
            <source>Not applicable: outbound protection is not enabled</source>
            <translation>対象外: 送信保護が無効</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>未確認</translation>
        </message>
        <message>
            <source>Unknown: DNS did not answer; check again</source>
            <translation>不明: DNSの応答なし。再確認してください</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>対応済み</translation>
        </message>
        <message>
            <source>Not applicable: no TMEmS include in the record</source>
            <translation>対象外: TMEmS のインクルードなし</translation>
        </message>
        <message>
            <source>Fix the SPF record (see the SPF check page).</source>
            <translation>SPFレコードを修正する（「SPFの確認」ページを参照）。</translation>
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
            <source>Summary</source>
            <translation>まとめ</translation>
        </message>
        <message>
            <source>What to do for each domain. Export the report to share it, or save the session to continue later.</source>
            <translation>ドメインごとの対応内容です。レポートを出力して共有するか、セッションを保存して後で続けられます。</translation>
        </message>
        <message>
            <source>Required actions prevent mail from being blocked; recommended ones keep outbound mail passing SPF.</source>
            <translation>必須の対応はメールの受信拒否を防ぎ、推奨の対応は送信メールのSPF検証失敗を防ぎます。</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>チェックリスト</translation>
        </message>
        <message>
            <source>&amp;Export report…</source>
            <translation>レポートを出力(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Save session…</source>
            <translation>セッションを保存(&amp;S)…</translation>
        </message>
        <message>
            <source>Report export is not available in this build.</source>
            <translation>このビルドではレポートを出力できません。</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>domain (data center)</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>情報</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>対応</translation>
        </message>
    </context>
    <context>
        <name>UiUtil</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
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
            <source>Not sure</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>Not detected</source>
            <translation>未判定</translation>
        </message>
        <message>
            <source>Other data center (%1)</source>
            <translation>その他のデータセンター（%1）</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>On %1, Trend Micro Email Security (TMEmS) added mail servers to its Japan data center.</source>
            <translation>%1、Trend Micro Email Security (TMEmS) の日本データセンターにメールサーバが追加されました。</translation>
        </message>
        <message>
            <source>Added IP address ranges: %1 (in use beside the existing ranges %2).</source>
            <translation>追加IPアドレス帯: %1（既存のIPアドレス帯 %2 とあわせて使用されます）</translation>
        </message>
        <message>
            <source>Required:</source>
            <translation>必須:</translation>
        </message>
        <message>
            <source>every inbound server and Office 365 inbound connector must accept mail from the added ranges.</source>
            <translation>すべての受信サーバと Office 365 の受信コネクタで、追加IPアドレス帯からのメールを受け付けるようにします。</translation>
        </message>
        <message>
            <source>Recommended:</source>
            <translation>推奨:</translation>
        </message>
        <message>
            <source>where outbound protection is enabled, replace include:%1 with include:%2 in the SPF record.</source>
            <translation>送信保護を有効にしている場合は、SPFレコードの include:%1 を include:%2 に置き換えます。</translation>
        </message>
        <message>
            <source>Domains on the US data center need no change.</source>
            <translation>USデータセンターのドメインは変更不要です。</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>はじめに</translation>
        </message>
        <message>
            <source>TMEmS Japan data center changes: what to do for each of your domains.</source>
            <translation>TMEmS 日本データセンターの変更について、ドメインごとに必要な対応を確認します。</translation>
        </message>
        <message>
            <source>This assistant reads each domain's MX and SPF records, tells you which ones are on the Japan data center, and gives you the firewall, Office 365 and SPF settings to paste. It changes nothing by itself.</source>
            <translation>このアシスタントは各ドメインのMXレコードとSPFレコードを確認し、日本データセンターのドメインを特定して、ファイアウォール、Office 365、SPFの設定内容を貼り付けられる形で示します。設定を自動で変更することはありません。</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
    </context>
</TS>
