// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PdfTextLayer on CMaps written the way QPdfWriter writes them.
#include "PdfTextLayer.h"

#include <QTest>

class TestPdfTextLayer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rewritesOnlyDestinations()
    {
        const QByteArray before = "1 0 obj\n<< /Length 99 >>\nstream\n"
                                  "begincmap\n"
                                  "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                                  "2 beginbfchar\n<2F47> <2F47>\n<0005> <65E5>\nendbfchar\n"
                                  "3 beginbfrange\n"
                                  "<0000> <0000> <0000>\n"
                                  "<0001> <0003> [<2F47> <672C> <2F00>]\n"
                                  "<0004> <0004> <2F64>\n"
                                  "<0010> <0011> <2F00>\n"
                                  "endbfrange\nendcmap\nendstream\n";
        QByteArray pdf = before;
        QCOMPARE(PdfTextLayer::mapRadicalsToIdeographs(&pdf), 4);
        QCOMPARE(pdf.size(), before.size()); // no offset of the file moves
        QVERIFY(pdf.contains("<2F47> <65E5>\n"));               // bfchar: the source CID stays
        QVERIFY(pdf.contains("[<65E5> <672C> <4E00>]"));        // 日 本 一
        QVERIFY(pdf.contains("<0004> <0004> <7528>"));          // 用
        QVERIFY(pdf.contains("<0010> <0011> <2F00>"));          // a run of two: left alone
        QVERIFY(pdf.contains("<0000> <FFFF>\nendcodespacerange")); // not a mapping
    }

    void leavesTheRestOfTheFileAlone()
    {
        QByteArray pdf = "<< /Font <2F47> >>\nno cmap here\n";
        const QByteArray before = pdf;
        QCOMPARE(PdfTextLayer::mapRadicalsToIdeographs(&pdf), 0);
        QCOMPARE(pdf, before);
    }
};

QTEST_GUILESS_MAIN(TestPdfTextLayer)
#include "TestPdfTextLayer.moc"
