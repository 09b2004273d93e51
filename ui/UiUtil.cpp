// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiUtil.h"

#include "AtomicFile.h"
#include "DomainActions.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QRegularExpression>
#include <QStyle>
#include <QTableWidget>

namespace UiUtil {

void copyText(const QString &text)
{
    QApplication::clipboard()->setText(text);
}

QFont monospaceFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

void setButtonText(QAbstractButton *button, const QString &text)
{
    button->setText(text);
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    button->setAccessibleName(plain);
}

QString writeTextFile(const QString &path, const QString &text)
{
    const QString reason = AtomicFile::write(path, text.toUtf8());
    if (!reason.isEmpty())
        return QApplication::translate("UiUtil", "Cannot write %1: %2").arg(path, reason);
    return {};
}

QTableWidget *newTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setHighlightSections(false);
    table->setColumnCount(columns);
    return table;
}

void fitRowHeight(QTableWidget *table, int row, int wrappingColumn)
{
    const QTableWidgetItem *item = table->item(row, wrappingColumn);
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    int room = table->columnWidth(wrappingColumn) - 2 * margin;
    if (item && !item->icon().isNull()) {
        const int icon = table->iconSize().isValid()
            ? table->iconSize().width()
            : table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table);
        room -= icon + 2 * margin;
    }
    const bool wraps = item && table->fontMetrics().horizontalAdvance(item->text()) > room;
    const int single = table->verticalHeader()->defaultSectionSize();
    if (wraps)
        table->resizeRowToContents(row);
    else if (table->rowHeight(row) != single)
        table->setRowHeight(row, single);
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text; // no tip at all
    // <qt> makes it rich text on purpose, so the escaped characters show as typed;
    // pre-wrap keeps runs of spaces as they are and still wraps a long record.
    return QStringLiteral("<qt><p style=\"white-space:pre-wrap\">%1</p></qt>").arg(text.toHtmlEscaped());
}

QString dataCenterName(const QString &id)
{
    // A site has the name `check` and the report give it, in one catalogue.
    if (const char *source = DomainActions::dataCenterNameSource(id))
        return QApplication::translate("DomainActions", source);
    if (id == QLatin1String("unsure"))
        return QApplication::translate("UiUtil", "Not sure");
    if (id == QLatin1String("unknown") || id.isEmpty())
        return QApplication::translate("UiUtil", "Not detected");
    return QApplication::translate("UiUtil", "Other data center (%1)").arg(id.toUpper());
}

} // namespace UiUtil
