// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfDnsData.h"

#include <QCoreApplication>

namespace {

QString answerKey(const QString &name, DnsType type)
{
    return SpfDnsData::key(name) + u'/' + QString::number(int(type));
}

} // namespace

QString SpfDnsData::key(const QString &name)
{
    QString k = name.toLower();
    if (k.endsWith(u'.'))
        k.chop(1);
    return k;
}

void SpfDnsData::insert(const QString &name, DnsType type, const DnsAnswer &answer)
{
    m_answers.insert(answerKey(name, type), answer);
    if (type == DnsType::TXT)
        m_records.remove(key(name));
}

bool SpfDnsData::contains(const QString &name, DnsType type) const
{
    return m_answers.contains(answerKey(name, type));
}

DnsAnswer SpfDnsData::answer(const QString &name, DnsType type) const
{
    const auto it = m_answers.constFind(answerKey(name, type));
    if (it != m_answers.cend())
        return *it;
    DnsAnswer missing;
    missing.status = DnsAnswer::Status::Timeout;
    missing.errorString = QCoreApplication::translate("SpfDnsData", "the answer was not fetched");
    return missing;
}

void SpfDnsData::overrideRecord(const QString &name, const QString &record)
{
    SpfRecordAt at;
    at.state = SpfRecordAt::State::Ok;
    at.text = record;
    at.policy = SpfPolicy::parse(record.toLatin1());
    m_records.insert(key(name), at);
}

QString SpfDnsData::printable(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c <= 0x7e)
            out.append(QLatin1Char(char(c)));
        else
            out.append(QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0')));
    }
    return out;
}

const SpfRecordAt &SpfDnsData::record(const QString &name) const
{
    const QString k = key(name);
    const auto cached = m_records.constFind(k);
    if (cached != m_records.cend())
        return *cached;
    SpfRecordAt at;
    const auto it = m_answers.constFind(answerKey(k, DnsType::TXT));
    if (it == m_answers.cend()) {
        at.state = SpfRecordAt::State::NotFetched;
    } else if (it->isFailure() || it->status == DnsAnswer::Status::Cancelled) {
        at.state = SpfRecordAt::State::Failure;
        at.errorString = it->errorString;
        at.failure = it->status;
    } else {
        at.nameExists = it->status != DnsAnswer::Status::NxDomain;
        QList<QByteArray> spf;
        for (const QByteArray &txt : it->txt) {
            if (SpfPolicy::isSpfRecord(txt))
                spf.append(txt);
        }
        if (spf.isEmpty()) {
            at.state = SpfRecordAt::State::NoRecord;
        } else {
            at.state = spf.size() > 1 ? SpfRecordAt::State::Multiple : SpfRecordAt::State::Ok;
            // Bytes outside printable ASCII are shown escaped; the parser then
            // refuses the record, as receivers do.
            // Several records are a permerror the administrator must merge:
            // every one is shown, a line each, not the first alone.
            QStringList texts;
            for (const QByteArray &record : std::as_const(spf))
                texts.append(printable(record));
            at.text = texts.join(u'\n');
            at.policy = SpfPolicy::parse(spf.constFirst());
        }
    }
    return *m_records.insert(k, at);
}
