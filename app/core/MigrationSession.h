// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainName.h"
#include "DomainReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

/// What the administrator decided for one domain (everything DNS cannot tell).
struct DomainChoice
{
    /// "auto" (use what was detected), "jp", "us" or "unsure".
    QString dataCenter = QStringLiteral("auto");
    /// The console's "Enable outbound protection" for this domain; decides whether action 2 applies.
    bool outboundProtection = true;
    bool usesOffice365 = false;
    /// A platform id of SnippetBuilder ("iptables", "fortigate", ...); empty = not chosen yet.
    QString firewallPlatform;

    friend bool operator==(const DomainChoice &a, const DomainChoice &b)
    {
        return a.dataCenter == b.dataCenter && a.outboundProtection == b.outboundProtection
            && a.usesOffice365 == b.usesOffice365 && a.firewallPlatform == b.firewallPlatform;
    }
    friend bool operator!=(const DomainChoice &a, const DomainChoice &b) { return !(a == b); }
};

/// The single model of one migration: the inputs (domains as typed, per-domain
/// choices, DNS server, timeout, language) and the results (one DomainReport per
/// domain). The wizard creates one and hands it to every page; the CLI can fill
/// one from its arguments. Saved as a versioned JSON document. Main thread only.
class MigrationSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationSession)
    Q_PROPERTY(QStringList domainInputs READ domainInputs WRITE setDomainInputs NOTIFY domainsChanged)
    Q_PROPERTY(QString dnsServer READ dnsServer WRITE setDnsServer NOTIFY dnsServerChanged)
    Q_PROPERTY(int timeoutMs READ timeoutMs WRITE setTimeoutMs NOTIFY timeoutChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool addedRangesOnly READ addedRangesOnly WRITE setAddedRangesOnly NOTIFY addedRangesOnlyChanged)
public:
    static constexpr int FormatVersion = 1;
    static constexpr int DefaultTimeoutMs = 5000;
    /// The DNS timeouts Settings offers (1 to 60 s).
    static constexpr int MinTimeoutMs = 1000;
    static constexpr int MaxTimeoutMs = 60000;
    /// An unusable DNS server becomes the system resolver (empty), a timeout
    /// is brought into Settings' range; `notice` says what changed, or is empty.
    static void sanitizeDns(QString *server, int *timeoutMs, QString *notice);
    /// What the last load() replaced (an unusable DNS server, a timeout out of range), or empty.
    QString loadNotice() const { return m_loadNotice; }

    explicit MigrationSession(QObject *parent = nullptr);

    /// Every entry as the user typed it, valid or not (so a reopened session shows the same list).
    QStringList domainInputs() const { return m_inputs; }
    void setDomainInputs(const QStringList &inputs);
    /// Adds entries not yet present (by normalised name); returns how many were
    /// added. Entries skipped because their domain is already listed (or
    /// appears twice in `inputs`) go to `alreadyListed`, as typed.
    int addDomainInputs(const QStringList &inputs, QStringList *alreadyListed = nullptr);
    void removeDomainInput(int index);
    /// The accepted domains, normalised, in entry order, without duplicates.
    QList<DomainInput> validDomains() const;
    /// The normalised form of every entry, in entry order (invalid ones carry their reason).
    QList<DomainInput> entries() const;

    /// Per-domain choices keyed by A-label name; a domain with none gets the defaults.
    DomainChoice choice(const QString &ascii) const { return m_choices.value(ascii); }
    void setChoice(const QString &ascii, const DomainChoice &choice);

    QString dnsServer() const { return m_dnsServer; }
    void setDnsServer(const QString &server);
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool addedRangesOnly() const { return m_addedOnly; }
    void setAddedRangesOnly(bool addedOnly);
    /// The wizard page the session was last on (0 = the first), so a reopened
    /// session shows where its work stopped.
    int page() const { return m_page; }
    void setPage(int page);

    bool hasReport(const QString &ascii) const { return m_reports.contains(ascii); }
    DomainReport report(const QString &ascii) const { return m_reports.value(ascii); }
    void setReport(const DomainReport &report);
    void clearReports();

    /// The data center that applies: the user's override, else what was detected
    /// ("jp", "us", ..., "unsure", or "unknown" when nothing is known yet).
    QString effectiveDataCenter(const QString &ascii) const;
    /// True when the domain is (or may be) on the Japan data center, so action 1
    /// applies; false for a domain DNS says does not exist (a typo to fix first).
    bool needsJapanChanges(const QString &ascii) const;

    QJsonObject toJson() const;
    /// Replaces the whole state; on a malformed or newer document returns false,
    /// sets `error` and changes nothing.
    bool fromJson(const QJsonObject &object, QString *error);
    /// Written atomically (QSaveFile).
    bool save(const QString &path, QString *error) const;
    bool load(const QString &path, QString *error);
    void clear();

Q_SIGNALS:
    void domainsChanged();
    void choicesChanged(const QString &ascii);
    void dnsServerChanged();
    void timeoutChanged();
    void languageChanged();
    void addedRangesOnlyChanged();
    void reportsChanged();
    void pageChanged();
    /// Any of the above: what autosave listens to.
    void modified();

private:
    /// entries() and validDomains() of `m_inputs` as they last were: the pages
    /// ask for them often (each completeChanged() asks again), and every ask
    /// normalized every entry through IDNA. Keyed by the list itself (any
    /// change to m_inputs detaches it from `inputs`) and by the interface
    /// language, as a refused entry's reason is a translated sentence. Filled
    /// by const calls, so a session is used from one thread, as any QObject here.
    struct Normalized
    {
        QStringList inputs;
        QString language; ///< Translations::currentLanguage() when normalized
        QList<DomainInput> entries;
        QList<DomainInput> valid; ///< valid entries, without repeats
        static Normalized of(const QStringList &inputs, const QList<DomainInput> &entries);
    };
    const Normalized &normalized() const;

    QStringList m_inputs;
    mutable Normalized m_normalized;
    QHash<QString, DomainChoice> m_choices;
    QHash<QString, DomainReport> m_reports;
    QString m_dnsServer;
    int m_timeoutMs = DefaultTimeoutMs;
    QString m_loadNotice;
    QString m_language;
    bool m_addedOnly = false;
    int m_page = 0;
};
