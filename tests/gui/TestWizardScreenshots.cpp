// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardFixture.h"

#include "MigrationSession.h"
#include "Translations.h"
#include "WizardLauncher.h"

#include <QApplication>
#include <QDir>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QStyleFactory>
#include <QHeaderView>
#include <QTableWidget>
#include <QTreeView>

using namespace WizardFixture;

/// Renders every page in both languages to PNG (TMEMS_SCREENSHOT_DIR) and
/// fails when a label, a button or a table or tree cell shows less than its
/// text needs. Run again by
/// CTest at QT_SCALE_FACTOR=2 in a dark palette.
class TestWizardScreenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeSaveLocation m_save;
    QString m_outDir;

    static QString describe(const QWidget *w)
    {
        QString text;
        if (auto *label = qobject_cast<const QLabel *>(w))
            text = label->text();
        else if (auto *button = qobject_cast<const QAbstractButton *>(w))
            text = button->text();
        return QStringLiteral("%1 '%2' (%3x%4)").arg(w->objectName(), text.left(60)).arg(w->width()).arg(w->height());
    }

    /// Every visible label and button gets at least what its text needs.
    static QStringList clipped(QWidget *root)
    {
        QStringList problems;
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(root) || w->size().isEmpty())
                continue;
            // Cells of item views scroll; their texts are the views' business.
            if (qobject_cast<QAbstractItemView *>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
                continue;
            if (auto *label = qobject_cast<QLabel *>(w)) {
                if (label->text().isEmpty())
                    continue;
                const bool fits = label->wordWrap()
                    ? label->heightForWidth(label->contentsRect().width() + label->contentsMargins().left()
                                            + label->contentsMargins().right()) <= label->height()
                    : label->sizeHint().width() <= label->width() && label->sizeHint().height() <= label->height();
                if (!fits)
                    problems << describe(w) + QStringLiteral(" needs %1x%2 / hfw %3")
                                                  .arg(label->sizeHint().width())
                                                  .arg(label->sizeHint().height())
                                                  .arg(label->heightForWidth(label->width()));
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                if (button->text().isEmpty())
                    continue;
                const QSize hint = button->sizeHint();
                if (hint.width() > button->width() || hint.height() > button->height())
                    problems << describe(w) + QStringLiteral(" needs %1x%2").arg(hint.width()).arg(hint.height());
            }
        }
        return problems;
    }

    /// The rectangle a cell's text may use: a tree's first column spanned over
    /// the whole row gets the row's width.
    static QRect cellRect(QAbstractItemView *view, const QModelIndex &index)
    {
        QRect rect = view->visualRect(index);
        auto *tree = qobject_cast<QTreeView *>(view);
        if (tree && index.column() == 0 && tree->isFirstColumnSpanned(index.row(), index.parent()))
            rect.setRight(view->viewport()->width() - 1);
        return rect;
    }

    /// Every visible cell of every table and tree shows its whole text: what the
    /// delegate needs for it (word-wrapped at the cell's width where the view
    /// wraps) fits the cell. Cells holding a widget are checked as widgets.
    static QStringList clippedCells(QWidget *root)
    {
        QStringList problems;
        for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
            if (!view->isVisibleTo(root) || !view->model() || qobject_cast<QHeaderView *>(view))
                continue;
            QList<QModelIndex> pending{QModelIndex()};
            while (!pending.isEmpty()) {
                const QModelIndex parent = pending.takeFirst();
                for (int row = 0; row < view->model()->rowCount(parent); ++row) {
                    for (int column = 0; column < view->model()->columnCount(parent); ++column) {
                        const QModelIndex index = view->model()->index(row, column, parent);
                        if (column == 0 && view->model()->hasChildren(index))
                            pending.append(index);
                        const QString text = index.data(Qt::DisplayRole).toString();
                        const QRect rect = cellRect(view, index);
                        if (text.isEmpty() || view->indexWidget(index) || !rect.isValid()
                            || !view->viewport()->rect().contains(rect.topLeft()))
                            continue;
                        const QSize need = cellNeed(view, index, rect);
                        if (need.width() > rect.width() || need.height() > rect.height())
                            problems << QStringLiteral("%1 cell '%2' is %3x%4, needs %5x%6")
                                            .arg(view->objectName(), text.left(60))
                                            .arg(rect.width()).arg(rect.height()).arg(need.width()).arg(need.height());
                    }
                }
            }
        }
        return problems;
    }

    /// Every visible input and button can be named by a screen reader.
    static QStringList unnamed(QWidget *root)
    {
        QStringList problems;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus)
                continue;
            const bool input = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractScrollArea *>(w);
            if (input && w->accessibleName().isEmpty())
                problems << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_outDir = qEnvironmentVariable("TMEMS_SCREENSHOT_DIR", m_dir.filePath(QStringLiteral("shots")));
        QVERIFY(QDir().mkpath(m_outDir));
        // The application set-up of the real wizard: its icons are drawn through DeferredIconStyle.
        WizardLauncher::configureApplication();
        if (qEnvironmentVariableIsSet("TMEMS_DARK")) {
            QApplication::setStyle(WizardLauncher::applicationStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(45, 45, 48));
            dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
            dark.setColor(QPalette::Base, QColor(30, 30, 30));
            dark.setColor(QPalette::AlternateBase, QColor(53, 53, 53));
            dark.setColor(QPalette::Text, QColor(230, 230, 230));
            dark.setColor(QPalette::Button, QColor(60, 60, 63));
            dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
            dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
            dark.setColor(QPalette::HighlightedText, Qt::black);
            dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
            dark.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
            dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(130, 130, 130));
            dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
            QApplication::setPalette(dark);
        }
    }

    void everyPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size"); // the README's screenshots are taken at 960x720
        QTest::newRow("Japanese") << QStringLiteral("ja") << QSize(960, 720);
        QTest::newRow("English") << QStringLiteral("en") << QSize(960, 720);
        // What a first start shows: the window's default size, a little narrower.
        QTest::newRow("Japanese, default size") << QStringLiteral("ja") << QSize();
        QTest::newRow("English, default size") << QStringLiteral("en") << QSize();
    }

    void everyPage()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(Translations::install(language));
        auto window = makeWindow(&m_save, QString());
        if (size.isValid())
            window->resize(size);
        MigrationSession *session = window->session();
        session->setDomainInputs({QStringLiteral("jp-both.example"), QStringLiteral("us.example"),
                                  QStringLiteral("user@broken.example"), QStringLiteral("jp-done.example"),
                                  QStringLiteral("例え.jp"), QStringLiteral("bad..name")});
        DomainChoice office;
        office.usesOffice365 = true;
        session->setChoice(QStringLiteral("jp-both.example"), office);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        MigrationWizard *wizard = window->wizard();
        const QStringList names = {QStringLiteral("welcome"), QStringLiteral("domains"), QStringLiteral("datacenter"),
                                   QStringLiteral("spf"), QStringLiteral("inbound"), QStringLiteral("office365"),
                                   QStringLiteral("summary")};
        QStringList problems;
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(static_cast<int>(wizard->currentPageId()), i);
            QTRY_VERIFY(wizard->currentPage()->isComplete());
            if (auto *table = wizard->currentPage()->findChild<QTableWidget *>(QStringLiteral("spfResultsTable")))
                table->selectRow(0);
            QCoreApplication::processEvents();
            const QString file = QDir(m_outDir).filePath(QStringLiteral("%1-%2.png").arg(language, names.at(i)));
            if (size.isValid())
                QVERIFY(window->grab().save(file));
            for (const QString &p : clipped(window.get()))
                problems << names.at(i) + QStringLiteral(": ") + p;
            for (const QString &p : clippedCells(wizard->currentPage()))
                problems << names.at(i) + QStringLiteral(": ") + p;
            for (const QString &p : unnamed(wizard->currentPage()))
                problems << names.at(i) + QStringLiteral(": no accessible name: ") + p;
            if (i + 1 < names.size())
                wizard->next();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestWizardScreenshots)
#include "TestWizardScreenshots.moc"
