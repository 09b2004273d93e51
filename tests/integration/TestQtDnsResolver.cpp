// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// QtDnsResolver against a real server: Knot on 127.0.0.1:53 serving
// tests/integration/zones, inside the private network namespace that
// with-knot.sh sets up. Nothing else listens there, so 127.0.0.2:53 is a dead
// server (connection refused) and 127.0.0.3:53 is our own silent one;
// 127.0.0.4 and 127.0.0.5 are relays in front of Knot with faults of their own
// (DnsRuleRelay.h).
#include "DnsModule.h"
#include "DnsRuleRelay.h"
#include "QtDnsLookupBackend.h"
#include "QtDnsResolver.h"
#include "ResolverFactory.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <algorithm>

Q_DECLARE_METATYPE(DnsType)
Q_DECLARE_METATYPE(DnsAnswer::Status)

namespace {

const QString KnotServer = QStringLiteral("127.0.0.1");
const QString DeadServer = QStringLiteral("127.0.0.2");
const QString SilentServer = QStringLiteral("127.0.0.3");
/// Relays to Knot over UDP; TCP refused, so a truncated reply stays empty.
const QString NoTcpRelay = QStringLiteral("127.0.0.4");
/// Relays to Knot, takes TCP connections; TXT questions get NOTIMP, AAAA NOTAUTH.
const QString RcodeRelay = QStringLiteral("127.0.0.5");
/// Relays to Knot, takes TCP connections; MX questions get no answer.
const QString SilentMxRelay = QStringLiteral("127.0.0.7");
constexpr auto S_NoData = DnsAnswer::Status::NoData;

struct Result
{
    bool arrived = false;
    DnsAnswer answer;
    qint64 elapsedMs = 0;
};

/// Asks one question and waits for its single answer (up to 15 s: glibc's worst case).
Result ask(DnsResolver &resolver, const QString &name, DnsType type)
{
    QSignalSpy spy(&resolver, &DnsResolver::answered);
    QElapsedTimer clock;
    clock.start();
    const auto id = resolver.lookup(name, type);
    Result result;
    result.arrived = spy.wait(15000);
    result.elapsedMs = clock.elapsed();
    if (result.arrived) {
        const auto args = spy.takeFirst();
        if (args.at(0).value<DnsResolver::QueryId>() != id)
            result.arrived = false;
        result.answer = args.at(1).value<DnsAnswer>();
    }
    return result;
}

/// "name/TYPE" as a question.
QPair<QString, DnsType> question(const QString &text)
{
    const QString type = text.section(u'/', 1);
    const DnsType dnsType = type == QLatin1String("A") ? DnsType::A
        : type == QLatin1String("AAAA")                 ? DnsType::AAAA
        : type == QLatin1String("MX")                   ? DnsType::MX
                                                        : DnsType::TXT;
    return {text.section(u'/', 0, 0), dnsType};
}

/// Asks all `questions` ("name/TYPE") at once, as a busy run does, and returns
/// their answers in the same order.
QList<DnsAnswer> askTogether(DnsResolver &resolver, const QStringList &questions)
{
    QSignalSpy spy(&resolver, &DnsResolver::answered);
    QList<DnsResolver::QueryId> ids;
    for (const QString &text : questions) {
        const auto q = question(text);
        ids.append(resolver.lookup(q.first, q.second));
    }
    QList<DnsAnswer> answers;
    if (!QTest::qWaitFor([&] { return spy.count() >= questions.size(); }, 15000))
        return answers;
    QHash<DnsResolver::QueryId, DnsAnswer> byId;
    for (const auto &args : std::as_const(spy))
        byId.insert(args.at(0).value<DnsResolver::QueryId>(), args.at(1).value<DnsAnswer>());
    for (DnsResolver::QueryId id : std::as_const(ids))
        answers.append(byId.value(id));
    return answers;
}

/// The answer's content as sorted text, whatever its type.
QStringList contents(const DnsAnswer &answer)
{
    QStringList out;
    for (const QByteArray &txt : answer.txt)
        out.append(QString::fromLatin1(txt));
    for (const IpAddress &address : answer.addresses)
        out.append(address.toString());
    for (const DnsMxRecord &mx : answer.mx)
        out.append(QStringLiteral("%1 %2").arg(mx.preference).arg(mx.exchange));
    out.append(answer.names);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestQtDnsResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("TMEMS_KNOT_SERVER"))
            QSKIP("Needs the Knot DNS server: run under tests/integration/with-knot.sh (ctest does, as root).");
        // glibc reads RES_OPTIONS at every res_ninit(), which QDnsLookup calls
        // per query: a silent server then holds a query ~1 s instead of ~10 s.
        qputenv("RES_OPTIONS", "timeout:1 attempts:1");
        // QDnsLookup linked in, as the DNS module gives it to the program.
        DnsModule::setBuiltIn(qtDnsLookupBackend());
        qRegisterMetaType<DnsAnswer>();
        qRegisterMetaType<DnsResolver::QueryId>("DnsResolver::QueryId");
        m_silent = new QUdpSocket(this);
        QVERIFY2(m_silent->bind(QHostAddress(SilentServer), 53), qPrintable(m_silent->errorString()));
        // Read and drop every query: a server that never answers.
        connect(m_silent, &QUdpSocket::readyRead, this, [this] {
            while (m_silent->hasPendingDatagrams())
                m_silent->receiveDatagram();
        });
        QString error;
        auto *noTcp = new DnsRuleRelay(NoTcpRelay, KnotServer, this);
        QVERIFY2(noTcp->start(false, &error), qPrintable(error));
        auto *rcodes = new DnsRuleRelay(RcodeRelay, KnotServer, this);
        rcodes->answerTypeWith(16, 4); // TXT: NOTIMP
        rcodes->answerTypeWith(28, 9); // AAAA: NOTAUTH
        QVERIFY2(rcodes->start(true, &error), qPrintable(error));
        auto *silentMx = new DnsRuleRelay(SilentMxRelay, KnotServer, this);
        silentMx->answerTypeWith(15, DnsRuleRelay::Drop);
        QVERIFY2(silentMx->start(true, &error), qPrintable(error));
    }

    void testAnswers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<DnsType>("type");
        QTest::addColumn<DnsAnswer::Status>("status");
        QTest::addColumn<QStringList>("expected");
        using S = DnsAnswer::Status;
        QTest::newRow("txt record") << "dns.test" << DnsType::TXT << S::Records << QStringList{"v=spf1 -all"};
        QTest::newRow("nxdomain") << "nope.dns.test" << DnsType::TXT << S::NxDomain << QStringList{};
        QTest::newRow("nodata txt") << "nodata.dns.test" << DnsType::TXT << S::NoData << QStringList{};
        QTest::newRow("nodata mx") << "nodata.dns.test" << DnsType::MX << S::NoData << QStringList{};
        QTest::newRow("nodata empty non-terminal") << "ent.dns.test" << DnsType::TXT << S::NoData << QStringList{};
        QTest::newRow("strings joined, two records")
            << "multi.dns.test" << DnsType::TXT << S::Records
            << QStringList{"second record", "v=spf1 ip4:192.0.2.0/24 -all"};
        QTest::newRow("cname in front of txt") << "alias.dns.test" << DnsType::TXT << S::Records
                                               << QStringList{"v=spf1 ip4:192.0.2.10 -all"};
        QTest::newRow("cname chain") << "chain1.dns.test" << DnsType::TXT << S::Records
                                     << QStringList{"v=spf1 ip4:192.0.2.10 -all"};
        QTest::newRow("cname to a") << "alias.dns.test" << DnsType::A << S::Records << QStringList{"192.0.2.10"};
        QTest::newRow("cname to aaaa") << "alias.dns.test" << DnsType::AAAA << S::Records << QStringList{"2001:db8::10"};
        QTest::newRow("cname to nodata") << "alias-nodata.dns.test" << DnsType::TXT << S::NoData << QStringList{};
        QTest::newRow("dangling cname") << "dangling.dns.test" << DnsType::TXT << S::NxDomain << QStringList{};
        QTest::newRow("mx") << "dns.test" << DnsType::MX << S::Records
                            << QStringList{"10 mail1.dns.test", "20 mail2.example.net"};
        QTest::newRow("a") << "mail1.dns.test" << DnsType::A << S::Records << QStringList{"192.0.2.25"};
        QTest::newRow("aaaa") << "v6.dns.test" << DnsType::AAAA << S::Records << QStringList{"2001:db8::1", "2001:db8::2"};
        QTest::newRow("a of an aaaa-only name") << "v6.dns.test" << DnsType::A << S::NoData << QStringList{};
        QTest::newRow("ptr") << "10.2.0.192.in-addr.arpa" << DnsType::PTR << S::Records << QStringList{"target.dns.test"};
        QTest::newRow("ptr, two names") << "25.2.0.192.in-addr.arpa" << DnsType::PTR << S::Records
                                        << QStringList{"mail-alias.dns.test", "mail1.dns.test"};
        QTest::newRow("upper-case question") << "UPPER.DNS.TEST" << DnsType::TXT << S::Records << QStringList{"Case Kept"};
        QTest::newRow("trailing dot") << "dns.test." << DnsType::TXT << S::Records << QStringList{"v=spf1 -all"};
        QTest::newRow("idn a-label") << "xn--zckzah.xn--wgv71a.test" << DnsType::TXT << S::Records
                                     << QStringList{"v=spf1 -all"};
        QTest::newRow("idn unicode") << QString::fromUtf8("テスト.日本.test") << DnsType::TXT << S::Records
                                     << QStringList{"v=spf1 -all"};
        QTest::newRow("idn apex") << "xn--wgv71a.test" << DnsType::TXT << S::Records
                                  << QStringList{"v=spf1 ip4:192.0.2.77 -all"};
        QTest::newRow("servfail (zone failed to load)") << "servfail.test" << DnsType::TXT << S::ServerFailure
                                                        << QStringList{};
        QTest::newRow("refused (outside every zone)") << "outside.example" << DnsType::TXT << S::ServerFailure
                                                      << QStringList{};
    }
    void testAnswers()
    {
        QFETCH(QString, name);
        QFETCH(DnsType, type);
        QFETCH(DnsAnswer::Status, status);
        QFETCH(QStringList, expected);
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(KnotServer));
        const Result result = ask(resolver, name, type);
        QVERIFY(result.arrived);
        QCOMPARE(result.answer.status, status);
        QCOMPARE(contents(result.answer), expected);
        if (status == DnsAnswer::Status::ServerFailure)
            QVERIFY(!result.answer.errorString.isEmpty());
    }

    void testBinaryTxtKeptAsBytes()
    {
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(KnotServer));
        const Result result = ask(resolver, QStringLiteral("binary.dns.test"), DnsType::TXT);
        QCOMPARE(result.answer.status, DnsAnswer::Status::Records);
        QCOMPARE(result.answer.txt, QList<QByteArray>{QByteArray("\0\xff" "bin", 5)});
    }

    void testTxtOver512BytesArrivesComplete()
    {
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(KnotServer));
        const Result result = ask(resolver, QStringLiteral("big.dns.test"), DnsType::TXT);
        QCOMPARE(result.answer.status, DnsAnswer::Status::Records);
        QCOMPARE(result.answer.txt.size(), 1);
        QByteArray expected = "v=spf1";
        for (int i = 1; i < 80; ++i)
            expected += "ip4:198.51.100." + QByteArray::number(i);
        expected += " -all";
        QVERIFY(expected.size() > 512);
        QCOMPARE(result.answer.txt.first(), expected);
    }

    // The heart of the matter: without a reply, nothing may read as NODATA or
    // NXDOMAIN ("no SPF record"); it is a failure (SPF temperror).
    void testNoServerIsNeverNoData_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("name");
        QTest::newRow("dead server, name with nodata") << DeadServer << "nodata.dns.test";
        QTest::newRow("dead server, name with records") << DeadServer << "dns.test";
        QTest::newRow("dead server, missing name") << DeadServer << "nope.dns.test";
        QTest::newRow("silent server, name with nodata") << SilentServer << "nodata.dns.test";
        QTest::newRow("silent server, missing name") << SilentServer << "nope.dns.test";
    }
    void testNoServerIsNeverNoData()
    {
        QFETCH(QString, server);
        QFETCH(QString, name);
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(server));
        resolver.setTimeoutMs(8000);
        const Result result = ask(resolver, name, DnsType::TXT);
        QVERIFY(result.arrived);
        QVERIFY2(result.answer.isFailure(), qPrintable(QStringLiteral("status %1").arg(int(result.answer.status))));
        QVERIFY(result.answer.errorString.contains(server));
        // Said plainly: no server answered, not a riddle about TCP.
        if (server == DeadServer)
            QVERIFY2(result.answer.errorString.contains(QLatin1String("unreachable or not responding")),
                     qPrintable(result.answer.errorString));
        // The same question to the live server: a definite answer.
        QtDnsResolver live;
        QVERIFY(live.setNameserver(KnotServer));
        QVERIFY(!ask(live, name, DnsType::TXT).answer.isFailure());
    }

    // NODATA needs evidence that the server answers this type for this name:
    // other replies of the run give it for free, otherwise one probe does.
    void testEvidenceAndProbes_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QStringList>("questions");
        QTest::addColumn<QList<DnsAnswer::Status>>("statuses");
        QTest::addColumn<int>("probes");
        using S = DnsAnswer::Status;
        QTest::newRow("lone nodata") << KnotServer << QStringList{"nodata.dns.test/TXT"} << QList<S>{S::NoData} << 1;
        QTest::newRow("nodata beside records of its name and type")
            << KnotServer << QStringList{"nodata.dns.test/A", "nodata.dns.test/TXT", "dns.test/TXT", "nope.dns.test/TXT"}
            << QList<S>{S::Records, S::NoData, S::Records, S::NxDomain} << 0;
        QTest::newRow("nodata beside other names only")
            << KnotServer << QStringList{"dns.test/TXT", "nodata.dns.test/TXT", "nope.dns.test/TXT"}
            << QList<S>{S::Records, S::NoData, S::NxDomain} << 1;
        QTest::newRow("nodata beside its name, other types only")
            << KnotServer << QStringList{"nodata.dns.test/A", "nodata.dns.test/MX"} << QList<S>{S::Records, S::NoData}
            << 1;
        QTest::newRow("two nodata names alone") << KnotServer << QStringList{"nodata.dns.test/TXT", "ent.dns.test/TXT"}
                                                << QList<S>{S::NoData, S::NoData} << 2;
        QTest::newRow("nodata after refused") << KnotServer << QStringList{"outside.example/TXT", "nodata.dns.test/TXT"}
                                              << QList<S>{S::ServerFailure, S::NoData} << 1;
        QTest::newRow("cname to nodata") << KnotServer << QStringList{"alias-nodata.dns.test/TXT", "dns.test/TXT"}
                                         << QList<S>{S::NoData, S::Records} << 1;
        QTest::newRow("nodata through a relay that takes TCP")
            << RcodeRelay << QStringList{"nodata.dns.test/A", "nodata.dns.test/MX", "dns.test/MX"}
            << QList<S>{S::Records, S::NoData, S::Records} << 0;
    }
    void testEvidenceAndProbes()
    {
        QFETCH(QString, server);
        QFETCH(QStringList, questions);
        QFETCH(QList<DnsAnswer::Status>, statuses);
        QFETCH(int, probes);
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(server));
        const QList<DnsAnswer> answers = askTogether(resolver, questions);
        QCOMPARE(answers.size(), questions.size());
        for (int i = 0; i < questions.size(); ++i)
            QVERIFY2(answers.at(i).status == statuses.at(i),
                     qPrintable(questions.at(i) + QStringLiteral(": status %1, %2")
                                                      .arg(int(answers.at(i).status))
                                                      .arg(answers.at(i).errorString)));
        QCOMPARE(resolver.probesSent(), probes);
        // One TCP check a run, and only where a reply was empty.
        const bool anyEmpty = std::any_of(answers.cbegin(), answers.cend(),
                                          [](const DnsAnswer &a) { return a.status == S_NoData; });
        QCOMPARE(resolver.tcpChecksSent(), anyEmpty ? 1 : 0);
    }

    // Under a wildcard without TXT, a random label is NODATA too, so the probe
    // under the name proves nothing by itself: the wildcard's A records for
    // another name below show the zone served, and a probe under the top-level
    // domain (which no wildcard of the zone reaches) shows TXT handled.
    void testNoDataUnderAWildcard_data()
    {
        QTest::addColumn<bool>("askAFirst");
        QTest::newRow("name known by its A records") << true;
        QTest::newRow("name known by nothing else") << false;
    }
    void testNoDataUnderAWildcard()
    {
        QFETCH(bool, askAFirst);
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(KnotServer));
        if (askAFirst)
            QCOMPARE(ask(resolver, QStringLiteral("host.wild.dns.test"), DnsType::A).answer.status,
                     DnsAnswer::Status::Records);
        QCOMPARE(ask(resolver, QStringLiteral("host.wild.dns.test"), DnsType::TXT).answer.status, S_NoData);
        QCOMPARE(resolver.probesSent(), 3);
        // The TXT type is known now: the next such name costs two probes.
        QCOMPARE(ask(resolver, QStringLiteral("other.wild.dns.test"), DnsType::TXT).answer.status, S_NoData);
        QCOMPARE(resolver.probesSent(), 5);
    }

    // Zones that answer missing names with NODATA ("black lies") leave no
    // NXDOMAIN for a probe below. The system resolver recurses and so never
    // refers a question elsewhere: there the empty reply is a void lookup, as
    // receivers see it. A --dns-server may be authoritative and refer: there
    // the safe side.
    void testBlackLies()
    {
        if (qgetenv("TMEMS_KNOT_RESOLV_CONF") != "1")
            QSKIP("/etc/resolv.conf could not be pointed at Knot in this namespace.");
        QtDnsResolver system;
        QVERIFY(system.setNameserver(QString()));
        QCOMPARE(ask(system, QStringLiteral("nohost.blacklie.dns.test"), DnsType::A).answer.status, S_NoData);
        QCOMPARE(ask(system, QStringLiteral("_spf.blacklie.dns.test"), DnsType::TXT).answer.status, S_NoData);
        QtDnsResolver chosen;
        QVERIFY(chosen.setNameserver(KnotServer));
        QCOMPARE(ask(chosen, QStringLiteral("nohost.blacklie.dns.test"), DnsType::A).answer.status,
                 DnsAnswer::Status::ServerFailure);
    }

    // A wildcard without A records cannot show itself: the safe side, a
    // failure, never a "no record" that might be wrong.
    void testWildcardWithoutAddressesIsAFailure()
    {
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(KnotServer));
        const Result result = ask(resolver, QStringLiteral("host.wildmx.dns.test"), DnsType::TXT);
        QCOMPARE(result.answer.status, DnsAnswer::Status::ServerFailure);
        QCOMPARE(resolver.probesSent(), 2);
    }

    // An empty reply waits for evidence from queries in flight only so long,
    // and not for queries that leave (deadline, cancel): a silent query must
    // not turn a NODATA beside it into a timeout.
    void testEvidenceWaitIsBounded_data()
    {
        QTest::addColumn<bool>("cancelSilent");
        QTest::newRow("silent query stays") << false;
        QTest::newRow("silent query cancelled") << true;
    }
    void testEvidenceWaitIsBounded()
    {
        QFETCH(bool, cancelSilent);
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(SilentMxRelay));
        resolver.setTimeoutMs(3000);
        // The name and the type are known to answer; only liveness is missing.
        QCOMPARE(ask(resolver, QStringLiteral("nodata.dns.test"), DnsType::A).answer.status, DnsAnswer::Status::Records);
        QCOMPARE(ask(resolver, QStringLiteral("dns.test"), DnsType::TXT).answer.status, DnsAnswer::Status::Records);
        QTest::qWait(50); // those answers came before the questions below were sent
        QSignalSpy spy(&resolver, &DnsResolver::answered);
        QElapsedTimer clock;
        clock.start();
        const auto silent = resolver.lookup(QStringLiteral("dns.test"), DnsType::MX);
        const auto nodata = resolver.lookup(QStringLiteral("nodata.dns.test"), DnsType::TXT);
        if (cancelSilent) {
            QTest::qWait(100);
            resolver.cancel(silent);
        }
        qint64 decidedMs = -1;
        DnsAnswer answer;
        QVERIFY(QTest::qWaitFor([&] {
            for (const auto &args : std::as_const(spy)) {
                if (args.at(0).value<DnsResolver::QueryId>() == nodata) {
                    answer = args.at(1).value<DnsAnswer>();
                    return true;
                }
            }
            return false;
        }, 5000));
        decidedMs = clock.elapsed();
        QCOMPARE(answer.status, S_NoData);
        // Long before the 3 s deadline: after the evidence wait (under 1 s),
        // or at once when the silent query is cancelled.
        QVERIFY2(decidedMs < (cancelSilent ? 600 : 1800), qPrintable(QString::number(decidedMs)));
        resolver.cancelAll();
    }

    // Replies Qt 6.4 reports exactly as it reports NODATA, which are failures:
    // each must read as one (SPF temperror), never as "no record", however
    // much else the run shows the server answering.
    void testFailuresThatLookLikeNoData_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QStringList>("questions");
        QTest::addColumn<QList<DnsAnswer::Status>>("statuses");
        QTest::addColumn<QString>("why");
        using S = DnsAnswer::Status;
        QTest::newRow("truncated, TCP refused")
            << NoTcpRelay << QStringList{"big.dns.test/TXT"} << QList<S>{S::ServerFailure} << "TCP";
        QTest::newRow("truncated, TCP refused, busy run")
            << NoTcpRelay << QStringList{"dns.test/TXT", "big.dns.test/TXT", "mail1.dns.test/A", "big.dns.test/A"}
            << QList<S>{S::Records, S::ServerFailure, S::Records, S::ServerFailure} << "TCP";
        QTest::newRow("nodata, TCP refused")
            << NoTcpRelay << QStringList{"nodata.dns.test/A", "nodata.dns.test/TXT"}
            << QList<S>{S::Records, S::ServerFailure} << "TCP";
        QTest::newRow("NOTIMP and NOTAUTH")
            << RcodeRelay
            << QStringList{"dns.test/MX", "dns.test/TXT", "v6.dns.test/AAAA", "mail1.dns.test/A", "v6.dns.test/A"}
            << QList<S>{S::Records, S::ServerFailure, S::ServerFailure, S::Records, S::NoData} << "NOTIMP";
        QTest::newRow("referral")
            << KnotServer << QStringList{"dns.test/TXT", "deleg.dns.test/TXT", "host.deleg.dns.test/A", "mail1.dns.test/A"}
            << QList<S>{S::Records, S::ServerFailure, S::ServerFailure, S::Records} << "refer";
        QTest::newRow("empty reply for a name too long for a probe below it")
            << KnotServer << QStringList{QStringLiteral("%1.%2.%3.%4.long.dns.test/TXT")
                                             .arg(QString(63, u'a'), QString(63, u'b'), QString(63, u'c'),
                                                  QString(20, u'd'))}
            << QList<S>{S::ServerFailure} << "too long";
        QTest::newRow("cname into a zone not served here")
            << KnotServer << QStringList{"outside-alias.dns.test/TXT", "dns.test/TXT"}
            << QList<S>{S::ServerFailure, S::Records} << "REFUSED";
    }
    void testFailuresThatLookLikeNoData()
    {
        QFETCH(QString, server);
        QFETCH(QStringList, questions);
        QFETCH(QList<DnsAnswer::Status>, statuses);
        QFETCH(QString, why);
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(server));
        resolver.setTimeoutMs(3000);
        const QList<DnsAnswer> answers = askTogether(resolver, questions);
        QCOMPARE(answers.size(), questions.size());
        for (int i = 0; i < questions.size(); ++i) {
            const DnsAnswer &answer = answers.at(i);
            QVERIFY2(answer.status == statuses.at(i),
                     qPrintable(questions.at(i)
                                + QStringLiteral(": status %1, %2").arg(int(answer.status)).arg(answer.errorString)));
            if (answer.isFailure())
                QVERIFY2(answer.errorString.contains(why), qPrintable(answer.errorString));
        }
    }

    void testOwnTimeoutBoundsASilentServer()
    {
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(SilentServer));
        resolver.setTimeoutMs(300);
        const Result result = ask(resolver, QStringLiteral("dns.test"), DnsType::TXT);
        QCOMPARE(result.answer.status, DnsAnswer::Status::Timeout);
        // Well before glibc's own 1 s retry interval would have given up.
        QVERIFY2(result.elapsedMs < 900, qPrintable(QString::number(result.elapsedMs)));
    }

    // Timed-out lookups keep their thread in Qt's pool of 5 until glibc gives
    // up: the resolver must count them, and start the rest only when one ends.
    void testAbandonedLookupsKeepTheirSlots()
    {
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(SilentServer));
        resolver.setTimeoutMs(200);
        QSignalSpy spy(&resolver, &DnsResolver::answered);
        int peak = 0;
        connect(&resolver, &DnsResolver::answered, this, [&] { peak = qMax(peak, resolver.runningLookups()); });
        for (int i = 0; i < 7; ++i)
            resolver.lookup(QStringLiteral("n%1.dns.test").arg(i), DnsType::TXT);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 7, 10000);
        QVERIFY(peak <= QtDnsResolver::PoolSize);
        for (const auto &args : std::as_const(spy))
            QCOMPARE(args.at(1).value<DnsAnswer>().status, DnsAnswer::Status::Timeout);
        // Their threads run until libresolv gives up: two tries of as many seconds
        // as the process's first resolver needed (QtDnsResolver sets RES_OPTIONS
        // once; the default 5 s limit gives 2 x 3 s).
        QTRY_COMPARE_WITH_TIMEOUT(resolver.runningLookups(), 0, 9000);
        // What the wizard's Settings compares a new timeout with.
        QCOMPARE(QtDnsResolver::systemResolverLimitMs(), 6000);
    }

    void testCancel_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("live server") << KnotServer;
        QTest::newRow("silent server") << SilentServer;
    }
    void testCancel()
    {
        QFETCH(QString, server);
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(server));
        QSignalSpy spy(&resolver, &DnsResolver::answered);
        const auto first = resolver.lookup(QStringLiteral("nodata.dns.test"), DnsType::TXT);
        const auto second = resolver.lookup(QStringLiteral("dns.test"), DnsType::TXT);
        resolver.cancel(first);
        resolver.cancelAll();
        QTRY_COMPARE(spy.count(), 2);
        QVERIFY(!spy.wait(300)); // and nothing more, even when the network answers
        QCOMPARE(spy.at(0).at(0).value<DnsResolver::QueryId>(), first);
        QCOMPARE(spy.at(1).at(0).value<DnsResolver::QueryId>(), second);
        for (const auto &args : std::as_const(spy))
            QCOMPARE(args.at(1).value<DnsAnswer>().status, DnsAnswer::Status::Cancelled);
    }

    void testSystemResolver()
    {
        // with-knot.sh points the namespace's /etc/resolv.conf at Knot.
        if (qgetenv("TMEMS_KNOT_RESOLV_CONF") != "1")
            QSKIP("/etc/resolv.conf could not be pointed at Knot in this namespace.");
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(QString()));
        QCOMPARE(ask(resolver, QStringLiteral("dns.test"), DnsType::TXT).answer.status, DnsAnswer::Status::Records);
        QCOMPARE(ask(resolver, QStringLiteral("nodata.dns.test"), DnsType::TXT).answer.status, DnsAnswer::Status::NoData);
    }

    // resolv.conf may list several servers; glibc asks the next only when one
    // fails. A dead one without TCP says nothing about the replies; a live one
    // without TCP may have given them. (glibc itself asks the namespace's
    // /etc/resolv.conf, Knot alone; the list below is what the check reads.)
    void testTcpOfEverySystemServer_data()
    {
        QTest::addColumn<QString>("servers");
        QTest::addColumn<DnsAnswer::Status>("status");
        QTest::addColumn<int>("checks");
        using S = DnsAnswer::Status;
        QTest::newRow("dead secondary") << "nameserver 127.0.0.1\nnameserver 127.0.0.2\n" << S_NoData << 2;
        QTest::newRow("silent secondary") << "nameserver 127.0.0.1\nnameserver 127.0.0.3\n" << S_NoData << 2;
        QTest::newRow("live secondary without TCP")
            << "nameserver 127.0.0.1\nnameserver " + NoTcpRelay + "\n" << S::ServerFailure << 2;
        // DHCP often gives one router as both servers: one check, one verdict.
        QTest::newRow("silent secondary listed twice")
            << "nameserver 127.0.0.1\nnameserver 127.0.0.3\nnameserver 127.0.0.3\n" << S_NoData << 2;
        QTest::newRow("one server without TCP, listed twice")
            << "nameserver " + NoTcpRelay + "\nnameserver " + NoTcpRelay + "\n" << S::ServerFailure << 1;
        // Qt 6.4 cannot ask an IPv6 server itself: a stale IPv6 entry beside a
        // server that takes TCP does not count.
        QTest::newRow("unreachable IPv6 secondary") << "nameserver 127.0.0.1\nnameserver 2001:db8::53\n" << S_NoData << 2;
        QTest::newRow("IPv6 loopback secondary, nothing there") << "nameserver 127.0.0.1\nnameserver ::1\n" << S_NoData << 2;
    }
    void testTcpOfEverySystemServer()
    {
        if (qgetenv("TMEMS_KNOT_RESOLV_CONF") != "1")
            QSKIP("/etc/resolv.conf could not be pointed at Knot in this namespace.");
        QFETCH(QString, servers);
        QFETCH(DnsAnswer::Status, status);
        QFETCH(int, checks);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile conf(dir.filePath(QStringLiteral("resolv.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(servers.toLatin1());
        conf.close();
        QtDnsResolver resolver;
        QVERIFY(resolver.setNameserver(QString()));
        resolver.setResolvConfPath(conf.fileName());
        resolver.setTimeoutMs(5000);
        const Result result = ask(resolver, QStringLiteral("nodata.dns.test"), DnsType::TXT);
        QVERIFY2(result.answer.status == status, qPrintable(result.answer.errorString));
        QCOMPARE(resolver.tcpChecksSent(), checks);
        // And the next empty reply is decided too (the verdict is not stuck).
        QCOMPARE(ask(resolver, QStringLiteral("ent.dns.test"), DnsType::TXT).answer.status, status);
        // Decided on the TCP connection's and the liveness probe's own bound
        // (2 s), not on the query's deadline.
        QVERIFY2(result.elapsedMs < 4000, qPrintable(QString::number(result.elapsedMs)));
    }

    void testFactoryResolverEndToEnd()
    {
        QString error;
        const auto resolver = createResolver(KnotServer, 3000, &error);
        QVERIFY2(resolver, qPrintable(error));
        QSignalSpy spy(resolver.get(), &DnsResolver::answered);
        const QStringList names{"dns.test", "DNS.test", "nodata.dns.test", "nope.dns.test", "alias.dns.test"};
        for (int round = 0; round < 3; ++round) {
            for (const QString &name : names)
                resolver->lookup(name, DnsType::TXT);
        }
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), names.size() * 3, 10000);
        QHash<DnsResolver::QueryId, DnsAnswer::Status> byId;
        for (const auto &args : std::as_const(spy))
            byId.insert(args.at(0).value<DnsResolver::QueryId>(), args.at(1).value<DnsAnswer>().status);
        using S = DnsAnswer::Status;
        const QList<S> expected{S::Records, S::Records, S::NoData, S::NxDomain, S::Records};
        for (int i = 0; i < spy.count(); ++i)
            QCOMPARE(byId.value(DnsResolver::QueryId(i + 1)), expected.at(i % names.size()));
    }

private:
    QUdpSocket *m_silent = nullptr;
};

QTEST_GUILESS_MAIN(TestQtDnsResolver)
#include "TestQtDnsResolver.moc"
