// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportOptions.h"

#include <QFont>
#include <QString>

/// The report's look in one place: fonts, colours and the two style sheets
/// (the QTextDocument subset for the PDF, full CSS with print rules for the
/// HTML export). Status fills differ in lightness as well as hue and come with
/// a marker, so a grey printout still tells them apart.
namespace ReportStyle {

/// Latin font first: with a CJK font primary, pdftotext loses digits that
/// follow Latin words (research note §4); Japanese falls back to Noto CJK JP.
QFont bodyFont();
QFont headerFont();
QString documentCss();
QString browserCss(ReportOptions::Paper paper);

} // namespace ReportStyle
