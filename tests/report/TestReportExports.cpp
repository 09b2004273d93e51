// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML, CSV and JSON exports, escaping of hostile DNS text, and atomic writes.
#include "CheckJsonDocument.h"
#include "CsvReportWriter.h"
#include "ReportFixtures.h"
#include "ReportTextDocument.h"
#include "ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// RFC 4180 reader, enough to check what we write.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && (i + 1 < text.size() ? text.at(i + 1) : QChar()) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && (i + 1 < text.size() ? text.at(i + 1) : QChar()) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestReportExports final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testFormatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("pdf") << "report.pdf" << int(ReportWriter::Format::Pdf);
        QTest::newRow("upper case") << "C:/Users/x/REPORT.PDF" << int(ReportWriter::Format::Pdf);
        QTest::newRow("html") << "r.html" << int(ReportWriter::Format::Html);
        QTest::newRow("htm") << "r.htm" << int(ReportWriter::Format::Html);
        QTest::newRow("json") << "r.json" << int(ReportWriter::Format::Json);
        QTest::newRow("csv") << "dir.d/r.csv" << int(ReportWriter::Format::Csv);
        QTest::newRow("text") << "r.txt" << int(ReportWriter::Format::Unknown);
        QTest::newRow("no extension") << "report" << int(ReportWriter::Format::Unknown);
        QTest::newRow("pdf in a directory name") << "x.pdf/report" << int(ReportWriter::Format::Unknown);
    }

    void testFormatForPath()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        QCOMPARE(int(ReportWriter::formatForPath(path)), format);
    }

    void testHtml_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("Japanese") << "ja" << "日本データセンター";
        QTest::newRow("English") << "en" << "Japan data center";
    }

    void testHtml()
    {
        QFETCH(QString, language);
        QFETCH(QString, phrase);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QString error;
        QVERIFY2(ReportWriter::write(ReportFixtures::all(), ReportFixtures::options(language), path, &error), qPrintable(error));
        const QString html = QString::fromUtf8(readAll(path));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"%1\">").arg(language)));
        QVERIFY(html.contains(phrase));
        QVERIFY(html.contains(QStringLiteral("@media print")));
        // Self-contained and inert: nothing is fetched, nothing runs.
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy\" content=\"default-src 'none'")));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<(img|script|link|iframe|object)\\b"), QRegularExpression::CaseInsensitiveOption)));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<[a-zA-Z][^<>]*\\b(src|href)\\s*="), QRegularExpression::CaseInsensitiveOption)));
        // The hostile record is there, as text.
        QVERIFY(html.contains(QStringLiteral("&lt;img src=file:///etc/passwd&gt; &lt;/table&gt;")));
        for (const DomainReport &r : ReportFixtures::all()) {
            QVERIFY2(html.contains(r.domain.ascii), qPrintable(r.domain.ascii));
            QVERIFY2(html.contains(r.domain.unicode), qPrintable(r.domain.unicode));
            if (!r.proposedRecord.isNull())
                QVERIFY(html.contains(r.proposedRecord));
        }
        const Catalog catalog = CatalogLoader::builtIn(); // a named catalog: the loop must not outlive it
        for (const CatalogRange &range : catalog.dataCenter(QStringLiteral("jp"))->ranges)
            QVERIFY(html.contains(range.network.toString()));
        QVERIFY(html.contains(QStringLiteral("株式会社サンプル &lt;Sample &amp; Co.&gt;")));
    }

    void testHostileTextInTheDocument()
    {
        // What the PDF is laid out from: the record shows as text and nothing is loaded.
        ReportTextDocument document;
        document.setHtml(ReportHtmlBuilderProbe());
        document.setTextWidth(800);
        document.pageCount();
        QCOMPARE(document.blockedResourceRequests(), 0);
        QVERIFY(document.toPlainText().contains(ReportFixtures::MaliciousRecord));
        QVERIFY(document.toPlainText().contains(QStringLiteral("\\u202e")));
    }

    void testCsvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "example.co.jp" << "example.co.jp";
        QTest::newRow("comma") << "a,b" << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("line break") << "a\nb" << "\"a\nb\"";
        QTest::newRow("formula") << "=HYPERLINK(\"http://x\")" << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("plus") << "+1" << "'+1";
        QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("leading space") << " v=spf1" << "\" v=spf1\"";
        QTest::newRow("Japanese") << "日本データセンター" << "日本データセンター";
        QTest::newRow("empty") << "" << "";
    }

    void testCsvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CsvReportWriter::field(value), expected);
    }

    void testCsv_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("firstHeader");
        QTest::addColumn<QString>("japan");
        QTest::newRow("Japanese") << "ja" << "ドメイン" << "日本データセンター";
        QTest::newRow("English") << "en" << "Domain" << "Japan data center";
    }

    void testCsv()
    {
        QFETCH(QString, language);
        QFETCH(QString, firstHeader);
        QFETCH(QString, japan);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        QString error;
        QVERIFY2(ReportWriter::write(ReportFixtures::all(), ReportFixtures::options(language), path, &error), qPrintable(error));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(bytes.count("\r\n"), bytes.count("\n")); // CRLF only
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        const QList<DomainReport> reports = ReportFixtures::all();
        QCOMPARE(rows.size(), reports.size() + 1);
        QCOMPARE(rows.constFirst().constFirst(), firstHeader);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), rows.constFirst().size());
        const QStringList both = rows.at(1);
        QCOMPARE(both.at(0), QStringLiteral("example.co.jp"));
        QCOMPARE(both.at(2), japan);
        QCOMPARE(both.at(4), QStringLiteral("12"));
        QCOMPARE(both.at(5), QStringLiteral("8"));
        QCOMPARE(both.at(12), reports.at(0).proposedRecord);
        QCOMPARE(rows.at(4).at(1), QStringLiteral("例え.jp"));
        QCOMPARE(rows.at(3).at(11), reports.at(2).record); // the hostile record, intact as data
    }

    void testJson_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Japanese") << "ja";
        QTest::newRow("English") << "en";
    }

    void testJson()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.json"));
        QString error;
        const QList<DomainReport> reports = ReportFixtures::all();
        QVERIFY2(ReportWriter::write(reports, ReportFixtures::options(language), path, &error), qPrintable(error));
        const QJsonObject document = QJsonDocument::fromJson(readAll(path)).object();
        const Catalog catalog = CatalogLoader::builtIn();
        QCOMPARE(document, CheckJsonDocument::build(reports, catalog, language));
        QCOMPARE(document.value(QStringLiteral("tool")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("tmems-assistant"));
        QCOMPARE(document.value(QStringLiteral("catalog")).toObject().value(QStringLiteral("version")).toString(), catalog.catalogVersion);
        const QJsonArray domains = document.value(QStringLiteral("domains")).toArray();
        QCOMPARE(domains.size(), reports.size());
        for (qsizetype i = 0; i < reports.size(); ++i)
            QCOMPARE(domains.at(i).toObject(), reports.at(i).toJson());
        const auto back = CheckJsonDocument::parse(readAll(path), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), reports.size());
        QCOMPARE(back->at(3).domain.unicode, QStringLiteral("例え.jp"));
        QCOMPARE(back->at(0).proposedLookups, 8);
    }

    void testJsonWrittenInPartsIsQJsonDocumentsText_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("no domain") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("all fixtures") << -1;
        QTest::newRow("many") << 40;
    }

    void testJsonWrittenInPartsIsQJsonDocumentsText()
    {
        // check --json writes the document a domain at a time; the bytes must
        // be exactly QJsonDocument's indented text of the whole.
        QFETCH(int, count);
        const QList<DomainReport> reports = count < 0 ? ReportFixtures::all()
                                            : count == 0 ? QList<DomainReport>{}
                                            : count == 1 ? QList<DomainReport>{ReportFixtures::usDomain()}
                                                         : ReportFixtures::many(count);
        const Catalog catalog = CatalogLoader::builtIn();
        for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
            QByteArray parts;
            int calls = 0;
            CheckJsonDocument::writeJson(reports, catalog, language, [&](const QByteArray &part) {
                parts += part;
                ++calls;
            });
            QCOMPARE(parts, QJsonDocument(CheckJsonDocument::build(reports, catalog, language)).toJson(QJsonDocument::Indented));
            QCOMPARE(calls, reports.isEmpty() ? 1 : int(reports.size()) + 2);
        }
    }

    void testJsonParseRefusesJunk_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("<html>");
        QTest::newRow("no domains") << QByteArray("{\"tool\":{}}");
        QTest::newRow("domain without name") << QByteArray("{\"domains\":[{\"spf\":{}}]}");
        QTest::newRow("array") << QByteArray("[]");
    }

    void testJsonParseRefusesJunk()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!CheckJsonDocument::parse(json, &error));
        QVERIFY(error.contains(QStringLiteral("check --json")));
    }

    void testUnwritablePath_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("parent is a file") << "file/report.pdf";
        QTest::newRow("parent missing") << "missing/dir/report.csv";
        QTest::newRow("unknown extension") << "report.docx";
    }

    void testUnwritablePath()
    {
        QFETCH(QString, relative);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("file")), "not a directory");
        const QString path = dir.filePath(relative);
        QString error;
        QVERIFY(!ReportWriter::write(ReportFixtures::all(), ReportFixtures::options(QStringLiteral("en")), path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("file")});
    }

    void testReadOnlyDirectory()
    {
        if (geteuid() == 0)
            QSKIP("running as root: directory permissions do not stop root (the full-disk test covers failure)");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY(!ReportWriter::write(ReportFixtures::all(), ReportFixtures::options(QStringLiteral("en")), path, &error));
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QFile::exists(path));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void testExistingFileUntouchedWhenTheDiskFills()
    {
        // RLIMIT_FSIZE makes write() fail part-way (EFBIG), as a full disk would,
        // for root too: the old report must survive and no temporary file remain.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        writeFile(path, "the previous report");
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        QString error;
        const bool written = ReportWriter::write(ReportFixtures::all(), ReportFixtures::options(QStringLiteral("en")), path, &error);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!written);
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("the previous report"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("report.pdf")});
    }

    void testOverwriteReplacesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        writeFile(path, "old");
        QString error;
        QVERIFY2(ReportWriter::write(ReportFixtures::all(), ReportFixtures::options(QStringLiteral("en")), path, &error), qPrintable(error));
        QVERIFY(readAll(path).startsWith("%PDF-"));
    }

private:
    static QString ReportHtmlBuilderProbe();
};

#include "ReportHtmlBuilder.h"

QString TestReportExports::ReportHtmlBuilderProbe()
{
    QList<DomainReport> reports = ReportFixtures::all();
    reports[2].problems.append({QStringLiteral("future-code"), SpfProblem::Severity::Warning,
                                QStringLiteral("<img src=\"file:///etc/shadow\"> \u202Egnp.exe"), QString(), {}, 0});
    return ReportHtmlBuilder::build(reports, ReportFixtures::options(QStringLiteral("en")), ReportHtmlBuilder::Target::PrintDocument);
}

QTEST_MAIN(TestReportExports)
#include "TestReportExports.moc"
