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
