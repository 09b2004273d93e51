// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// WrappedTextLabel measures like a word-wrapped plain QLabel, in English and
// Japanese, and follows changes of text, font and margins.
#include "WrappedTextLabel.h"

#include "ShapingStyle.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

#include <functional>
#include <memory>

class TestWrappedTextLabel final : public QObject
{
    Q_OBJECT

    static QLabel *reference(const QString &text)
    {
        auto *label = new QLabel(text);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        return label;
    }

    /// Every size a layout asks for, compared with QLabel's.
    static void compare(const QLabel &expected, const WrappedTextLabel &actual)
    {
        QCOMPARE(actual.sizeHint(), expected.sizeHint());
        for (int width : {0, 1, 30, 44, 100, 250, 487, 600, 900, 2000, QWIDGETSIZE_MAX})
            QCOMPARE(actual.heightForWidth(width), expected.heightForWidth(width));
        // The same widths again come from the cache, still right.
        for (int width : {600, 30, 2000})
            QCOMPARE(actual.heightForWidth(width), expected.heightForWidth(width));
        QCOMPARE(actual.minimumSizeHint().height(), expected.minimumSizeHint().height());
        // QLabel lays the text out at width 0; the widest unbreakable run of a
        // single layout may differ by rounding.
        QVERIFY2(qAbs(actual.minimumSizeHint().width() - expected.minimumSizeHint().width()) <= 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(actual.minimumSizeHint().width()).arg(expected.minimumSizeHint().width())));
    }

private slots:
    void measuresLikeQLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("English") << QStringLiteral(
            "This assistant reads each domain's MX and SPF records, tells you which ones are on the Japan data "
            "center, and gives you the firewall, Office 365 and SPF settings to paste. It changes nothing by itself.");
        QTest::newRow("Japanese") << QStringLiteral(
            "このアシスタントは各ドメインのMXレコードとSPFレコードを確認し、日本データセンターのドメインを特定して、"
            "ファイアウォール、Office 365、SPFの設定内容を貼り付けられる形で示します。設定を自動で変更することはありません。");
        QTest::newRow("long host name") << QStringLiteral(
            "推奨: 送信保護を有効にしている場合は、SPFレコードの include:spf.tmes.trendmicro.com を "
            "include:spf.tmems-jp.trendmicro.com に置き換えます。");
        QTest::newRow("right-to-left text") << QStringLiteral(
            "\u05D6\u05D4\u05D5 \u05DE\u05E9\u05E4\u05D8 \u05D0\u05E8\u05D5\u05DA \u05E9\u05E6\u05E8\u05D9\u05DA "
            "\u05DC\u05E2\u05D1\u05D5\u05E8 \u05DC\u05E9\u05D5\u05E8\u05D4 \u05D7\u05D3\u05E9\u05D4 mail.example.jp");
        QTest::newRow("one word") << QStringLiteral("Welcome");
        QTest::newRow("empty") << QString();
        QTest::newRow("line breaks") << QStringLiteral("first line\nsecond line, a little longer\n\nfourth");
    }

    void measuresLikeQLabel()
    {
        QFETCH(QString, text);
        std::unique_ptr<QLabel> expected(reference(text));
        WrappedTextLabel actual;
        actual.setText(text);
        compare(*expected, actual);
    }

    void measuresShapedTextAsDrawn()
    {
        // Under an interface font that skips shaping, text that needs it is
        // drawn shaped (ShapingStyle): measured so too, or joined Arabic
        // letters get the room of unjoined ones.
        const QString text = QStringLiteral(
            "\u0627\u0644\u0646\u0637\u0627\u0642 \u0645\u062B\u0627\u0644.\u0627\u062E\u062A\u0628\u0627\u0631 "
            "\u0645\u0648\u062C\u0648\u062F \u0641\u064A \u0627\u0644\u0642\u0627\u0626\u0645\u0629 \u0628\u0627\u0644\u0641\u0639\u0644");
        QVERIFY(ShapingStyle::needsShaping(text));
        QFont unshaped = QApplication::font();
        unshaped.setStyleStrategy(QFont::PreferNoShaping);
        std::unique_ptr<QLabel> expected(reference(text));
        expected->setFont(ShapingStyle::fontFor(unshaped, text));
        WrappedTextLabel actual;
        actual.setFont(unshaped);
        actual.setText(text);
        QCOMPARE(actual.sizeHint(), expected->sizeHint());
        for (int width : {40, 120, 600})
            QCOMPARE(actual.heightForWidth(width), expected->heightForWidth(width));
    }

    void followsChanges()
    {
        // Each step is compared with a fresh QLabel set up the same way (a
        // QLabel keeps its size hint across a change of its minimum width).
        const QString first = QStringLiteral("短い文。");
        const QString second = QStringLiteral("A much longer sentence that has to wrap over several lines at a "
                                              "narrow width, so its height changes.");
        QFont bigger = QApplication::font();
        bigger.setPointSize(bigger.pointSize() * 2);
        WrappedTextLabel actual;
        const auto step = [&actual](const std::function<void(QLabel *)> &change) {
            change(&actual);
            std::unique_ptr<QLabel> expected(reference(QString()));
            expected->setText(actual.text());
            expected->setFont(actual.font());
            expected->setMargin(actual.margin());
            expected->setContentsMargins(actual.contentsMargins());
            expected->setMinimumWidth(actual.minimumWidth());
            expected->setLayoutDirection(actual.layoutDirection());
            expected->setAlignment(actual.alignment());
            compare(*expected, actual);
        };
        step([&](QLabel *l) { l->setText(first); });
        if (QTest::currentTestFailed())
            return;
        step([&](QLabel *l) { l->setText(second); });
        step([&](QLabel *l) { l->setFont(bigger); });
        QFont fractional = QApplication::font();
        fractional.setPointSizeF(9.7); // lines of a fractional height
        step([&](QLabel *l) { l->setFont(fractional); });
        step([&](QLabel *l) { l->setText(QStringLiteral("日本データセンターのドメインを特定して、ファイアウォール、"
                                                        "Office 365、SPFの設定内容を貼り付けられる形で示します。")); });
        // Left to QLabel, which has rules of its own for these.
        step([&](QLabel *l) { l->setText(QStringLiteral("carriage\r\nreturns\rin a text that wraps at a narrow width")); });
        step([&](QLabel *l) { l->setText(QStringLiteral("tabs\tin a text\tthat wraps")); });
        step([&](QLabel *l) { l->setText(second); });
        step([](QLabel *l) { l->setMargin(5); });
        step([](QLabel *l) { l->setContentsMargins(3, 4, 7, 2); });
        step([](QLabel *l) { l->setMinimumWidth(150); });
        step([](QLabel *l) { l->setLayoutDirection(Qt::RightToLeft); }); // the text's direction still rules
        step([](QLabel *l) { l->setAlignment(Qt::AlignRight | Qt::AlignBottom); });
        step([](QLabel *l) { l->setAlignment(Qt::AlignHCenter | Qt::AlignVCenter); });
    }

    void manyMeasurementsStayRight()
    {
        // Qt sums every pass's line widths into the kept layout; thousands of
        // measurements (a window resized by hand) must still come out right.
        const QString text = QStringLiteral(
            "このアシスタントは各ドメインのMXレコードとSPFレコードを確認し、日本データセンターのドメインを特定して、"
            "ファイアウォール、Office 365、SPFの設定内容を貼り付けられる形で示します。設定を自動で変更することはありません。");
        std::unique_ptr<QLabel> expected(reference(text));
        WrappedTextLabel actual;
        actual.setText(text);
        for (int pass = 0; pass < 3000; ++pass) {
            const int width = 40 + (pass * 37) % 900; // never the same width twice in a row, past the cache
            if (actual.heightForWidth(width) != expected->heightForWidth(width))
                QFAIL(qPrintable(QStringLiteral("pass %1, width %2").arg(pass).arg(width)));
        }
    }

    void leavesOtherLabelsToQLabel()
    {
        // Rich text is QLabel's: measured by its QTextDocument, not here.
        const QString html = QStringLiteral("<b>Bold</b> and a long plain sentence that wraps somewhere.");
        QLabel expected(html);
        expected.setTextFormat(Qt::RichText);
        expected.setWordWrap(true);
        WrappedTextLabel actual;
        actual.setTextFormat(Qt::RichText);
        actual.setText(html);
        QCOMPARE(actual.sizeHint(), expected.sizeHint());
        QCOMPARE(actual.minimumSizeHint(), expected.minimumSizeHint());
        QCOMPARE(actual.heightForWidth(120), expected.heightForWidth(120));
    }
};

QTEST_MAIN(TestWrappedTextLabel)
#include "TestWrappedTextLabel.moc"
