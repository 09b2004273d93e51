// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidatorRunner.h"

#include "CatalogLoader.h"
#include "CatalogWithRange.h"
#include "SnippetBuilder.h"
#include "Translations.h"

#include <QTemporaryDir>
#include <QTest>

/// Checks the generated snippets with the real tools, never on the host: each tool
/// runs inside `unshare -r -n` (plus -m where a copy of its configuration is
/// bind-mounted over /etc). Every check also gets deliberately broken snippets and
/// must reject them, so that a check which accepts everything cannot pass.
/// Tools that are missing, or a kernel that refuses namespaces, skip with the reason.
class TestSnippetValidators final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nftables_data();
    void nftables();
    void iptables_data();
    void iptables();
    void firewalld_data();
    void firewalld();
    void ufw_data();
    void ufw();
    void postfix_data();
    void postfix();
    void gcloud_data();
    void gcloud();
    void aws_data();
    void aws();
    void powershell_data();
    void powershell();

private:
    struct Mutation
    {
        const char *name;
        const char *from;
        const char *to;
    };
    static Catalog ipv6Catalog();
    static QString snippet(const QString &platform, bool addedOnly = false, int port = 25, const QString &variant = {},
                           const QString &language = QStringLiteral("en"), const Catalog &catalog = CatalogLoader::builtIn());
    static QStringList rangesOf(const Catalog &catalog, bool addedOnly);
    static void addColumns();
    /// The usual rows (all, added-only, port, Japanese, an IPv6 range where the
    /// platform takes one) plus one broken row per mutation of the "all" text.
    static void addRows(const QString &platform, const QList<Mutation> &broken, bool withPort = true, bool withIpv6 = true);
    static void requireTool(const QString &name);
    /// Writes a shell wrapper `name` into `dir` that runs `body`.
    static bool writeShim(const QString &dir, const QString &name, const QString &body);
};

Catalog TestSnippetValidators::ipv6Catalog()
{
    QString error;
    const auto catalog = CatalogLoader::loadJson(catalogJsonWithRange(QStringLiteral("2001:db8:10::/48")), &error);
    if (!catalog)
        qFatal("IPv6 test catalog refused: %s", qPrintable(error));
    return *catalog;
}

QString TestSnippetValidators::snippet(const QString &platform, bool addedOnly, int port, const QString &variant,
                                       const QString &language, const Catalog &catalog)
{
    Translations::install(language);
    SnippetOptions options;
    options.platformId = platform;
    options.addedOnly = addedOnly;
    options.port = port;
    options.variant = variant;
    const SnippetResult result = SnippetBuilder(catalog, QStringLiteral("jp")).build(options);
    Translations::install(QStringLiteral("en"));
    if (!result.ok())
        qFatal("snippet %s failed: %s", qPrintable(platform), qPrintable(result.error));
    return result.text;
}

QStringList TestSnippetValidators::rangesOf(const Catalog &catalog, bool addedOnly)
{
    QStringList out;
    for (const IpNetwork &n : catalog.dataCenter(QStringLiteral("jp"))->networks(addedOnly))
        out.append(n.toString());
    return out;
}

void TestSnippetValidators::addColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("ranges");
    QTest::addColumn<int>("port");
}

void TestSnippetValidators::addRows(const QString &platform, const QList<Mutation> &broken, bool withPort, bool withIpv6)
{
    addColumns();
    const Catalog builtIn = CatalogLoader::builtIn();
    const QString all = snippet(platform);
    QTest::newRow("all ranges") << all << true << rangesOf(builtIn, false) << 25;
    QTest::newRow("added only") << snippet(platform, true) << true << rangesOf(builtIn, true) << 25;
    if (withPort)
        QTest::newRow("port 2525") << snippet(platform, false, 2525) << true << rangesOf(builtIn, false) << 2525;
    QTest::newRow("Japanese comments") << snippet(platform, false, 25, {}, QStringLiteral("ja")) << true
                                       << rangesOf(builtIn, false) << 25;
    if (withIpv6) {
        const Catalog v6 = ipv6Catalog();
        QTest::newRow("with an IPv6 range") << snippet(platform, false, 25, {}, QStringLiteral("en"), v6) << true
                                            << rangesOf(v6, false) << 25;
    }
    for (const Mutation &m : broken) {
        QString text = all;
        text.replace(QLatin1String(m.from), QLatin1String(m.to));
        if (text == all)
            qFatal("mutation \"%s\" changed nothing in the %s snippet", m.name, qPrintable(platform));
        QTest::newRow(m.name) << text << false << QStringList() << 25;
    }
}

void TestSnippetValidators::requireTool(const QString &name)
{
    if (findTool(name).isEmpty())
        QSKIP(qPrintable(QStringLiteral("%1 is not installed (tools/deps.sh test installs it)").arg(name)));
    if (!namespacesAllowed())
        QSKIP("this kernel or container does not allow user + network namespaces (unshare -r -n), "
              "and the validators never touch the host's own firewall");
}

bool TestSnippetValidators::writeShim(const QString &dir, const QString &name, const QString &body)
{
    return writeText(dir + u'/' + name, QStringLiteral("#!/bin/sh\n") + body, true);
}

// ---------------------------------------------------------------- nftables

void TestSnippetValidators::nftables_data()
{
    addRows(QStringLiteral("nftables"), {{"broken: prefix /33", "/26", "/33"}, {"broken: keyword", "tcp dport", "tcp dprt"}});
}

void TestSnippetValidators::nftables()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QStringList, ranges);
    QFETCH(int, port);
    requireTool(QStringLiteral("nft"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The snippet adds to Debian's table inet filter / chain input, which must exist,
    // with a drop rule the TMEmS rule has to come before.
    const QString prelude = QStringLiteral("table inet filter {\n\tchain input {\n\t\ttype filter hook input priority 0; policy drop;\n"
                                           "\t\ttcp dport 22 accept\n\t}\n}\n");
    QVERIFY(writeText(dir.filePath("prelude.nft"), prelude));
    QVERIFY(writeText(dir.filePath("snippet.nft"), text));
    QVERIFY(writeText(dir.filePath("combined.nft"), prelude + text));
    const ToolRun check = runTool(QStringLiteral("unshare"), {"-r", "-n", findTool("nft"), "-c", "-f", dir.filePath("combined.nft")});
    if (!valid) {
        QVERIFY2(check.exitCode != 0, "nft -c accepted a broken snippet");
        return;
    }
    QVERIFY2(check.exitCode == 0, qPrintable(check.all()));
    // Load it for real in the throwaway namespace and look at the result.
    const ToolRun load = runTool(QStringLiteral("unshare"),
                                 {"-r", "-n", "sh", "-c", "nft -f \"$1\" && nft -f \"$2\" && nft list chain inet filter input && nft list sets",
                                  "sh", dir.filePath("prelude.nft"), dir.filePath("snippet.nft")},
                                 {"PATH=/usr/sbin:/sbin:/usr/bin:/bin"});
    QVERIFY2(load.exitCode == 0, qPrintable(load.all()));
    for (const QString &range : ranges)
        QVERIFY2(load.out.count(range) == 1, qPrintable(range + QStringLiteral(" not listed once in\n") + load.out));
    const qsizetype tmems = load.out.indexOf(QStringLiteral("tcp dport %1 accept comment").arg(port));
    QVERIFY2(tmems >= 0 && tmems < load.out.indexOf(QStringLiteral("tcp dport 22 accept")), qPrintable(load.out));
}

// ---------------------------------------------------------------- iptables

void TestSnippetValidators::iptables_data()
{
    addRows(QStringLiteral("iptables"), {{"broken: prefix /33", "/26", "/33"}, {"broken: option", "--dport", "--dprt"}});
}

void TestSnippetValidators::iptables()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QStringList, ranges);
    QFETCH(int, port);
    requireTool(QStringLiteral("iptables"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeText(dir.filePath("snippet.sh"), text));
    // A host that drops everything else; the snippet runs twice to prove it adds no duplicates.
    const QString check = QStringLiteral("set -e\n"
                                         "iptables -P INPUT DROP\niptables -A INPUT -j DROP\n"
                                         "ip6tables -P INPUT DROP\nip6tables -A INPUT -j DROP\n"
                                         "sh -e \"$1\"\nsh -e \"$1\"\n"
                                         "iptables -S INPUT\nip6tables -S INPUT\n");
    QVERIFY(writeText(dir.filePath("check.sh"), check));
    const ToolRun run = runTool(QStringLiteral("unshare"), {"-r", "-n", "sh", dir.filePath("check.sh"), dir.filePath("snippet.sh")},
                                {"PATH=/usr/sbin:/sbin:/usr/bin:/bin"});
    if (!valid) {
        QVERIFY2(run.exitCode != 0, "iptables accepted a broken snippet");
        return;
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    for (const QString &range : ranges) {
        const QString rule = QStringLiteral("-A INPUT -s %1 -p tcp -m tcp --dport %2 -j ACCEPT").arg(range).arg(port);
        QVERIFY2(run.out.count(rule) == 1, qPrintable(rule + QStringLiteral(" not exactly once in\n") + run.out));
    }
    // Every ACCEPT comes before the host's DROP rule (the last rule of each family).
    for (const QString &family : run.out.split(QStringLiteral("-P INPUT DROP"), Qt::SkipEmptyParts)) {
        const QStringList rules = family.trimmed().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rules.constLast(), QStringLiteral("-A INPUT -j DROP"));
    }
}

// ---------------------------------------------------------------- firewalld

void TestSnippetValidators::firewalld_data()
{
    addRows(QStringLiteral("firewalld"), {{"broken: prefix /33", "/26", "/33"}, {"broken: rich rule keyword", "source ipset", "source ipsett"}});
}

void TestSnippetValidators::firewalld()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QStringList, ranges);
    requireTool(QStringLiteral("firewall-offline-cmd"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString etc = dir.filePath("etc");
    if (QDir(QStringLiteral("/etc/firewalld")).exists())
        QCOMPARE(runTool(QStringLiteral("cp"), {"-a", "/etc/firewalld", etc}).exitCode, 0);
    else
        QVERIFY(QDir().mkpath(etc));
    QVERIFY(QDir().mkpath(dir.filePath("bin")));
    // firewall-cmd talks to the daemon; firewall-offline-cmd edits a configuration
    // directory (here a copy) with the same arguments, minus --permanent and --reload.
    QVERIFY(writeShim(dir.filePath("bin"), QStringLiteral("firewall-cmd"),
                      QStringLiteral("for a do\n  shift\n  [ \"$a\" = --permanent ] && continue\n  [ \"$a\" = --reload ] && exit 0\n"
                                     "  set -- \"$@\" \"$a\"\ndone\n"
                                     "exec %1 --system-config=\"$FWD_ETC\" --default-config=/usr/lib/firewalld \"$@\"\n")
                          .arg(findTool("firewall-offline-cmd"))));
    QVERIFY(writeText(dir.filePath("snippet.sh"), text));
    const QStringList env{QStringLiteral("FWD_ETC=") + etc,
                          QStringLiteral("PATH=%1:/usr/sbin:/sbin:/usr/bin:/bin").arg(dir.filePath("bin"))};
    const ToolRun first = runTool(QStringLiteral("unshare"), {"-r", "-n", "sh", "-e", dir.filePath("snippet.sh")}, env);
    if (!valid) {
        QVERIFY2(first.exitCode != 0, qPrintable("firewall-offline-cmd accepted a broken snippet:\n" + first.all()));
        return;
    }
    QVERIFY2(first.exitCode == 0, qPrintable(first.all()));
    // Idempotence once is enough: firewall-offline-cmd takes a second or two per call.
    if (QLatin1String(QTest::currentDataTag()) == QLatin1String("all ranges")) {
        const ToolRun second = runTool(QStringLiteral("unshare"), {"-r", "-n", "sh", "-e", dir.filePath("snippet.sh")}, env);
        QVERIFY2(second.exitCode == 0, qPrintable("running the snippet a second time failed:\n" + second.all()));
    }
    QString ipsets;
    for (const QString &name : QDir(etc + QStringLiteral("/ipsets")).entryList({QStringLiteral("*.xml")})) {
        QFile f(etc + QStringLiteral("/ipsets/") + name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        ipsets += QString::fromUtf8(f.readAll());
    }
    for (const QString &range : ranges)
        QVERIFY2(ipsets.count(QStringLiteral("<entry>%1</entry>").arg(range)) == 1, qPrintable(range + u'\n' + ipsets));
    QFile zone(etc + QStringLiteral("/zones/public.xml"));
    QVERIFY(zone.open(QIODevice::ReadOnly));
    const QString zoneXml = QString::fromUtf8(zone.readAll());
    const bool hasV6 = std::any_of(ranges.cbegin(), ranges.cend(), [](const QString &r) { return r.contains(u':'); });
    QCOMPARE(zoneXml.count(QStringLiteral("<rule ")), hasV6 ? 2 : 1);
}

// ---------------------------------------------------------------- ufw

void TestSnippetValidators::ufw_data()
{
    addRows(QStringLiteral("ufw"), {{"broken: prefix /33", "/26", "/33"}, {"broken: keyword", "from \"$net\"", "frm \"$net\""}});
}

void TestSnippetValidators::ufw()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QStringList, ranges);
    QFETCH(int, port);
    requireTool(QStringLiteral("ufw"));
    if (!QDir(QStringLiteral("/etc/ufw")).exists())
        QSKIP("/etc/ufw is missing (the ufw package is not fully installed)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(runTool(QStringLiteral("cp"), {"-a", "/etc/ufw", dir.filePath("etc-ufw")}).exitCode, 0);
    QVERIFY(QDir().mkpath(dir.filePath("bin")));
    // --dry-run prints the rules ufw would write and writes nothing; the copy of
    // /etc/ufw is bind-mounted so that even a bug could not change the host's.
    QVERIFY(writeShim(dir.filePath("bin"), QStringLiteral("ufw"), QStringLiteral("exec %1 --dry-run \"$@\"\n").arg(findTool("ufw"))));
    QVERIFY(writeText(dir.filePath("snippet.sh"), text));
    const ToolRun run = runTool(QStringLiteral("unshare"),
                                {"-r", "-n", "-m", "sh", "-c", "mount --bind \"$1\" /etc/ufw && sh -e \"$2\"", "sh",
                                 dir.filePath("etc-ufw"), dir.filePath("snippet.sh")},
                                {QStringLiteral("PATH=%1:/usr/sbin:/sbin:/usr/bin:/bin").arg(dir.filePath("bin"))});
    if (!valid) {
        QVERIFY2(run.exitCode != 0, qPrintable("ufw accepted a broken snippet:\n" + run.all()));
        return;
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    QVERIFY2(!run.all().contains(QLatin1String("WARN")), qPrintable(run.all()));
    for (const QString &range : ranges) {
        const QString rule = QStringLiteral("-p tcp --dport %1 -s %2 -j ACCEPT").arg(port).arg(range);
        QVERIFY2(run.out.contains(rule), qPrintable(rule + QStringLiteral(" missing from\n") + run.out));
    }
}

// ---------------------------------------------------------------- postfix

void TestSnippetValidators::postfix_data()
{
    addRows(QStringLiteral("postfix"),
            {{"broken: prefix /33", "/26", "/33"}, {"broken: host bits set", "15.168.56.0/25", "15.168.56.5/25"}},
            /*withPort=*/false);
}

void TestSnippetValidators::postfix()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QStringList, ranges);
    requireTool(QStringLiteral("postmap"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString etc = dir.filePath("etc-postfix");
    QVERIFY(QDir().mkpath(etc));
    QVERIFY(writeText(etc + QStringLiteral("/main.cf"),
                      QStringLiteral("compatibility_level = 3.6\nsmtpd_client_restrictions = reject_unknown_client_hostname\n")));
    QFile::copy(QStringLiteral("/etc/postfix/master.cf"), etc + QStringLiteral("/master.cf"));
    if (!QFile::exists(etc + QStringLiteral("/master.cf")))
        QVERIFY(writeText(etc + QStringLiteral("/master.cf"), QString()));
    QVERIFY(QDir().mkpath(dir.filePath("bin")));
    QVERIFY(writeShim(dir.filePath("bin"), QStringLiteral("postfix"), QStringLiteral("exit 0\n"))); // "postfix reload"
    QVERIFY(writeText(dir.filePath("snippet.sh"), text));
    // The snippet edits /etc/postfix: give it a bind-mounted copy, and run it twice.
    const ToolRun run = runTool(QStringLiteral("unshare"),
                                {"-r", "-n", "-m", "sh", "-c",
                                 // postconf refuses to run without an active network interface.
                                 "ip link set lo up && mount --bind \"$1\" /etc/postfix && sh -e \"$2\" && sh -e \"$2\"", "sh",
                                 etc, dir.filePath("snippet.sh")},
                                {QStringLiteral("PATH=%1:/usr/sbin:/sbin:/usr/bin:/bin").arg(dir.filePath("bin"))});
    QStringList problems;
    if (run.exitCode != 0)
        problems << QStringLiteral("the snippet failed: ") + run.all();
    const QString table = etc + QStringLiteral("/tmems_jp.cidr");
    auto query = [&](const QString &ip) {
        return runTool(findTool("postmap"), {"-c", etc, "-q", ip, QStringLiteral("cidr:") + table});
    };
    const ToolRun warnings = runTool(findTool("postmap"), {"-c", etc, "-q", "192.0.2.1", QStringLiteral("cidr:") + table});
    if (warnings.err.contains(QLatin1String("warning:")))
        problems << warnings.err;
    QList<IpNetwork> networks;
    QFile cidr(table);
    if (cidr.open(QIODevice::ReadOnly)) {
        for (const QString &line : QString::fromUtf8(cidr.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            if (const auto n = IpNetwork::parse(line.section(u' ', 0, 0)))
                networks.append(*n);
        }
    }
    for (const QString &range : ranges) {
        const auto network = IpNetwork::parse(range);
        if (!network || !networks.contains(*network)) {
            problems << range + QStringLiteral(" is not in the table");
            continue;
        }
        for (const IpAddress &inside : {network->firstAddress(), network->lastAddress()}) {
            const ToolRun q = query(inside.toString());
            if (q.exitCode != 0 || q.out.trimmed() != QLatin1String("OK") || q.err.contains(QLatin1String("warning:")))
                problems << QStringLiteral("%1 (inside %2) is not OK: %3").arg(inside.toString(), range, q.all());
        }
        if (!network->isV4())
            continue;
        for (const quint32 outside : {network->firstAddress().toV4() - 1, network->lastAddress().toV4() + 1}) {
            const IpAddress address = IpAddress::fromV4(outside);
            if (std::any_of(networks.cbegin(), networks.cend(), [&](const IpNetwork &n) { return n.contains(address); }))
                continue; // the neighbouring range, which is allowed too
            const ToolRun q = query(address.toString());
            if (q.exitCode != 1 || !q.out.isEmpty() || q.err.contains(QLatin1String("warning:")))
                problems << QStringLiteral("%1 (just outside %2) matched: %3").arg(address.toString(), range, q.all());
        }
    }
    if (networks.size() != ranges.size() && valid)
        problems << QStringLiteral("the table has %1 ranges, expected %2 (duplicates?)").arg(networks.size()).arg(ranges.size());
    QFile mainCf(etc + QStringLiteral("/main.cf"));
    if (mainCf.open(QIODevice::ReadOnly)) {
        const QString cf = QString::fromUtf8(mainCf.readAll());
        if (cf.count(QLatin1String("check_client_access cidr:/etc/postfix/tmems_jp.cidr")) != 1
            || !cf.contains(QLatin1String("reject_unknown_client_hostname")) || cf.contains(QLatin1String("mynetworks")))
            problems << QStringLiteral("main.cf is not as expected:\n") + cf;
    }
    const ToolRun conf = runTool(findTool("postconf"), {"-c", etc, "-n"});
    if (conf.exitCode != 0 || conf.err.contains(QLatin1String("warning:")))
        problems << conf.all();
    if (valid)
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    else
        QVERIFY2(!problems.isEmpty(), "the Postfix checks accepted a broken snippet");
}

// ---------------------------------------------------------------- gcloud

void TestSnippetValidators::gcloud_data()
{
    addRows(QStringLiteral("gcp"), {{"broken: rules format", "--rules=tcp:25", "--rules=tcp:2x5"},
                                    {"broken: direction", "--direction=INGRESS", "--direction=INBOUND"}},
            true, /*withIpv6=*/false);
}

void TestSnippetValidators::gcloud()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    requireTool(QStringLiteral("gcloud"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath("bin")));
    QVERIFY(writeText(dir.filePath("token"), QStringLiteral("dummy-token\n")));
    // Without a network, a command that passed every client-side check fails only when
    // it tries to reach the API (ConnectionError): that is the pass signal.
    QVERIFY(writeShim(dir.filePath("bin"), QStringLiteral("gcloud"),
                      QStringLiteral("out=$(%1 --access-token-file=\"$TOKEN_FILE\" --project=example-project \"$@\" 2>&1)\n"
                                     "case \"$out\" in *ConnectionError*|*NameResolutionError*) exit 0;; esac\n"
                                     "printf '%s\\n' \"$out\" >&2\nexit 1\n")
                          .arg(findTool("gcloud"))));
    QVERIFY(writeText(dir.filePath("snippet.sh"), text));
    const ToolRun run = runTool(QStringLiteral("unshare"), {"-r", "-n", "sh", "-e", dir.filePath("snippet.sh")},
                                {QStringLiteral("PATH=%1:/usr/sbin:/sbin:/usr/bin:/bin").arg(dir.filePath("bin")),
                                 QStringLiteral("TOKEN_FILE=") + dir.filePath("token"),
                                 QStringLiteral("CLOUDSDK_CONFIG=") + dir.filePath("gcloud-config"),
                                 QStringLiteral("CLOUDSDK_CORE_DISABLE_PROMPTS=1")});
    if (valid)
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    else
        QVERIFY2(run.exitCode != 0, "gcloud accepted a broken snippet");
}

// ---------------------------------------------------------------- aws

void TestSnippetValidators::aws_data()
{
    addColumns();
    const Catalog builtIn = CatalogLoader::builtIn();
    // Each range is one aws call of a few seconds, so fewer rows than elsewhere.
    QTest::newRow("all ranges") << snippet(QStringLiteral("aws-sg")) << true << rangesOf(builtIn, false) << 25;
    const QString added = snippet(QStringLiteral("aws-sg"), true, 2525, {}, QStringLiteral("ja"));
    QTest::newRow("added only, port 2525, Japanese") << added << true << rangesOf(builtIn, true) << 2525;
    QString unknownKey = added;
    unknownKey.replace(QStringLiteral("{CidrIp="), QStringLiteral("{CidrIpp="));
    QTest::newRow("broken: parameter name") << unknownKey << false << QStringList() << 25;
    QString badPort = added;
    badPort.replace(QStringLiteral("FromPort=2525"), QStringLiteral("FromPort=25x"));
    QTest::newRow("broken: port") << badPort << false << QStringList() << 25;
}

void TestSnippetValidators::aws()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    requireTool(QStringLiteral("aws"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath("bin")));
    // --dry-run against a closed local port: a request that passed the CLI's own
    // parameter validation ends in "Could not connect to the endpoint URL".
    QVERIFY(writeShim(dir.filePath("bin"), QStringLiteral("aws"),
                      QStringLiteral("out=$(%1 \"$@\" --dry-run --endpoint-url http://127.0.0.1:9 2>&1)\n"
                                     "case \"$out\" in *\"Could not connect to the endpoint URL\"*) exit 0;; esac\n"
                                     "printf '%s\\n' \"$out\" >&2\nexit 1\n")
                          .arg(findTool("aws"))));
    QVERIFY(writeText(dir.filePath("snippet.sh"), text));
    const ToolRun run = runTool(QStringLiteral("unshare"),
                                {"-r", "-n", "sh", "-c", "ip link set lo up 2>/dev/null; sh -e \"$1\"", "sh", dir.filePath("snippet.sh")},
                                {QStringLiteral("PATH=%1:%2").arg(dir.filePath("bin"), qEnvironmentVariable("PATH")),
                                 "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                                 "AWS_DEFAULT_REGION=ap-northeast-1", "AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null",
                                 "AWS_EC2_METADATA_DISABLED=true", "AWS_MAX_ATTEMPTS=1"},
                                300000);
    if (valid)
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    else
        QVERIFY2(run.exitCode != 0, "aws accepted a broken snippet");
}

// ---------------------------------------------------------------- PowerShell

void TestSnippetValidators::powershell_data()
{
    addColumns();
    const Catalog builtIn = CatalogLoader::builtIn();
    const QStringList all = rangesOf(builtIn, false);
    for (const char *variant : {"connector", "enhanced-filtering", "ip-allow-list"}) {
        QTest::addRow("exchange-online %s", variant) << snippet(QStringLiteral("exchange-online"), false, 25, QLatin1String(variant))
                                                     << true << all << 25;
        QTest::addRow("exchange-online %s, added only, Japanese", variant)
            << snippet(QStringLiteral("exchange-online"), true, 25, QLatin1String(variant), QStringLiteral("ja")) << true
            << rangesOf(builtIn, true) << 25;
    }
    QTest::newRow("exchange-server") << snippet(QStringLiteral("exchange-server")) << true << all << 25;
    QTest::newRow("exchange-server, Japanese") << snippet(QStringLiteral("exchange-server"), false, 25, {}, QStringLiteral("ja"))
                                               << true << all << 25;
    QTest::newRow("windows-firewall") << snippet(QStringLiteral("windows-firewall")) << true << all << 25;
    QTest::newRow("windows-firewall, IPv6, port 2525")
        << snippet(QStringLiteral("windows-firewall"), false, 2525, {}, QStringLiteral("ja"), ipv6Catalog()) << true
        << rangesOf(ipv6Catalog(), false) << 2525;

    const struct { const char *name; const char *platform; const char *from; const char *to; } broken[] = {
        {"broken: unclosed @{", "exchange-online", "\"}\n", "\"\n"},
        {"broken: unbalanced quote", "exchange-server", "-RemoteIPRanges @{Add=\"", "-RemoteIPRanges @{Add="},
        {"broken: unclosed @(", "windows-firewall", "\")\n", "\"\n"},
        {"broken: Add= without value", "exchange-online", "@{Add=\"", "@{Add=}\""},
    };
    for (const auto &b : broken) {
        const QString good = snippet(QLatin1String(b.platform));
        QString text = good;
        text.replace(QLatin1String(b.from), QLatin1String(b.to));
        if (text == good)
            qFatal("mutation \"%s\" changed nothing", b.name);
        QTest::newRow(b.name) << text << false << QStringList() << 25;
    }
}

void TestSnippetValidators::powershell()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QStringList, ranges);
    const QString node = findTool(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node is not installed (tools/deps.sh test installs nodejs)");
    const QString validators = QStringLiteral(TMEMS_VALIDATORS_DIR);
    if (!QDir(validators + QStringLiteral("/node_modules/tree-sitter-powershell")).exists())
        QSKIP("tree-sitter-powershell is not installed: run tools/npm-deps.sh");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeText(dir.filePath("snippet.ps1"), text));
    const ToolRun run = runTool(node, {validators + QStringLiteral("/pscheck.cjs"), dir.filePath("snippet.ps1")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable("pscheck could not run: " + run.all()));
    if (!valid) {
        QVERIFY2(run.exitCode == 1, "the PowerShell parser accepted a broken snippet");
        return;
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.all() + text));
    for (const QString &range : ranges)
        QVERIFY(text.contains(u'"' + range + u'"'));
}

QTEST_GUILESS_MAIN(TestSnippetValidators)
#include "TestSnippetValidators.moc"
