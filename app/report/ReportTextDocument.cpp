// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTextDocument.h"

#include <QVariant>

ReportTextDocument::ReportTextDocument(QObject *parent)
    : QTextDocument(parent)
{
}

QVariant ReportTextDocument::loadResource(int, const QUrl &)
{
    ++m_blocked;
    return {};
}
