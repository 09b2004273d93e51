// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// HeaderLabelStyle: a header that never draws a label in bold is measured in
// its own font; one that highlights keeps Qt's bold measure.
#include "HeaderLabelStyle.h"
#include "MainWindow.h"
#include "MigrationWizard.h"
#include "WizardFixture.h"
#include "WizardLauncher.h"
#include "WizardPageBase.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestHeaderLabelStyle : public QObject
{
    Q_OBJECT

    const QString m_label = QStringLiteral("Domain WWW mmm");

    /// How much wider `header`'s label is in bold than in its own font.
    int boldExtra(const QHeaderView *header) const
    {
        QFont bold = header->font();
        bold.setBold(true);
        return QFontMetrics(bold).size(0, m_label).width() - header->fontMetrics().size(0, m_label).width();
    }

private slots:
    void initTestCase()
    {
        if (!QFontDatabase::styles(QStringLiteral("DejaVu Sans")).contains(QStringLiteral("Bold")))
            QSKIP("needs DejaVu Sans Bold (Debian: fonts-dejavu-core)");
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        QApplication::setStyle(WizardLauncher::applicationStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    }

    void tableHeaderFollowsItsHighlighting()
    {
        QTableWidget table(1, 1);
        table.setHorizontalHeaderLabels({m_label});
        QHeaderView *header = table.horizontalHeader();
        QVERIFY(header->highlightSections()); // QTableView's default
        const int highlighting = header->sectionSizeHint(0);
        header->setHighlightSections(false);
        const int plain = header->sectionSizeHint(0);
        QVERIFY2(boldExtra(header) > 0, "the bold face should be wider");
        QCOMPARE(highlighting - plain, boldExtra(header));
    }

    void treeHeaderIsMeasuredInItsOwnFont()
    {
        // QTreeView never highlights its header's sections.
        QTreeWidget tree;
        tree.setHeaderLabels({m_label, QStringLiteral("x")});
        QHeaderView *header = tree.header();
        QVERIFY(!header->highlightSections());
        const int plain = header->sectionSizeHint(0);
        header->setHighlightSections(true);
        QCOMPARE(header->sectionSizeHint(0) - plain, boldExtra(header));
    }

    void theWizardsHeadersDrawNoBoldLabel()
    {
        // Measured for regular labels, so none may be drawn in bold.
        WizardFixture::isolateSettings();
        QTemporaryDir dir;
        WizardFixture::FakeSaveLocation save;
        const auto window = WizardFixture::makeWindow(&save, dir.filePath(QStringLiteral("autosave.json")));
        MigrationWizard *wizard = window->wizard();
        for (int id : wizard->pageIds())
            qobject_cast<WizardPageBase *>(wizard->page(id))->ensureBuilt();
        int shown = 0;
        for (const QHeaderView *header : window->findChildren<QHeaderView *>()) {
            if (header->isHidden())
                continue;
            ++shown;
            QVERIFY2(HeaderLabelStyle::measuresInOwnFont(header), qPrintable(header->parent()->objectName()));
        }
        QVERIFY(shown >= 5); // three tables, two trees
    }
};

QTEST_MAIN(TestHeaderLabelStyle)
#include "TestHeaderLabelStyle.moc"
