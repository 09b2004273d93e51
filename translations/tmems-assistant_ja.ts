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
</TS>
