// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportStyle.h"

namespace {

const QStringList &families()
{
    static const QStringList list{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")};
    return list;
}

// Shared by both targets; QTextDocument ignores what it does not know.
constexpr auto CommonCss = R"(
body { font-family: 'DejaVu Sans', 'Noto Sans CJK JP', sans-serif; font-size: 9pt; color: #1b1b1b; }
h1 { font-size: 20pt; color: #12355b; margin-top: 6pt; margin-bottom: 6pt; }
h2 { font-size: 15pt; color: #12355b; margin-top: 0pt; margin-bottom: 8pt; }
h3 { font-size: 11.5pt; color: #12355b; margin-top: 12pt; margin-bottom: 4pt; }
h4 { font-size: 10pt; color: #1b1b1b; margin-top: 8pt; margin-bottom: 3pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
li { margin-bottom: 2pt; }
.kicker { color: #4a5a6a; font-size: 10pt; margin-top: 30pt; }
.subtitle { color: #4a5a6a; font-size: 10pt; margin-bottom: 14pt; }
table.grid { border-collapse: collapse; border-color: #6f6f6f; margin-top: 2pt; margin-bottom: 8pt; }
table.grid th { background-color: #d5dde7; color: #000000; font-weight: bold; text-align: left; border: 1px solid #6f6f6f; padding: 3px; }
table.grid td { border: 1px solid #6f6f6f; padding: 3px; vertical-align: top; }
th.key { background-color: #e8edf3; }
table.summary td, table.summary th { font-size: 8pt; }
.mono { font-family: 'DejaVu Sans Mono', 'Noto Sans Mono CJK JP', monospace; font-size: 8pt; }
div.code { font-family: 'DejaVu Sans Mono', 'Noto Sans Mono CJK JP', monospace; font-size: 8pt; white-space: pre-wrap;
           background-color: #f0f0f0; margin-top: 2pt; margin-bottom: 6pt; }
td.ok { background-color: #d9f0d9; }
td.warn { background-color: #fde7a6; }
td.bad { background-color: #f2b2b2; font-weight: bold; }
td.req { background-color: #f7d3d3; }
td.rec { background-color: #fdf0c4; }
td.added { background-color: #fff0bd; font-weight: bold; }
.badtext { color: #9b1c1c; font-weight: bold; }
.oktext { color: #1d5e1d; font-weight: bold; }
.warntext { color: #7a5200; font-weight: bold; }
.note { color: #333333; background-color: #eef2f6; margin-top: 8pt; }
.legend { color: #4a4a4a; font-size: 8pt; }
.muted { color: #5a5a5a; }
)";

} // namespace

namespace ReportStyle {

QFont bodyFont()
{
    QFont font(families().constFirst(), 9);
    font.setFamilies(families());
    // Set, not left to the application font: the wizard's Japanese interface
    // skips shaping and hints fully (InterfaceFont), and a report must come
    // out the same from the wizard as from the command line.
    font.setStyleStrategy(QFont::PreferDefault);
    font.setHintingPreference(QFont::PreferDefaultHinting);
    return font;
}

QFont headerFont()
{
    QFont font = bodyFont();
    font.setPointSizeF(7.5);
    return font;
}

QString documentCss()
{
    // Each part of the PDF is its own document starting on a fresh page: no page-break rules here.
    return QString::fromUtf8(CommonCss);
}

QString browserCss(ReportOptions::Paper paper)
{
    const QString size = paper == ReportOptions::Paper::Letter ? QStringLiteral("letter") : QStringLiteral("A4");
    return QString::fromUtf8(CommonCss) + QStringLiteral(R"(
body { max-width: 60em; margin: 1.5em auto; padding: 0 1em; line-height: 1.4; }
table.grid { width: 100%; border: 1px solid #6f6f6f; }
div.code { border: 1px solid #b5b5b5; padding: 4px 6px; overflow-wrap: anywhere; word-break: break-all; }
td, th { overflow-wrap: anywhere; }
.mono { overflow-wrap: anywhere; word-break: break-all; }
h2.section { border-bottom: 2px solid #12355b; padding-bottom: 2pt; margin-top: 24pt; }
@media print {
  @page { size: %1; margin: 18mm 15mm 18mm 15mm; }
  body { max-width: none; margin: 0; padding: 0; }
  h2.section, h3.domain { page-break-before: always; break-before: page; }
  tr, div.code { page-break-inside: avoid; break-inside: avoid; }
  thead { display: table-header-group; }
  td, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)").arg(size);
}

} // namespace ReportStyle
