// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FittingScrollArea.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

/// The admin-center steps' area: the whole text where the window has room,
/// a scroll bar (never cut text) where it has not.
class TestFittingScrollArea : public QObject
{
    Q_OBJECT

    struct Page
    {
        QWidget window;
        QLabel *label = new QLabel;
        FittingScrollArea *area = nullptr;
        Page()
        {
            QStringList lines;
            for (int i = 1; i <= 20; ++i)
                lines << QStringLiteral("%1. a step that is long enough to wrap when the window is narrow").arg(i);
            label->setText(lines.join(QLatin1Char('\n')));
            label->setWordWrap(true);
            area = new FittingScrollArea(label, 4);
            // As on the Office 365 page: a text box above takes the spare height.
            auto *layout = new QVBoxLayout(&window);
            layout->addWidget(new QPlainTextEdit, 1);
            layout->addWidget(area);
        }
    };

private slots:
    void roomForEverything()
    {
        Page page;
        page.window.resize(300, 1600);
        page.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page.window));
        QVERIFY(page.area->height() >= page.label->heightForWidth(page.area->viewport()->width()));
        QVERIFY(!page.area->verticalScrollBar()->isVisible());
    }

    void shortOfRoomScrolls()
    {
        Page page;
        page.window.resize(500, 150);
        page.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page.window));
        QVERIFY(page.area->height() >= page.area->fontMetrics().lineSpacing() * 4);
        QTRY_VERIFY(page.area->verticalScrollBar()->isVisible());
        // The text inside keeps its whole height: scrolled, not cut.
        QVERIFY(page.label->height() >= page.label->heightForWidth(page.label->width()));
    }

    void aLongerTextGrowsTheArea()
    {
        // As on the Office 365 page, Back and Next with "all ranges" chosen:
        // a longer text, set while the area is shown, and while it is hidden.
        for (const bool hidden : {false, true}) {
            Page page;
            const QString longer = page.label->text();
            page.label->setText(QStringLiteral("1. one short step"));
            page.window.resize(300, 1600);
            page.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page.window));
            if (hidden)
                page.area->hide();
            page.label->setText(longer);
            page.area->show();
            QTRY_VERIFY2(page.area->height() >= page.label->heightForWidth(page.area->viewport()->width()),
                         hidden ? "set while hidden" : "set while shown");
            QVERIFY(!page.area->verticalScrollBar()->isVisible());
        }
    }

    void narrowerIsTaller()
    {
        Page page;
        QVERIFY(page.area->hasHeightForWidth());
        QVERIFY(page.area->heightForWidth(250) > page.area->heightForWidth(900));
    }
};

QTEST_MAIN(TestFittingScrollArea)
#include "TestFittingScrollArea.moc"
