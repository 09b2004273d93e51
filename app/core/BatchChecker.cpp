// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchChecker.h"

#include "DomainAnalyzer.h"

#include <QTimer>

BatchChecker::BatchChecker(DnsResolver *resolver, const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_catalog(catalog)
{
}

BatchChecker::~BatchChecker()
{
    m_running = false;
    qDeleteAll(m_active);
}

void BatchChecker::start(const QList<DomainInput> &domains)
{
    cancel();
    m_domains = domains;
    m_reports = QList<DomainReport>(domains.size());
    m_next = 0;
    m_done = 0;
    m_running = true;
    if (domains.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            m_running = false;
            Q_EMIT finished(m_reports);
        });
        return;
    }
    // From the event loop, so no signal fires inside start().
    QTimer::singleShot(0, this, &BatchChecker::startNext);
}

void BatchChecker::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    const QList<DomainAnalyzer *> active = m_active;
    m_active.clear();
    qDeleteAll(active);
    QTimer::singleShot(0, this, &BatchChecker::cancelled);
}

void BatchChecker::startNext()
{
    while (m_running && m_active.size() < m_maxConcurrent && m_next < m_domains.size()) {
        const int index = m_next++;
        auto *analyzer = new DomainAnalyzer(m_resolver, m_catalog, this);
        analyzer->setDataCenterChoice(m_choices.value(m_domains.at(index).ascii, m_choice));
        m_active.append(analyzer);
        connect(analyzer, &DomainAnalyzer::finished, this,
                [this, analyzer, index] { onAnalyzerFinished(analyzer, index); });
        Q_EMIT domainStarted(index, m_domains.at(index).ascii);
        analyzer->start(m_domains.at(index));
    }
}

void BatchChecker::onAnalyzerFinished(DomainAnalyzer *analyzer, int index)
{
    if (!m_running)
        return;
    m_reports[index] = analyzer->report();
    m_active.removeOne(analyzer);
    analyzer->deleteLater();
    ++m_done;
    Q_EMIT domainFinished(index, m_reports.at(index));
    Q_EMIT progress(m_done, m_domains.size());
    if (m_done == m_domains.size()) {
        m_running = false;
        Q_EMIT finished(m_reports);
        return;
    }
    startNext();
}
