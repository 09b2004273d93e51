// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainReport.h"
#include "ReportOptions.h"
#include "ReportTranslator.h"

#include <QDateTime>

/// Turns the engine's stable codes (spf status, include kind, problem and
/// action codes, data center ids) into words in the report's language, so a
/// report can be written in a language other than the one the check ran in.
/// Shared by the PDF/HTML sections and the CSV export. Borrows the translator.
class ReportVocabulary final
{
public:
    /// How a status should look: also decides the marker printed before it,
    /// so the meaning survives a black-and-white printer.
    enum class Tone { Good, Warning, Bad, Neutral };

    ReportVocabulary(const ReportTranslator &translator, const Catalog &catalog);
    const Catalog &catalog() const { return m_catalog; }

    const ReportTranslator &translator() const { return m_t; }
    QString spfStatus(DomainReport::SpfStatus status) const;
    /// The SPF status of a domain, or "Domain not found" where DNS does not know the name.
    QString domainSpfStatus(const DomainReport &report) const;
    Tone spfTone(const DomainReport &report) const;
    QString tmemsInclude(const DomainReport &report) const;
    QString dataCenter(const QString &id) const;
    QString detectedFrom(DomainReport::DetectedFrom from) const;
    QString coverage(RangeCoverage::Level level) const;
    Tone coverageTone(RangeCoverage::Level level) const;
    QString severity(SpfProblem::Severity severity) const;
    Tone severityTone(SpfProblem::Severity severity) const;
    /// A plain-words explanation of a problem code; the stored message for unknown codes.
    QString problemExplanation(const SpfProblem &problem) const;
    /// A short name of an action code; the stored message for unknown codes.
    QString actionTitle(const DomainAction &action) const;
    QString actionShortTitle(const DomainAction &action) const;
    /// "Legacy", "Japan" ... without the host name.
    QString tmemsIncludeShort(const DomainReport &report) const;
    /// The status of one include-tree node ("ok", "permerror" ...).
    QString nodeStatus(const QString &code) const;
    QString rangeStatus(bool added) const;
    /// "✓ OK", "✖ Error" ...: the marker that prints in grey.
    static QString marker(Tone tone);
    static QString toneClass(Tone tone);

    /// Lookups now → after, "12 → 3"; "—" where there is nothing to count.
    QString lookupsNowAfter(const DomainReport &report) const;
    /// "3 / 3 full" for the added ranges; "—" where no coverage was computed.
    QString addedCoverage(const DomainReport &report) const;
    /// Titles of the required (or the recommended) actions, one per entry.
    QStringList actionTitles(const DomainReport &report, bool required, bool shortForm = false) const;
    /// Date, time and UTC offset (and zone abbreviation when it is a name).
    QString dateTime(const QDateTime &when) const;
    QString date(const QDate &date) const;

private:
    const ReportTranslator &m_t;
    const Catalog &m_catalog;
};
