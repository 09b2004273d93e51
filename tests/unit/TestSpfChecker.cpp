// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfChecker.h"
#include "ZoneResolver.h"

#include <QSignalSpy>
#include <QTest>

namespace {

/// Zone lines: "name TXT text", "name A|AAAA address", "name MX pref host",
/// "name PTR host", "name CNAME target", "name TIMEOUT", "name SERVFAIL".
void fill(ZoneResolver &zone, const QStringList &lines)
{
    for (const QString &line : lines) {
        const QString name = line.section(u' ', 0, 0);
        const QString type = line.section(u' ', 1, 1);
        const QString value = line.section(u' ', 2);
        if (type == "TXT")
            zone.addTxt(name, value.toUtf8());
        else if (type == "A" || type == "AAAA")
            zone.addAddress(name, *IpAddress::parse(value));
        else if (type == "MX")
            zone.addMx(name, quint16(value.section(u' ', 0, 0).toInt()), value.section(u' ', 1));
        else if (type == "PTR")
            zone.addPtr(name, value);
        else if (type == "CNAME")
            zone.addCname(name, value);
        else if (type == "TIMEOUT")
            zone.addFailure(name, DnsAnswer::Status::Timeout);
        else if (type == "SERVFAIL")
            zone.addFailure(name, DnsAnswer::Status::ServerFailure);
        else
            qFatal("bad zone line %s", qPrintable(line));
    }
}

/// Holds every question until the test releases the current batch: the number
/// of batches a check needs is its number of sequential DNS round trips.
class SteppedResolver final : public DnsResolver
{
public:
    explicit SteppedResolver(const ZoneResolver *zone) : m_zone(zone) {}
    QueryId lookup(const QString &name, DnsType type) override
    {
        const QueryId id = m_nextId++;
        m_waiting.append({id, name, type});
        m_asked.append(dnsTypeName(type) + u' ' + name.toLower());
        return id;
    }
    void cancel(QueryId id) override
    {
        for (int i = 0; i < m_waiting.size(); ++i) {
            if (m_waiting.at(i).id == id) {
                m_waiting.removeAt(i);
                m_cancelled.append(id);
                return;
            }
        }
    }
    void cancelAll() override
    {
        while (!m_waiting.isEmpty())
            cancel(m_waiting.constFirst().id);
    }
    /// Answers every question asked so far; returns false when none was waiting.
    bool releaseBatch()
    {
        const QList<Waiting> batch = std::exchange(m_waiting, {});
        for (const Waiting &w : batch)
            Q_EMIT answered(w.id, m_zone->answer(w.name, w.type));
        return !batch.isEmpty();
    }
    int waiting() const { return int(m_waiting.size()); }
    QList<QueryId> cancelled() const { return m_cancelled; }
    QStringList asked() const { return m_asked; }

private:
    struct Waiting
    {
        QueryId id;
        QString name;
        DnsType type;
    };
    const ZoneResolver *m_zone;
    QList<Waiting> m_waiting;
    QList<QueryId> m_cancelled;
    QStringList m_asked;
    QueryId m_nextId = 1;
};

/// Breaks the DnsResolver contract by answering inside lookup().
class SynchronousResolver final : public DnsResolver
{
public:
    explicit SynchronousResolver(const ZoneResolver *zone) : m_zone(zone) {}
    QueryId lookup(const QString &name, DnsType type) override
    {
        const QueryId id = m_nextId++;
        Q_EMIT answered(id, m_zone->answer(name, type));
        return id;
    }
    void cancel(QueryId) override {}
    void cancelAll() override {}

private:
    const ZoneResolver *m_zone;
    QueryId m_nextId = 1;
};

SpfResult runCheck(DnsResolver *resolver, const QString &domain, const QString &ip, const QString &sender = {})
{
    SpfChecker checker(resolver);
    QSignalSpy finished(&checker, &SpfChecker::finished);
    SpfCheckRequest request;
    request.ip = *IpAddress::parse(ip);
    request.domain = domain;
    request.sender = sender.isEmpty() ? QStringLiteral("postmaster@") + domain : sender;
    request.helo = QStringLiteral("mail.example.org");
    checker.start(request);
    if (!finished.wait(5000))
        return {};
    return finished.constFirst().constFirst().value<SpfResult>();
}

QStringList includes(int count, const QString &prefix)
{
    QStringList terms;
    for (int i = 0; i < count; ++i)
        terms.append(QStringLiteral("include:%1%2.example.com").arg(prefix).arg(i));
    return terms;
}

} // namespace

class TestSpfChecker final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void results_data();
    void results();
    void neverAsksTwice();
    void explanationOnlyOnFail();
    void prefetchFollowsDepth();
    void deletingCancels();
    void synchronousResolver();
    void finishedOnceAndLater();
};

void TestSpfChecker::results_data()
{
    QTest::addColumn<QStringList>("zone");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<int>("voids");

    const QString top = QStringLiteral("example.com TXT ");
    QStringList ten;
    for (int i = 0; i < 10; ++i)
        ten << QStringLiteral("i%1.example.com TXT v=spf1 -ip4:10.0.0.%1").arg(i);
    QTest::newRow("ten includes at the limit") << (QStringList{top + "v=spf1 " + includes(10, "i").join(' ') + " -all"} + ten)
                                               << "192.0.2.1" << "fail" << 10 << 0;
    QStringList eleven = ten;
    eleven << "i10.example.com TXT v=spf1 -all";
    QTest::newRow("eleven includes over the limit")
        << (QStringList{top + "v=spf1 " + includes(11, "i").join(' ') + " -all"} + eleven) << "192.0.2.1"
        << "permerror" << 11 << 0;
    QTest::newRow("match before the limit") << (QStringList{top + "v=spf1 ip4:192.0.2.0/24 " + includes(11, "i").join(' ')}
                                                + eleven)
                                            << "192.0.2.1" << "pass" << 0 << 0;
    QTest::newRow("ip4 ip6 all are free") << QStringList{top + "v=spf1 ip6:2001:db8::/32 ip4:198.51.100.0/24 ~all"}
                                          << "192.0.2.1" << "softfail" << 0 << 0;
    QTest::newRow("two voids allowed") << QStringList{top + "v=spf1 a:nx1.example.com a:nx2.example.com ?all"}
                                       << "192.0.2.1" << "neutral" << 2 << 2;
    QTest::newRow("third void is permerror")
        << QStringList{top + "v=spf1 a:nx1.example.com mx:nx2.example.com exists:nx3.example.com ?all"} << "192.0.2.1"
        << "permerror" << 3 << 3;
    QTest::newRow("nodata is void") << QStringList{top + "v=spf1 mx a:e.example.com exists:e.example.com -all",
                                                   "e.example.com AAAA 2001:db8::1"}
                                    << "192.0.2.1" << "permerror" << 3 << 3;
    QStringList tenMx{top + "v=spf1 mx -all"};
    for (int i = 0; i < 10; ++i)
        tenMx << QStringLiteral("example.com MX %1 mx%1.example.com").arg(i)
              << QStringLiteral("mx%1.example.com A 192.0.2.%2").arg(i).arg(i + 10);
    QTest::newRow("ten mx names") << tenMx << "192.0.2.19" << "pass" << 1 << 0;
    QTest::newRow("eleven mx names") << (tenMx << "example.com MX 99 mx10.example.com") << "192.0.2.19"
                                     << "permerror" << 1 << 0;
    QStringList ptr{top + "v=spf1 ptr -all"};
    for (int i = 0; i < 11; ++i)
        ptr << QStringLiteral("1.2.0.192.in-addr.arpa PTR h%1.example.com").arg(i)
            << QStringLiteral("h%1.example.com A 192.0.2.1").arg(i);
    QTest::newRow("ptr validated") << ptr << "192.0.2.1" << "pass" << 1 << 0;
    QTest::newRow("ptr names after ten ignored")
        << QStringList{top + "v=spf1 ptr:late.example.com -all",
                       "1.2.0.192.in-addr.arpa PTR a0.example.org", "1.2.0.192.in-addr.arpa PTR a1.example.org",
                       "1.2.0.192.in-addr.arpa PTR a2.example.org", "1.2.0.192.in-addr.arpa PTR a3.example.org",
                       "1.2.0.192.in-addr.arpa PTR a4.example.org", "1.2.0.192.in-addr.arpa PTR a5.example.org",
                       "1.2.0.192.in-addr.arpa PTR a6.example.org", "1.2.0.192.in-addr.arpa PTR a7.example.org",
                       "1.2.0.192.in-addr.arpa PTR a8.example.org", "1.2.0.192.in-addr.arpa PTR a9.example.org",
                       "1.2.0.192.in-addr.arpa PTR late.example.com", "late.example.com A 192.0.2.1"}
        << "192.0.2.1" << "fail" << 1 << 0;
    QTest::newRow("ptr not validated") << QStringList{top + "v=spf1 ptr -all", "1.2.0.192.in-addr.arpa PTR h.example.com",
                                                      "h.example.com A 192.0.2.99"}
                                       << "192.0.2.1" << "fail" << 1 << 0;
    QTest::newRow("a with cidr") << QStringList{top + "v=spf1 a:h.example.com/24 -all", "h.example.com A 192.0.2.200"}
                                 << "192.0.2.1" << "pass" << 1 << 0;
    QTest::newRow("a ipv6 cidr") << QStringList{top + "v=spf1 a:h.example.com/32//48 -all",
                                                "h.example.com AAAA 2001:db8:1::1"}
                                 << "2001:db8:1:ffff::9" << "pass" << 1 << 0;
    QTest::newRow("mapped client is ipv4") << QStringList{top + "v=spf1 ip4:192.0.2.0/24 -all"}
                                           << "::ffff:192.0.2.5" << "pass" << 0 << 0;
    QTest::newRow("redirect counts") << QStringList{top + "v=spf1 redirect=r.example.com", "r.example.com TXT v=spf1 ~all"}
                                     << "192.0.2.1" << "softfail" << 1 << 0;
    QTest::newRow("redirect loop") << QStringList{top + "v=spf1 redirect=example.com"} << "192.0.2.1" << "permerror"
                                   << 11 << 0;
    QTest::newRow("include loop") << QStringList{top + "v=spf1 include:b.example.com", "b.example.com TXT v=spf1 include:example.com"}
                                  << "192.0.2.1" << "permerror" << 11 << 0;
    QTest::newRow("include none") << QStringList{top + "v=spf1 include:nx.example.com -all"} << "192.0.2.1"
                                  << "permerror" << 1 << 1;
    QTest::newRow("include temperror") << QStringList{top + "v=spf1 include:t.example.com -all", "t.example.com TIMEOUT"}
                                       << "192.0.2.1" << "temperror" << 1 << 0;
    QTest::newRow("mx host servfail") << QStringList{top + "v=spf1 mx -all", "example.com MX 1 h.example.com",
                                                     "h.example.com SERVFAIL"}
                                      << "192.0.2.1" << "temperror" << 1 << 0;
    QTest::newRow("no record") << QStringList{top + "hello"} << "192.0.2.1" << "none" << 0 << 0;
    QTest::newRow("two records") << QStringList{top + "v=spf1 -all", top + "v=spf1 +all"} << "192.0.2.1" << "permerror"
                                 << 0 << 0;
    QTest::newRow("binary bytes") << QStringList{top + QString::fromLatin1("v=spf1 a:\x01\xff.com -all")} << "192.0.2.1"
                                  << "permerror" << 0 << 0;
    QTest::newRow("exists with macro") << QStringList{top + "v=spf1 exists:%{ir}.bl.example.com -all",
                                                      "1.2.0.192.bl.example.com A 127.0.0.2"}
                                       << "192.0.2.1" << "pass" << 1 << 0;
    QTest::newRow("p macro in include target counts its voids")
        << QStringList{top + "v=spf1 a:nx.example.com include:%{p}.inc.example.com -all",
                       "1.2.0.192.in-addr.arpa PTR gone.example.org", "1.2.0.192.in-addr.arpa PTR gone2.example.org",
                       "unknown.inc.example.com TXT v=spf1 ?all"}
        << "192.0.2.1" << "permerror" << 2 << 3;
    QTest::newRow("cname to record") << QStringList{top + "v=spf1 include:alias.example.com -all",
                                                    "alias.example.com CNAME real.example.com",
                                                    "real.example.com TXT v=spf1 +all"}
                                     << "192.0.2.1" << "pass" << 1 << 0;
}

void TestSpfChecker::results()
{
    QFETCH(QStringList, zone);
    QFETCH(QString, ip);
    QFETCH(QString, result);
    QFETCH(int, lookups);
    QFETCH(int, voids);
    ZoneResolver resolver;
    fill(resolver, zone);
    const SpfResult outcome = runCheck(&resolver, QStringLiteral("example.com"), ip);
    QVERIFY2(outcome.codeName() == result, qPrintable(outcome.codeName() + u' ' + outcome.reason));
    QCOMPARE(outcome.lookups, lookups);
    QCOMPARE(outcome.voidLookups, voids);
    QCOMPARE(QSet<QString>(resolver.questions().cbegin(), resolver.questions().cend()).size(),
             resolver.questions().size());
}

void TestSpfChecker::neverAsksTwice()
{
    ZoneResolver zone;
    fill(zone, {"example.com TXT v=spf1 a mx a mx include:x.example.com include:x.example.com -all",
                "example.com MX 1 example.com", "example.com A 192.0.2.1",
                "x.example.com TXT v=spf1 a:example.com mx:example.com"});
    const SpfResult outcome = runCheck(&zone, QStringLiteral("example.com"), QStringLiteral("198.51.100.1"));
    QCOMPARE(outcome.code, SpfResult::Code::Fail);
    QCOMPARE(outcome.lookups, 10);
    const QStringList asked = zone.questions();
    QCOMPARE(QSet<QString>(asked.cbegin(), asked.cend()).size(), asked.size());
    QCOMPARE(asked.size(), 4); // TXT example.com, A example.com, MX example.com, TXT x.example.com
}

void TestSpfChecker::explanationOnlyOnFail()
{
    ZoneResolver zone;
    fill(zone, {"example.com TXT v=spf1 ip4:192.0.2.0/24 -all exp=why.example.com",
                "why.example.com TXT %{i} may not send for %{d}"});
    const SpfResult pass = runCheck(&zone, QStringLiteral("example.com"), QStringLiteral("192.0.2.1"));
    QCOMPARE(pass.code, SpfResult::Code::Pass);
    QVERIFY(pass.explanation.isNull());
    QVERIFY(!zone.questions().contains(QStringLiteral("why.example.com/TXT")));
    const SpfResult fail = runCheck(&zone, QStringLiteral("example.com"), QStringLiteral("198.51.100.1"));
    QCOMPARE(fail.code, SpfResult::Code::Fail);
    QCOMPARE(fail.explanation, QStringLiteral("198.51.100.1 may not send for example.com"));
    QCOMPARE(fail.lookups, 0);
}

void TestSpfChecker::prefetchFollowsDepth()
{
    // Three levels: the root includes 3 domains, each including 2 more, each with an a and an mx.
    ZoneResolver zone;
    QStringList root;
    for (int i = 0; i < 3; ++i) {
        root << QStringLiteral("include:l1-%1.example.com").arg(i);
        QStringList level1;
        for (int j = 0; j < 2; ++j) {
            const QString leaf = QStringLiteral("l2-%1-%2.example.com").arg(i).arg(j);
            level1 << QStringLiteral("include:") + leaf;
            fill(zone, {leaf + " TXT v=spf1 a mx", leaf + " A 10.0.0.1", leaf + " MX 1 " + leaf});
        }
        fill(zone, {QStringLiteral("l1-%1.example.com TXT v=spf1 %2").arg(i).arg(level1.join(u' '))});
    }
    fill(zone, {"example.com TXT v=spf1 " + root.join(u' ') + " -all"});
    // 3 + 6 includes + 12 a/mx = 21 terms: over the limit if evaluated in full, so
    // the check stops at the 11th term; what matters is how many round trips it takes.
    SteppedResolver stepped(&zone);
    SpfChecker checker(&stepped);
    QSignalSpy finished(&checker, &SpfChecker::finished);
    checker.start({*IpAddress::parse(QStringLiteral("192.0.2.1")), QStringLiteral("example.com"),
                   QStringLiteral("postmaster@example.com"), QStringLiteral("example.com"), {}});
    int rounds = 0;
    while (stepped.releaseBatch())
        ++rounds;
    QVERIFY(finished.wait(1000));
    const SpfResult result = finished.constFirst().constFirst().value<SpfResult>();
    QCOMPARE(result.code, SpfResult::Code::PermError);
    QCOMPARE(result.lookups, 11);
    // Sequential evaluation would take one round trip per query (over 20); level by
    // level it is root TXT, level-1 TXT, level-2 TXT, their A/MX, the MX hosts' A.
    QVERIFY2(rounds <= 5, qPrintable(QString::number(rounds)));
    const QStringList asked = stepped.asked();
    QCOMPARE(QSet<QString>(asked.cbegin(), asked.cend()).size(), asked.size());
}

void TestSpfChecker::deletingCancels()
{
    ZoneResolver zone;
    fill(zone, {"example.com TXT v=spf1 include:a.example.com include:b.example.com -all"});
    SteppedResolver stepped(&zone);
    auto checker = std::make_unique<SpfChecker>(&stepped);
    QSignalSpy finished(checker.get(), &SpfChecker::finished);
    checker->start({*IpAddress::parse(QStringLiteral("192.0.2.1")), QStringLiteral("example.com"), {}, {}, {}});
    QVERIFY(stepped.releaseBatch()); // the root record arrives; both includes are now being fetched
    QCOMPARE(stepped.waiting(), 2);
    checker.reset();
    QCOMPARE(stepped.cancelled().size(), 2);
    QCOMPARE(stepped.waiting(), 0);
    QCOMPARE(finished.count(), 0);
}

void TestSpfChecker::finishedOnceAndLater()
{
    ZoneResolver zone;
    SpfChecker checker(&zone);
    QSignalSpy finished(&checker, &SpfChecker::finished);
    // An invalid domain is decided without DNS, yet the signal still comes from the event loop.
    checker.start({*IpAddress::parse(QStringLiteral("192.0.2.1")), QStringLiteral("bad..name"), {}, {}, {}});
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(1000));
    QCOMPARE(finished.constFirst().constFirst().value<SpfResult>().code, SpfResult::Code::None);
    QVERIFY(zone.questions().isEmpty());
    QCOMPARE(finished.count(), 1);
}

void TestSpfChecker::synchronousResolver()
{
    ZoneResolver zone;
    fill(zone, {"example.com TXT v=spf1 include:a.example.com mx -all", "a.example.com TXT v=spf1 a:h.example.com",
                "h.example.com A 192.0.2.7", "example.com MX 5 m.example.com", "m.example.com A 192.0.2.8"});
    SynchronousResolver sync(&zone);
    QCOMPARE(runCheck(&sync, QStringLiteral("example.com"), QStringLiteral("192.0.2.8")).code, SpfResult::Code::Pass);
    QCOMPARE(runCheck(&sync, QStringLiteral("example.com"), QStringLiteral("192.0.2.9")).code, SpfResult::Code::Fail);
}

QTEST_GUILESS_MAIN(TestSpfChecker)
#include "TestSpfChecker.moc"
