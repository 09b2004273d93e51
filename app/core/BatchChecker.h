// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "DnsResolver.h"
#include "DomainReport.h"

#include <QHash>
#include <QList>
#include <QObject>

class DomainAnalyzer;

/// Checks many domains at once over one shared resolver (put a
/// CachingResolver in front, so an include shared by many domains, such as the
/// legacy TMEmS record, is asked once). Several domains run concurrently so the
/// resolver always has questions to work on; progress is reported per domain
/// for the wizard's progress bar, and cancel() stops everything (the wizard's
/// Cancel button). finished() carries one report per input, in input order.
/// Main thread; resolver and catalog must outlive it.
class BatchChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchChecker)
public:
    BatchChecker(DnsResolver *resolver, const Catalog *catalog, QObject *parent = nullptr);
    ~BatchChecker() override;

    /// The data center for every domain ("auto": detect it).
    void setDataCenterChoice(const QString &choice) { m_choice = choice; }
    /// Per domain (ASCII name), before the one for every domain.
    void setDataCenterChoices(const QHash<QString, QString> &choices) { m_choices = choices; }
    /// Domains analysed at the same time (default 16).
    void setMaxConcurrent(int count) { m_maxConcurrent = qMax(1, count); }
    /// Starts checking; an empty list finishes at once (from the event loop).
    void start(const QList<DomainInput> &domains);
    /// Stops every query; cancelled() follows, finished() does not.
    void cancel();
    bool isRunning() const { return m_running; }
    QList<DomainReport> reports() const { return m_reports; }

Q_SIGNALS:
    void domainStarted(int index, const QString &domain);
    void domainFinished(int index, const DomainReport &report);
    /// `done` of `total` domains are finished.
    void progress(int done, int total);
    void finished(const QList<DomainReport> &reports);
    void cancelled();

private:
    void startNext();
    void onAnalyzerFinished(DomainAnalyzer *analyzer, int index);

    DnsResolver *m_resolver;
    const Catalog *m_catalog;
    QString m_choice;
    QHash<QString, QString> m_choices;
    int m_maxConcurrent = 16;
    QList<DomainInput> m_domains;
    QList<DomainReport> m_reports;
    QList<DomainAnalyzer *> m_active;
    int m_next = 0;
    int m_done = 0;
    bool m_running = false;
};
