// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiUtil.h"

#include "AtomicFile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QRegularExpression>

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

QString dataCenterName(const QString &id)
{
    if (id == QLatin1String("jp"))
        return QApplication::translate("UiUtil", "Japan data center");
    if (id == QLatin1String("us"))
        return QApplication::translate("UiUtil", "US data center");
    if (id == QLatin1String("unsure"))
        return QApplication::translate("UiUtil", "Not sure");
    if (id == QLatin1String("unknown") || id.isEmpty())
        return QApplication::translate("UiUtil", "Not detected");
    return QApplication::translate("UiUtil", "Other data center (%1)").arg(id.toUpper());
}

} // namespace UiUtil
