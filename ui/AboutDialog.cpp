// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const Catalog &catalog, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About TMEmS Migration Assistant"));
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("aboutLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    const QLocale locale;
    label->setText(QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p>")
                       .arg(tr("TMEmS Migration Assistant %1").arg(QCoreApplication::applicationVersion()),
                            tr("Data catalog version %1, sources as of %2.")
                                .arg(catalog.catalogVersion, locale.toString(catalog.sourceDate(), QLocale::LongFormat)),
                            tr("This program is not affiliated with, endorsed by or supported by Trend Micro. "
                               "Trend Micro and Trend Micro Email Security are trademarks of Trend Micro Incorporated."),
                            tr("Check the facts against Trend Micro's own notice before changing production systems.")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}
