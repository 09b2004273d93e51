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
            <translation>ドメインを確認します: データセンター、SPFレコード、TMEmS のインクルード、必要な変更。</translation>
        </message>
        <message>
            <source>cannot read the domains file "%1": %2</source>
            <translation>ドメイン一覧ファイル「%1」を読み込めません: %2</translation>
        </message>
        <message>
            <source>the domains file "%1" is too large to be a list of domains</source>
            <translation>ドメイン一覧ファイル「%1」はドメインの一覧としては大きすぎます</translation>
        </message>
        <message>
            <source>no domain given; name at least one domain or use --domains-file</source>
            <translation>ドメインが指定されていません。ドメインを1つ以上指定するか、--domains-file を使用してください</translation>
        </message>
        <message>
            <source>tmems-assistant %1: %2</source>
            <translation>tmems-assistant %1: %2</translation>
        </message>
        <message>
            <source>Nothing was checked.</source>
            <translation>何も確認していません。</translation>
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
            <source>unknown data center "%1"; use auto, jp or us</source>
            <translation>不明なデータセンター「%1」です。auto、jp、us のいずれかを指定してください</translation>
        </message>
        <message>
            <source>the timeout must be a number of milliseconds from 100 to 60000</source>
            <translation>タイムアウトは 100 から 60000 までのミリ秒で指定してください</translation>
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
            <translation>SPF検証に成功</translation>
        </message>
        <message>
            <source>partly passes SPF</source>
            <comment>coverage: some addresses of the range</comment>
            <translation>一部のみSPF検証に成功</translation>
        </message>
        <message>
            <source>does not pass SPF</source>
            <comment>coverage: no address of the range</comment>
            <translation>SPF検証失敗</translation>
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
            <source>%1 (from the SPF record's include)</source>
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
            <translation>DNS検索回数: %1 (上限 10)、結果のないDNS検索: %2 (上限 2)</translation>
        </message>
        <message>
            <source>DNS lookups: %1 now, %2 after the change (limit 10), void lookups: %3 (limit 2)</source>
            <translation>DNS検索回数: 現在 %1、変更後 %2 (上限 10)、結果のないDNS検索: %3 (上限 2)</translation>
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
            <translation>必要な作業:</translation>
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
            <source>Domains checked: %1; needing action: %2; not checked because DNS failed: %3</source>
            <translation>確認したドメイン: %1、作業が必要: %2、DNS検索の失敗で確認できなかったもの: %3</translation>
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
            <source>Where outbound protection is enabled for %1, replace include:%2 with include:%3 in its SPF record (see the proposed record). DNS lookups: %4 now, %5 after the change.</source>
            <translation>%1 で送信保護を有効にしている場合は、SPFレコードの include:%2 を include:%3 に置き換えてください (変更後のSPFレコード案を参照)。DNS検索回数: 現在 %4、変更後 %5。</translation>
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
            <translation>%1 は%2を使用しています。日本データセンターの変更に伴う作業は不要です。</translation>
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
        <message>
            <source>the macros expand to more than %1 characters</source>
            <translation>マクロの展開結果が%1文字を超えています</translation>
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
            <source>"%1" cannot be looked up in DNS: it is not a valid host name.</source>
            <translation>「%1」は有効なホスト名ではないため、DNS検索できません。</translation>
        </message>
        <message>
            <source>DNS query for %1 failed: %2</source>
            <translation>%1 のDNS検索に失敗しました: %2</translation>
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
        <name>SpfCommand</name>
        <message>
            <source>Check whether an IP address may send mail for a domain (RFC 7208 SPF).</source>
            <translation>IPアドレスがドメインのメールを送信してよいかを検証します(RFC 7208 SPF)。</translation>
        </message>
        <message>
            <source>The domain whose SPF record is checked.</source>
            <translation>SPFレコードを検証するドメイン。</translation>
        </message>
        <message>
            <source>The sending server's IPv4 or IPv6 address (required).</source>
            <translation>送信サーバのIPv4またはIPv6アドレス(必須)。</translation>
        </message>
        <message>
            <source>The envelope sender (MAIL FROM) address, for macros (default: postmaster@DOMAIN).</source>
            <translation>マクロで使うエンベロープ送信者(MAIL FROM)アドレス(既定: postmaster@ドメイン)。</translation>
        </message>
        <message>
            <source>The HELO/EHLO name, for macros (default: DOMAIN).</source>
            <translation>マクロで使うHELO/EHLO名(既定: ドメイン)。</translation>
        </message>
        <message>
            <source>Send every DNS query to this server (port 53).</source>
            <translation>すべてのDNS検索をこのサーバ(ポート53)に送ります。</translation>
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
            <source>unexpected argument "%1"; give one domain</source>
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
            <translation>DNS検索: %1回(上限%2回)、ボイドルックアップ: %3回(上限%4回)</translation>
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
            <source>"%1" is not a sender address (local-part@domain)</source>
            <translation>「%1」は送信者アドレス(ローカル部@ドメイン)ではありません</translation>
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
            <translation>このSPFレコードの検証には %1 回のDNS検索が必要です。上限は10回のため、SPF検証におけるDNS検索回数上限超過となり、SPF検証失敗 (permerror) となります。不要になったインクルードメカニズム ("include:") を削除し、日本データセンターをご利用の場合は既存のSPFレコードを新しいSPFレコードに置き換えてください。</translation>
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
            <source>The SPF record of %1 contains +all, which lets every server on the Internet send mail in the domain's name. End the record with -all or ~all instead.</source>
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
