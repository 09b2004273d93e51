// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationSession.h"

#include "AtomicFile.h"
#include "QtDnsResolver.h"
#include "Translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace {

const QString FormatName = QStringLiteral("tmems-session");
const QStringList DataCenterChoices = {QStringLiteral("auto"), QStringLiteral("jp"), QStringLiteral("us"),
                                       QStringLiteral("unsure")};

QJsonObject choiceToJson(const DomainChoice &choice)
{
    return {{QStringLiteral("dataCenter"), choice.dataCenter},
            {QStringLiteral("outboundProtection"), choice.outboundProtection},
            {QStringLiteral("usesOffice365"), choice.usesOffice365},
            {QStringLiteral("firewallPlatform"), choice.firewallPlatform}};
}

DomainChoice choiceFromJson(const QJsonObject &o)
{
    DomainChoice choice;
    const QString dataCenter = o.value(QStringLiteral("dataCenter")).toString();
    if (DataCenterChoices.contains(dataCenter))
        choice.dataCenter = dataCenter;
    choice.outboundProtection = o.value(QStringLiteral("outboundProtection")).toBool(true);
    choice.usesOffice365 = o.value(QStringLiteral("usesOffice365")).toBool(false);
    choice.firewallPlatform = o.value(QStringLiteral("firewallPlatform")).toString();
    return choice;
}

} // namespace

MigrationSession::MigrationSession(QObject *parent)
    : QObject(parent)
{
    for (auto signal : {&MigrationSession::domainsChanged, &MigrationSession::dnsServerChanged,
                        &MigrationSession::timeoutChanged, &MigrationSession::languageChanged,
                        &MigrationSession::addedRangesOnlyChanged, &MigrationSession::reportsChanged,
                        &MigrationSession::pageChanged})
        connect(this, signal, this, &MigrationSession::modified);
    connect(this, &MigrationSession::choicesChanged, this, &MigrationSession::modified);
}

void MigrationSession::setDomainInputs(const QStringList &inputs)
{
    if (inputs == m_inputs)
        return;
    m_inputs = inputs;
    emit domainsChanged();
}

int MigrationSession::addDomainInputs(const QStringList &inputs, QStringList *alreadyListed)
{
    QSet<QString> known;
    for (const DomainInput &entry : entries())
        known.insert(entry.isValid() ? entry.ascii : entry.input);
    int added = 0;
    for (const QString &input : inputs) {
        if (input.trimmed().isEmpty())
            continue;
        const DomainInput entry = DomainName::normalize(input);
        const QString key = entry.isValid() ? entry.ascii : entry.input;
        if (known.contains(key)) {
            if (alreadyListed)
                alreadyListed->append(input.trimmed());
            continue;
        }
        known.insert(key);
        m_inputs.append(input.trimmed());
        ++added;
    }
    if (added > 0)
        emit domainsChanged();
    return added;
}

void MigrationSession::removeDomainInput(int index)
{
    if (index < 0 || index >= m_inputs.size())
        return;
    m_inputs.removeAt(index);
    emit domainsChanged();
}

MigrationSession::Normalized MigrationSession::Normalized::of(const QStringList &inputs, const QList<DomainInput> &entries)
{
    Normalized result{inputs, Translations::currentLanguage(), entries, {}};
    QSet<QString> seen;
    for (const DomainInput &entry : entries) {
        if (entry.isValid() && !seen.contains(entry.ascii)) {
            seen.insert(entry.ascii);
            result.valid.append(entry);
        }
    }
    return result;
}

const MigrationSession::Normalized &MigrationSession::normalized() const
{
    // QList compares shared data by pointer first: unchanged inputs cost
    // nothing. (Empty inputs match the empty lists it starts with.)
    if (m_normalized.inputs == m_inputs && m_normalized.language == Translations::currentLanguage())
        return m_normalized;
    QList<DomainInput> entries;
    entries.reserve(m_inputs.size());
    for (const QString &input : m_inputs)
        entries.append(DomainName::normalize(input));
    m_normalized = Normalized::of(m_inputs, entries);
    return m_normalized;
}

QList<DomainInput> MigrationSession::entries() const
{
    return normalized().entries;
}

QList<DomainInput> MigrationSession::validDomains() const
{
    return normalized().valid;
}

void MigrationSession::setChoice(const QString &ascii, const DomainChoice &choice)
{
    if (m_choices.contains(ascii) && m_choices.value(ascii) == choice)
        return;
    m_choices.insert(ascii, choice);
    emit choicesChanged(ascii);
}

void MigrationSession::sanitizeDns(QString *server, int *timeoutMs, QString *notice)
{
    QStringList said;
    QString why;
    if (!server->isEmpty() && !QtDnsResolver::parseNameserver(*server, &why)) {
        said << tr("The DNS server \"%1\" cannot be used (%2): the system's DNS resolver is used instead. File > "
                   "Settings sets another.").arg(*server, why);
        server->clear();
    }
    if (*timeoutMs < MinTimeoutMs || *timeoutMs > MaxTimeoutMs) {
        const int usable = std::clamp(*timeoutMs, MinTimeoutMs, MaxTimeoutMs);
        said << tr("The DNS timeout of %1 ms is outside 1 to 60 seconds: %n second(s) is used instead.", nullptr,
                   usable / 1000).arg(*timeoutMs);
        *timeoutMs = usable;
    }
    *notice = said.join(u'\n');
}

void MigrationSession::setDnsServer(const QString &server)
{
    if (server == m_dnsServer)
        return;
    m_dnsServer = server;
    emit dnsServerChanged();
}

void MigrationSession::setTimeoutMs(int ms)
{
    if (ms == m_timeoutMs || ms <= 0)
        return;
    m_timeoutMs = ms;
    emit timeoutChanged();
}

void MigrationSession::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
}

void MigrationSession::setAddedRangesOnly(bool addedOnly)
{
    if (addedOnly == m_addedOnly)
        return;
    m_addedOnly = addedOnly;
    emit addedRangesOnlyChanged();
}

void MigrationSession::setPage(int page)
{
    if (page == m_page || page < 0)
        return;
    m_page = page;
    emit pageChanged();
}

void MigrationSession::setReport(const DomainReport &report)
{
    m_reports.insert(report.domain.ascii, report);
    emit reportsChanged();
}

void MigrationSession::clearReports()
{
    if (m_reports.isEmpty())
        return;
    m_reports.clear();
    emit reportsChanged();
}

QString MigrationSession::effectiveDataCenter(const QString &ascii) const
{
    const QString chosen = choice(ascii).dataCenter;
    if (chosen != QLatin1String("auto"))
        return chosen;
    return m_reports.contains(ascii) ? m_reports.value(ascii).dataCenterId : QStringLiteral("unknown");
}

bool MigrationSession::needsJapanChanges(const QString &ascii) const
{
    // A name DNS does not know needs its spelling fixed, not firewall rules.
    const auto known = m_reports.constFind(ascii);
    if (known != m_reports.cend() && known->domainNotFound())
        return false;
    const QString dataCenter = effectiveDataCenter(ascii);
    // "Not sure" and "unknown" are treated as Japan: doing action 1 needlessly
    // costs a firewall rule, skipping it wrongly blocks mail.
    return dataCenter == QLatin1String("jp") || dataCenter == QLatin1String("unsure")
        || dataCenter == QLatin1String("unknown");
}

QJsonObject MigrationSession::toJson() const
{
    QJsonArray domains;
    for (const DomainInput &entry : normalized().entries) {
        const QString &input = entry.input;
        QJsonObject o{{QStringLiteral("input"), input}};
        if (entry.isValid()) {
            o.insert(QStringLiteral("choice"), choiceToJson(choice(entry.ascii)));
            if (m_reports.contains(entry.ascii))
                o.insert(QStringLiteral("report"), m_reports.value(entry.ascii).toJson());
        }
        domains.append(o);
    }
    return {{QStringLiteral("format"), FormatName},
            {QStringLiteral("version"), FormatVersion},
            {QStringLiteral("dnsServer"), m_dnsServer},
            {QStringLiteral("timeoutMs"), m_timeoutMs},
            {QStringLiteral("language"), m_language},
            {QStringLiteral("addedRangesOnly"), m_addedOnly},
            {QStringLiteral("page"), m_page},
            {QStringLiteral("domains"), domains}};
}

bool MigrationSession::fromJson(const QJsonObject &o, QString *error)
{
    if (o.value(QStringLiteral("format")).toString() != FormatName) {
        *error = tr("This file is not a saved migration session.");
        return false;
    }
    const QJsonValue versionValue = o.value(QStringLiteral("version"));
    const int version = versionValue.toInt(-1);
    if (!versionValue.isDouble() || versionValue.toDouble() != version) {
        *error = tr("This session file is damaged: its format version is missing or not a whole number.");
        return false;
    }
    if (version < 1 || version > FormatVersion) {
        *error = tr("This session was saved in format version %1; this program reads up to version %2.")
                     .arg(version)
                     .arg(FormatVersion);
        return false;
    }
    // A file of the right format but the wrong shape is refused whole: read
    // as an empty session, the next autosave would replace the real one.
    const QJsonValue domainList = o.value(QStringLiteral("domains"));
    if (!domainList.isUndefined() && !domainList.isArray()) {
        *error = tr("This session file is damaged: its domain list is not a list.");
        return false;
    }
    // An unusable server or timeout (an older build accepted "1.2.3") costs
    // the session nothing else: it is replaced, and loadNotice() says so.
    QString dnsServer = o.value(QStringLiteral("dnsServer")).toString();
    int timeoutMs = o.value(QStringLiteral("timeoutMs")).toInt(DefaultTimeoutMs);
    QString notice;
    sanitizeDns(&dnsServer, &timeoutMs, &notice);
    QStringList inputs;
    QList<DomainInput> normalizedEntries;
    QHash<QString, DomainChoice> choices;
    QHash<QString, DomainReport> reports;
    const QJsonArray entries = domainList.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject d = entries.at(i).toObject();
        const QString input = d.value(QStringLiteral("input")).toString();
        if (!entries.at(i).isObject() || !d.value(QStringLiteral("input")).isString()) {
            *error = tr("This session file is damaged: entry %1 of its domain list is not a domain.").arg(i + 1);
            return false;
        }
        if (input.isEmpty())
            continue;
        inputs.append(input);
        const DomainInput entry = DomainName::normalize(input);
        normalizedEntries.append(entry);
        if (!entry.isValid())
            continue;
        if (d.contains(QStringLiteral("choice")))
            choices.insert(entry.ascii, choiceFromJson(d.value(QStringLiteral("choice")).toObject()));
        if (d.contains(QStringLiteral("report"))) {
            DomainReport report = DomainReport::fromJson(d.value(QStringLiteral("report")).toObject());
            report.domain = entry;
            reports.insert(entry.ascii, report);
        }
    }
    m_inputs = inputs;
    m_normalized = Normalized::of(m_inputs, normalizedEntries); // normalized once, above
    m_choices = choices;
    m_reports = reports;
    m_dnsServer = dnsServer;
    m_timeoutMs = timeoutMs;
    m_loadNotice = notice;
    m_language = o.value(QStringLiteral("language")).toString();
    m_addedOnly = o.value(QStringLiteral("addedRangesOnly")).toBool(false);
    m_page = qMax(0, o.value(QStringLiteral("page")).toInt(0)); // the wizard goes no further than it can
    emit domainsChanged();
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        emit choicesChanged(it.key());
    emit dnsServerChanged();
    emit timeoutChanged();
    emit languageChanged();
    emit addedRangesOnlyChanged();
    emit reportsChanged();
    emit pageChanged();
    return true;
}

bool MigrationSession::save(const QString &path, QString *error) const
{
    const QString reason = AtomicFile::write(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!reason.isEmpty()) {
        *error = tr("Cannot write %1: %2").arg(path, reason);
        return false;
    }
    return true;
}

bool MigrationSession::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    // A session is a few hundred KB at most; anything far larger is not one.
    if (file.size() > 64 * 1024 * 1024) {
        *error = tr("%1 is too large to be a saved session.").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1 is not a valid session file: %2").arg(path, parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = tr("%1 is not a valid session file: it holds no session.").arg(path);
        return false;
    }
    return fromJson(document.object(), error);
}

void MigrationSession::clear()
{
    QJsonObject empty{{QStringLiteral("format"), FormatName}, {QStringLiteral("version"), FormatVersion},
                      {QStringLiteral("language"), m_language}};
    QString ignored;
    fromJson(empty, &ignored);
}
