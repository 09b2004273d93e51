// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CachingResolver.h"
#include "ZoneResolver.h"

#include <QSignalSpy>
#include <QTest>

namespace {

/// Collects answers by id, and the largest number of upstream queries seen at once.
struct Recorder
{
    QHash<DnsResolver::QueryId, QList<DnsAnswer>> answers;
    int peakUpstream = 0;
};

} // namespace

class TestCachingResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_zone = new ZoneResolver(this);
        m_zone->setLatencyMs(20);
        m_zone->addTxt(QStringLiteral("example.com"), "v=spf1 -all");
        m_zone->addEmptyName(QStringLiteral("empty.example.com"));
        m_zone->addFailure(QStringLiteral("dead.example.com"), DnsAnswer::Status::Timeout);
        for (int i = 0; i < 40; ++i)
            m_zone->addTxt(QStringLiteral("n%1.example.com").arg(i), QByteArray::number(i));
        m_cache = new CachingResolver(m_zone, this);
        m_recorder = Recorder{};
        connect(m_cache, &DnsResolver::answered, this, [this](DnsResolver::QueryId id, const DnsAnswer &a) {
            m_recorder.answers[id].append(a);
        });
        connect(m_zone, &DnsResolver::answered, this, [this] {
            m_recorder.peakUpstream = qMax(m_recorder.peakUpstream, m_cache->upstreamRunning());
        });
    }
    void cleanup()
    {
        delete m_cache;
        delete m_zone;
    }

    void testOneUpstreamQueryPerQuestion_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<int>("expectedUpstream");
        QTest::addColumn<int>("expectedStatus");
        QTest::newRow("same name twice") << QStringList{"example.com", "example.com"} << 1 << int(DnsAnswer::Status::Records);
        QTest::newRow("case and trailing dot") << QStringList{"Example.COM", "example.com.", "EXAMPLE.com"} << 1
                                               << int(DnsAnswer::Status::Records);
        QTest::newRow("nodata shared") << QStringList{"empty.example.com", "EMPTY.example.com"} << 1
                                       << int(DnsAnswer::Status::NoData);
        QTest::newRow("nxdomain shared") << QStringList{"nope.example.com", "nope.example.com"} << 1
                                         << int(DnsAnswer::Status::NxDomain);
        QTest::newRow("failure shared") << QStringList{"dead.example.com", "dead.example.com"} << 1
                                        << int(DnsAnswer::Status::Timeout);
    }
    void testOneUpstreamQueryPerQuestion()
    {
        QFETCH(QStringList, names);
        QFETCH(int, expectedUpstream);
        QFETCH(int, expectedStatus);
        QList<DnsResolver::QueryId> ids;
        for (const QString &name : names)
            ids.append(m_cache->lookup(name, DnsType::TXT));
        QTRY_COMPARE(m_recorder.answers.size(), ids.size());
        // Asked again after the answer: served from the cache.
        const DnsResolver::QueryId again = m_cache->lookup(names.first(), DnsType::TXT);
        QVERIFY(!m_recorder.answers.contains(again)); // never inside lookup()
        QTRY_VERIFY(m_recorder.answers.contains(again));
        ids.append(again);
        QCOMPARE(m_zone->questions().size(), expectedUpstream);
        for (auto id : ids) {
            QCOMPARE(m_recorder.answers.value(id).size(), 1);
            QCOMPARE(int(m_recorder.answers.value(id).first().status), expectedStatus);
        }
    }

    void testTypesAreDistinctQuestions()
    {
        m_cache->lookup(QStringLiteral("example.com"), DnsType::TXT);
        m_cache->lookup(QStringLiteral("example.com"), DnsType::MX);
        QTRY_COMPARE(m_recorder.answers.size(), 2);
        QCOMPARE(m_zone->questions(), (QStringList{"example.com/TXT", "example.com/MX"}));
    }

    void testConcurrencyBound_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("questions");
        QTest::newRow("5 of 40") << 5 << 40;
        QTest::newRow("1 of 10") << 1 << 10;
        QTest::newRow("8 of 3") << 8 << 3;
    }
    void testConcurrencyBound()
    {
        QFETCH(int, limit);
        QFETCH(int, questions);
        m_cache->setMaxInFlight(limit);
        for (int i = 0; i < questions; ++i)
            m_cache->lookup(QStringLiteral("n%1.example.com").arg(i), DnsType::TXT);
        QCOMPARE(m_cache->upstreamRunning(), qMin(limit, questions));
        QCOMPARE(m_cache->upstreamWaiting(), qMax(0, questions - limit));
        QTRY_COMPARE(m_recorder.answers.size(), questions);
        QVERIFY(m_recorder.peakUpstream <= limit);
        QCOMPARE(m_zone->questions().size(), questions);
        // Answers belong to their own questions, in spite of the queue.
        for (auto it = m_recorder.answers.cbegin(); it != m_recorder.answers.cend(); ++it)
            QCOMPARE(it->first().txt.first(), QByteArray::number(int(it.key()) - 1));
    }

    void testCancelOneOfTwoCallers()
    {
        const auto first = m_cache->lookup(QStringLiteral("example.com"), DnsType::TXT);
        const auto second = m_cache->lookup(QStringLiteral("example.com"), DnsType::TXT);
        m_cache->cancel(first);
        QTRY_COMPARE(m_recorder.answers.size(), 2);
        QCOMPARE(m_recorder.answers.value(first).first().status, DnsAnswer::Status::Cancelled);
        QCOMPARE(m_recorder.answers.value(second).first().status, DnsAnswer::Status::Records);
        QCOMPARE(m_zone->questions().size(), 1);
    }

    void testCancelQueuedAndRunning()
    {
        m_cache->setMaxInFlight(1);
        const auto running = m_cache->lookup(QStringLiteral("n1.example.com"), DnsType::TXT);
        const auto queued = m_cache->lookup(QStringLiteral("n2.example.com"), DnsType::TXT);
        const auto kept = m_cache->lookup(QStringLiteral("n3.example.com"), DnsType::TXT);
        m_cache->cancel(queued);
        m_cache->cancel(running);
        m_cache->cancel(running); // twice: still one answer
        QTRY_COMPARE(m_recorder.answers.size(), 3);
        QTRY_COMPARE(m_cache->upstreamRunning() + m_cache->upstreamWaiting(), 0);
        QCOMPARE(m_recorder.answers.value(running).size(), 1);
        QCOMPARE(m_recorder.answers.value(running).first().status, DnsAnswer::Status::Cancelled);
        QCOMPARE(m_recorder.answers.value(queued).first().status, DnsAnswer::Status::Cancelled);
        QCOMPARE(m_recorder.answers.value(kept).first().status, DnsAnswer::Status::Records);
        // The queued question never went upstream; the cancelled one is not cached.
        QVERIFY(!m_zone->questions().contains("n2.example.com/TXT"));
        m_cache->lookup(QStringLiteral("n1.example.com"), DnsType::TXT);
        QTRY_COMPARE(m_recorder.answers.size(), 4);
    }

    void testCancelAll()
    {
        QList<DnsResolver::QueryId> ids;
        for (int i = 0; i < 12; ++i)
            ids.append(m_cache->lookup(QStringLiteral("n%1.example.com").arg(i % 8), DnsType::TXT));
        m_cache->cancelAll();
        QTRY_COMPARE(m_recorder.answers.size(), ids.size());
        for (auto id : ids) {
            QCOMPARE(m_recorder.answers.value(id).size(), 1);
            QCOMPARE(m_recorder.answers.value(id).first().status, DnsAnswer::Status::Cancelled);
        }
        // Nothing left behind: a new question runs normally.
        QTRY_COMPARE(m_cache->upstreamRunning(), 0);
        const auto after = m_cache->lookup(QStringLiteral("example.com"), DnsType::TXT);
        QTRY_VERIFY(m_recorder.answers.contains(after));
        QCOMPARE(m_recorder.answers.value(after).first().status, DnsAnswer::Status::Records);
    }

    void testCancelUnknownIdIsIgnored()
    {
        QSignalSpy spy(m_cache, &DnsResolver::answered);
        m_cache->cancel(4242);
        QVERIFY(!spy.wait(50));
    }

    void testClearForgetsAnswers()
    {
        m_cache->lookup(QStringLiteral("example.com"), DnsType::TXT);
        QTRY_COMPARE(m_recorder.answers.size(), 1);
        m_cache->clear();
        m_cache->lookup(QStringLiteral("example.com"), DnsType::TXT);
        QTRY_COMPARE(m_recorder.answers.size(), 2);
        QCOMPARE(m_zone->questions().size(), 2);
    }

private:
    ZoneResolver *m_zone = nullptr;
    CachingResolver *m_cache = nullptr;
    Recorder m_recorder;
};

QTEST_GUILESS_MAIN(TestCachingResolver)
#include "TestCachingResolver.moc"
