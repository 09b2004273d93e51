// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainName.h"
#include "DomainReport.h"

#include <QHash>
#include <QList>
#include <QObject>

/// What the wizard pages need from the engine: check a list of domains,
/// one DomainReport each, with per-domain progress and Cancel. Results come
/// back through signals from the event loop, never from inside start(), so
/// the UI never waits. Owned by the page that runs it; deleting it cancels.
/// Main thread only.
class DomainChecker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainChecker)
public:
    enum class Mode {
        DetectDataCenter, ///< MX only: fills dataCenterId, detectedFrom, mxHosts
        Full,             ///< detection, SPF analysis, coverage, actions
    };
    Q_ENUM(Mode)

    explicit DomainChecker(QObject *parent = nullptr) : QObject(parent) {}
    ~DomainChecker() override = default;

    /// `dataCenters`: the administrator's data center per domain (ASCII name to
    /// a catalog id such as "jp"); a domain not in it is detected ("auto").
    virtual void start(const QList<DomainInput> &domains, Mode mode,
                       const QHash<QString, QString> &dataCenters = {}) = 0;
    /// Stops at once: domains not finished get no report; finished(true) follows.
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;

Q_SIGNALS:
    void domainStarted(int index);
    void domainFinished(int index, const DomainReport &report);
    /// Exactly once per start(); `cancelled` when cancel() ended it.
    void finished(bool cancelled);
};
