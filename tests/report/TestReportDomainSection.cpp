// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One domain's section of the report, rendered from what the engine concludes
// about in-memory zones (not from fixtures), so engine and report are checked
// together: what a row says is what the analysis found.
#include "CatalogLoader.h"
#include "DomainAnalyzer.h"
#include "ReportDomainSection.h"
#include "ReportVocabulary.h"
#include "ZoneResolver.h"
#include "ZoneText.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestReportDomainSection final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mxHostsRow_data();
    void mxHostsRow();

private:
    DomainReport analyze(const QStringList &zoneLines);
    QString section(const DomainReport &report, const QString &language);
    Catalog m_catalog = CatalogLoader::builtIn();
};

namespace {

/// The value of the key-value row named `key`, as plain text.
QString factValue(const QString &html, const QString &key)
{
    const QRegularExpression re(QStringLiteral("<th[^>]*>%1</th><td>(.*?)</td>").arg(QRegularExpression::escape(key)));
    return re.match(html).captured(1).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

} // namespace

DomainReport TestReportDomainSection::analyze(const QStringList &zoneLines)
{
    ZoneResolver zone;
    loadZone(zone, tmemsZone() + zoneLines);
    DomainAnalyzer analyzer(&zone, &m_catalog);
    QSignalSpy finished(&analyzer, &DomainAnalyzer::finished);
    analyzer.start(DomainName::normalize(QStringLiteral("example.jp")));
    if (!finished.wait(10000))
        return {};
    return analyzer.report();
}

QString TestReportDomainSection::section(const DomainReport &report, const QString &language)
{
    const ReportTranslator translator(language);
    const ReportVocabulary vocabulary(translator, m_catalog);
    return ReportDomainSection::build(report, 1, ReportOptions(), vocabulary);
}

void TestReportDomainSection::mxHostsRow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("mxLine");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("key");
    QTest::newRow("failed, en") << "en" << "example.jp FAIL MX" << "the MX lookup failed" << "MX hosts";
    QTest::newRow("failed, ja") << "ja" << "example.jp FAIL MX" << "MXレコードのDNS検索に失敗" << "MXホスト";
    QTest::newRow("none, en") << "en" << QString() << "\u2014" << "MX hosts";
}

void TestReportDomainSection::mxHostsRow()
{
    QFETCH(QString, language);
    QFETCH(QString, mxLine);
    QFETCH(QString, expected);
    QFETCH(QString, key);
    QStringList zone{QStringLiteral("example.jp TXT v=spf1 include:spf.tmes.trendmicro.com -all")};
    if (!mxLine.isEmpty())
        zone.append(mxLine);
    const QString html = section(analyze(zone), language);
    const QString value = factValue(html, key);
    QVERIFY2(value.contains(expected), qPrintable(value + QStringLiteral("\n---\n") + html));
}

QTEST_MAIN(TestReportDomainSection)
#include "TestReportDomainSection.moc"
