// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogLoader.h"
#include "SpfFindings.h"
#include "Translations.h"

#include <QRegularExpression>
#include <QTest>

/// Problems keep what their text was made from, through a saved session, so
/// the text can be said again in the language installed later.
class TestSpfFindings : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = CatalogLoader::builtIn();

    static bool hasJapanese(const QString &text)
    {
        static const QRegularExpression kana(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
        return kana.match(text).hasMatch();
    }
    static SpfProblem roundTrip(const SpfProblem &problem)
    {
        DomainReport report;
        report.domain.ascii = QStringLiteral("a.example");
        report.problems = {problem};
        return DomainReport::fromJson(report.toJson()).problems.value(0);
    }

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void saidAgainInTheCurrentLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("englishPart");
        QTest::newRow("count") << "multiple-spf-records" << "" << 3 << "publishes 3 SPF records";
        QTest::newRow("detail") << "syntax-error" << "unknown term 'foo'" << 0 << "(unknown term 'foo')";
        QTest::newRow("lookups") << "too-many-lookups" << "" << 12 << "takes 12 DNS lookups";
        QTest::newRow("where only") << "no-all" << "" << 0 << "has no all mechanism";
    }
    void saidAgainInTheCurrentLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, detail);
        QFETCH(int, count);
        QFETCH(QString, englishPart);
        QVERIFY(Translations::install(QStringLiteral("ja")));
        const SpfProblem made = SpfFindings::make(code, QStringLiteral("a.example"), detail, count);
        QVERIFY2(hasJapanese(made.message), qPrintable(made.message));
        const SpfProblem loaded = roundTrip(made);
        QCOMPARE(loaded.arguments, made.arguments);
        QCOMPARE(loaded.count, count);
        QCOMPARE(loaded.message, made.message);
        QVERIFY(Translations::install(QStringLiteral("en")));
        const QString english = SpfFindings::message(loaded, &m_catalog);
        QVERIFY2(!hasJapanese(english) && english.contains(englishPart), qPrintable(english));
        QVERIFY(Translations::install(QStringLiteral("ja")));
        QCOMPARE(SpfFindings::message(loaded, &m_catalog), made.message);
    }

    void dataCenterMismatchNamesBothCenters()
    {
        const SpfProblem p = roundTrip(SpfFindings::dataCenterMismatch(QStringLiteral("a.example"), QStringLiteral("jp"),
                                                                       QStringLiteral("us"), m_catalog));
        QCOMPARE(p.code, QStringLiteral("datacenter-mismatch"));
        const QString text = SpfFindings::message(p, &m_catalog);
        QVERIFY2(text.contains(QStringLiteral("a.example")) && text.contains(QStringLiteral("Japan"))
                     && text.contains(QStringLiteral("US")),
                 qPrintable(text));
    }

    void oldSessionWithoutArgumentsKeepsItsText()
    {
        // Saved before arguments were stored: the text is all there is.
        SpfProblem old;
        old.code = QStringLiteral("syntax-error");
        old.where = QStringLiteral("a.example");
        old.message = QStringLiteral("古いメッセージ");
        QCOMPARE(SpfFindings::message(old, &m_catalog), old.message);
        old.code = QStringLiteral("some-future-code");
        QCOMPARE(SpfFindings::message(old, &m_catalog), old.message);
    }
};

QTEST_GUILESS_MAIN(TestSpfFindings)
#include "TestSpfFindings.moc"
