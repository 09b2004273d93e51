// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainReport.h"
#include "SpfDnsData.h"

#include <QHash>

/// Which client addresses an SPF policy gives "pass", worked out for whole
/// address ranges at once instead of address by address: the policy is
/// evaluated over sets of addresses (ip4/ip6 networks, the resolved addresses
/// of a and mx, include's own pass set, first match wins, qualifiers), each set
/// carrying its DNS-lookup and void-lookup counts so the RFC 7208 §4.6.4 limits
/// cut in exactly where a receiver's would. Addresses whose fate depends on
/// something not known here (macros that read the client, ptr, a DNS failure)
/// are reported undetermined rather than guessed. Pure function; any thread.
class SpfCoverage final
{
public:
    struct Result
    {
        QList<IpNetwork> pass;          ///< addresses that get "pass"
        QList<IpNetwork> undetermined;  ///< depends on the client (macros, ptr): sample with check_host()
        QList<IpNetwork> failed;        ///< a DNS failure on the way: temperror, never guessed
    };
    /// check_host() results of sampled addresses (by address text): true = pass.
    using Samples = QHash<QString, bool>;

    /// Evaluates the policy of `domain` for every address in `addresses`.
    static Result evaluate(const SpfDnsData &data, const QString &domain, const QList<IpNetwork> &addresses);
    /// Undetermined addresses of a domain's ranges checked one by one, every
    /// one of them up to this many (the Japan ranges hold 512 in all); beyond, a few.
    static constexpr quint64 ExhaustiveLimit = 1024;

    /// Full / partial / none for a range: exact from the symbolic result, with
    /// `samples` standing in for its undetermined part. A part checked only in
    /// part proves no more than the mix it shows: Partial where some passed and
    /// some did not, Unknown otherwise, as where a DNS failure was met.
    static RangeCoverage::Level level(const Result &result, const IpNetwork &range, const Samples &samples = {});
    /// Addresses to check one by one where the result depends on the client:
    /// every undetermined address of `ranges` up to ExhaustiveLimit in all;
    /// beyond, the first, middle and last of each undetermined piece, at most
    /// `fewPerRange` of each range.
    static QList<IpAddress> samplePoints(const Result &result, const QList<IpNetwork> &ranges, int fewPerRange = 8);

    static QList<IpNetwork> intersect(const QList<IpNetwork> &a, const QList<IpNetwork> &b);

private:
    struct Evaluation;
};
