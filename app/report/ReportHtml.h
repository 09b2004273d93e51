// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// Small HTML helpers shared by the report's sections. Everything that came
/// from DNS goes through dnsText() or codeBlock(): escaped, with control and
/// bidirectional-override characters shown as \uXXXX so a hostile TXT record
/// can neither inject markup nor disguise itself. Stateless; any thread.
namespace ReportHtml {

/// Our own text (translations, numbers): HTML-escaped.
QString text(const QString &plain);
/// Untrusted text from DNS: escaped and made visible.
QString dnsText(const QString &untrusted);
/// A monospace block (records, snippets) that keeps line breaks and wraps long lines.
QString codeBlock(const QString &untrusted);
/// Inline monospace for a short untrusted value.
QString code(const QString &untrusted);

/// A bordered table: `headers` are plain text, each row's cells already HTML.
class Table final
{
public:
    explicit Table(const QStringList &headers, const QString &cssClass = QStringLiteral("grid"));
    /// Column widths in percent, one per header (QTextDocument shares width evenly otherwise).
    void setWidths(const QList<int> &percent);
    /// `cellClasses` (optional) gives one CSS class per cell ("ok", "bad", ...).
    void addRow(const QStringList &cells, const QStringList &cellClasses = {});
    QString html() const;
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QString m_head;
    QString m_cssClass;
    QStringList m_rows;
};

/// A two-column key/value table (labels plain text, values HTML).
QString keyValueTable(const QList<QPair<QString, QString>> &rows);

} // namespace ReportHtml
