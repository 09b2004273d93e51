// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>

/// A QTextDocument that never loads a resource. QTextDocument would otherwise
/// read local files (and Qt resources) named by <img src>, <link> or CSS urls;
/// the report's content came from DNS, so nothing it names may be fetched,
/// even if an escaping mistake ever let markup through. Counts the attempts
/// so tests can prove none happened. Owned by the renderer; its thread.
class ReportTextDocument final : public QTextDocument
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTextDocument)
public:
    explicit ReportTextDocument(QObject *parent = nullptr);

    int blockedResourceRequests() const { return m_blocked; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_blocked = 0;
};
