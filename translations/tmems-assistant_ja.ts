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
        <translation>データカタログ バージョン %1（出典の日付: %2）。</translation>
    </message>
    <message>
        <source>This program is not affiliated with, endorsed by or supported by Trend Micro. Trend Micro and Trend Micro Email Security are trademarks of Trend Micro Incorporated.</source>
        <translation>このプログラムはトレンドマイクロ社とは関係がなく、同社による承認やサポートを受けていません。Trend Micro および Trend Micro Email Security はトレンドマイクロ株式会社の商標です。</translation>
    </message>
    <message>
        <source>Check the facts against Trend Micro&apos;s own notice before changing production systems.</source>
        <translation>本番環境を変更する前に、トレンドマイクロ社のお知らせで内容を確認してください。</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>nothing is reading from it</source>
        <translation>読み取っているプログラムがありません</translation>
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
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
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
        <source>duplicate source id &quot;%1&quot;</source>
        <translation>出典 ID「%1」が重複しています</translation>
    </message>
    <message>
        <source>names source &quot;%1&quot;, which is not in &quot;sources&quot;</source>
        <translation>出典「%1」を参照していますが、&quot;sources&quot; にありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lower-case host name</source>
        <translation>「%1」は小文字のホスト名ではありません</translation>
    </message>
    <message>
        <source>duplicate SPF host id &quot;%1&quot;</source>
        <translation>SPF ホスト ID「%1」が重複しています</translation>
    </message>
    <message>
        <source>no entry with id &quot;%1&quot;</source>
        <translation>ID「%1」の項目がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;existing&quot; or &quot;added&quot;</source>
        <translation>「%1」は &quot;existing&quot; でも &quot;added&quot; でもありません</translation>
    </message>
    <message>
        <source>duplicate data center id &quot;%1&quot;</source>
        <translation>データセンター ID「%1」が重複しています</translation>
    </message>
    <message>
        <source>names SPF host &quot;%1&quot;, which is not in &quot;spfHosts&quot;</source>
        <translation>SPF ホスト「%1」を参照していますが、&quot;spfHosts&quot; にありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a lower-case suffix starting with a dot</source>
        <translation>「%1」はドットで始まる小文字のサフィックスでなければなりません</translation>
    </message>
    <message>
        <source>%1 overlaps %2 at %3</source>
        <translation>%1 は %3 の %2 と重なっています</translation>
    </message>
    <message>
        <source>no data center with id &quot;jp&quot;</source>
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
        <source>format: must be &quot;tmems-catalog&quot;</source>
        <translation>format: &quot;tmems-catalog&quot; でなければなりません</translation>
    </message>
    <message>
        <source>formatVersion: &quot;%1&quot; is not of the form MAJOR.MINOR</source>
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
        <translation>ドメインを確認します: データセンター、SPFレコード、TMEmS のインクルード、必要な変更。</translation>
    </message>
    <message>
        <source>Domains to check (as pasted: user@example.co.jp works too).</source>
        <translation>確認するドメイン (user@example.co.jp のような貼り付けもそのまま使えます)。</translation>
    </message>
    <message>
        <source>Data center of the domains: auto (detect from MX and SPF), jp or us. Default: auto.</source>
        <translation>ドメインのデータセンター: auto (MX と SPF から判定)、jp、us のいずれか。既定値: auto。</translation>
    </message>
    <message>
        <source>Send every DNS query to this server (port 53).</source>
        <translation>すべてのDNS検索をこのサーバ (ポート53) に送ります。</translation>
    </message>
    <message>
        <source>Read domains from FILE: one a line, # comments; the first column of a CSV works too.</source>
        <translation>FILE からドメインを読み込みます: 1行に1ドメイン、# 以降はコメント。CSV の1列目も使えます。</translation>
    </message>
    <message>
        <source>Print the result as JSON (see the command-line contract).</source>
        <translation>結果を JSON で出力します (コマンドラインの仕様を参照)。</translation>
    </message>
    <message>
        <source>Time limit of one DNS query in milliseconds (default: 5000).</source>
        <translation>DNS検索1回あたりの制限時間 (ミリ秒、既定値: 5000)。</translation>
    </message>
    <message>
        <source>unknown data center &quot;%1&quot;; use auto, jp or us</source>
        <translation>不明なデータセンター「%1」です。auto、jp、us のいずれかを指定してください</translation>
    </message>
    <message>
        <source>the timeout must be a number of milliseconds from 100 to 60000</source>
        <translation>タイムアウトは 100 から 60000 までのミリ秒で指定してください</translation>
    </message>
</context>
<context>
    <name>CheckJsonDocument</name>
    <message>
        <source>not a check --json document: %1 at offset %2</source>
        <translation>check --json の出力ではありません: %1 (位置 %2)</translation>
    </message>
    <message>
        <source>not a check --json document: no &quot;domains&quot; list</source>
        <translation>check --json の出力ではありません: &quot;domains&quot; の一覧がありません</translation>
    </message>
    <message>
        <source>not a check --json document: domains[%1] has no &quot;domain&quot;</source>
        <translation>check --json の出力ではありません: domains[%1] に &quot;domain&quot; がありません</translation>
    </message>
</context>
<context>
    <name>CheckTextPrinter</name>
    <message>
        <source>valid</source>
        <comment>SPF status</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>no SPF record</source>
        <comment>SPF status</comment>
        <translation>SPFレコードなし</translation>
    </message>
    <message>
        <source>broken (permerror)</source>
        <comment>SPF status</comment>
        <translation>誤りあり (permerror)</translation>
    </message>
    <message>
        <source>could not be checked: DNS failed (temperror)</source>
        <comment>SPF status</comment>
        <translation>確認できませんでした: DNS検索に失敗 (temperror)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>TMEmS include</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>legacy SPF record (%1)</source>
        <translation>既存のSPFレコード (%1)</translation>
    </message>
    <message>
        <source>new SPF record (%1)</source>
        <translation>新しいSPFレコード (%1)</translation>
    </message>
    <message>
        <source>both (%1 and %2)</source>
        <translation>両方 (%1 と %2)</translation>
    </message>
    <message>
        <source>passes SPF</source>
        <comment>coverage: every address of the range</comment>
        <translation>SPFですべて許可</translation>
    </message>
    <message>
        <source>partly passes SPF</source>
        <comment>coverage: some addresses of the range</comment>
        <translation>SPFで一部のみ許可</translation>
    </message>
    <message>
        <source>does not pass SPF</source>
        <comment>coverage: no address of the range</comment>
        <translation>SPFで許可なし</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>coverage: could not be worked out</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (from the MX hosts: %2)</source>
        <translation>%1 (MX ホストから判定: %2)</translation>
    </message>
    <message>
        <source>%1 (from the SPF record&apos;s include)</source>
        <translation>%1 (SPFレコードのインクルードメカニズムから判定)</translation>
    </message>
    <message>
        <source>%1 (as chosen)</source>
        <translation>%1 (指定どおり)</translation>
    </message>
    <message>
        <source>%1 (no MX hosts found)</source>
        <translation>%1 (MX ホストが見つかりません)</translation>
    </message>
    <message>
        <source>%1 (MX hosts: %2)</source>
        <translation>%1 (MX ホスト: %2)</translation>
    </message>
    <message>
        <source>Data center: %1</source>
        <translation>データセンター: %1</translation>
    </message>
    <message>
        <source>SPF record: %1</source>
        <translation>SPFレコード: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>SPF status: %1</source>
        <translation>SPFの状態: %1</translation>
    </message>
    <message>
        <source>DNS lookups: %1 (limit 10), void lookups: %2 (limit 2)</source>
        <translation>DNS検索回数: %1 (上限 10)、空のDNS検索: %2 (上限 2)</translation>
    </message>
    <message>
        <source>DNS lookups: %1 now, %2 after the change (limit 10), void lookups: %3 (limit 2)</source>
        <translation>DNS検索回数: 現在 %1、変更後 %2 (上限 10)、空のDNS検索: %3 (上限 2)</translation>
    </message>
    <message>
        <source>TMEmS include: %1</source>
        <translation>TMEmS のインクルード: %1</translation>
    </message>
    <message>
        <source>Japan data center IP address ranges under this SPF record:</source>
        <translation>このSPFレコードでの日本データセンターのIPアドレス帯:</translation>
    </message>
    <message>
        <source>added</source>
        <comment>IP address range</comment>
        <translation>追加</translation>
    </message>
    <message>
        <source>existing</source>
        <comment>IP address range</comment>
        <translation>既存</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>問題点:</translation>
    </message>
    <message>
        <source>error</source>
        <comment>problem severity</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>problem severity</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <comment>problem severity</comment>
        <translation>情報</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>必要な対応:</translation>
    </message>
    <message>
        <source>(none could be decided)</source>
        <translation>(判定できませんでした)</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>action label</comment>
        <translation>対応不要</translation>
    </message>
    <message>
        <source>required</source>
        <comment>action label</comment>
        <translation>必須</translation>
    </message>
    <message>
        <source>recommended</source>
        <comment>action label</comment>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Proposed SPF record:</source>
        <translation>変更後のSPFレコード (案):</translation>
    </message>
    <message>
        <source>%1 (the MX lookup failed because of a DNS error)</source>
        <translation>%1 (DNSエラーのため、MXレコードのDNS検索に失敗しました)</translation>
    </message>
    <message numerus="yes">
        <source>SPF records (%n; receivers accept only one):</source>
        <translation>
            <numerusform>SPFレコード (%n 件。受信側が受け付けるのは1件のみ):</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: DNS failed</source>
        <comment>TMEmS include</comment>
        <translation>不明 (DNS検索の失敗)</translation>
    </message>
    <message>
        <source>(unknown: DNS failed)</source>
        <translation>(不明: DNS検索の失敗)</translation>
    </message>
    <message>
        <source>Domains checked: %1; needing action: %2</source>
        <translation>確認したドメイン: %1、対応が必要: %2</translation>
    </message>
    <message>
        <source>Domains checked: %1; needing action: %2, of which %3 could not be checked completely because DNS failed</source>
        <translation>確認したドメイン: %1、対応が必要: %2 (うち %3 件はDNS検索に失敗したため確認が完了していません)</translation>
    </message>
    <message>
        <source>DNS lookups: unknown: DNS failed</source>
        <translation>DNS検索回数: 不明 (DNS検索の失敗)</translation>
    </message>
    <message>
        <source>DNS lookups: unknown: DNS failed after %1 (limit 10)</source>
        <translation>DNS検索回数: 不明 (%1 回まで数えた後にDNS検索が失敗、上限 10)</translation>
    </message>
</context>
<context>
    <name>CloudSnippets</name>
    <message>
        <source>Set SG_ID to your security group. One call per range: a range that is already allowed fails
alone with InvalidPermission.Duplicate and the others are still added, so this can run again.
Each range counts as one rule against the quota of inbound rules per security group (60 by default).</source>
        <translation>SG_ID にセキュリティグループの ID を設定してください。IPアドレス帯ごとに 1 回ずつ実行するため、
既に許可済みの IPアドレス帯だけが InvalidPermission.Duplicate で失敗し、他は追加されます (再実行しても安全です)。
IPアドレス帯 1 つがセキュリティグループの受信ルール 1 件として数えられます (既定の上限は 60 件)。</translation>
    </message>
    <message>
        <source>Replace &lt;RESOURCE_GROUP&gt; and &lt;NSG_NAME&gt;; the priority (100-4096, lower first) must be free and lower
than that of any rule that denies the port. create with the same --name updates the rule, so this
can run again. If an NSG sits on both the subnet and the NIC, both must allow the traffic.</source>
        <translation>&lt;RESOURCE_GROUP&gt; と &lt;NSG_NAME&gt; を置き換えてください。優先度 (100-4096、小さいほど先に評価) は未使用で、
このポートを拒否する規則より小さい値にしてください。同じ --name で create すると規則が更新されるため、
再実行しても安全です。サブネットと NIC の両方に NSG がある場合は、両方で許可が必要です。</translation>
    </message>
    <message>
        <source>Replace &lt;VPC_NETWORK&gt; and &lt;MAIL_SERVER_TAG&gt; (without --target-tags the rule applies to every
instance of the network). create refuses a rule name that exists; to change an existing rule,
run firewall-rules update with the complete list, because --source-ranges replaces it.</source>
        <translation>&lt;VPC_NETWORK&gt; と &lt;MAIL_SERVER_TAG&gt; を置き換えてください (--target-tags がないと、ネットワーク内の
すべてのインスタンスに適用されます)。既存の規則名では create は失敗します。既存の規則を変更するときは、
--source-ranges が一覧全体を置き換えるため、すべての IPアドレス帯を指定して firewall-rules update を実行してください。</translation>
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
        <source>Run &quot;tmems-assistant SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation>サブコマンドのオプションは「tmems-assistant サブコマンド --help」で確認できます。</translation>
    </message>
    <message>
        <source>Not affiliated with or endorsed by Trend Micro.</source>
        <translation>トレンドマイクロ社とは関係がなく、同社の承認を受けたものでもありません。</translation>
    </message>
    <message>
        <source>tmems-assistant: unknown language &quot;%1&quot;; use ja or en</source>
        <translation>tmems-assistant: 言語「%1」は使えません。ja または en を指定してください</translation>
    </message>
    <message>
        <source>catalog %1 (sources as of %2)</source>
        <translation>カタログ %1 (出典の日付 %2)</translation>
    </message>
    <message>
        <source>tmems-assistant: unknown option &quot;%1&quot;</source>
        <translation>tmems-assistant: 不明なオプション「%1」</translation>
    </message>
    <message>
        <source>tmems-assistant: unknown subcommand &quot;%1&quot;</source>
        <translation>tmems-assistant: 不明なサブコマンド「%1」</translation>
    </message>
    <message>
        <source>Run &quot;tmems-assistant --help&quot; for usage.</source>
        <translation>使い方は「tmems-assistant --help」で確認できます。</translation>
    </message>
    <message>
        <source>Check domains and write the change report (PDF, HTML, JSON or CSV).</source>
        <translation>ドメインを確認し、変更管理用のレポート (PDF、HTML、JSON、CSV) を作成します。</translation>
    </message>
    <message>
        <source>tmems-assistant: cannot write the output: %1</source>
        <translation>tmems-assistant: 出力を書き込めません: %1</translation>
    </message>
    <message>
        <source>tmems-assistant: there is no display to open the wizard on (DISPLAY and WAYLAND_DISPLAY are not set).</source>
        <translation>tmems-assistant: ウィザードを表示する画面がありません (DISPLAY と WAYLAND_DISPLAY が設定されていません)。</translation>
    </message>
    <message>
        <source>Run it in a desktop session, or use a subcommand: &quot;tmems-assistant --help&quot; lists them.</source>
        <translation>デスクトップ環境で実行するか、サブコマンドを使ってください。サブコマンドの一覧は「tmems-assistant --help」で確認できます。</translation>
    </message>
    <message>
        <source>tmems-assistant: --lang needs ja or en</source>
        <translation>tmems-assistant: --lang には ja または en を指定してください</translation>
    </message>
</context>
<context>
    <name>ConnectorCommandBuilder</name>
    <message>
        <source>Add the ranges to the Office 365 inbound connector (default; required when the connector accepts only TMEmS&apos;s addresses).</source>
        <translation>Office 365 の受信コネクタに IPアドレス帯を追加します (既定。コネクタが TMEmS のアドレスからのみ受け付ける設定の場合は必須)。</translation>
    </message>
    <message>
        <source>Add the ranges to Enhanced Filtering for Connectors (skip listing), so Office 365 looks past TMEmS to the original sender.</source>
        <translation>コネクタの拡張フィルター (スキップリスト) に IPアドレス帯を追加し、Office 365 が TMEmS を飛ばして元の送信元を判定できるようにします。</translation>
    </message>
    <message>
        <source>Add the ranges to the connection filter policy&apos;s IP Allow List (optional; skips spam filtering).</source>
        <translation>接続フィルターポリシーの IP 許可一覧に IPアドレス帯を追加します (任意。迷惑メールフィルターをスキップします)。</translation>
    </message>
    <message>
        <source>there are no IP address ranges to add</source>
        <translation>追加する IPアドレス帯がありません</translation>
    </message>
    <message>
        <source>%1 is an IPv6 range; Exchange Online accepts only IPv4 addresses and IPv4 ranges from /24 to /32 here</source>
        <translation>%1 は IPv6 の IPアドレス帯です。Exchange Online のこの設定は IPv4 のアドレスと /24 から /32 の IPv4 の IPアドレス帯しか受け付けません</translation>
    </message>
    <message>
        <source>%1 is larger than a /24; Exchange Online accepts only IPv4 ranges from /24 to /32 here (split it into /24 ranges)</source>
        <translation>%1 は /24 より大きい IPアドレス帯です。Exchange Online のこの設定は /24 から /32 の IPv4 の IPアドレス帯しか受け付けません (/24 の IPアドレス帯に分割してください)</translation>
    </message>
    <message numerus="yes">
        <source>%n ranges are more than the %1 entries Exchange Online allows</source>
        <translation>
            <numerusform>IPアドレス帯 %n 件は、Exchange Online で指定できる上限 %1 件を超えています</numerusform>
        </translation>
    </message>
    <message>
        <source>Run in PowerShell with the ExchangeOnlineManagement module, after Connect-ExchangeOnline.
@{Add=...} adds to the list and keeps what is already there; a plain list would replace it all.</source>
        <translation>ExchangeOnlineManagement モジュールの PowerShell で、Connect-ExchangeOnline の後に実行してください。
@{Add=...} は既存の値を残したまま一覧に追加します。値を並べただけの指定では一覧全体が置き換えられます。</translation>
    </message>
    <message>
        <source>The inbound connector (Partner) that receives mail from TMEmS. Use this when your MX points to TMEmS:
a connector that rejects mail not sent from its IP addresses loses mail from any range missing here.
Set $ConnectorName to your connector&apos;s name (see Get-InboundConnector).</source>
        <translation>TMEmS からのメールを受信する受信コネクタ (パートナー) です。MX が TMEmS を指している場合に使います。
登録済みの IPアドレス以外からのメールを拒否するコネクタでは、ここにない IPアドレス帯からのメールが失われます。
$ConnectorName に受信コネクタの名前を設定してください (Get-InboundConnector で確認できます)。</translation>
    </message>
    <message>
        <source>If you have no such connector yet, create one instead (all sender domains, only from TMEmS, TLS required):</source>
        <translation>該当するコネクタがまだない場合は、代わりに次のコマンドで作成します (すべての送信者ドメイン、TMEmS からのみ受信、TLS 必須):</translation>
    </message>
    <message>
        <source>Enhanced Filtering for Connectors (skip listing): Office 365 skips these addresses and judges the
original sender&apos;s IP address instead (SPF, spam filtering). Use this when TMEmS sits in front of Office 365
and Enhanced Filtering lists TMEmS&apos;s addresses. -EFSkipLastIP $false makes the list take effect.
Disable any mail flow rule that sets SCL -1 for mail from the connector.</source>
        <translation>コネクタの拡張フィルター (スキップリスト): Office 365 はこれらのアドレスを飛ばし、元の送信元の
IPアドレスで判定します (SPF、迷惑メールフィルター)。TMEmS が Office 365 の前段にあり、拡張フィルターに
TMEmS のアドレスを登録している場合に使います。-EFSkipLastIP $false で一覧が有効になります。
このコネクタからのメールに SCL -1 を設定するメール フロー ルールは無効にしてください。</translation>
    </message>
    <message>
        <source>The connection filter policy&apos;s IP Allow List: mail from these addresses skips spam filtering
(malware and high-confidence phishing are still checked). Optional: security baselines (CIS, CISA SCuBA)
recommend keeping this list empty; prefer the connector. At most %1 entries.</source>
        <translation>接続フィルターポリシーの IP 許可一覧: これらのアドレスからのメールは迷惑メールフィルターをスキップします
(マルウェアと高確度フィッシングの検査は行われます)。任意の設定です。セキュリティベースライン (CIS、CISA SCuBA) は
この一覧を空にしておくことを推奨しています。受信コネクタでの設定を優先してください。登録できるのは最大 %1 件です。</translation>
    </message>
    <message>
        <source>Open the Exchange admin center (https://admin.exchange.microsoft.com) and go to Mail flow &gt; Connectors.</source>
        <translation>Exchange 管理センター (https://admin.exchange.microsoft.com) を開き、[メール フロー] &gt; [コネクタ] に移動します。</translation>
    </message>
    <message>
        <source>Select the inbound connector that receives mail from TMEmS (from: Partner organization, to: Office 365). If there is none, choose Add a connector with Connection from: Partner organization.</source>
        <translation>TMEmS からのメールを受信する受信コネクタ (送信元: パートナー組織、送信先: Office 365) を選択します。ない場合は [コネクタの追加] を選び、接続元に [パートナー組織] を指定します。</translation>
    </message>
    <message>
        <source>Under the way the partner is identified, keep &quot;by verifying that the IP address of the sending server matches&quot; and add each of these IP address ranges:
%1</source>
        <translation>パートナー組織の識別方法では「送信サーバの IP アドレスが次のいずれかと一致することを確認する」を選んだまま、次の IPアドレス帯をそれぞれ追加します:
%1</translation>
    </message>
    <message>
        <source>Under Security restrictions, keep &quot;Reject email messages if they aren&apos;t sent over TLS&quot; and &quot;Reject email messages if they aren&apos;t sent from within this IP address range&quot; as they are, then save.</source>
        <translation>セキュリティ制限の「TLS で送信されていないメールを拒否する」と「この IP アドレス範囲内から送信されていないメールを拒否する」はそのままにして、保存します。</translation>
    </message>
    <message>
        <source>Open the Microsoft Defender portal at https://security.microsoft.com/skiplisting (Email &amp; collaboration &gt; Policies &amp; rules &gt; Threat policies &gt; Enhanced filtering).</source>
        <translation>Microsoft Defender ポータル https://security.microsoft.com/skiplisting を開きます ([メールとコラボレーション] &gt; [ポリシーとルール] &gt; [脅威ポリシー] &gt; [拡張フィルター])。</translation>
    </message>
    <message>
        <source>Select the inbound connector that receives mail from TMEmS.</source>
        <translation>TMEmS からのメールを受信する受信コネクタを選択します。</translation>
    </message>
    <message>
        <source>Choose &quot;Skip these IP addresses that are associated with the connector&quot; and add each of these IP address ranges:
%1</source>
        <translation>「コネクタに関連付けられているこれらの IP アドレスをスキップする」を選び、次の IPアドレス帯をそれぞれ追加します:
%1</translation>
    </message>
    <message>
        <source>Save.</source>
        <translation>保存します。</translation>
    </message>
    <message>
        <source>Open the Microsoft Defender portal at https://security.microsoft.com/antispam and select Connection filter policy (Default).</source>
        <translation>Microsoft Defender ポータル https://security.microsoft.com/antispam を開き、[接続フィルター ポリシー (既定)] を選択します。</translation>
    </message>
    <message>
        <source>Choose Edit connection filter policy.</source>
        <translation>[接続フィルター ポリシーの編集] を選びます。</translation>
    </message>
    <message>
        <source>Under &quot;Always allow messages from the following IP addresses or address range&quot;, add each of these IP address ranges:
%1</source>
        <translation>「次の IP アドレスまたはアドレス範囲からのメッセージを常に許可する」に、次の IPアドレス帯をそれぞれ追加します:
%1</translation>
    </message>
    <message>
        <source>Save. Security baselines recommend keeping this list empty; prefer the connector.</source>
        <translation>保存します。セキュリティベースラインはこの一覧を空にしておくことを推奨しています。受信コネクタでの設定を優先してください。</translation>
    </message>
    <message>
        <source>The labels may differ slightly in your language and admin center version.</source>
        <translation>画面の表記は、表示言語や管理センターのバージョンによって多少異なる場合があります。</translation>
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
        <source>As detected</source>
        <translation>判定どおり</translation>
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
        <source>(MX lookup failed: DNS error)</source>
        <translation>（DNSエラーのためMXレコードのDNS検索に失敗）</translation>
    </message>
    <message>
        <source>Not in DNS: check the spelling of the domain name.</source>
        <translation>DNS に存在しません。ドメイン名の綴りを確認してください。</translation>
    </message>
    <message>
        <source>(the domain does not exist)</source>
        <translation>（ドメインが存在しません）</translation>
    </message>
    <message>
        <source>The data center is read from each domain&apos;s MX host. Correct it if you know better; choose &quot;Not sure&quot; to be asked to accept the added ranges to be safe (the SPF change waits until the data center is confirmed). Tick Office 365 for domains whose mail TMEmS delivers to Exchange Online.</source>
        <translation>データセンターは各ドメインのMXホストから判定します。実際と異なる場合は修正してください。「わからない」を選ぶと、念のため追加IPアドレス帯の許可を必要な対応として表示します (SPFレコードの変更は、データセンターを確認するまで保留します)。TMEmS が Exchange Online へ配信するドメインには Office 365 をチェックしてください。</translation>
    </message>
    <message>
        <source>DNS did not answer: detect again, or choose the data center yourself.</source>
        <translation>DNS の応答がありません。再判定するか、データセンターを選択してください。</translation>
    </message>
</context>
<context>
    <name>DnsModule</name>
    <message>
        <source>cannot load the DNS module: %1</source>
        <translation>DNSモジュールを読み込めません: %1</translation>
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
        <translation>日本データセンター</translation>
    </message>
    <message>
        <source>US data center</source>
        <translation>USデータセンター</translation>
    </message>
    <message>
        <source>Europe data center</source>
        <translation>欧州データセンター</translation>
    </message>
    <message>
        <source>Australia and New Zealand data center</source>
        <translation>オーストラリア・ニュージーランドデータセンター</translation>
    </message>
    <message>
        <source>Singapore data center</source>
        <translation>シンガポールデータセンター</translation>
    </message>
    <message>
        <source>India data center</source>
        <translation>インドデータセンター</translation>
    </message>
    <message>
        <source>Middle East (UAE) data center</source>
        <translation>中東 (UAE) データセンター</translation>
    </message>
    <message>
        <source>unknown data center</source>
        <translation>不明なデータセンター</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS: check that the name is spelled as registered in the management console.</source>
        <translation>%1 は DNS に存在しません。管理コンソールに登録したとおりの綴りか確認してください。</translation>
    </message>
    <message>
        <source>The data center of %1 could not be told from its MX hosts or its SPF record. Check which data center the domain uses in the TMEmS management console, then check the domain again with that data center chosen.</source>
        <translation>%1 のデータセンターを MX ホストからも SPFレコードからも判定できませんでした。TMEmS の管理コンソールでこのドメインが使用しているデータセンターを確認し、そのデータセンターを指定してもう一度確認してください。</translation>
    </message>
    <message>
        <source>Make every inbound server registered for %1 in the management console, and the firewall in front of it, accept mail from the added IP address ranges (%2) as well as the existing ones. If you use Office 365, add the ranges to the Office 365 inbound connector.</source>
        <translation>管理コンソールの [ドメイン] で %1 に登録しているすべての受信サーバと、その手前のファイアウォールで、既存のIPアドレス帯に加えて追加IPアドレス帯 (%2) からのメールも受け付けるようにしてください (ファイアウォール等の設定変更)。Office 365 をご利用の場合は、Office 365 の受信コネクタに追加IPアドレス帯を追加してください。</translation>
    </message>
    <message>
        <source>Where outbound protection is enabled for %1, replace include:%2 with include:%3 in the SPF record of %4.</source>
        <translation>%1 で送信保護を有効にしている場合は、%4 のSPFレコードの include:%2 を include:%3 に置き換えてください。</translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken as published, so receivers fail its SPF check (permerror). Correct it as the problems above describe.</source>
        <translation>%1 のSPFレコードは公開されている内容に誤りがあるため、受信側でSPF検証失敗 (permerror) となります。上記の問題点に従って修正してください。</translation>
    </message>
    <message>
        <source>%1 uses the %2: the Japan data center change needs nothing from you.</source>
        <translation>%1 は%2を使用しています。日本データセンターの変更に伴う対応は不要です。</translation>
    </message>
    <message>
        <source>Where outbound protection is enabled for %1, replace %2 with %3 in its SPF record (see the proposed record). DNS lookups: %4 now, %5 after the change.</source>
        <translation>%1 で送信保護を有効にしている場合は、SPFレコードの %2 を %3 に置き換えてください (変更後のSPFレコード (案) を参照)。DNS検索回数: 現在 %4、変更後 %5。</translation>
    </message>
    <message>
        <source>If %1 is on the %2, make every inbound server registered for it in the management console, and the firewall in front of it, accept mail from the added IP address ranges (%3) as well as the existing ones. If you use Office 365, add the ranges to the Office 365 inbound connector.</source>
        <translation>%1 が%2をご利用の場合は、管理コンソールの [ドメイン] で %1 に登録しているすべての受信サーバと、その手前のファイアウォールで、既存のIPアドレス帯に加えて追加IPアドレス帯 (%3) からのメールも受け付けるようにしてください (ファイアウォール等の設定変更)。Office 365 をご利用の場合は、Office 365 の受信コネクタに追加IPアドレス帯を追加してください。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>one data center of several</comment>
        <translation>%1または%2</translation>
    </message>
    <message>
        <source>DNS did not answer every question about %1 (see the problems above), so this result is incomplete. Make sure the DNS server answers, then check the domain again.</source>
        <translation>%1 についての DNS の問い合わせの一部に応答がなかったため (上記の問題点を参照)、この結果は不完全です。DNSサーバが応答することを確認してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>%1 uses the %2, but its SPF record includes only the Japan record (include:%3), which lists the Japan data center&apos;s servers alone: where outbound protection is enabled, mail TMEmS sends for %1 fails SPF. Include %4 instead.</source>
        <translation>%1 は%2を使用していますが、SPFレコードは日本データセンターのメールサーバだけを記載した新しいSPFレコード (include:%3) のみをインクルードしています。送信保護を有効にしている場合、TMEmS が %1 のために送信するメールはSPF検証失敗となります。代わりに %4 をインクルードしてください。</translation>
    </message>
    <message>
        <source>Where outbound protection is enabled for %1, replace %2 with %3 in its SPF record (see the proposed record).</source>
        <translation>%1 で送信保護を有効にしている場合は、SPFレコードの %2 を %3 に置き換えてください (変更後のSPFレコード (案) を参照)。</translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>The domain is empty.</source>
        <translation>ドメインが空です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains no domain.</source>
        <translation>「%1」にはドメインが含まれていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IP address, not a domain.</source>
        <translation>「%1」は IPアドレスです。ドメインを入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain: it contains &quot;%2&quot;.</source>
        <translation>「%1」はドメインではありません: 「%2」が含まれています。</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain: it has an empty label (two dots in a row).</source>
        <translation>「%1」はドメインではありません: 空のラベルがあります (ドットが2つ続いています)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid internationalized domain name.</source>
        <translation>「%1」は正しい国際化ドメイン名ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long: a domain may have at most %2 characters, this one has %3.</source>
        <translation>「%1」は長すぎます: ドメインは最大 %2 文字ですが、%3 文字あります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain: the part &quot;%2&quot; is longer than %3 characters.</source>
        <translation>「%1」はドメインではありません: 「%2」の部分が %3 文字を超えています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain: only letters, digits and hyphens may appear, and a part may not start or end with a hyphen.</source>
        <translation>「%1」はドメインではありません: 使えるのは英字、数字、ハイフンだけで、各部分の先頭と末尾にハイフンは使えません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete domain: add the part after the dot (for example example.co.jp).</source>
        <translation>「%1」はドメインとして不完全です: ドット以降の部分も入力してください (例: example.co.jp)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain: the last part cannot start with a digit.</source>
        <translation>「%1」はドメインではありません: 最後の部分を数字で始めることはできません。</translation>
    </message>
</context>
<context>
    <name>DomainsFile</name>
    <message>
        <source>the file starts as UTF-16 text but is not</source>
        <translation>ファイルは UTF-16 のテキストとして始まっていますが、正しい UTF-16 ではありません</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Shift_JIS text; save it as &quot;CSV UTF-8&quot; or plain text</source>
        <translation>ファイルが UTF-8 でも Shift_JIS でもありません。「CSV UTF-8」またはテキスト形式で保存し直してください</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: too large for a list of domains</source>
        <translation>「%1」を読み込めません: ドメインの一覧としては大きすぎます</translation>
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
        <source>Enter every domain registered in the TMEmS management console&apos;s [Domains] screen.</source>
        <translation>TMEmS 管理コンソールの [ドメイン] 画面に登録しているドメインをすべて入力してください。</translation>
    </message>
    <message>
        <source>Paste one domain a line, several separated by commas, or e-mail addresses; then choose Add. Japanese (IDN) domains are accepted.</source>
        <translation>1行に1ドメイン、カンマ区切り、またはメールアドレスで貼り付けて「追加」を押してください。日本語ドメイン（IDN）も使えます。</translation>
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
    <message numerus="yes">
        <source>%n more</source>
        <comment>entries not named in the list</comment>
        <translation>
            <numerusform>他 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) already in the list, so not added again: %1</source>
        <translation>
            <numerusform>%n 件は一覧にあるため追加しませんでした: %1</numerusform>
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
user@example.jp, 例え.jp</translation>
    </message>
</context>
<context>
    <name>GuiModuleLoader</name>
    <message>
        <source>tmems-assistant: cannot load the wizard and report module: %1</source>
        <translation>tmems-assistant: ウィザードとレポートのモジュールを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>HostFirewallSnippets</name>
    <message>
        <source>-I puts each rule at the top of INPUT, before any DROP or REJECT rule;
-C skips a rule that is already there, so running this again adds nothing.</source>
        <translation>-I は各ルールを INPUT の先頭 (DROP や REJECT のルールより前) に挿入します。
-C で既にあるルールは飛ばすため、再実行しても重複して追加されません。</translation>
    </message>
    <message>
        <source>Make the rules permanent: iptables-save &gt; /etc/iptables/rules.v4 (Debian, iptables-persistent)
or service iptables save (RHEL).</source>
        <translation>ルールを永続化するには: iptables-save &gt; /etc/iptables/rules.v4 (Debian、iptables-persistent)
または service iptables save (RHEL)。</translation>
    </message>
    <message>
        <source>For the chain input of table inet filter (Debian&apos;s /etc/nftables.conf); change the names if yours differ.
The rule is inserted at the top of the chain, before its drop rules. The sets and their
elements can be loaded again safely; the rule cannot: before running this file a second time,
check with: nft list chain inet filter input | grep tmems_jp</source>
        <translation>table inet filter の chain input (Debian の /etc/nftables.conf) 向けです。名前が異なる場合は変更してください。
ルールはチェーンの先頭 (drop ルールより前) に挿入されます。セットとその要素は再度読み込んでも安全ですが、
ルールは重複します。このファイルを 2 回目に実行する前に、次のコマンドで確認してください:
nft list chain inet filter input | grep tmems_jp</translation>
    </message>
    <message>
        <source>An ipset of the ranges and a rich rule in the zone public (change --zone if your interface is in another zone).
Running this again is safe: firewall-cmd skips entries and rules that already exist.
If the zone opens the smtp service to everyone, this rule adds nothing; remove the service to restrict.</source>
        <translation>IPアドレス帯の ipset と、public ゾーンのリッチルールです (インターフェースが別のゾーンにある場合は --zone を変更してください)。
再実行しても安全です: firewall-cmd は既にあるエントリとルールを飛ばします。
ゾーンで smtp サービスを全体に公開している場合、このルールは効果がありません。制限するにはサービスを削除してください。</translation>
    </message>
    <message>
        <source>--permanent changes take effect after a reload:</source>
        <translation>--permanent の変更は再読み込み後に有効になります:</translation>
    </message>
    <message>
        <source>prepend puts each rule before the existing ones (including any deny rule for the port);
ufw skips a rule that already exists, so running this again adds nothing.</source>
        <translation>prepend は各ルールを既存のルール (このポートの deny ルールを含む) より前に追加します。
ufw は既にあるルールを飛ばすため、再実行しても重複して追加されません。</translation>
    </message>
    <message>
        <source>Run in PowerShell as administrator. Creates the inbound rule TMEmS-JP-SMTP-In, or adds the
ranges to it if it exists (Set-NetFirewallRule alone would replace its address list).</source>
        <translation>管理者として PowerShell で実行してください。受信の規則 TMEmS-JP-SMTP-In を作成し、既にある場合は
その規則に IPアドレス帯を追加します (Set-NetFirewallRule だけではアドレス一覧が置き換えられます)。</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>確認:</translation>
    </message>
    <message>
        <source>For /etc/pf.conf: ext_if must name your external interface (a macro defined above).
quick makes the first matching rule win, so this pass is not undone by a later block rule;
put it before your block rules. Check and load: pfctl -nf /etc/pf.conf &amp;&amp; pfctl -f /etc/pf.conf</source>
        <translation>/etc/pf.conf 用です。ext_if は外部インターフェースを指すマクロとして前もって定義してください。
quick により最初に一致したルールが適用されるため、後の block ルールで打ち消されません。
block ルールより前に置いてください。確認と読み込み: pfctl -nf /etc/pf.conf &amp;&amp; pfctl -f /etc/pf.conf</translation>
    </message>
</context>
<context>
    <name>InboundServersPage</name>
    <message>
        <source>Required for %1: let every inbound server (firewall, mail server) accept mail on TCP port 25 from the Japan data center&apos;s ranges. Keep the existing ranges; add the new ones.</source>
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
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address</source>
        <translation>「%1」は IPv4 アドレスでも IPv6 アドレスでもありません</translation>
    </message>
</context>
<context>
    <name>IpNetwork</name>
    <message>
        <source>&quot;%1&quot; is not a network: &quot;%2&quot; is not an IPv4 or IPv6 address</source>
        <translation>「%1」はネットワークではありません: 「%2」は IPv4 アドレスでも IPv6 アドレスでもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network: the prefix length must be a number from 0 to %2</source>
        <translation>「%1」はネットワークではありません: プレフィックス長は 0 から %2 までの数値でなければなりません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set after the /%2 prefix; the network is %3</source>
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
    <message>
        <source>the macros expand to more than %1 characters</source>
        <translation>マクロの展開結果が%1文字を超えています</translation>
    </message>
</context>
<context>
    <name>MailServerSnippets</name>
    <message>
        <source>Run as root. The ranges go into a check_client_access cidr table, not into mynetworks: mynetworks
would let anyone who sends through TMEmS (a shared service) relay through your server.
Lines are appended only when missing, so running this again adds nothing; no postmap is needed.</source>
        <translation>root で実行してください。IPアドレス帯は mynetworks ではなく check_client_access の cidr テーブルに登録します。
mynetworks に入れると、TMEmS (共有サービス) 経由で送る誰もがこのサーバを中継に使えてしまいます。
行はない場合だけ追加されるため、再実行しても重複しません。postmap は不要です。</translation>
    </message>
    <message>
        <source>Puts the table in front of smtpd_client_restrictions and keeps what is already there (once only):</source>
        <translation>smtpd_client_restrictions の先頭にテーブルを追加し、既存の設定はそのまま残します (1 回だけ追加):</translation>
    </message>
    <message>
        <source>Optional lock-down, when the MX points to TMEmS and nobody else should deliver (edit main.cf by hand):</source>
        <translation>任意: MX が TMEmS を指し、他からの配送を受け付けない場合の制限 (main.cf を手で編集してください):</translation>
    </message>
    <message>
        <source>Warning: the final reject refuses every other client, such as a backup MX, monitoring or applications that send on port 25.</source>
        <translation>注意: 最後の reject は、バックアップ MX、監視、ポート 25 で送信するアプリケーションなど、他のすべてのクライアントを拒否します。</translation>
    </message>
    <message>
        <source>With postscreen, list the ranges in a separate table with the action permit in postscreen_access_list.</source>
        <translation>postscreen を使っている場合は、アクションを permit とした別のテーブルに IPアドレス帯を記載し、postscreen_access_list に指定してください。</translation>
    </message>
    <message>
        <source>Run in the Exchange Management Shell. Set $Connector to your receive connector (see Get-ReceiveConnector).
@{Add=...} adds to RemoteIPRanges and keeps the ranges already there; a plain list would replace them all.</source>
        <translation>Exchange 管理シェルで実行してください。$Connector に受信コネクタを設定してください (Get-ReceiveConnector で確認できます)。
@{Add=...} は既存の IPアドレス帯を残したまま RemoteIPRanges に追加します。値を並べただけの指定ではすべて置き換えられます。</translation>
    </message>
    <message>
        <source>The built-in &quot;Default Frontend &lt;SERVER&gt;&quot; connector already accepts every address on port 25. A dedicated
connector is worth having for its own settings (TLS, permissions, logging); to create one with every range:</source>
        <translation>既定の &quot;Default Frontend &lt;SERVER&gt;&quot; コネクタは、ポート 25 ですべてのアドレスを既に受け付けています。専用のコネクタは
独自の設定 (TLS、アクセス許可、ログ) のために作る価値があります。すべての IPアドレス帯で作成するには:</translation>
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
        <source>Export report</source>
        <translation>レポートの出力</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;CSV (*.csv);;JSON (*.json)</translation>
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
    <message>
        <source>The session saved automatically last time could not be restored: %1</source>
        <translation>前回自動保存されたセッションを復元できませんでした: %1</translation>
    </message>
    <message>
        <source>The file was kept as %1.</source>
        <translation>ファイルは %1 として残してあります。</translation>
    </message>
    <message>
        <source>It is left as it is, and this window saves nothing automatically.</source>
        <translation>ファイルはそのまま残し、このウィンドウでは自動保存を行いません。</translation>
    </message>
    <message>
        <source>Another window of the assistant is open and saves its session automatically. This window starts empty and saves nothing automatically: use File &gt; Save session to keep its work.</source>
        <translation>このアシスタントの別のウィンドウが開いていて、そちらがセッションを自動保存しています。このウィンドウは空の状態で始まり、自動保存は行いません。作業内容を残すには [ファイル] &gt; [セッションを保存] を使用してください。</translation>
    </message>
    <message>
        <source>Another window of the assistant saved its session automatically while this window was starting. This window saves nothing automatically, so that session is kept for the next start: use File &gt; Save session to keep this window&apos;s work.</source>
        <translation>このウィンドウの起動中に、このアシスタントの別のウィンドウがセッションを自動保存しました。そのセッションを次回の起動まで残すため、このウィンドウは自動保存を行いません。このウィンドウの作業内容を残すには [ファイル] &gt; [セッションを保存] を使用してください。</translation>
    </message>
    <message>
        <source>Another window of the assistant, started at the same time, saves this session automatically. This window saves nothing automatically: use File &gt; Save session to keep its work.</source>
        <translation>同時に起動したこのアシスタントの別のウィンドウが、このセッションを自動保存しています。このウィンドウは自動保存を行いません。作業内容を残すには [ファイル] &gt; [セッションを保存] を使用してください。</translation>
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
    <message>
        <source>This session file is damaged: its format version is missing or not a whole number.</source>
        <translation>このセッションファイルは壊れています: 形式バージョンがないか、整数ではありません。</translation>
    </message>
    <message>
        <source>This session file is damaged: its domain list is not a list.</source>
        <translation>このセッションファイルは壊れています: ドメインの一覧がリストになっていません。</translation>
    </message>
    <message>
        <source>This session file is damaged: entry %1 of its domain list is not a domain.</source>
        <translation>このセッションファイルは壊れています: ドメイン一覧の %1 番目の項目がドメインではありません。</translation>
    </message>
    <message>
        <source>%1 is not a valid session file: it holds no session.</source>
        <translation>%1 は正しいセッションファイルではありません: セッションが含まれていません。</translation>
    </message>
    <message>
        <source>The DNS server &quot;%1&quot; cannot be used (%2): the system&apos;s DNS resolver is used instead. File &gt; Settings sets another.</source>
        <translation>DNSサーバ「%1」は使用できません (%2)。代わりにシステムのDNSリゾルバを使用します。別のサーバは [ファイル] &gt; [設定] で指定できます。</translation>
    </message>
    <message numerus="yes">
        <source>The DNS timeout of %1 ms is outside 1 to 60 seconds: %n second(s) is used instead.</source>
        <translation>
            <numerusform>DNSのタイムアウト %1 ミリ秒は 1～60 秒の範囲外のため、代わりに %n 秒を使用します。</numerusform>
        </translation>
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
        <source>Replace &lt;MAIL_IP&gt; with the mail server&apos;s real (untranslated) address and OUTSIDE_IN
with the access list of your outside interface. The ASA takes subnet masks, not wildcards.
network-object lines that already exist are refused harmlessly, so this can be pasted again.</source>
        <translation>&lt;MAIL_IP&gt; をメールサーバの実アドレス (NAT 変換前) に、OUTSIDE_IN を外部インターフェースの
アクセスリストに置き換えてください。ASA ではワイルドカードではなくサブネットマスクを使います。
既にある network-object 行は無害に拒否されるため、再度貼り付けても問題ありません。</translation>
    </message>
    <message>
        <source>line 1 puts the entry at the top of the access list, before any deny.</source>
        <translation>line 1 により、エントリはアクセスリストの先頭 (deny より前) に追加されます。</translation>
    </message>
    <message>
        <source>Only if the access list is not applied to the interface yet:</source>
        <translation>アクセスリストをまだインターフェースに適用していない場合のみ:</translation>
    </message>
    <message>
        <source>Replace &lt;MAIL_IP&gt; with the mail server&apos;s address and OUTSIDE-IN with your inbound access list.
Access lists take wildcard masks (the inverse of the netmask). Sequence numbers 1 to %1
put the entries before the existing ones (numbered from 10 by default) and the implicit deny;
use other free numbers below 10 if these are taken. An entry that already exists is refused.</source>
        <translation>&lt;MAIL_IP&gt; をメールサーバのアドレスに、OUTSIDE-IN を受信用のアクセスリストに置き換えてください。
アクセスリストではワイルドカードマスク (ネットマスクの反転) を使います。シーケンス番号 1 から %1 により、
エントリは既存のエントリ (既定では 10 から) と暗黙の deny より前に入ります。
使用済みの場合は 10 未満の空いている番号を使ってください。既にあるエントリは拒否されます。</translation>
    </message>
    <message>
        <source>Paste in configuration mode (set commands can be applied again without duplicates).
Replace &lt;MAIL_SERVER_ADDR_OBJ&gt; with the address-book entry of the mail server and the zones with yours.</source>
        <translation>設定モードで貼り付けてください (set コマンドは再実行しても重複しません)。
&lt;MAIL_SERVER_ADDR_OBJ&gt; をメールサーバのアドレス帳エントリに、ゾーンを実際のゾーンに置き換えてください。</translation>
    </message>
    <message>
        <source>A new policy goes to the end of the list; move it above your deny policy:</source>
        <translation>新しいポリシーは一覧の末尾に追加されます。deny ポリシーより上に移動してください:</translation>
    </message>
    <message>
        <source>FortiOS CLI. edit updates an object that already exists, and append member adds to the
group without removing its members (set member would replace them all).</source>
        <translation>FortiOS CLI です。edit は既にあるオブジェクトを更新し、append member は既存のメンバーを残したまま
グループに追加します (set member ではすべて置き換えられます)。</translation>
    </message>
    <message>
        <source>The policy: only once, and only if no policy for TMEmS-JP exists yet (the group above already
carries the new ranges into it). Replace the &lt;...&gt; values; edit 0 takes the next free ID.
New policies go to the bottom: move it above your deny policy with move &lt;ID&gt; before &lt;ID&gt;.</source>
        <translation>ポリシー: TMEmS-JP のポリシーがまだない場合に 1 回だけ実行してください (既にある場合は、上のグループ経由で
追加IPアドレス帯が反映されます)。&lt;...&gt; の値を置き換えてください。edit 0 は空いている次の ID を使います。
新しいポリシーは末尾に追加されます。move &lt;ID&gt; before &lt;ID&gt; で deny ポリシーより上に移動してください。</translation>
    </message>
    <message>
        <source>Paste the set commands in configure mode (not the # lines). set adds to the address group
and changes nothing that already exists, so this can be pasted again.
Replace &lt;MAIL_ADDR_OBJ&gt; (the pre-NAT address) and the zones with yours.</source>
        <translation>set コマンドを設定モードで貼り付けてください (# の行は不要です)。set はアドレスグループに追加し、
既にあるものは変更しないため、再度貼り付けても問題ありません。
&lt;MAIL_ADDR_OBJ&gt; (NAT 変換前のアドレス) とゾーンを実際の値に置き換えてください。</translation>
    </message>
    <message>
        <source>Rules match from the top: move the rule above your deny rule.</source>
        <translation>ルールは上から評価されます。deny ルールより上に移動してください。</translation>
    </message>
    <message>
        <source>Run on the management server (shell). add network reports an error for an object that already
exists and changes nothing; set group members.add adds without removing members.
Nothing takes effect until publish and install-policy. Replace the &lt;...&gt; values.</source>
        <translation>管理サーバ (シェル) で実行してください。add network は既にあるオブジェクトではエラーになり、何も変更しません。
set group members.add は既存のメンバーを残したまま追加します。
publish と install-policy を実行するまで反映されません。&lt;...&gt; の値を置き換えてください。</translation>
    </message>
    <message>
        <source>Create the group once (an error just means it exists), then add the members:</source>
        <translation>グループを 1 回作成し (エラーは既に存在することを示すだけです)、メンバーを追加します:</translation>
    </message>
    <message>
        <source>The access rule: only once, and only if no rule for TMEmS-JP exists yet.</source>
        <translation>アクセスルール: TMEmS-JP のルールがまだない場合に 1 回だけ実行してください。</translation>
    </message>
</context>
<context>
    <name>Office365Page</name>
    <message>
        <source>Required for %1: the Office 365 inbound connector that receives mail from TMEmS must accept the added IP address ranges.</source>
        <translation>%1 で必須: TMEmS からメールを受け取る Office 365 の受信コネクタで、追加IPアドレス帯を受け付けるようにしてください。</translation>
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
    <message>
        <source>No change needed: no domain on the Japan data center uses Office 365. The list and commands below are for reference.</source>
        <translation>変更は不要です: 日本データセンターのドメインで Office 365 を使用しているものはありません。以下の一覧とコマンドは参考用です。</translation>
    </message>
    <message>
        <source>Steps in the Exchange admin center</source>
        <translation>Exchange 管理センターでの手順</translation>
    </message>
</context>
<context>
    <name>PrivateModule</name>
    <message>
        <source>%1: not found</source>
        <translation>%1: 見つかりません</translation>
    </message>
    <message>
        <source>%1: from another build than this program (%2)</source>
        <translation>%1: このプログラムとは別のビルドのモジュールです (%2)</translation>
    </message>
</context>
<context>
    <name>QtDnsReply</name>
    <message>
        <source>The DNS server (%1) reported a failure (SERVFAIL) for %2.</source>
        <translation>DNSサーバ (%1) が %2 について障害 (SERVFAIL) を返しました。</translation>
    </message>
    <message>
        <source>The DNS server (%1) refused to answer for %2 (REFUSED).</source>
        <translation>DNSサーバ (%1) が %2 への応答を拒否しました (REFUSED)。</translation>
    </message>
    <message>
        <source>DNS query for %1 failed: %2</source>
        <translation>%1 のDNS検索に失敗しました: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be looked up: the DNS library used here (Qt) asks only for names of letters, digits, &quot;-&quot; and &quot;_&quot;. Checking again will not change this; a receiver&apos;s SPF library may ask for it.</source>
        <translation>「%1」はDNS検索できません: このプログラムが使うDNSライブラリ (Qt) は、英字・数字・「-」・「_」からなる名前しか問い合わせできません。再度確認しても結果は変わりません (受信側のSPFライブラリは問い合わせる場合があります)。</translation>
    </message>
    <message>
        <source>DNS query for %1 failed: its CNAME records form a loop.</source>
        <translation>%1 のDNS検索に失敗しました: CNAMEレコードがループしています。</translation>
    </message>
</context>
<context>
    <name>QtDnsResolver</name>
    <message>
        <source>DNS server &quot;%1&quot;: only port 53 can be used.</source>
        <translation>DNSサーバ「%1」: 使用できるポートは53番のみです。</translation>
    </message>
    <message>
        <source>DNS server &quot;%1&quot; is not an IP address (for example 192.0.2.53).</source>
        <translation>DNSサーバ「%1」はIPアドレスではありません (例: 192.0.2.53)。</translation>
    </message>
    <message>
        <source>DNS server &quot;%1&quot;: IPv6 addresses are not supported. Give the server&apos;s IPv4 address.</source>
        <translation>DNSサーバ「%1」: IPv6アドレスには対応していません。サーバのIPv4アドレスを指定してください。</translation>
    </message>
    <message>
        <source>the system DNS resolver</source>
        <translation>システムのDNSリゾルバ</translation>
    </message>
    <message numerus="yes">
        <source>No answer from the DNS server (%1) for %2 within %n second(s).</source>
        <translation>
            <numerusform>DNSサーバ (%1) から %2 の応答が %n 秒以内にありませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer from the DNS server (%1) for %2 within %3 ms.</source>
        <translation>DNSサーバ (%1) から %2 の応答が %3 ミリ秒以内にありませんでした。</translation>
    </message>
    <message>
        <source>DNS query for %1 failed: its chain of CNAME records does not end.</source>
        <translation>%1 のDNS検索に失敗しました: CNAMEレコードの連鎖が終わりません。</translation>
    </message>
    <message>
        <source>The DNS server&apos;s reply for %1 (%2) was empty or missing, and %3. Answers too large for UDP need TCP, so this cannot be told from a large set of records; it is not read as &quot;no records&quot;. Check that the DNS server runs and accepts TCP on port 53, or choose another DNS server.</source>
        <translation>DNSサーバからの %1 (%2) の応答が空か、応答がありませんでした。また、%3。UDPに収まらない大きな応答にはTCPが必要なため、大きなレコードがある場合と区別できず、「レコードなし」とは判断しません。DNSサーバが動作していてTCPの53番ポートで接続を受け付けることを確認するか、別のDNSサーバを指定してください。</translation>
    </message>
    <message>
        <source>%1 did not accept a TCP connection on port 53 within %2 ms</source>
        <translation>%1 がTCPの53番ポートへの接続を %2 ミリ秒以内に受け付けませんでした</translation>
    </message>
    <message>
        <source>%1 did not accept a TCP connection on port 53: %2</source>
        <translation>%1 がTCPの53番ポートへの接続を受け付けませんでした: %2</translation>
    </message>
    <message>
        <source>The DNS server (%1) did not answer the query for %2: it is unreachable or not responding.</source>
        <translation>DNSサーバ (%1) から %2 のDNS検索に応答がありません。サーバに到達できないか、応答していません。</translation>
    </message>
    <message>
        <source>DNS query for %1 failed: the reply was empty, and the name is too long to confirm that it has no records.</source>
        <translation>%1 のDNS検索に失敗しました: 応答が空で、名前が長すぎるため、レコードがないことを確認できません。</translation>
    </message>
    <message>
        <source>The DNS server (%1) gave an empty reply for %2 (%3), and no clear answer for a name below it either: it may be unreachable, refer the question to another server, or reply with an error Qt cannot report (such as NOTIMP); or the name lies under a wildcard record (*) without A records, which cannot be confirmed. The reply is not read as &quot;no records&quot;.</source>
        <translation>DNSサーバ (%1) からの %2 (%3) の応答が空で、その下位の名前についても明確な応答がありませんでした。DNSサーバに到達できないか、別のサーバへの委任 (リファーラル) を返しているか、Qt が報告できないエラー (NOTIMP など) を返している可能性があります。または、その名前がAレコードのないワイルドカードレコード (*) の下にあり、確認できません。この応答は「レコードなし」とは判断しません。</translation>
    </message>
</context>
<context>
    <name>RangesCommand</name>
    <message>
        <source>Print the data center&apos;s mail server IP address ranges.</source>
        <translation>データセンターのメールサーバの IPアドレス帯を表示します。</translation>
    </message>
    <message>
        <source>Data center (default: jp).</source>
        <translation>データセンター (既定: jp)。</translation>
    </message>
    <message>
        <source>Only the ranges added on 2024-08-21.</source>
        <translation>2024-08-21 の追加IPアドレス帯のみ。</translation>
    </message>
    <message>
        <source>Output format: plain (one CIDR a line), csv or json.</source>
        <translation>出力形式: plain (1 行に 1 つの CIDR)、csv、json のいずれか。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>余分な引数「%1」があります</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use plain, csv or json</source>
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
        <translation>変更後のSPFレコード (案)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題点</translation>
    </message>
    <message>
        <source>4. Actions</source>
        <translation>4. 必要な対応</translation>
    </message>
    <message>
        <source>Action 1 (required): accept mail from the added IP address ranges</source>
        <translation>対応1 (必須): 追加IPアドレス帯からのメールを受け付ける</translation>
    </message>
    <message>
        <source>No domain in this report needs action 1.</source>
        <translation>このレポートには対応1が必要なドメインはありません。</translation>
    </message>
    <message>
        <source>Every inbound server registered for these domains in the management console&apos;s [Domains] screen, and the Office 365 inbound connector where Office 365 is used, must accept mail from all ranges below, the existing ones and the added ones. Otherwise mail delivered from the added servers may be blocked by your own firewall.</source>
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
        <source>Add every range above to the inbound connector&apos;s list of sender IP addresses.</source>
        <translation>上記のすべてのIPアドレス帯を受信コネクタの送信元IPアドレスの一覧に追加してください。</translation>
    </message>
    <message>
        <source>Firewall settings</source>
        <translation>ファイアウォール等の設定変更</translation>
    </message>
    <message>
        <source>No firewall platform was chosen for this report; &quot;tmems-assistant snippet --help&quot; lists them.</source>
        <translation>このレポートではファイアウォールのプラットフォームが選択されていません。&quot;tmems-assistant snippet --help&quot; で一覧を表示できます。</translation>
    </message>
    <message>
        <source>No snippet is available for this platform.</source>
        <translation>この種類の設定例はありません。</translation>
    </message>
    <message>
        <source>Action 2 (recommended): publish the SPF record with the Japan include</source>
        <translation>対応2 (推奨): 新しいSPFレコードをインクルードするSPFレコードを公開する</translation>
    </message>
    <message>
        <source>Where outbound protection is enabled, replace the TXT record at each domain below with the record shown. The legacy record reaches every data center through include: and can push a domain past the limit of 10 DNS lookups, so that receivers fail SPF; the Japan record lists only Japan&apos;s addresses.</source>
        <translation>送信保護を有効にしている場合は、以下の各ドメインのTXTレコードを表示のレコードに置き換えてください。既存のSPFレコードはインクルードメカニズム (&quot;include:&quot;) ですべてのデータセンターを参照するため、SPF検証におけるDNS検索回数上限 (10回) を超過し、受信側でSPF検証失敗となる可能性があります。新しいSPFレコードは日本データセンターのアドレスのみを記載しています。</translation>
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
        <translation>このレポートには対応2が必要なドメインはありません。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>その他の対応</translation>
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
        <translation>SPFレコードの変更案はありません。</translation>
    </message>
    <message>
        <source>DNS lookups: %1 now, %2 with the proposed record.</source>
        <translation>DNS検索回数: 現在 %1 回、変更後のSPFレコード (案) では %2 回。</translation>
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
        <translation>TMEmS 移行アシスタント — 変更記録</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n domain(s)</source>
        <translation>
            <numerusform>%1: %n ドメイン</numerusform>
        </translation>
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
        <translation>バージョン %1 (出典の日付 %2)</translation>
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
    <message numerus="yes">
        <source>%n domain(s) checked.</source>
        <translation>
            <numerusform>%n 件のドメインを確認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) need a required action.</source>
        <translation>
            <numerusform>%n 件のドメインに必須の対応があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) have a recommended action.</source>
        <translation>
            <numerusform>%n 件のドメインに推奨の対応があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) need no change.</source>
        <translation>
            <numerusform>%n 件のドメインは変更不要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) could not be checked completely because DNS failed; check them again.</source>
        <translation>
            <numerusform>%n 件のドメインはDNS検索に失敗したため確認が完了していません。再度確認してください。</numerusform>
        </translation>
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
        <source>✓ no problem  ▲ attention  ✖ action or repair needed. DNS lookups are counted as RFC 7208 section 4.6.4 counts them (limit 10); &quot;after&quot; is the count once the recommended record is published.</source>
        <translation>✓ 問題なし  ▲ 注意  ✖ 対応または修正が必要。DNS検索回数は RFC 7208 4.6.4 節の数え方によります (上限 10回)。「変更後」は推奨のレコードを公開した後の回数です。</translation>
    </message>
    <message>
        <source>5. Appendix</source>
        <translation>5. 付録</translation>
    </message>
    <message>
        <source>The notice&apos;s facts, as in the catalog</source>
        <translation>お知らせの内容 (カタログによる)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
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
        <source>Data center: the domain&apos;s MX hosts were looked up in DNS and matched against the MX host suffixes of each TMEmS site in the catalog; failing that, the TMEmS include in the SPF record, or the data center chosen by the user.</source>
        <translation>データセンター: ドメインのMXホストをDNSで検索し、カタログにある各 TMEmS データセンターのMXホスト名の末尾と照合しました。判定できない場合は、SPFレコードの TMEmS のインクルード、またはユーザが選択したデータセンターによります。</translation>
    </message>
    <message>
        <source>DNS lookups: every term that makes a DNS query (include, a, mx, ptr, exists and redirect) is counted across the whole include tree, as if no mechanism matched. This is the figure RFC 7208 section 4.6.4 limits to 10; receivers return permerror above it. Void lookups (queries with no answer) are limited to 2.</source>
        <translation>DNS検索回数: DNS検索を伴う項目 (include、a、mx、ptr、exists、redirect) を、どのメカニズムにも一致しなかったものとしてインクルードの構成全体で数えました。これが RFC 7208 4.6.4 節で上限 10回と定められた回数で、超過すると受信側は permerror を返します。空のDNS検索 (レコードが返らなかった検索) の上限は 2回です。</translation>
    </message>
    <message>
        <source>Lookups after the change: the same count for the proposed record, in which the legacy include is replaced by the Japan one and everything else is kept as published.</source>
        <translation>変更後のDNS検索回数: 既存のSPFレコードのインクルードを新しいSPFレコードに置き換え、それ以外は公開中のとおりとした変更後のSPFレコード (案)について、同じ方法で数えました。</translation>
    </message>
    <message>
        <source>Coverage: for each Japan data center range, the SPF record was evaluated for the range&apos;s addresses; Full means every address gets pass, Partial some of them, Not authorised none.</source>
        <translation>SPFでの許可: 日本データセンターの各IPアドレス帯のアドレスについてSPFレコードを評価しました。「すべて」はすべてのアドレスが pass、「一部」は一部のアドレスのみ、「許可なし」はどのアドレスも pass にならないことを示します。</translation>
    </message>
    <message>
        <source>All DNS data was read at the time on the cover, through the DNS server named there; records published later are not reflected.</source>
        <translation>DNSの情報はすべて表紙に記載の日時に、表紙に記載のDNSサーバを通じて取得しました。その後に公開されたレコードは反映されていません。</translation>
    </message>
    <message>
        <source>This report was produced by TMEmS Migration Assistant, which is not affiliated with or endorsed by Trend Micro. Trend Micro, Trend Micro Email Security and Trend Vision One are trademarks of Trend Micro Incorporated. Check the figures against the management console and the notice before you change anything.</source>
        <translation>このレポートは TMEmS 移行アシスタント が作成しました。本プログラムはトレンドマイクロとは無関係であり、トレンドマイクロが承認したものではありません。Trend Micro、Trend Micro Email Security、Trend Vision One はトレンドマイクロ株式会社の商標です。設定を変更する前に、管理コンソールとお知らせの内容で数値をご確認ください。</translation>
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
        <translation>このレコードではレコードが返らなかったDNS検索 (空のDNS検索) が2回を超えています。受信側が permerror を返す可能性があります。</translation>
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
        <translation>誤りあり (permerror)</translation>
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
        <source>Not evaluated</source>
        <translation>未評価</translation>
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
        <translation>%2 件中 %1 件で全アドレスを許可</translation>
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
        <source>Unknown (DNS failed)</source>
        <translation>不明 (DNS検索に失敗)</translation>
    </message>
    <message>
        <source>Unknown: the MX lookup failed because of a DNS error</source>
        <translation>不明: DNSエラーのため、MXレコードのDNS検索に失敗しました</translation>
    </message>
    <message>
        <source>Confirm data center</source>
        <translation>データセンターの確認</translation>
    </message>
    <message>
        <source>Check domain name</source>
        <translation>ドメイン名の確認</translation>
    </message>
    <message>
        <source>Domain not found</source>
        <translation>ドメインが存在しない</translation>
    </message>
    <message>
        <source>Trend Micro Email Security (TMEmS) / Trend Vision One – Cloud Email Gateway Protection</source>
        <translation>Trend Micro Email Security (TMEmS) / Trend Vision One - Cloud Email Gateway Protection</translation>
    </message>
    <message>
        <source>The domain does not exist in DNS (NXDOMAIN): the name is most likely misspelled.</source>
        <translation>ドメインが DNS に存在しません (NXDOMAIN)。ドメイン名の綴りの誤りと考えられます。</translation>
    </message>
    <message>
        <source>The SPF tree is too large to analyse completely; only its first part was read. Receivers stop after 10 DNS lookups anyway.</source>
        <translation>SPFレコードのツリーが大きすぎるため、最初の部分だけを読み込みました。受信側もDNS検索10回で検証を打ち切ります。</translation>
    </message>
    <message>
        <source>Confirm in the management console which data center serves the domain, then check it again with that data center chosen</source>
        <translation>管理コンソールでドメインのデータセンターを確認し、そのデータセンターを指定してもう一度確認する</translation>
    </message>
    <message>
        <source>Check the spelling of the domain name: it does not exist in DNS</source>
        <translation>ドメイン名の綴りを確認する (DNSに存在しないドメイン)</translation>
    </message>
    <message>
        <source>The data center chosen for the domain (%1) is not the one its MX hosts point to (%2).</source>
        <translation>ドメインに指定されたデータセンター (%1) は、MXホストが示すデータセンター (%2) と異なります。</translation>
    </message>
    <message>
        <source>%1 (only if it is on the %2: confirm its data center first)</source>
        <translation>%1 (%2の場合のみ: 先にデータセンターを確認してください)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1または%2</translation>
    </message>
    <message>
        <source>Unknown: DNS failed</source>
        <translation>不明 (DNS検索の失敗)</translation>
    </message>
    <message>
        <source>%1 of %2 fully authorised, %3 unknown</source>
        <translation>%2 件中 %1 件で全アドレスを許可、%3 件は不明</translation>
    </message>
    <message>
        <source>The SPF record could not be read: DNS failed.</source>
        <translation>DNS検索に失敗したため、SPFレコードを取得できませんでした。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Include the legacy SPF record again: the Japan record does not list this domain&apos;s data center</source>
        <translation>既存のSPFレコードをインクルードし直す (新しいSPFレコードにはこのドメインのデータセンターが含まれません)</translation>
    </message>
    <message>
        <source>Replace include:%1 with include:%2 in the SPF record of %3.</source>
        <translation>%3 のSPFレコードの include:%1 を include:%2 に置き換えてください。</translation>
    </message>
    <message>
        <source>Restore legacy include</source>
        <translation>既存のSPFレコードに戻す</translation>
    </message>
    <message>
        <source>DNS lookups: unknown, because DNS did not answer every question.</source>
        <translation>DNS検索回数: DNS の問い合わせの一部に応答がなかったため不明です。</translation>
    </message>
    <message>
        <source>The DNS question for the %1 record of %2 got no answer in time (timeout), so the result is incomplete; check again later (temperror).</source>
        <translation>%2 の %1 レコードのDNS検索に時間内の応答がありませんでした (タイムアウト)。結果は不完全です。しばらくしてから再度確認してください (temperror)。</translation>
    </message>
    <message>
        <source>The DNS server could not answer the question for the %1 record of %2 (server failure, refusal or no reply from the server), so the result is incomplete; check the DNS server, then check again (temperror).</source>
        <translation>DNSサーバが %2 の %1 レコードのDNS検索に応答できませんでした (サーバの障害、拒否、またはサーバからの応答なし)。結果は不完全です。DNSサーバを確認してから、再度確認してください (temperror)。</translation>
    </message>
    <message>
        <source>The DNS question for the %1 record of %2 was cancelled before its answer came, so the result is incomplete; check again.</source>
        <translation>%2 の %1 レコードのDNS検索は、応答が届く前に取り消されました。結果は不完全です。再度確認してください。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Domains to check (names, e-mail addresses or URLs).</source>
        <translation>確認するドメイン (ドメイン名、メールアドレス、URL)。</translation>
    </message>
    <message>
        <source>Write the report to FILE; the extension chooses the format: .pdf, .html, .json or .csv.</source>
        <translation>レポートを FILE に書き出します。形式は拡張子で決まります: .pdf、.html、.json、.csv。</translation>
    </message>
    <message>
        <source>Read domains from FILE: one a line, # comments; the first column of a CSV works too.</source>
        <translation>FILE からドメインを読み込みます: 1行に1ドメイン、# 以降はコメント。CSV の1列目も使えます。</translation>
    </message>
    <message>
        <source>Send every DNS query to this server (port 53).</source>
        <translation>すべてのDNS検索をこのサーバ (ポート53) に送ります。</translation>
    </message>
    <message>
        <source>Data center of the domains: auto (detect from MX and SPF), jp or us. Default: auto.</source>
        <translation>ドメインのデータセンター: auto (MX と SPF から判定)、jp、us のいずれか。既定値: auto。</translation>
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
        <source>Firewall platform whose settings the report includes (repeatable; see &quot;tmems-assistant snippet --help&quot;).</source>
        <translation>レポートに設定を記載するファイアウォールのプラットフォーム (複数指定可。&quot;tmems-assistant snippet --help&quot; を参照)。</translation>
    </message>
    <message>
        <source>Instead of checking, read the results of &quot;tmems-assistant check --json&quot; from FILE.</source>
        <translation>確認を行う代わりに、&quot;tmems-assistant check --json&quot; の結果を FILE から読み込みます。</translation>
    </message>
    <message>
        <source>give either domains or --from-json, not both</source>
        <translation>ドメインと --from-json のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; を読み込めません: %2</translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation>--output FILE を指定してください</translation>
    </message>
    <message>
        <source>cannot tell the report format from &quot;%1&quot;; use a file name ending in .pdf, .html, .json or .csv</source>
        <translation>&quot;%1&quot; からレポートの形式を判断できません。.pdf、.html、.json、.csv のいずれかで終わるファイル名を指定してください</translation>
    </message>
    <message>
        <source>unknown paper size &quot;%1&quot;; use a4 or letter</source>
        <translation>不明な用紙サイズ &quot;%1&quot; です。a4 または letter を指定してください</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;; &quot;tmems-assistant snippet --help&quot; lists them</source>
        <translation>不明なプラットフォーム &quot;%1&quot; です。&quot;tmems-assistant snippet --help&quot; で一覧を表示できます</translation>
    </message>
    <message>
        <source>unknown data center &quot;%1&quot;; use auto, jp or us</source>
        <translation>不明なデータセンター &quot;%1&quot; です。auto、jp、us のいずれかを指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a check --json document</source>
        <translation>&quot;%1&quot; は check --json の出力としては大きすぎます</translation>
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
        <source>--%1 has no effect with --from-json: the saved results are used as they are</source>
        <translation>--from-json では --%1 は使われません。保存された結果をそのまま使います</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>cannot tell the report format from &quot;%1&quot;; use a file name ending in .pdf, .html, .json or .csv</source>
        <translation>&quot;%1&quot; からレポートの形式を判断できません。.pdf、.html、.json、.csv のいずれかで終わるファイル名を指定してください</translation>
    </message>
    <message>
        <source>cannot write the report to &quot;%1&quot;: %2</source>
        <translation>レポートを &quot;%1&quot; に書き出せません: %2</translation>
    </message>
    <message>
        <source>the report could not be rendered</source>
        <translation>レポートを作成できませんでした</translation>
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
        <translation>DNS検索1回あたりのタイムアウト(&amp;T):</translation>
    </message>
    <message numerus="yes">
        <source>The system resolver gives up on a query after %n second(s) until the program is started again (set by the first check of this run). A longer timeout takes effect after a restart; the session is kept.</source>
        <translation>
            <numerusform>プログラムを起動し直すまで、システムのリゾルバは 1 回の問い合わせを %n 秒で打ち切ります (今回の起動で最初の確認を行ったときに設定されました)。これより長い制限時間は、プログラムの再起動後に有効になります。セッションは保持されます。</numerusform>
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
        <translation>INPUT の先頭に ACCEPT ルールを挿入する iptables コマンド (既にあるルールは飛ばします)。</translation>
    </message>
    <message>
        <source>nftables (Linux)</source>
        <translation>nftables (Linux)</translation>
    </message>
    <message>
        <source>An nft -f file: a set of the ranges and a rule at the top of the inet filter input chain.</source>
        <translation>nft -f 用のファイル: IPアドレス帯のセットと、inet filter の input チェーン先頭のルール。</translation>
    </message>
    <message>
        <source>firewalld (RHEL, Rocky, Fedora)</source>
        <translation>firewalld (RHEL、Rocky、Fedora)</translation>
    </message>
    <message>
        <source>firewall-cmd commands: an ipset of the ranges and a rich rule in the public zone.</source>
        <translation>firewall-cmd コマンド: IPアドレス帯の ipset と、public ゾーンのリッチルール。</translation>
    </message>
    <message>
        <source>ufw (Ubuntu)</source>
        <translation>ufw (Ubuntu)</translation>
    </message>
    <message>
        <source>ufw commands: one allow rule per range, placed before the existing rules.</source>
        <translation>ufw コマンド: IPアドレス帯ごとの allow ルールを既存のルールより前に追加します。</translation>
    </message>
    <message>
        <source>Windows Defender Firewall</source>
        <translation>Windows Defender ファイアウォール</translation>
    </message>
    <message>
        <source>PowerShell: one inbound rule, created or extended with the ranges.</source>
        <translation>PowerShell: ファイアウォールの受信の規則を 1 つ作成するか、既存の規則に IPアドレス帯を追加します。</translation>
    </message>
    <message>
        <source>pf (OpenBSD, FreeBSD, macOS)</source>
        <translation>pf (OpenBSD、FreeBSD、macOS)</translation>
    </message>
    <message>
        <source>pf.conf lines: a table of the ranges and a quick pass rule.</source>
        <translation>pf.conf の行: IPアドレス帯のテーブルと quick の pass ルール。</translation>
    </message>
    <message>
        <source>Cisco ASA</source>
        <translation>Cisco ASA</translation>
    </message>
    <message>
        <source>A network object group and an access list entry at the top of the list.</source>
        <translation>ネットワークオブジェクトグループと、リスト先頭のアクセスリストエントリ。</translation>
    </message>
    <message>
        <source>Cisco IOS / IOS XE</source>
        <translation>Cisco IOS / IOS XE</translation>
    </message>
    <message>
        <source>Extended access list entries with wildcard masks, numbered to come first.</source>
        <translation>ワイルドカードマスクを使った拡張アクセスリストのエントリ (先頭に来る番号付き)。</translation>
    </message>
    <message>
        <source>Juniper SRX</source>
        <translation>Juniper SRX</translation>
    </message>
    <message>
        <source>set commands: address book entries, an address set and a security policy.</source>
        <translation>set コマンド: アドレス帳エントリ、アドレスセット、セキュリティポリシー。</translation>
    </message>
    <message>
        <source>Fortinet FortiGate</source>
        <translation>Fortinet FortiGate</translation>
    </message>
    <message>
        <source>FortiOS CLI: address objects appended to an address group, and a firewall policy.</source>
        <translation>FortiOS CLI: アドレスグループに追加するアドレスオブジェクトと、ファイアウォールポリシー。</translation>
    </message>
    <message>
        <source>Palo Alto Networks (PAN-OS)</source>
        <translation>Palo Alto Networks (PAN-OS)</translation>
    </message>
    <message>
        <source>set commands: address objects, an address group and a security rule.</source>
        <translation>set コマンド: アドレスオブジェクト、アドレスグループ、セキュリティルール。</translation>
    </message>
    <message>
        <source>Check Point</source>
        <translation>Check Point</translation>
    </message>
    <message>
        <source>mgmt_cli commands: network objects, a group and an access rule, then publish and install.</source>
        <translation>mgmt_cli コマンド: ネットワークオブジェクト、グループ、アクセスルールの作成と publish・インストール。</translation>
    </message>
    <message>
        <source>AWS security group</source>
        <translation>AWS セキュリティグループ</translation>
    </message>
    <message>
        <source>AWS CLI: inbound rules added to a security group, one per range.</source>
        <translation>AWS CLI: IPアドレス帯ごとにセキュリティグループへ受信ルールを追加します。</translation>
    </message>
    <message>
        <source>Azure network security group</source>
        <translation>Azure ネットワークセキュリティグループ</translation>
    </message>
    <message>
        <source>Azure CLI: an inbound security rule with every range.</source>
        <translation>Azure CLI: すべての IPアドレス帯を含む受信セキュリティ規則。</translation>
    </message>
    <message>
        <source>Google Cloud VPC firewall</source>
        <translation>Google Cloud VPC ファイアウォール</translation>
    </message>
    <message>
        <source>gcloud: an ingress firewall rule with every range.</source>
        <translation>gcloud: すべての IPアドレス帯を含む上り (ingress) ファイアウォールルール。</translation>
    </message>
    <message>
        <source>Postfix</source>
        <translation>Postfix</translation>
    </message>
    <message>
        <source>A check_client_access cidr table of the ranges, put in front of smtpd_client_restrictions.</source>
        <translation>IPアドレス帯の check_client_access 用 cidr テーブルを smtpd_client_restrictions の先頭に追加します。</translation>
    </message>
    <message>
        <source>Microsoft 365 / Exchange Online</source>
        <translation>Microsoft 365 / Exchange Online</translation>
    </message>
    <message>
        <source>PowerShell that adds the ranges to the Office 365 inbound connector (or Enhanced Filtering, or the IP Allow List).</source>
        <translation>Office 365 の受信コネクタ (または拡張フィルター、IP 許可一覧) に IPアドレス帯を追加する PowerShell。</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises)</source>
        <translation>Exchange Server (オンプレミス)</translation>
    </message>
    <message>
        <source>Exchange Management Shell: the ranges added to a receive connector.</source>
        <translation>Exchange 管理シェル: 受信コネクタに IPアドレス帯を追加します。</translation>
    </message>
    <message>
        <source>%1 data center</source>
        <translation>%1 データセンター</translation>
    </message>
    <message>
        <source>%1: accept mail (SMTP, TCP port %2) from the TMEmS mail servers of the %3.</source>
        <translation>%1: %3のTMEmSメールサーバからのメール (SMTP、TCPポート %2) を受け付けます。</translation>
    </message>
    <message>
        <source>%1: accept mail from the TMEmS mail servers of the %2.</source>
        <translation>%1: %2のTMEmSメールサーバからのメールを受け付けます。</translation>
    </message>
    <message numerus="yes">
        <source>IP address ranges: only the %n added range(s).</source>
        <translation>
            <numerusform>IPアドレス帯: 追加IPアドレス帯 %n 件のみ。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>IP address ranges: all %n range(s), existing and added.</source>
        <translation>
            <numerusform>IPアドレス帯: 既存のIPアドレス帯と追加IPアドレス帯の全 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The added ranges are in use from %1.</source>
        <translation>追加IPアドレス帯は %1 から使用されています。</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>date</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Source: %1, &quot;%2&quot; (published %3, updated %4).</source>
        <translation>出典: %1「%2」(公開 %3、更新 %4)。</translation>
    </message>
    <message>
        <source>Source: %1, &quot;%2&quot; (published %3).</source>
        <translation>出典: %1「%2」(公開 %3)。</translation>
    </message>
    <message>
        <source>Catalog version %1. Generated by tmems-assistant, which is not affiliated with Trend Micro.</source>
        <translation>カタログのバージョン %1。tmems-assistant で生成しました (トレンドマイクロ社とは関係ありません)。</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;; known platforms: %2</source>
        <translation>不明なプラットフォーム「%1」です。使用できるプラットフォーム: %2</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535, not %1</source>
        <translation>ポートは 1 から 65535 の数値で指定してください (%1 は指定できません)</translation>
    </message>
    <message>
        <source>the %1 snippet does not depend on the TCP port; leave the port at 25</source>
        <translation>%1 の設定は TCP ポートに依存しません。ポートは 25 のままにしてください</translation>
    </message>
    <message>
        <source>the %1 snippet has no variants</source>
        <translation>%1 の設定には方式 (バリアント) がありません</translation>
    </message>
    <message>
        <source>unknown variant &quot;%1&quot; for %2; use %3</source>
        <translation>%2 の不明な方式「%1」です。%3 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>unknown data center &quot;%1&quot;</source>
        <translation>不明なデータセンター「%1」です</translation>
    </message>
    <message>
        <source>the catalog lists no added IP address ranges for the %1</source>
        <translation>カタログには %1 の追加IPアドレス帯がありません</translation>
    </message>
    <message>
        <source>the catalog lists no IP address ranges for the %1</source>
        <translation>カタログには %1 の IPアドレス帯がありません</translation>
    </message>
    <message>
        <source>the catalog range &quot;%1&quot; is not a plain CIDR</source>
        <translation>カタログの IPアドレス帯「%1」は CIDR 形式ではありません</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;</source>
        <translation>不明なプラットフォーム「%1」です</translation>
    </message>
</context>
<context>
    <name>SnippetCommand</name>
    <message>
        <source>Print a configuration snippet that lets a firewall or mail server accept mail from the ranges.</source>
        <translation>ファイアウォールやメールサーバが IPアドレス帯からのメールを受け付けるための設定を表示します。</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>プラットフォーム:</translation>
    </message>
    <message>
        <source>Variants of exchange-online (--variant):</source>
        <translation>exchange-online の方式 (--variant):</translation>
    </message>
    <message>
        <source>The platform id (see the list above).</source>
        <translation>プラットフォームの ID (上の一覧を参照)。</translation>
    </message>
    <message>
        <source>Data center (default: jp).</source>
        <translation>データセンター (既定: jp)。</translation>
    </message>
    <message>
        <source>Only the ranges added on 2024-08-21.</source>
        <translation>2024-08-21 の追加IPアドレス帯のみ。</translation>
    </message>
    <message>
        <source>TCP port the mail server listens on (default: 25).</source>
        <translation>メールサーバが待ち受ける TCP ポート (既定: 25)。</translation>
    </message>
    <message>
        <source>For exchange-online: connector (default), enhanced-filtering or ip-allow-list.</source>
        <translation>exchange-online 用: connector (既定)、enhanced-filtering、ip-allow-list のいずれか。</translation>
    </message>
    <message>
        <source>name a platform: %1</source>
        <translation>プラットフォームを指定してください: %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>不要な引数「%1」があります</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;; known platforms: %2</source>
        <translation>不明なプラットフォーム「%1」です。使用できるプラットフォーム: %2</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>--port は 1 から 65535 の数値で指定してください (「%1」は指定できません)</translation>
    </message>
    <message>
        <source>--variant applies only to exchange-online, not to %1</source>
        <translation>--variant は exchange-online にのみ指定できます (%1 には指定できません)</translation>
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
        <translation>%2 件中 %1 件を確認した時点で中止しました。</translation>
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
        <source>%1 of %2 ranges</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>SPF check</source>
        <translation>SPFの確認</translation>
    </message>
    <message>
        <source>Each domain&apos;s SPF record: is it healthy, and does it use the legacy TMEmS include?</source>
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
        <translation>SPFで許可済みの日本データセンターのIPアドレス帯</translation>
    </message>
    <message>
        <source>SPF results</source>
        <translation>SPFの確認結果</translation>
    </message>
    <message>
        <source>Domain does not exist</source>
        <translation>ドメインが存在しない</translation>
    </message>
    <message>
        <source>Confirm the data center</source>
        <translation>データセンターを確認</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>TMEmS include, DNS failed</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>coverage, DNS failed</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 of %2 ranges, %3 unknown</source>
        <translation>%2 件中 %1 件、%3 件は不明</translation>
    </message>
    <message>
        <source>Restore the legacy include</source>
        <translation>既存のSPFレコードに戻す</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>DNS lookups, DNS failed</comment>
        <translation>不明</translation>
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
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation>「%1」は有効なドメイン名ではありません</translation>
    </message>
    <message>
        <source>the query was cancelled</source>
        <translation>DNS検索が取り消されました</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups returned no answer (void lookups)</source>
        <translation>空のDNS検索 (レコードが返らなかったDNS検索) が %1 回を超えました</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect) were evaluated</source>
        <translation>SPF検証におけるDNS検索回数上限超過: DNS検索を伴う項目 (include、a、mx、ptr、exists、redirect) が %1 個を超えました</translation>
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
        <translation>%1 には %2 件のSPFレコードが公開されています。許されるのは1件のみです</translation>
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
        <translation>%1 には %2 件のMXレコードがあります。mxメカニズムで扱えるのは最大 %3 件です</translation>
    </message>
</context>
<context>
    <name>SpfCommand</name>
    <message>
        <source>Check whether an IP address may send mail for a domain (RFC 7208 SPF).</source>
        <translation>IPアドレスがドメインのメールを送信してよいかを検証します (RFC 7208 SPF)。</translation>
    </message>
    <message>
        <source>The domain whose SPF record is checked.</source>
        <translation>SPFレコードを検証するドメイン。</translation>
    </message>
    <message>
        <source>The sending server&apos;s IPv4 or IPv6 address (required).</source>
        <translation>送信サーバのIPv4またはIPv6アドレス (必須)。</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM) address, for macros (default: postmaster@DOMAIN).</source>
        <translation>マクロで使うエンベロープ送信者 (MAIL FROM) アドレス (既定: postmaster@DOMAIN)。</translation>
    </message>
    <message>
        <source>The HELO/EHLO name, for macros (default: DOMAIN).</source>
        <translation>マクロで使う HELO/EHLO 名 (既定: DOMAIN)。</translation>
    </message>
    <message>
        <source>Send every DNS query to this server (port 53).</source>
        <translation>すべてのDNS検索をこのサーバ (ポート53) に送ります。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果をJSONで出力します。</translation>
    </message>
    <message>
        <source>a DOMAIN is required</source>
        <translation>ドメインを指定してください</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; give one domain</source>
        <translation>余分な引数「%1」があります。ドメインは1つだけ指定してください</translation>
    </message>
    <message>
        <source>--ip is required</source>
        <translation>--ip の指定が必要です</translation>
    </message>
    <message>
        <source>Domain: %1  IP address: %2</source>
        <translation>ドメイン: %1  IPアドレス: %2</translation>
    </message>
    <message>
        <source>DNS lookups: %1 (limit %2); void lookups: %3 (limit %4)</source>
        <translation>DNS検索回数: %1 回 (上限 %2 回)、空のDNS検索: %3 回 (上限 %4 回)</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>判定した項目: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Explanation published by the domain: %1</source>
        <translation>ドメインが公開している説明: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sender address (local-part@domain)</source>
        <translation>「%1」は送信者アドレス (ローカル部@ドメイン) ではありません</translation>
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
        <translation>変更後のSPFレコード (案)(&amp;P):</translation>
    </message>
    <message>
        <source>Proposed SPF record</source>
        <translation>変更後のSPFレコード (案)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>DNS検索回数</translation>
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
        <source>&amp;Outbound protection is enabled for this domain (&quot;Enable outbound protection&quot; in the console)</source>
        <translation>このドメインで送信保護を有効にしている（管理コンソールの「送信保護を有効にする」）(&amp;O)</translation>
    </message>
    <message>
        <source>Outbound protection is enabled for %1</source>
        <translation>%1 は送信保護が有効</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>include tree column</comment>
        <translation>状態</translation>
    </message>
    <message>
        <source>None: the domain does not exist in DNS.</source>
        <translation>なし（ドメインが DNS に存在しません）。</translation>
    </message>
    <message>
        <source>None until the data center is confirmed as Japan: on another data center the Japan SPF record would fail this domain&apos;s mail.</source>
        <translation>日本データセンターであることを確認するまでありません。ほかのデータセンターでは、新しいSPFレコードによってこのドメインのメールがSPF検証失敗となります。</translation>
    </message>
    <message>
        <source>(could not be read: DNS failed)</source>
        <translation>（DNS検索の失敗により取得できず）</translation>
    </message>
    <message>
        <source>Replace include:%1 with include:%2 in the SPF record of %3.</source>
        <translation>%3 のSPFレコードの include:%1 を include:%2 に置き換えてください。</translation>
    </message>
    <message>
        <source>Include %1 instead of %2: the Japan record does not list the %3&apos;s servers.</source>
        <translation>%2 の代わりに %1 をインクルードしてください: 新しいSPFレコードには%3のメールサーバが含まれません。</translation>
    </message>
</context>
<context>
    <name>SpfDnsData</name>
    <message>
        <source>the answer was not fetched</source>
        <translation>応答を取得していません</translation>
    </message>
</context>
<context>
    <name>SpfFindings</name>
    <message>
        <source>%1 publishes no SPF record, so receivers cannot tell which servers may send its mail. Publish one SPF record that lists the servers sending mail for the domain.</source>
        <translation>%1 にはSPFレコードが公開されていないため、受信側はどのサーバがこのドメインのメールを送信してよいか判断できません。このドメインのメールを送信するサーバを列挙したSPFレコードを1つ公開してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 publishes %n SPF records; receivers accept exactly one and treat this as an error (permerror). Merge them into a single record.</source>
        <translation>
            <numerusform>%1 には %n 個のSPFレコードが公開されています。受信側は1つだけを受け付けるため、エラー (permerror) として扱います。1つのレコードにまとめてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error (%2); receivers treat the whole record as an error (permerror). Correct the record.</source>
        <translation>%1 のSPFレコードに構文の誤りがあります (%2)。受信側はレコード全体をエラー (permerror) として扱います。レコードを修正してください。</translation>
    </message>
    <message>
        <source>Checking this SPF record takes %1 DNS lookups; receivers stop at 10 and the SPF check fails (permerror). Remove include: mechanisms that are no longer needed; on the Japan data center, replace the legacy include with the Japan one.</source>
        <translation>このSPFレコードの検証には %1 回のDNS検索が必要です。上限は10回のため、SPF検証におけるDNS検索回数上限超過となり、SPF検証失敗 (permerror) となります。不要になったインクルードメカニズム (&quot;include:&quot;) を削除し、日本データセンターをご利用の場合は既存のSPFレコードを新しいSPFレコードに置き換えてください。</translation>
    </message>
    <message>
        <source>%1 DNS lookups of this SPF record find no records; receivers stop after 2 and the SPF check fails (permerror). Remove mechanisms that point at names without records.</source>
        <translation>このSPFレコードでは %1 回のDNS検索で結果が見つかりません。上限は2回のため、SPF検証失敗 (permerror) となります。レコードのない名前を指すメカニズムを削除してください。</translation>
    </message>
    <message>
        <source>The SPF record of %1 reaches itself again through include: or redirect=; receivers treat the loop as an error. Remove the mechanism that closes the loop.</source>
        <translation>%1 のSPFレコードは include: または redirect= を通じて自分自身に戻っています。受信側はこの循環をエラーとして扱います。循環の原因となっているメカニズムを削除してください。</translation>
    </message>
    <message>
        <source>%1 is included, but it has no SPF record; receivers that reach it treat the check as an error (permerror). Correct the name or remove the mechanism (%2).</source>
        <translation>%1 がインクルードされていますが、SPFレコードがありません。ここに到達した受信側は検証をエラー (permerror) として扱います。名前を修正するか、メカニズム (%2) を削除してください。</translation>
    </message>
    <message>
        <source>The SPF record of %1 uses the ptr mechanism, which RFC 7208 advises against: it is slow, unreliable, and some receivers ignore it. List the servers with ip4:, ip6: or a instead.</source>
        <translation>%1 のSPFレコードは ptr メカニズムを使用しています。RFC 7208 は使用しないよう勧めています (遅く、信頼性が低く、無視する受信側もあります)。代わりに ip4:、ip6:、a でサーバを列挙してください。</translation>
    </message>
    <message>
        <source>The SPF record of %1 contains +all, which lets every server on the Internet send mail in the domain&apos;s name. End the record with -all or ~all instead.</source>
        <translation>%1 のSPFレコードには +all が含まれており、インターネット上のすべてのサーバがこのドメイン名でメールを送信できてしまいます。代わりに -all または ~all でレコードを終えてください。</translation>
    </message>
    <message>
        <source>The SPF record of %1 has no all mechanism, so mail from servers it does not list gets no clear answer (neutral). End the record with -all or ~all.</source>
        <translation>%1 のSPFレコードには all メカニズムがないため、列挙されていないサーバからのメールに明確な判定が出ません (neutral)。-all または ~all でレコードを終えてください。</translation>
    </message>
    <message>
        <source>The SPF record of %1 has an all mechanism, so its redirect= is never used. Remove one of the two.</source>
        <translation>%1 のSPFレコードには all メカニズムがあるため、redirect= は使用されません。どちらか一方を削除してください。</translation>
    </message>
    <message>
        <source>The DNS lookup of %1 failed (%2), so the result could not be determined. Check the DNS server and run the check again.</source>
        <translation>%1 のDNS検索に失敗したため (%2)、結果を判定できませんでした。DNSサーバを確認して、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS (NXDOMAIN). Check the spelling of the domain name.</source>
        <translation>ドメイン %1 は DNS に存在しません (NXDOMAIN)。ドメイン名の綴りを確認してください。</translation>
    </message>
    <message>
        <source>The SPF tree of %1 is too large to analyse completely; only its first part was read. Receivers stop after 10 DNS lookups anyway.</source>
        <translation>%1 のSPFレコードのツリーは大きすぎるため、最初の部分だけを読み込みました。受信側もDNS検索10回で検証を打ち切ります。</translation>
    </message>
    <message>
        <source>The %1 was chosen, but the MX hosts of %2 point to the %3. Check the domain&apos;s data center in the management console.</source>
        <translation>%1が指定されましたが、%2 の MX ホストは%3を指しています。管理コンソールでこのドメインのデータセンターを確認してください。</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>server failure</source>
        <translation>サーバの障害</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>character not allowed in a macro string</source>
        <translation>マクロ文字列に使えない文字です</translation>
    </message>
    <message>
        <source>&quot;%&quot; at the end; write &quot;%%&quot; for a percent sign</source>
        <translation>末尾に「%」があります。パーセント記号は「%%」と書きます</translation>
    </message>
    <message>
        <source>&quot;%&quot; must be followed by {, %, _ or -</source>
        <translation>「%」の後には {、%、_、- のいずれかが必要です</translation>
    </message>
    <message>
        <source>unterminated macro</source>
        <translation>マクロが閉じられていません</translation>
    </message>
    <message>
        <source>macro letter &quot;%1&quot; is only allowed in explanation text</source>
        <translation>マクロ文字「%1」は説明文 (exp) の中でのみ使えます</translation>
    </message>
    <message>
        <source>unknown macro letter &quot;%1&quot;</source>
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
        <source>the domain must end in a valid top-level label (such as &quot;.com&quot;) or a macro</source>
        <translation>ドメインは有効なトップレベルラベル (「.com」など) またはマクロで終わる必要があります</translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=spf1&quot;</source>
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
        <source>unknown mechanism &quot;%1&quot;</source>
        <translation>不明なメカニズム「%1」です</translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no argument</source>
        <translation>「all」は引数を取りません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;:domain&quot;</source>
        <translation>「%1」には「:ドメイン」が必要です</translation>
    </message>
    <message>
        <source>&quot;%1=&quot; appears more than once</source>
        <translation>「%1=」が複数回あります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;:address&quot;</source>
        <translation>「%1」には「:アドレス」が必要です</translation>
    </message>
    <message>
        <source>invalid prefix length &quot;%1&quot;</source>
        <translation>プレフィックス長「%1」が正しくありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>「%1」はIPv4アドレスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
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
        <source>invalid prefix length or missing &quot;:&quot; after &quot;%1&quot;</source>
        <translation>プレフィックス長が正しくないか、「%1」の後に「:」がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes only &quot;:domain&quot;</source>
        <translation>「%1」に指定できるのは「:ドメイン」のみです</translation>
    </message>
</context>
<context>
    <name>SpfResult</name>
    <message>
        <source>The domain publishes no SPF record (or the name is not a valid domain).</source>
        <translation>このドメインにはSPFレコードが公開されていません (または有効なドメイン名ではありません)。</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record makes no statement about this IP address.</source>
        <translation>このドメインのSPFレコードは、このIPアドレスについて何も指定していません。</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record authorizes this IP address to send its mail.</source>
        <translation>このドメインのSPFレコードは、このIPアドレスからのメール送信を許可しています。</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record says this IP address is not authorized to send its mail.</source>
        <translation>このドメインのSPFレコードでは、このIPアドレスからのメール送信は許可されていません。</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record says this IP address is probably not authorized (softfail).</source>
        <translation>このドメインのSPFレコードでは、このIPアドレスはおそらく許可されていません (softfail)。</translation>
    </message>
    <message>
        <source>The check could not finish because of a temporary DNS error; try again later.</source>
        <translation>一時的なDNSエラーのため検証を完了できませんでした。しばらくしてから再度お試しください。</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record is broken and cannot be evaluated (permerror).</source>
        <translation>このドメインのSPFレコードに誤りがあり、評価できません (permerror)。</translation>
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
        <source>unknown data center &quot;%1&quot;</source>
        <translation>不明なデータセンター「%1」</translation>
    </message>
    <message>
        <source>the catalog lists no IP address ranges for data center &quot;%1&quot;; only the Japan data center (jp) changed</source>
        <translation>カタログにはデータセンター「%1」の IPアドレス帯がありません。変更があったのは日本データセンター (jp) だけです</translation>
    </message>
    <message>
        <source>Usage: tmems-assistant %1</source>
        <translation>使い方: tmems-assistant %1</translation>
    </message>
    <message>
        <source>%1 [options]</source>
        <translation>%1 [オプション]</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 には値を指定してください</translation>
    </message>
    <message>
        <source>%1 was given more than once</source>
        <translation>%1 が複数回指定されています</translation>
    </message>
    <message>
        <source>no domain given; name at least one domain or use --domains-file</source>
        <translation>ドメインが指定されていません。ドメインを1つ以上指定するか、--domains-file を使用してください</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>何も確認していません。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>No change needed: the domain is on the %1.</source>
        <translation>変更は不要です: このドメインは%1を使用しています。</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>対応不要</translation>
    </message>
    <message>
        <source>Confirm in the management console which data center serves this domain.</source>
        <translation>このドメインのデータセンターを管理コンソールで確認する。</translation>
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
        <source>%1 (%2)</source>
        <comment>domain (data center)</comment>
        <translation>%1（%2）</translation>
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
        <source>Information</source>
        <translation>情報</translation>
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
        <source>Priority</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
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
        <source>Report saved to %1</source>
        <translation>レポートを保存しました: %1</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Check the spelling of the domain name: it does not exist in DNS.</source>
        <translation>ドメイン名の綴りを確認する（DNSに存在しないドメイン）。</translation>
    </message>
    <message>
        <source>Only if the data center is Japan: confirm it first</source>
        <translation>日本データセンターの場合のみ: 先に確認してください</translation>
    </message>
    <message>
        <source>Required actions keep mail flowing: without them, mail is blocked or fails its SPF check. Recommended ones keep outbound mail passing SPF.</source>
        <translation>必須の対応は、メールを止めないための対応です (行わないと、メールの受信拒否やSPF検証失敗が起きます)。推奨の対応は、送信メールのSPF検証失敗を防ぎます。</translation>
    </message>
    <message>
        <source>Check the domain again once DNS answers: the last check is incomplete.</source>
        <translation>DNS が応答するようになったら、もう一度確認する (前回の確認は不完全です)。</translation>
    </message>
    <message>
        <source>Include the legacy SPF record again: the Japan record does not list this data center&apos;s servers.</source>
        <translation>既存のSPFレコードをインクルードし直す (新しいSPFレコードにはこのデータセンターのメールサーバが含まれません)。</translation>
    </message>
</context>
<context>
    <name>UiUtil</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>Not detected</source>
        <translation>判定できず</translation>
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
        <translation>追加IPアドレス帯: %1（既存のIPアドレス帯 %2 とあわせて使用されます）。</translation>
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
        <source>This assistant reads each domain&apos;s MX and SPF records, tells you which ones are on the Japan data center, and gives you the firewall, Office 365 and SPF settings to paste. It changes nothing by itself.</source>
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
    <message>
        <source>Required: every inbound server and Office 365 inbound connector must accept mail from the added ranges.</source>
        <translation>必須: すべての受信サーバと Office 365 の受信コネクタで、追加IPアドレス帯からのメールを受け付けるようにします。</translation>
    </message>
    <message>
        <source>Recommended: where outbound protection is enabled, replace include:%1 with include:%2 in the SPF record.</source>
        <translation>推奨: 送信保護を有効にしている場合は、SPFレコードの include:%1 を include:%2 に置き換えます。</translation>
    </message>
</context>
</TS>
