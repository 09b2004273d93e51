// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsAnswer.h"
#include "SpfPolicy.h"

#include <QHash>
#include <QList>
#include <QString>

/// The SPF record published at one name, as a receiver would select it
/// (RFC 7208 §4.5: exactly one "v=spf1" TXT record).
struct SpfRecordAt
{
    enum class State { Ok, NoRecord, Multiple, Failure, NotFetched };
    State state = State::NotFetched;
    SpfPolicy policy;           ///< Ok only (may still carry a syntax error)
    QString text;               ///< the record text (Ok), or every record, a line each (Multiple)
    bool nameExists = true;     ///< false on NXDOMAIN
    QString errorString;        ///< Failure: why, in the resolver's words
    DnsAnswer::Status failure = DnsAnswer::Status::Timeout; ///< Failure: the answer's status
};

/// Every DNS answer an SPF analysis fetched, keyed by lower-case name with no
/// trailing dot. Filled by SpfTreeFetcher, read by the analysis passes; a plain
/// value that can also be filled by hand in tests. Main thread.
class SpfDnsData final
{
public:
    static QString key(const QString &name);

    void insert(const QString &name, DnsType type, const DnsAnswer &answer);
    bool contains(const QString &name, DnsType type) const;
    /// The stored answer; a Status::Timeout answer saying it was not fetched when absent.
    DnsAnswer answer(const QString &name, DnsType type) const;
    /// The selected SPF record of `name` (parsed once, then cached).
    const SpfRecordAt &record(const QString &name) const;
    /// The record text `record` parsed as if published at `name` (for proposed records).
    void overrideRecord(const QString &name, const QString &record);
    int answerCount() const { return m_answers.size(); }
    /// Text of a TXT answer for display: printable ASCII kept, other bytes as \xNN.
    static QString printable(const QByteArray &bytes);

private:
    QHash<QString, DnsAnswer> m_answers; ///< key "name/TYPE"
    mutable QHash<QString, SpfRecordAt> m_records;
};
