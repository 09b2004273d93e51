// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The openspf.org RFC 7208 test suite (release 2014.04), read in place from
// $TMEMS_SHARED_DIR/conformance/rfc7208-tests.json and run through SpfChecker
// over a ZoneResolver built the way the suite's README says a driver must.
#include "SpfChecker.h"
#include "ZoneResolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

QString suitePath()
{
    const QString shared = qEnvironmentVariable("TMEMS_SHARED_DIR");
    return shared.isEmpty() ? QString() : shared + QStringLiteral("/conformance/rfc7208-tests.json");
}

QList<QByteArray> characterStrings(const QJsonValue &value)
{
    // One string or a list of character-strings, joined without separators (README rule 2).
    QByteArray joined;
    if (value.isArray()) {
        for (const QJsonValue &part : value.toArray())
            joined += part.toString().toUtf8();
    } else {
        joined = value.toString().toUtf8();
    }
    return {joined};
}

/// Builds the zone of one scenario (README "How a test driver must read the zone data").
void buildZone(ZoneResolver &zone, const QJsonObject &zoneData)
{
    zone.setCnameLimit(1, DnsAnswer::Status::NoData);
    for (auto it = zoneData.begin(); it != zoneData.end(); ++it) {
        const QString name = it.key();
        zone.addEmptyName(name);
        QSet<DnsType> seen;
        QList<QByteArray> spf;
        bool hasTxtEntry = false;
        for (const QJsonValue &entry : it.value().toArray()) {
            if (entry.isString() && entry.toString() == QLatin1String("TIMEOUT")) {
                for (DnsType type : {DnsType::A, DnsType::AAAA, DnsType::MX, DnsType::TXT, DnsType::PTR}) {
                    if (!seen.contains(type))
                        zone.addFailure(name, type, DnsAnswer::Status::Timeout);
                }
                continue;
            }
            const QJsonObject record = entry.toObject();
            const QString type = record.keys().value(0);
            const QJsonValue value = record.value(type);
            if (type == QLatin1String("TXT")) {
                hasTxtEntry = true;
                if (value.isString() && value.toString() == QLatin1String("NONE"))
                    continue;
                for (const QByteArray &text : characterStrings(value))
                    zone.addTxt(name, text);
                seen.insert(DnsType::TXT);
            } else if (type == QLatin1String("SPF")) {
                spf += characterStrings(value);
            } else if (type == QLatin1String("A") || type == QLatin1String("AAAA")) {
                const auto address = IpAddress::parse(value.toString());
                QVERIFY2(address, qPrintable(value.toString()));
                zone.addAddress(name, *address);
                seen.insert(address->isV4() ? DnsType::A : DnsType::AAAA);
            } else if (type == QLatin1String("MX")) {
                const QJsonArray mx = value.toArray();
                zone.addMx(name, quint16(mx.at(0).toInt()), mx.at(1).toString());
                seen.insert(DnsType::MX);
            } else if (type == QLatin1String("PTR")) {
                zone.addPtr(name, value.toString());
                seen.insert(DnsType::PTR);
            } else if (type == QLatin1String("CNAME")) {
                zone.addCname(name, value.toString());
                seen.insert(DnsType::A); // a CNAME answers every type
                seen.insert(DnsType::AAAA);
                seen.insert(DnsType::MX);
                seen.insert(DnsType::TXT);
                seen.insert(DnsType::PTR);
            } else {
                QFAIL(qPrintable(QStringLiteral("unknown record type %1 at %2").arg(type, name)));
            }
        }
        // README rule 3: SPF (type 99) records stand in for TXT where no TXT entry exists.
        if (!hasTxtEntry) {
            for (const QByteArray &text : std::as_const(spf))
                zone.addTxt(name, text);
        }
    }
}

/// Answers from the zone, but each event-loop turn's questions in reverse order:
/// the verdict must not depend on which prefetched answer arrives first.
class ReversingResolver final : public DnsResolver
{
public:
    explicit ReversingResolver(const ZoneResolver *zone) : m_zone(zone) {}
    QueryId lookup(const QString &name, DnsType type) override
    {
        const QueryId id = m_nextId++;
        m_waiting.append({id, m_zone->answer(name, type)});
        if (m_waiting.size() == 1)
            QTimer::singleShot(0, this, [this] { flush(); });
        return id;
    }
    void cancel(QueryId id) override
    {
        m_waiting.removeIf([id](const auto &entry) { return entry.first == id; });
    }
    void cancelAll() override { m_waiting.clear(); }

private:
    void flush()
    {
        const auto batch = std::exchange(m_waiting, {});
        for (auto it = batch.crbegin(); it != batch.crend(); ++it)
            Q_EMIT answered(it->first, it->second);
    }
    const ZoneResolver *m_zone;
    QList<QPair<QueryId, DnsAnswer>> m_waiting;
    QueryId m_nextId = 1;
};

SpfResult runCheck(DnsResolver *resolver, const QJsonObject &test)
{
    SpfChecker checker(resolver);
    QSignalSpy finished(&checker, &SpfChecker::finished);
    const auto ip = IpAddress::parse(test.value(QLatin1String("host")).toString());
    checker.start(SpfCheckRequest::fromIdentity(*ip, test.value(QLatin1String("mailfrom")).toString(),
                                                test.value(QLatin1String("helo")).toString()));
    if (!finished.wait(5000))
        return {};
    return finished.constFirst().constFirst().value<SpfResult>();
}

} // namespace

class TestSpfConformance final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suite_data();
    void suite();
};

void TestSpfConformance::suite_data()
{
    QTest::addColumn<QJsonObject>("zoneData");
    QTest::addColumn<QJsonObject>("test");
    const QString path = suitePath();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(QStringLiteral("RFC 7208 suite not found at \"%1\" (set TMEMS_SHARED_DIR to the shared/ "
                                        "folder that holds conformance/rfc7208-tests.json)").arg(path)));
    QJsonParseError error;
    const QJsonObject suite = QJsonDocument::fromJson(file.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    int count = 0;
    for (const QJsonValue &scenarioValue : suite.value(QLatin1String("scenarios")).toArray()) {
        const QJsonObject scenario = scenarioValue.toObject();
        const QJsonObject tests = scenario.value(QLatin1String("tests")).toObject();
        for (auto it = tests.begin(); it != tests.end(); ++it) {
            const QString row = scenario.value(QLatin1String("description")).toString() + u'/' + it.key();
            QTest::newRow(qPrintable(row)) << scenario.value(QLatin1String("zonedata")).toObject() << it.value().toObject();
            ++count;
        }
    }
    QCOMPARE(count, 203);
}

void TestSpfConformance::suite()
{
    QFETCH(QJsonObject, zoneData);
    QFETCH(QJsonObject, test);
    ZoneResolver zone;
    buildZone(zone, zoneData);
    QVERIFY(IpAddress::parse(test.value(QLatin1String("host")).toString()));
    const SpfResult result = runCheck(&zone, test);
    QVERIFY2(!result.ip.isEmpty(), "no finished() within 5 s");

    QStringList accepted;
    const QJsonValue expected = test.value(QLatin1String("result"));
    if (expected.isArray()) {
        for (const QJsonValue &value : expected.toArray())
            accepted.append(value.toString());
    } else {
        accepted.append(expected.toString());
    }
    const QString detail = QStringLiteral("got %1 (%2%3), expected %4; spec %5")
                               .arg(result.codeName(), result.reason, result.matchedTerm, accepted.join(u'|'),
                                    test.value(QLatin1String("spec")).toString());
    QVERIFY2(accepted.contains(result.codeName()), qPrintable(detail));
    if (test.contains(QLatin1String("explanation"))) {
        // The suite's driver shows "DEFAULT" where no exp= text applies.
        const QString explanation = result.explanation.isNull() ? QStringLiteral("DEFAULT") : result.explanation;
        QCOMPARE(explanation, test.value(QLatin1String("explanation")).toString());
    }
    ReversingResolver reversing(&zone);
    const SpfResult reversed = runCheck(&reversing, test);
    QCOMPARE(reversed.codeName(), result.codeName());
    QCOMPARE(reversed.explanation, result.explanation);
    QCOMPARE(reversed.lookups, result.lookups);
    QCOMPARE(reversed.voidLookups, result.voidLookups);
}

QTEST_GUILESS_MAIN(TestSpfConformance)
#include "TestSpfConformance.moc"
