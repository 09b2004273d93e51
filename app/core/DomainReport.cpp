// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainReport.h"

#include <QJsonArray>

#include <algorithm>

namespace {

template<typename Enum>
Enum enumFromCode(const QString &code, QString (*toCode)(Enum), std::initializer_list<Enum> values, Enum fallback)
{
    for (Enum v : values) {
        if (toCode(v) == code)
            return v;
    }
    return fallback;
}

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject treeToJson(const SpfTreeNode &node)
{
    QJsonArray children;
    for (const SpfTreeNode &child : node.children)
        children.append(treeToJson(child));
    return QJsonObject{{QStringLiteral("mechanism"), node.mechanism},
                       {QStringLiteral("domain"), node.domain},
                       {QStringLiteral("record"), node.record},
                       {QStringLiteral("status"), node.status},
                       {QStringLiteral("ownLookups"), node.ownLookups},
                       {QStringLiteral("runningTotal"), node.runningTotal},
                       {QStringLiteral("voidLookups"), node.voidLookups},
                       {QStringLiteral("children"), children}};
}

SpfTreeNode treeFromJson(const QJsonObject &o, int depth = 0)
{
    SpfTreeNode node;
    node.mechanism = o.value(QStringLiteral("mechanism")).toString();
    node.domain = o.value(QStringLiteral("domain")).toString();
    node.record = o.value(QStringLiteral("record")).toString();
    node.status = o.value(QStringLiteral("status")).toString();
    node.ownLookups = o.value(QStringLiteral("ownLookups")).toInt();
    node.runningTotal = o.value(QStringLiteral("runningTotal")).toInt();
    node.voidLookups = o.value(QStringLiteral("voidLookups")).toInt();
    // A session file is input like any other: bound the recursion.
    if (depth < 64) {
        for (const QJsonValue &child : o.value(QStringLiteral("children")).toArray())
            node.children.append(treeFromJson(child.toObject(), depth + 1));
    }
    return node;
}

} // namespace

const DomainAction *DomainReport::action(QLatin1String code) const
{
    for (const DomainAction &a : actions) {
        if (a.code == code)
            return &a;
    }
    return nullptr;
}

bool DomainReport::needsAction() const
{
    for (const DomainAction &action : actions) {
        if (action.code != QLatin1String("no-change-needed"))
            return true;
    }
    return false;
}

namespace {

void collectRecordsNaming(const SpfTreeNode &node, const QString &host, QStringList *out)
{
    for (const SpfTreeNode &child : node.children) {
        if (child.domain.compare(host, Qt::CaseInsensitive) == 0 && !out->contains(node.domain))
            out->append(node.domain);
        collectRecordsNaming(child, host, out);
    }
}

bool hasUnreadRecord(const SpfTreeNode &node)
{
    if (node.status == QLatin1String("temperror"))
        return true;
    return std::any_of(node.children.cbegin(), node.children.cend(), &hasUnreadRecord);
}

} // namespace

bool DomainReport::tmemsIncludeUnknown() const
{
    return tmemsInclude == TmemsInclude::None && (recordUnknown() || hasUnreadRecord(tree));
}

QStringList DomainReport::recordsNaming(const QString &host) const
{
    QStringList out;
    collectRecordsNaming(tree, host, &out);
    return out;
}

QStringList DomainReport::recordsToEdit(const QString &host) const
{
    const QStringList naming = recordsNaming(host);
    return naming.isEmpty() ? QStringList{domain.ascii} : naming;
}

DomainReport::CoverageCount DomainReport::coverageCount(bool addedOnly) const
{
    CoverageCount count;
    for (const RangeCoverage &c : coverage) {
        if (addedOnly && !c.added)
            continue;
        ++count.total;
        count.full += c.authorized == RangeCoverage::Level::Full ? 1 : 0;
        count.unknown += c.authorized == RangeCoverage::Level::Unknown ? 1 : 0;
    }
    return count;
}

bool DomainReport::hasDnsFailure() const
{
    if (spfStatus == SpfStatus::TempError)
        return true;
    for (const SpfProblem &p : problems) {
        if (p.code == QLatin1String("dns-failure"))
            return true;
    }
    return false;
}

bool DomainReport::domainNotFound() const
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const SpfProblem &p) { return p.code == QLatin1String("domain-not-found"); });
}

QString DomainReport::spfStatusCode(SpfStatus status)
{
    switch (status) {
    case SpfStatus::Ok: return QStringLiteral("ok");
    case SpfStatus::None: return QStringLiteral("none");
    case SpfStatus::PermError: return QStringLiteral("permerror");
    case SpfStatus::TempError: return QStringLiteral("temperror");
    }
    return {};
}

QString DomainReport::tmemsIncludeCode(TmemsInclude include)
{
    switch (include) {
    case TmemsInclude::None: return QStringLiteral("none");
    case TmemsInclude::Legacy: return QStringLiteral("legacy");
    case TmemsInclude::Japan: return QStringLiteral("jp");
    case TmemsInclude::Both: return QStringLiteral("both");
    }
    return {};
}

QString DomainReport::detectedFromCode(DetectedFrom from)
{
    switch (from) {
    case DetectedFrom::Mx: return QStringLiteral("mx");
    case DetectedFrom::Spf: return QStringLiteral("spf");
    case DetectedFrom::Option: return QStringLiteral("option");
    case DetectedFrom::None: return QStringLiteral("none");
    }
    return {};
}

QString DomainReport::coverageCode(RangeCoverage::Level level)
{
    switch (level) {
    case RangeCoverage::Level::Full: return QStringLiteral("full");
    case RangeCoverage::Level::Partial: return QStringLiteral("partial");
    case RangeCoverage::Level::None: return QStringLiteral("none");
    case RangeCoverage::Level::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QString DomainReport::severityCode(SpfProblem::Severity severity)
{
    switch (severity) {
    case SpfProblem::Severity::Info: return QStringLiteral("info");
    case SpfProblem::Severity::Warning: return QStringLiteral("warning");
    case SpfProblem::Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QJsonObject DomainReport::toJson() const
{
    QJsonArray problemList;
    for (const SpfProblem &p : problems) {
        QJsonObject o{{QStringLiteral("code"), p.code},
                      {QStringLiteral("severity"), severityCode(p.severity)},
                      {QStringLiteral("message"), p.message}};
        if (!p.where.isEmpty())
            o.insert(QStringLiteral("where"), p.where);
        // What the message was made from, so a session reopens in the current language.
        if (!p.arguments.isEmpty())
            o.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(p.arguments));
        if (p.count != 0)
            o.insert(QStringLiteral("count"), p.count);
        problemList.append(o);
    }
    QJsonArray coverageList;
    for (const RangeCoverage &c : coverage) {
        coverageList.append(QJsonObject{{QStringLiteral("range"), c.range.toString()},
                                        {QStringLiteral("added"), c.added},
                                        {QStringLiteral("authorized"), coverageCode(c.authorized)}});
    }
    QJsonArray actionList;
    for (const DomainAction &a : actions) {
        actionList.append(QJsonObject{{QStringLiteral("code"), a.code},
                                      {QStringLiteral("required"), a.required},
                                      {QStringLiteral("message"), a.message}});
    }
    // `record` stays the one string of the contract (the first of several);
    // `records` lists every SPF record the domain publishes.
    const QStringList allRecords = record.isNull() ? QStringList() : record.split(u'\n');
    const QJsonObject spf{
        {QStringLiteral("status"), spfStatusCode(spfStatus)},
        {QStringLiteral("record"), allRecords.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(allRecords.constFirst())},
        {QStringLiteral("records"), QJsonArray::fromStringList(allRecords)},
        {QStringLiteral("lookups"), lookups},
        {QStringLiteral("voidLookups"), voidLookups},
        // "none" would tell a script that the record names no TMEmS host,
        // where DNS never said: the record, or one it includes, was not read.
        {QStringLiteral("tmemsInclude"), tmemsIncludeUnknown() ? QStringLiteral("unknown") : tmemsIncludeCode(tmemsInclude)},
        {QStringLiteral("proposedRecord"), nullable(proposedRecord)},
        {QStringLiteral("proposedLookups"), proposedRecord.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(proposedLookups)},
        {QStringLiteral("problems"), problemList},
        {QStringLiteral("tree"), treeToJson(tree)},
    };
    return QJsonObject{
        {QStringLiteral("domain"), domain.ascii},
        {QStringLiteral("unicode"), domain.unicode},
        {QStringLiteral("input"), domain.input},
        {QStringLiteral("datacenter"), QJsonObject{{QStringLiteral("id"), dataCenterId},
                                                   {QStringLiteral("detectedFrom"), detectedFromCode(detectedFrom)},
                                                   {QStringLiteral("mx"), QJsonArray::fromStringList(mxHosts)},
                                                   {QStringLiteral("mxLookupFailed"), mxLookupFailed}}},
        {QStringLiteral("spf"), spf},
        {QStringLiteral("coverage"), coverageList},
        {QStringLiteral("actions"), actionList},
    };
}

DomainReport DomainReport::fromJson(const QJsonObject &o)
{
    DomainReport r;
    r.domain.ascii = o.value(QStringLiteral("domain")).toString();
    r.domain.unicode = o.value(QStringLiteral("unicode")).toString(r.domain.ascii);
    r.domain.input = o.value(QStringLiteral("input")).toString(r.domain.ascii);
    const QJsonObject dc = o.value(QStringLiteral("datacenter")).toObject();
    r.dataCenterId = dc.value(QStringLiteral("id")).toString(QStringLiteral("unknown"));
    r.detectedFrom = enumFromCode<DetectedFrom>(dc.value(QStringLiteral("detectedFrom")).toString(), &detectedFromCode,
                                                {DetectedFrom::Mx, DetectedFrom::Spf, DetectedFrom::Option, DetectedFrom::None},
                                                DetectedFrom::None);
    for (const QJsonValue &mx : dc.value(QStringLiteral("mx")).toArray())
        r.mxHosts.append(mx.toString());
    r.mxLookupFailed = dc.value(QStringLiteral("mxLookupFailed")).toBool();
    const QJsonObject spf = o.value(QStringLiteral("spf")).toObject();
    r.spfStatus = enumFromCode<SpfStatus>(spf.value(QStringLiteral("status")).toString(), &spfStatusCode,
                                          {SpfStatus::Ok, SpfStatus::None, SpfStatus::PermError, SpfStatus::TempError},
                                          SpfStatus::None);
    r.record = spf.value(QStringLiteral("record")).isString() ? spf.value(QStringLiteral("record")).toString() : QString();
    const QJsonArray records = spf.value(QStringLiteral("records")).toArray();
    if (records.size() > 1) {
        QStringList texts;
        for (const QJsonValue &v : records)
            texts.append(v.toString());
        r.record = texts.join(u'\n');
    }
    r.lookups = spf.value(QStringLiteral("lookups")).toInt();
    r.voidLookups = spf.value(QStringLiteral("voidLookups")).toInt();
    // "unknown" reads as None: tmemsIncludeUnknown() tells it again from the tree.
    r.tmemsInclude = enumFromCode<TmemsInclude>(spf.value(QStringLiteral("tmemsInclude")).toString(), &tmemsIncludeCode,
                                                {TmemsInclude::None, TmemsInclude::Legacy, TmemsInclude::Japan, TmemsInclude::Both},
                                                TmemsInclude::None);
    if (spf.value(QStringLiteral("proposedRecord")).isString()) {
        r.proposedRecord = spf.value(QStringLiteral("proposedRecord")).toString();
        r.proposedLookups = spf.value(QStringLiteral("proposedLookups")).toInt(-1);
    }
    for (const QJsonValue &v : spf.value(QStringLiteral("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        SpfProblem problem;
        problem.code = p.value(QStringLiteral("code")).toString();
        problem.severity = enumFromCode<SpfProblem::Severity>(
            p.value(QStringLiteral("severity")).toString(), &severityCode,
            {SpfProblem::Severity::Info, SpfProblem::Severity::Warning, SpfProblem::Severity::Error},
            SpfProblem::Severity::Warning);
        problem.message = p.value(QStringLiteral("message")).toString();
        problem.where = p.value(QStringLiteral("where")).toString();
        for (const QJsonValue &argument : p.value(QStringLiteral("arguments")).toArray())
            problem.arguments.append(argument.toString());
        problem.count = p.value(QStringLiteral("count")).toInt();
        r.problems.append(problem);
    }
    r.tree = treeFromJson(spf.value(QStringLiteral("tree")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("coverage")).toArray()) {
        const QJsonObject c = v.toObject();
        RangeCoverage coverage;
        coverage.range = IpNetwork::parse(c.value(QStringLiteral("range")).toString()).value_or(IpNetwork());
        coverage.added = c.value(QStringLiteral("added")).toBool();
        coverage.authorized = enumFromCode<RangeCoverage::Level>(
            c.value(QStringLiteral("authorized")).toString(), &coverageCode,
            {RangeCoverage::Level::Full, RangeCoverage::Level::Partial, RangeCoverage::Level::None,
             RangeCoverage::Level::Unknown},
            RangeCoverage::Level::None);
        r.coverage.append(coverage);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject a = v.toObject();
        r.actions.append({a.value(QStringLiteral("code")).toString(), a.value(QStringLiteral("required")).toBool(),
                          a.value(QStringLiteral("message")).toString()});
    }
    return r;
}
