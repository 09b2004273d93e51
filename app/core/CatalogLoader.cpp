// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

/// Walks the JSON tree, remembering where it is so every error can name its place.
class CatalogReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)
public:
    bool tolerateUnknownFields = false;
    QString error;

    bool failed() const { return !error.isEmpty(); }

    void fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = tr("%1: %2").arg(path, message);
    }

    void checkFields(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        if (tolerateUnknownFields)
            return;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                fail(path, tr("unknown field \"%1\" (misspelt, or written for a newer program)").arg(it.key()));
        }
    }

    QString string(const QJsonObject &object, const QString &path, const QString &key, bool required = true)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(path + u'.' + key, tr("required field is missing"));
            return {};
        }
        if (!value.isString()) {
            fail(path + u'.' + key, tr("must be a string"));
            return {};
        }
        return value.toString();
    }

    QDate date(const QJsonObject &object, const QString &path, const QString &key, bool required)
    {
        const QString text = string(object, path, key, required);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || text.size() != 10)
            fail(path + u'.' + key, tr("\"%1\" is not a date in the form YYYY-MM-DD").arg(text));
        return d;
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isArray()) {
            fail(path + u'.' + key, value.isUndefined() ? tr("required field is missing") : tr("must be an array"));
            return {};
        }
        return value.toArray();
    }

    QJsonObject objectAt(const QJsonArray &array, int index, const QString &path)
    {
        if (!array.at(index).isObject()) {
            fail(path, tr("must be an object"));
            return {};
        }
        return array.at(index).toObject();
    }
};

QString itemPath(const QString &base, int index)
{
    return QStringLiteral("%1[%2]").arg(base).arg(index);
}

void readSources(CatalogReader &r, const QJsonObject &root, Catalog &catalog)
{
    const QJsonArray list = r.array(root, QStringLiteral("sources"), QStringLiteral("sources"));
    for (int i = 0; i < list.size() && !r.failed(); ++i) {
        const QString path = itemPath(QStringLiteral("sources"), i);
        const QJsonObject o = r.objectAt(list, i, path);
        r.checkFields(o, path, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("publisher"),
                                QStringLiteral("reference"), QStringLiteral("published"), QStringLiteral("updated")});
        CatalogSource s;
        s.id = r.string(o, path, QStringLiteral("id"));
        s.title = r.string(o, path, QStringLiteral("title"));
        s.publisher = r.string(o, path, QStringLiteral("publisher"), false);
        s.reference = r.string(o, path, QStringLiteral("reference"), false);
        s.published = r.date(o, path, QStringLiteral("published"), true);
        s.updated = r.date(o, path, QStringLiteral("updated"), false);
        if (catalog.source(s.id))
            r.fail(path + QStringLiteral(".id"), CatalogReader::tr("duplicate source id \"%1\"").arg(s.id));
        catalog.sources.append(s);
    }
}

void checkSourceRef(CatalogReader &r, const Catalog &catalog, const QString &path, const QString &id)
{
    if (!id.isEmpty() && !catalog.source(id))
        r.fail(path, CatalogReader::tr("names source \"%1\", which is not in \"sources\"").arg(id));
}

/// Lower-case letters, digits and inner hyphens, two labels or more, a TLD of
/// letters: the form of every host name Trend Micro publishes.
bool isLowerCaseHostName(const QString &host)
{
    const auto isLowerAlnum = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); };
    if (host.isEmpty() || host.size() > 253)
        return false;
    const auto labels = QStringView(host).split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || !isLowerAlnum(label.front()) || !isLowerAlnum(label.back()))
            return false;
        for (const QChar c : label) {
            if (!isLowerAlnum(c) && c != u'-')
                return false;
        }
    }
    const QStringView tld = labels.back();
    return tld.size() >= 2 && std::all_of(tld.begin(), tld.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
}

/// MAJOR.MINOR, each of one to four digits; false for anything else.
bool parseFormatVersion(const QString &text, int *major, int *minor)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 2)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 4
            || !std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return false;
    }
    *major = parts.at(0).toInt();
    *minor = parts.at(1).toInt();
    return true;
}

void readSpfHosts(CatalogReader &r, const QJsonObject &root, Catalog &catalog)
{
    const QJsonArray list = r.array(root, QStringLiteral("spfHosts"), QStringLiteral("spfHosts"));
    for (int i = 0; i < list.size() && !r.failed(); ++i) {
        const QString path = itemPath(QStringLiteral("spfHosts"), i);
        const QJsonObject o = r.objectAt(list, i, path);
        r.checkFields(o, path, {QStringLiteral("id"), QStringLiteral("host"), QStringLiteral("scope"),
                                QStringLiteral("published"), QStringLiteral("source")});
        CatalogSpfHost h;
        h.id = r.string(o, path, QStringLiteral("id"));
        h.host = r.string(o, path, QStringLiteral("host"));
        h.scope = r.string(o, path, QStringLiteral("scope"), false);
        h.published = r.date(o, path, QStringLiteral("published"), false);
        h.sourceId = r.string(o, path, QStringLiteral("source"), false);
        if (!r.failed() && !isLowerCaseHostName(h.host))
            r.fail(path + QStringLiteral(".host"), CatalogReader::tr("\"%1\" is not a lower-case host name").arg(h.host));
        if (catalog.spfHost(h.id))
            r.fail(path + QStringLiteral(".id"), CatalogReader::tr("duplicate SPF host id \"%1\"").arg(h.id));
        checkSourceRef(r, catalog, path + QStringLiteral(".source"), h.sourceId);
        catalog.spfHosts.append(h);
    }
    for (const char *required : {"legacy", "jp"}) {
        if (!r.failed() && !catalog.spfHost(QLatin1String(required)))
            r.fail(QStringLiteral("spfHosts"), CatalogReader::tr("no entry with id \"%1\"").arg(QLatin1String(required)));
    }
}

CatalogRange readRange(CatalogReader &r, const QJsonObject &o, const QString &path, const Catalog &catalog)
{
    r.checkFields(o, path, {QStringLiteral("cidr"), QStringLiteral("status"), QStringLiteral("inUseFrom"),
                            QStringLiteral("listedOn"), QStringLiteral("source")});
    CatalogRange range;
    const QString cidr = r.string(o, path, QStringLiteral("cidr"));
    QString why;
    if (const auto network = IpNetwork::parse(cidr, &why))
        range.network = *network;
    else if (!r.failed())
        r.fail(path + QStringLiteral(".cidr"), why);
    const QString status = r.string(o, path, QStringLiteral("status"));
    if (status == QLatin1String("added"))
        range.status = CatalogRange::Status::Added;
    else if (status != QLatin1String("existing") && !r.failed())
        r.fail(path + QStringLiteral(".status"), CatalogReader::tr("\"%1\" is not \"existing\" or \"added\"").arg(status));
    range.inUseFrom = r.date(o, path, QStringLiteral("inUseFrom"), range.isAdded());
    range.listedOn = r.date(o, path, QStringLiteral("listedOn"), false);
    range.sourceId = r.string(o, path, QStringLiteral("source"));
    checkSourceRef(r, catalog, path + QStringLiteral(".source"), range.sourceId);
    return range;
}

void readDataCenters(CatalogReader &r, const QJsonObject &root, Catalog &catalog)
{
    const QJsonArray list = r.array(root, QStringLiteral("dataCenters"), QStringLiteral("dataCenters"));
    QList<QPair<IpNetwork, QString>> seenRanges;
    for (int i = 0; i < list.size() && !r.failed(); ++i) {
        const QString path = itemPath(QStringLiteral("dataCenters"), i);
        const QJsonObject o = r.objectAt(list, i, path);
        r.checkFields(o, path, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("mxSuffixes"),
                                QStringLiteral("spfHost"), QStringLiteral("changeRequired"), QStringLiteral("ranges")});
        CatalogDataCenter dc;
        dc.id = r.string(o, path, QStringLiteral("id"));
        dc.name = r.string(o, path, QStringLiteral("name"));
        dc.spfHostId = r.string(o, path, QStringLiteral("spfHost"));
        dc.changeRequired = o.value(QStringLiteral("changeRequired")).toBool();
        if (catalog.dataCenter(dc.id))
            r.fail(path + QStringLiteral(".id"), CatalogReader::tr("duplicate data center id \"%1\"").arg(dc.id));
        if (!r.failed() && !catalog.spfHost(dc.spfHostId))
            r.fail(path + QStringLiteral(".spfHost"), CatalogReader::tr("names SPF host \"%1\", which is not in \"spfHosts\"").arg(dc.spfHostId));
        const QJsonArray suffixes = r.array(o, path, QStringLiteral("mxSuffixes"));
        for (int s = 0; s < suffixes.size() && !r.failed(); ++s) {
            const QString suffix = suffixes.at(s).toString();
            if (!suffix.startsWith(u'.') || suffix.size() < 4 || suffix != suffix.toLower())
                r.fail(itemPath(path + QStringLiteral(".mxSuffixes"), s),
                       CatalogReader::tr("\"%1\" must be a lower-case suffix starting with a dot").arg(suffix));
            dc.mxSuffixes.append(suffix);
        }
        const QJsonArray ranges = r.array(o, path, QStringLiteral("ranges"));
        for (int k = 0; k < ranges.size() && !r.failed(); ++k) {
            const QString rangePath = itemPath(path + QStringLiteral(".ranges"), k);
            const CatalogRange range = readRange(r, r.objectAt(ranges, k, rangePath), rangePath, catalog);
            for (const auto &[other, otherPath] : seenRanges) {
                if (!r.failed() && other.overlaps(range.network))
                    r.fail(rangePath, CatalogReader::tr("%1 overlaps %2 at %3")
                                          .arg(range.network.toString(), other.toString(), otherPath));
            }
            seenRanges.append({range.network, rangePath});
            dc.ranges.append(range);
        }
        catalog.dataCenters.append(dc);
    }
    if (!r.failed() && !catalog.dataCenter(QStringLiteral("jp")))
        r.fail(QStringLiteral("dataCenters"), CatalogReader::tr("no data center with id \"jp\""));
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = before.count('\n') + 1;
    const int column = offset - before.lastIndexOf('\n');
    return CatalogLoader::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

Catalog CatalogLoader::builtIn()
{
    QString error;
    const auto catalog = loadFile(QString::fromLatin1(BuiltInPath), &error);
    // The built-in catalog is checked by the unit tests; failing here is a build defect.
    Q_ASSERT_X(catalog, "CatalogLoader::builtIn", qPrintable(error));
    return catalog.value_or(Catalog{});
}

std::optional<Catalog> CatalogLoader::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the catalog %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // A real catalog is a few kilobytes; refuse anything absurd before parsing it.
    if (file.size() > 4 * 1024 * 1024) {
        *error = tr("the catalog %1 is larger than 4 MiB").arg(path);
        return std::nullopt;
    }
    auto catalog = loadJson(file.readAll(), error);
    if (!catalog)
        *error = tr("catalog %1: %2").arg(path, *error);
    return catalog;
}

std::optional<Catalog> CatalogLoader::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at %1: %2").arg(lineAndColumn(json, parseError.offset), parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("the top level must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    CatalogReader r;
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("tmems-catalog")) {
        *error = tr("format: must be \"tmems-catalog\"");
        return std::nullopt;
    }
    Catalog catalog;
    catalog.formatVersion = r.string(root, QStringLiteral("formatVersion"), QStringLiteral("formatVersion"));
    int major = 0;
    int minor = 0;
    if (!parseFormatVersion(catalog.formatVersion, &major, &minor)) {
        *error = tr("formatVersion: \"%1\" is not of the form MAJOR.MINOR").arg(catalog.formatVersion);
        return std::nullopt;
    }
    if (major != SupportedMajor) {
        *error = tr("formatVersion: this program reads catalog format %1.x, not %2")
                     .arg(SupportedMajor).arg(catalog.formatVersion);
        return std::nullopt;
    }
    // A newer minor version may add fields we do not know; the same or older may not.
    r.tolerateUnknownFields = minor > SupportedMinor;
    r.checkFields(root, QStringLiteral("(top level)"),
                  {QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("catalogVersion"),
                   QStringLiteral("updated"), QStringLiteral("sources"), QStringLiteral("spfHosts"),
                   QStringLiteral("dataCenters")});
    catalog.catalogVersion = r.string(root, QStringLiteral("(top level)"), QStringLiteral("catalogVersion"));
    catalog.updated = r.date(root, QStringLiteral("(top level)"), QStringLiteral("updated"), true);
    if (!r.failed())
        readSources(r, root, catalog);
    if (!r.failed())
        readSpfHosts(r, root, catalog);
    if (!r.failed())
        readDataCenters(r, root, catalog);
    if (r.failed()) {
        *error = r.error;
        return std::nullopt;
    }
    return catalog;
}
