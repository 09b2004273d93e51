// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHtml.h"

namespace {

bool isHiddenOrControl(char32_t c)
{
    if (c == U'\n' || c == U'\t')
        return false;
    // C0/C1 controls, bidi embeddings/overrides/isolates, and the BOM.
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e || c == 0x200f || c == 0xfeff;
}

} // namespace

namespace ReportHtml {

QString text(const QString &plain)
{
    return plain.toHtmlEscaped();
}

QString dnsText(const QString &untrusted)
{
    QString visible;
    visible.reserve(untrusted.size());
    for (const char32_t c : untrusted.toUcs4()) {
        if (isHiddenOrControl(c))
            visible += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            visible += QString::fromUcs4(&c, 1);
    }
    return visible.toHtmlEscaped();
}

QString codeBlock(const QString &untrusted)
{
    QString body = dnsText(untrusted);
    // Rich text collapses a line break inside a block in some readers; <br/> is unambiguous.
    body.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return QStringLiteral("<div class=\"code\">%1</div>\n").arg(body);
}

QString code(const QString &untrusted)
{
    return QStringLiteral("<span class=\"mono\">%1</span>").arg(dnsText(untrusted));
}

Table::Table(const QStringList &headers, const QString &cssClass)
    : m_cssClass(cssClass)
{
    for (const QString &header : headers)
        m_head += QStringLiteral("<th>%1</th>").arg(text(header));
}

void Table::setWidths(const QList<int> &percent)
{
    QString head;
    const QStringList cells = m_head.split(QStringLiteral("<th>"), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < cells.size(); ++i)
        head += QStringLiteral("<th width=\"%1%\">").arg(percent.value(i, 10)) + cells.at(i);
    m_head = head;
}

void Table::addRow(const QStringList &cells, const QStringList &cellClasses)
{
    QString row = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString cls = cellClasses.value(i);
        row += cls.isEmpty() ? QStringLiteral("<td>%1</td>").arg(cells.at(i))
                             : QStringLiteral("<td class=\"%1\">%2</td>").arg(cls, cells.at(i));
    }
    row += QStringLiteral("</tr>\n");
    m_rows.append(row);
}

QString Table::html() const
{
    // cellspacing/cellpadding/border attributes for QTextDocument, CSS for browsers.
    return QStringLiteral("<table class=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                          "<thead><tr>%2</tr></thead>\n<tbody>\n%3</tbody></table>\n")
        .arg(m_cssClass, m_head, m_rows.join(QString()));
}

QString keyValueTable(const QList<QPair<QString, QString>> &rows)
{
    QString body;
    for (const auto &row : rows)
        body += QStringLiteral("<tr><th class=\"key\" width=\"28%\">%1</th><td>%2</td></tr>\n").arg(text(row.first), row.second);
    return QStringLiteral("<table class=\"grid kv\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                          "<tbody>\n%1</tbody></table>\n")
        .arg(body);
}

} // namespace ReportHtml
