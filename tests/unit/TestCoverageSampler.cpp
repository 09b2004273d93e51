// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoverageSampler.h"
#include "ZoneText.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {

/// Passes questions on to a zone and counts those not yet answered: how many
/// checks the sampler has running shows in how many questions wait at once.
class CountingResolver final : public DnsResolver
{
public:
    explicit CountingResolver(ZoneResolver *zone) : m_zone(zone)
    {
        connect(zone, &DnsResolver::answered, this, [this](QueryId id, const DnsAnswer &answer) {
            --m_waiting;
            Q_EMIT answered(id, answer);
        });
    }
    QueryId lookup(const QString &name, DnsType type) override
    {
        m_mostWaiting = std::max(m_mostWaiting, ++m_waiting);
        return m_zone->lookup(name, type);
    }
    void cancel(QueryId id) override { m_zone->cancel(id); }
    void cancelAll() override { m_zone->cancelAll(); }
    int mostWaiting() const { return m_mostWaiting; }

private:
    ZoneResolver *m_zone;
    int m_waiting = 0;
    int m_mostWaiting = 0;
};

} // namespace

class TestCoverageSampler final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checksEveryAddressAFewAtATime();
};

void TestCoverageSampler::checksEveryAddressAFewAtATime()
{
    // Every live check hears every answer of the shared resolver: 512 checks
    // started at once per domain, 16 domains at a time, spent 14 s of CPU on
    // answers meant for others. A few at a time keep the DNS just as busy.
    ZoneResolver zone;
    zone.setLatencyMs(1);
    QStringList lines{"example.jp TXT v=spf1 exists:%{i}.allow.example.jp -all"};
    QList<IpAddress> addresses;
    for (quint32 i = 0; i < 512; ++i) {
        addresses.append(IpAddress::fromV4(0x0A000000u + i)); // 10.0.0.0 on
        if (i % 2 == 0)
            lines.append(addresses.last().toString() + ".allow.example.jp A 127.0.0.2");
    }
    loadZone(zone, lines);
    CountingResolver counting(&zone);
    CoverageSampler sampler(&counting);
    QSignalSpy finished(&sampler, &CoverageSampler::finished);
    sampler.start(QStringLiteral("example.jp"), addresses);
    QVERIFY(finished.wait(30000));
    QCOMPARE(sampler.samples().size(), 512);
    QCOMPARE(std::count(sampler.samples().cbegin(), sampler.samples().cend(), true), 256);
    QVERIFY2(counting.mostWaiting() <= 12, qPrintable(QString::number(counting.mostWaiting())));
}

QTEST_GUILESS_MAIN(TestCoverageSampler)
#include "TestCoverageSampler.moc"
