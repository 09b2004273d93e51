// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDomainSection.h"

#include "ReportHtml.h"
#include "ReportVocabulary.h"

using namespace ReportHtml;

namespace {

QString displayName(const DomainReport &r)
{
    return r.domain.unicode.isEmpty() ? r.domain.ascii : r.domain.unicode;
}

/// Depth-first rows; the depth bound keeps a hostile 1,000-deep tree from
/// producing a report nobody can read (the engine bounds it too).
void addTreeRows(Table &table, const SpfTreeNode &node, int depth, const ReportVocabulary &v)
{
    constexpr int MaxDepth = 40;
    const QString indent = QString(depth * 3, QChar(0x00A0));
    const QString name = node.mechanism.isEmpty() ? node.domain : node.mechanism;
    const QString statusCode = node.status.isEmpty() ? QStringLiteral("ok") : node.status;
    ReportVocabulary::Tone tone = ReportVocabulary::Tone::Good;
    if (statusCode == QLatin1String("permerror") || statusCode == QLatin1String("temperror"))
        tone = ReportVocabulary::Tone::Bad;
    else if (statusCode == QLatin1String("none") || statusCode == QLatin1String("unevaluated"))
        tone = ReportVocabulary::Tone::Warning;
    table.addRow({text(indent) + (depth > 0 ? QStringLiteral("\u2514 ") : QString()) + code(name),
                  text(v.translator().locale().toString(node.ownLookups)),
                  text(v.translator().locale().toString(node.runningTotal)),
                  text(ReportVocabulary::marker(tone) + v.nodeStatus(statusCode))},
                 {QString(), QString(), node.runningTotal > 10 ? QStringLiteral("bad") : QString(),
                  ReportVocabulary::toneClass(tone)});
    if (depth >= MaxDepth)
        return;
    for (const SpfTreeNode &child : node.children)
        addTreeRows(table, child, depth + 1, v);
}

} // namespace

QString ReportDomainSection::build(const DomainReport &r, int number, const ReportOptions &,
                                   const ReportVocabulary &v)
{
    // One domain a page: a change ticket often quotes a single domain's page.
    QString s = QStringLiteral("<h3%1>3.%2 %3</h3>\n")
                    .arg(number > 1 ? QStringLiteral(" class=\"domain\"") : QString())
                    .arg(number)
                    .arg(dnsText(displayName(r)));
    s += facts(r, v);
    // A name DNS does not know has no record, tree or coverage to show: its
    // problem says to check the spelling.
    if (r.domainNotFound())
        return s + problems(r, v);
    const ReportTranslator &t = v.translator();
    s += QStringLiteral("<h4>%1</h4>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "SPF record as published"))));
    if (r.recordUnknown())
        s += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "The SPF record could not be read: DNS failed."))));
    else if (r.record.isEmpty())
        s += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "No SPF record was found."))));
    else
        s += codeBlock(r.record);
    s += tree(r, v);
    s += problems(r, v);
    s += proposal(r, v);
    s += coverage(r, v);
    return s;
}

QString ReportDomainSection::facts(const DomainReport &r, const ReportVocabulary &v)
{
    const ReportTranslator &t = v.translator();
    const QString none = QStringLiteral("\u2014");
    QString name = dnsText(r.domain.ascii);
    if (r.domain.isInternationalized())
        name = QStringLiteral("%1 (%2)").arg(dnsText(r.domain.unicode), dnsText(r.domain.ascii));
    QString dataCenter = text(QStringLiteral("%1 (%2)").arg(v.dataCenter(r.dataCenterId), v.detectedFrom(r.detectedFrom)));
    QStringList mx;
    for (const QString &host : r.mxHosts)
        mx.append(code(host));
    // A failed MX lookup is not "no MX hosts": say which it was.
    QString mxHosts = mx.isEmpty() ? none : mx.join(QStringLiteral("<br/>"));
    if (mx.isEmpty() && r.mxLookupFailed)
        mxHosts = text(t.text(QT_TRANSLATE_NOOP("Report", "Unknown: the MX lookup failed because of a DNS error")));
    const ReportVocabulary::Tone tone = v.spfTone(r);
    const QString status = QStringLiteral("<span class=\"%1\">%2</span>")
                               .arg(ReportVocabulary::toneClass(tone) + QStringLiteral("text"),
                                    text(ReportVocabulary::marker(tone) + v.domainSpfStatus(r)));
    if (r.domainNotFound())
        return keyValueTable({{t.text(QT_TRANSLATE_NOOP("Report", "Domain")), name},
                              {t.text(QT_TRANSLATE_NOOP("Report", "SPF status")), status}});
    const QString voids = t.locale().toString(r.voidLookups);
    return keyValueTable({
        {t.text(QT_TRANSLATE_NOOP("Report", "Domain")), name},
        {t.text(QT_TRANSLATE_NOOP("Report", "Data center")), dataCenter},
        {t.text(QT_TRANSLATE_NOOP("Report", "MX hosts")), mxHosts},
        {t.text(QT_TRANSLATE_NOOP("Report", "SPF status")), status},
        {t.text(QT_TRANSLATE_NOOP("Report", "DNS lookups now \u2192 after")),
         text(t.text(QT_TRANSLATE_NOOP("Report", "%1 (limit 10); void lookups %2 (limit 2)")).arg(v.lookupsNowAfter(r), voids))},
        {t.text(QT_TRANSLATE_NOOP("Report", "TMEmS include")), text(v.tmemsInclude(r))},
    });
}

QString ReportDomainSection::tree(const DomainReport &r, const ReportVocabulary &v)
{
    if (r.tree.domain.isEmpty() && r.tree.children.isEmpty())
        return {};
    const ReportTranslator &t = v.translator();
    Table table({t.text(QT_TRANSLATE_NOOP("Report", "Include tree")), t.text(QT_TRANSLATE_NOOP("Report", "Own lookups")),
                 t.text(QT_TRANSLATE_NOOP("Report", "Running total")), t.text(QT_TRANSLATE_NOOP("Report", "Status"))});
    addTreeRows(table, r.tree, 0, v);
    return QStringLiteral("<h4>%1</h4>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "Include tree and DNS lookup cost"))))
         + table.html();
}

QString ReportDomainSection::problems(const DomainReport &r, const ReportVocabulary &v)
{
    const ReportTranslator &t = v.translator();
    QString s = QStringLiteral("<h4>%1</h4>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "Problems"))));
    if (r.problems.isEmpty())
        return s + QStringLiteral("<p>%1</p>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "No problems were found."))));
    Table table({t.text(QT_TRANSLATE_NOOP("Report", "Severity")), t.text(QT_TRANSLATE_NOOP("Report", "Code")),
                 t.text(QT_TRANSLATE_NOOP("Report", "Explanation"))});
    for (const SpfProblem &p : r.problems) {
        const ReportVocabulary::Tone tone = v.severityTone(p.severity);
        QString explanation = dnsText(v.problemExplanation(p));
        if (!p.where.isEmpty())
            explanation += QStringLiteral("<br/>") + text(t.text(QT_TRANSLATE_NOOP("Report", "Where:"))) + QLatin1Char(' ') + code(p.where);
        table.addRow({text(ReportVocabulary::marker(tone) + v.severity(p.severity)), code(p.code), explanation},
                     {ReportVocabulary::toneClass(tone)});
    }
    return s + table.html();
}

QString ReportDomainSection::proposal(const DomainReport &r, const ReportVocabulary &v)
{
    const ReportTranslator &t = v.translator();
    QString s = QStringLiteral("<h4>%1</h4>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "Proposed SPF record"))));
    if (r.proposedRecord.isNull())
        return s + QStringLiteral("<p>%1</p>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "No change to the SPF record is proposed."))));
    s += codeBlock(r.proposedRecord);
    if (!r.lookupsComplete())
        return s + QStringLiteral("<p>%1</p>\n").arg(text(t.text(QT_TRANSLATE_NOOP(
                       "Report", "DNS lookups: unknown, because DNS did not answer every question."))));
    s += QStringLiteral("<p>%1</p>\n")
             .arg(text(t.text(QT_TRANSLATE_NOOP("Report", "DNS lookups: %1 now, %2 with the proposed record."))
                           .arg(t.locale().toString(r.lookups), t.locale().toString(r.proposedLookups))));
    return s;
}

QString ReportDomainSection::coverage(const DomainReport &r, const ReportVocabulary &v)
{
    const ReportTranslator &t = v.translator();
    QString s = QStringLiteral("<h4>%1</h4>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "Japan data center ranges authorised by this SPF record"))));
    if (r.coverage.isEmpty())
        return s + QStringLiteral("<p class=\"muted\">%1</p>\n").arg(text(t.text(QT_TRANSLATE_NOOP("Report", "Not evaluated for this domain."))));
    Table table({t.text(QT_TRANSLATE_NOOP("Report", "IP address range")), t.text(QT_TRANSLATE_NOOP("Report", "Status")),
                 t.text(QT_TRANSLATE_NOOP("Report", "Authorised by SPF"))});
    for (const RangeCoverage &c : r.coverage) {
        const ReportVocabulary::Tone tone = v.coverageTone(c.authorized);
        table.addRow({code(c.range.toString()), text(v.rangeStatus(c.added)),
                      text(ReportVocabulary::marker(tone) + v.coverage(c.authorized))},
                     {QString(), c.added ? QStringLiteral("added") : QString(), ReportVocabulary::toneClass(tone)});
    }
    return s + table.html();
}
