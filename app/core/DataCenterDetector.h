// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "DnsResolver.h"
#include "DomainReport.h"

#include <QObject>

/// What DataCenterDetector concluded, and why.
struct DataCenterDetection
{
    QString id = QStringLiteral("unknown");  ///< catalog data-center id, or "unknown"
    DomainReport::DetectedFrom detectedFrom = DomainReport::DetectedFrom::None;
    QStringList mxHosts;                     ///< the domain's MX hosts, most preferred first (the evidence)
    QString mxDataCenterId;                  ///< what the MX hosts alone say ("" when they say nothing)
    bool dnsFailure = false;                 ///< the MX question could not be answered
    bool domainNotFound = false;             ///< NXDOMAIN: the domain itself does not exist
    QString errorString;                     ///< dnsFailure: why, in the resolver's words
    DnsAnswer::Status failureStatus = DnsAnswer::Status::Timeout; ///< dnsFailure: the answer's status
};

/// Finds which TMEmS site serves a domain. The MX hosts are the strongest
/// evidence (each site gives customers MX hosts under its own suffix, kept in
/// the catalog); when they point elsewhere (a gateway in front of TMEmS), the
/// SPF include is used: only the Japan include says "jp", because the legacy
/// include is published for every site, and a Japan customer who has not yet
/// switched (exactly who this program is for) still has it. An explicit user
/// choice (--datacenter jp|us) wins over both. Main thread; one domain per object.
class DataCenterDetector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataCenterDetector)
public:
    /// `resolver` and `catalog` must outlive the detector.
    DataCenterDetector(DnsResolver *resolver, const Catalog *catalog, QObject *parent = nullptr);
    ~DataCenterDetector() override;

    /// Starts the MX lookup for `asciiDomain`; finished() follows once.
    void start(const QString &asciiDomain);
    void abort();
    bool isRunning() const { return m_query != 0; }
    /// The MX part of the result (valid after finished()).
    const DataCenterDetection &mxResult() const { return m_result; }

    /// The final decision from the MX result, the SPF include seen in the
    /// domain's record, and the user's choice ("auto", "" or a catalog id).
    static DataCenterDetection decide(DataCenterDetection fromMx, DomainReport::TmemsInclude include,
                                      const QString &choice, const Catalog &catalog);
    /// Reads an MX answer against the catalog: hosts sorted by preference, and
    /// the site of the most preferred host that matches a known suffix.
    static DataCenterDetection classifyMx(const DnsAnswer &answer, const Catalog &catalog);

Q_SIGNALS:
    void finished();

private:
    void onAnswered(DnsResolver::QueryId id, const DnsAnswer &answer);

    DnsResolver *m_resolver;
    const Catalog *m_catalog;
    DnsResolver::QueryId m_query = 0;
    DataCenterDetection m_result;
};
