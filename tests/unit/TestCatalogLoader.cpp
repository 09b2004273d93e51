// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCatalogLoader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInMatchesTheNotice();
    void mxSuffixes_data();
    void mxSuffixes();
    void refused_data();
    void refused();
    void newerMinorToleratesUnknownFields();
    void missingFile();

private:
    static QJsonObject builtInJson();
    static QByteArray edited(const std::function<void(QJsonObject &)> &edit);
};

QJsonObject TestCatalogLoader::builtInJson()
{
    QFile f(QStringLiteral(":/catalog/tmems-catalog.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("built-in catalog missing");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray TestCatalogLoader::edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = builtInJson();
    edit(root);
    return QJsonDocument(root).toJson();
}

void TestCatalogLoader::builtInMatchesTheNotice()
{
    QString error;
    const auto catalog = CatalogLoader::loadFile(QStringLiteral(":/catalog/tmems-catalog.json"), &error);
    QVERIFY2(catalog, qPrintable(error));
    const CatalogDataCenter *jp = catalog->dataCenter(QStringLiteral("jp"));
    QVERIFY(jp);
    QStringList existing, added;
    for (const CatalogRange &r : jp->ranges) {
        (r.isAdded() ? added : existing).append(r.network.toString());
        if (r.isAdded())
            QCOMPARE(r.inUseFrom, QDate(2024, 8, 21));
    }
    QCOMPARE(existing, (QStringList{"18.176.203.128/26", "18.176.203.192/26", "18.177.156.0/26", "18.177.156.64/26"}));
    QCOMPARE(added, (QStringList{"15.168.56.0/25", "15.168.49.64/26", "15.168.56.128/26"}));
    QCOMPARE(catalog->legacySpfHost(), QStringLiteral("spf.tmes.trendmicro.com"));
    QCOMPARE(catalog->japanSpfHost(), QStringLiteral("spf.tmems-jp.trendmicro.com"));
    QCOMPARE(catalog->spfHost(QStringLiteral("jp"))->published, QDate(2024, 2, 22));
    QVERIFY(!catalog->dataCenter(QStringLiteral("us"))->changeRequired);
    QVERIFY(jp->changeRequired);
    QVERIFY(catalog->sourceDate().isValid());
}

void TestCatalogLoader::mxSuffixes_data()
{
    QTest::addColumn<QString>("mx");
    QTest::addColumn<QString>("dataCenter");
    QTest::newRow("japan") << "example-co-jp.in.tmems-jp.trendmicro.com" << "jp";
    QTest::newRow("japan, upper case and dot") << "EXAMPLE.IN.TMEMS-JP.TRENDMICRO.COM." << "jp";
    QTest::newRow("us") << "example-com.in.tmes.trendmicro.com" << "us";
    QTest::newRow("eu") << "example-de.in.tmes.trendmicro.eu" << "eu";
    QTest::newRow("anz") << "example.in.tmes-anz.trendmicro.com" << "anz";
    QTest::newRow("sg") << "example.in.tmes-sg.trendmicro.com" << "sg";
    QTest::newRow("in") << "example.in.tmes-in.trendmicro.com" << "in";
    QTest::newRow("uae") << "example.in.tmes-uae.trendmicro.com" << "uae";
    QTest::newRow("suffix alone is no customer host") << "in.tmems-jp.trendmicro.com" << "";
    QTest::newRow("look-alike") << "example.in.tmems-jp.trendmicro.com.evil.example" << "";
    QTest::newRow("other provider") << "aspmx.l.google.com" << "";
}

void TestCatalogLoader::mxSuffixes()
{
    QFETCH(QString, mx);
    QFETCH(QString, dataCenter);
    const Catalog catalog = CatalogLoader::builtIn();
    const CatalogDataCenter *dc = catalog.dataCenterForMx(mx);
    QCOMPARE(dc ? dc->id : QString(), dataCenter);
}

static void setJpRange(QJsonObject &root, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray dcs = root.value("dataCenters").toArray();
    QJsonObject jp = dcs.at(0).toObject();
    QJsonArray ranges = jp.value("ranges").toArray();
    QJsonObject range = ranges.at(index).toObject();
    if (value.isUndefined())
        range.remove(key);
    else
        range.insert(key, value);
    ranges[index] = range;
    jp.insert("ranges", ranges);
    dcs[0] = jp;
    root.insert("dataCenters", dcs);
}

void TestCatalogLoader::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("errorParts");

    QTest::newRow("not json") << QByteArray("{\n  \"format\": \n}") << QStringList{"line 3", "JSON"};
    QTest::newRow("array at top") << QByteArray("[]") << QStringList{"top level"};
    QTest::newRow("wrong format name") << edited([](QJsonObject &r) { r.insert("format", "other"); })
                                       << QStringList{"format"};
    QTest::newRow("newer major version") << edited([](QJsonObject &r) { r.insert("formatVersion", "2.0"); })
                                         << QStringList{"formatVersion", "1.x", "2.0"};
    QTest::newRow("malformed version") << edited([](QJsonObject &r) { r.insert("formatVersion", "one"); })
                                       << QStringList{"formatVersion", "MAJOR.MINOR"};
    for (const char *version : {"1.2.3", "1.", ".1", "12345.0", "1.x", " 1.0"}) {
        QTest::addRow("version \"%s\"", version)
            << edited([version](QJsonObject &r) { r.insert("formatVersion", version); })
            << QStringList{"formatVersion", "MAJOR.MINOR"};
    }
    // The SPF host names are pasted into records: only a plain lower-case host name will do.
    for (const char *host : {"SPF.tmems-jp.trendmicro.com", "spf", "spf.tmems-jp.trendmicro.c0m", "spf-.trendmicro.com",
                             "spf..trendmicro.com", "spf.trendmicro.com.", "spf_1.trendmicro.com", "spf.trendmicro.c"}) {
        QTest::addRow("SPF host \"%s\"", host) << edited([host](QJsonObject &r) {
            QJsonArray hosts = r.value("spfHosts").toArray();
            QJsonObject first = hosts.at(0).toObject();
            first.insert("host", host);
            hosts[0] = first;
            r.insert("spfHosts", hosts);
        }) << QStringList{"spfHosts[0].host", "lower-case host name"};
    }
    QTest::newRow("unknown top-level field") << edited([](QJsonObject &r) { r.insert("rangez", 1); })
                                             << QStringList{"rangez", "unknown field"};
    QTest::newRow("host bits set") << edited([](QJsonObject &r) { setJpRange(r, 4, "cidr", "15.168.56.5/25"); })
                                   << QStringList{"dataCenters[0].ranges[4].cidr", "15.168.56.0/25"};
    QTest::newRow("overlapping ranges") << edited([](QJsonObject &r) { setJpRange(r, 5, "cidr", "15.168.56.64/26"); })
                                        << QStringList{"dataCenters[0].ranges[5]", "overlaps", "15.168.56.0/25",
                                                       "dataCenters[0].ranges[4]"};
    QTest::newRow("bad status") << edited([](QJsonObject &r) { setJpRange(r, 0, "status", "new"); })
                                << QStringList{"dataCenters[0].ranges[0].status", "new"};
    QTest::newRow("added range without date") << edited([](QJsonObject &r) { setJpRange(r, 4, "inUseFrom", QJsonValue(QJsonValue::Undefined)); })
                                              << QStringList{"dataCenters[0].ranges[4].inUseFrom", "missing"};
    QTest::newRow("bad date") << edited([](QJsonObject &r) { setJpRange(r, 4, "inUseFrom", "2024-8-21"); })
                              << QStringList{"dataCenters[0].ranges[4].inUseFrom", "YYYY-MM-DD"};
    QTest::newRow("unknown source") << edited([](QJsonObject &r) { setJpRange(r, 1, "source", "rumour"); })
                                    << QStringList{"dataCenters[0].ranges[1].source", "rumour"};
    QTest::newRow("misspelt range field") << edited([](QJsonObject &r) { setJpRange(r, 2, "cidrr", "x"); })
                                          << QStringList{"dataCenters[0].ranges[2]", "cidrr"};
    QTest::newRow("no jp SPF host") << edited([](QJsonObject &r) {
        QJsonArray hosts = r.value("spfHosts").toArray();
        hosts.removeAt(1);
        r.insert("spfHosts", hosts);
    }) << QStringList{"spfHosts", "jp"};
    QTest::newRow("mx suffix without dot") << edited([](QJsonObject &r) {
        QJsonArray dcs = r.value("dataCenters").toArray();
        QJsonObject us = dcs.at(1).toObject();
        us.insert("mxSuffixes", QJsonArray{"in.tmes.trendmicro.com"});
        dcs[1] = us;
        r.insert("dataCenters", dcs);
    }) << QStringList{"dataCenters[1].mxSuffixes[0]", "dot"};
}

void TestCatalogLoader::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, errorParts);
    QString error;
    QVERIFY(!CatalogLoader::loadJson(json, &error));
    for (const QString &part : errorParts)
        QVERIFY2(error.contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, error)));
}

void TestCatalogLoader::newerMinorToleratesUnknownFields()
{
    const QByteArray json = edited([](QJsonObject &r) {
        r.insert("formatVersion", "1.4");
        r.insert("futureField", true);
    });
    QString error;
    QVERIFY2(CatalogLoader::loadJson(json, &error), qPrintable(error));
}

void TestCatalogLoader::missingFile()
{
    QString error;
    QVERIFY(!CatalogLoader::loadFile(QStringLiteral("/nonexistent/catalog.json"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent/catalog.json")));
}

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "TestCatalogLoader.moc"
