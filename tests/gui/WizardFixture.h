// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CachingResolver.h"
#include "MainWindow.h"
#include "SaveLocation.h"
#include "ZoneResolver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTreeView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

/// Shared by the wizard tests: the in-memory zone, a SaveLocation that answers
/// without dialogs, and a main window wired to both.
namespace WizardFixture {

inline const QString JapanMx = QStringLiteral("%1.in.tmems-jp.trendmicro.com");
inline const QString UsMx = QStringLiteral("%1.in.tmes.trendmicro.com");

/// jp-both.example: Japan, legacy include (both actions); us.example: US;
/// broken.example: Japan with two SPF records; jp-done.example: Japan include
/// already; timeout.example: Japan MX, TXT times out; mxfail.example: the MX
/// lookup times out; nomx.example: no MX records; over.example: Japan, its
/// tree crosses the 10-lookup limit inside the legacy include; 例え.jp: Japan,
/// legacy include; usbroken.example: US with two SPF records; ownspf.example:
/// no MX records, an SPF record without TMEmS; nested.example: Japan, the
/// legacy include inside _spf.provider.example; usjp.example: US, but only the
/// Japan include; gateway.example: a gateway's MX in front of TMEmS, the Japan
/// include. Any other name does not exist
/// (NXDOMAIN).
inline void populate(ZoneResolver *zone)
{
    // Trend Micro's records as the notice describes them: the legacy one reaches
    // every site through include:, the Japan one lists Japan's ranges only.
    zone->addTxt(QStringLiteral("spf.tmes.trendmicro.com"),
                 "v=spf1 include:spf-jp.tmes.trendmicro.com include:spf-us.tmes.trendmicro.com "
                 "include:spf-eu.tmes.trendmicro.com -all");
    zone->addTxt(QStringLiteral("spf-jp.tmes.trendmicro.com"),
                 "v=spf1 ip4:18.176.203.128/26 ip4:18.176.203.192/26 ip4:18.177.156.0/26 ip4:18.177.156.64/26 "
                 "ip4:15.168.56.0/25 ip4:15.168.49.64/26 ip4:15.168.56.128/26 -all");
    zone->addTxt(QStringLiteral("spf-us.tmes.trendmicro.com"), "v=spf1 ip4:198.51.100.0/24 -all");
    zone->addTxt(QStringLiteral("spf-eu.tmes.trendmicro.com"), "v=spf1 ip4:203.0.113.0/24 -all");
    zone->addTxt(QStringLiteral("spf.tmems-jp.trendmicro.com"),
                 "v=spf1 ip4:18.176.203.128/26 ip4:18.176.203.192/26 ip4:18.177.156.0/26 ip4:18.177.156.64/26 "
                 "ip4:15.168.56.0/25 ip4:15.168.49.64/26 ip4:15.168.56.128/26 -all");
    zone->addMx(QStringLiteral("jp-both.example"), 10, JapanMx.arg(QStringLiteral("jp-both")));
    zone->addTxt(QStringLiteral("jp-both.example"), "v=spf1 ip4:192.0.2.1 include:spf.tmes.trendmicro.com -all");
    zone->addMx(QStringLiteral("us.example"), 10, UsMx.arg(QStringLiteral("us")));
    zone->addTxt(QStringLiteral("us.example"), "v=spf1 include:spf.tmes.trendmicro.com ~all");
    zone->addMx(QStringLiteral("broken.example"), 10, JapanMx.arg(QStringLiteral("broken")));
    zone->addTxt(QStringLiteral("broken.example"), "v=spf1 -all");
    zone->addTxt(QStringLiteral("broken.example"), "v=spf1 mx -all");
    zone->addMx(QStringLiteral("jp-done.example"), 10, JapanMx.arg(QStringLiteral("jp-done")));
    zone->addTxt(QStringLiteral("jp-done.example"), "v=spf1 include:spf.tmems-jp.trendmicro.com -all");
    zone->addMx(QStringLiteral("timeout.example"), 10, JapanMx.arg(QStringLiteral("timeout")));
    zone->addFailure(QStringLiteral("timeout.example"), DnsType::TXT);
    zone->addTxt(QStringLiteral("mxfail.example"), "v=spf1 include:spf.tmes.trendmicro.com -all");
    zone->addFailure(QStringLiteral("mxfail.example"), DnsType::MX);
    zone->addTxt(QStringLiteral("nomx.example"), "v=spf1 include:spf.tmes.trendmicro.com -all");
    zone->addMx(QStringLiteral("usbroken.example"), 10, UsMx.arg(QStringLiteral("usbroken")));
    zone->addTxt(QStringLiteral("usbroken.example"), "v=spf1 -all");
    zone->addTxt(QStringLiteral("usbroken.example"), "v=spf1 mx -all");
    zone->addTxt(QStringLiteral("ownspf.example"), "v=spf1 ip4:192.0.2.1 -all");
    zone->addMx(QStringLiteral("usjp.example"), 10, UsMx.arg(QStringLiteral("usjp")));
    zone->addTxt(QStringLiteral("usjp.example"), "v=spf1 include:spf.tmems-jp.trendmicro.com -all");
    zone->addMx(QStringLiteral("nested.example"), 10, JapanMx.arg(QStringLiteral("nested")));
    zone->addTxt(QStringLiteral("nested.example"), "v=spf1 include:_spf.provider.example -all");
    zone->addTxt(QStringLiteral("_spf.provider.example"), "v=spf1 include:spf.tmes.trendmicro.com -all");
    zone->addMx(QStringLiteral("gateway.example"), 10, QStringLiteral("mx.gateway.example"));
    zone->addTxt(QStringLiteral("gateway.example"), "v=spf1 include:spf.tmems-jp.trendmicro.com -all");
    // 例え.jp, as DNS stores it: a Japan domain whose name shows in both forms.
    zone->addMx(QStringLiteral("xn--r8jz45g.jp"), 10, JapanMx.arg(QStringLiteral("xn--r8jz45g")));
    zone->addTxt(QStringLiteral("xn--r8jz45g.jp"), "v=spf1 include:spf.tmes.trendmicro.com -all");
    // 7 includes, then the legacy one (1 + 3): its third include is the 11th lookup.
    zone->addMx(QStringLiteral("over.example"), 10, JapanMx.arg(QStringLiteral("over")));
    zone->addTxt(QStringLiteral("over.example"),
                 "v=spf1 include:spf-us.tmes.trendmicro.com include:spf-eu.tmes.trendmicro.com "
                 "include:spf-us.tmes.trendmicro.com include:spf-eu.tmes.trendmicro.com "
                 "include:spf-us.tmes.trendmicro.com include:spf-eu.tmes.trendmicro.com "
                 "include:spf-us.tmes.trendmicro.com include:spf.tmes.trendmicro.com -all");
    for (int i = 0; i < 300; ++i) {
        const QString name = QStringLiteral("d%1.example").arg(i);
        zone->addMx(name, 10, JapanMx.arg(i));
        zone->addTxt(name, "v=spf1 include:spf.tmes.trendmicro.com -all");
    }
}

class FakeSaveLocation final : public SaveLocation
{
public:
    QString nextPath;
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return nextPath; }
    QString openFileName(QWidget *, const QString &, const QString &) override { return nextPath; }
};

/// A main window whose checker asks a fresh ZoneResolver filled by populate(),
/// behind the CachingResolver the app puts in front of QtDnsResolver.
inline std::unique_ptr<MainWindow> makeWindow(FakeSaveLocation *save, const QString &autosave, int latencyMs = 0)
{
    auto maker = [latencyMs](const QString &, int, QObject *parent) -> DnsResolver * {
        auto *zone = new ZoneResolver;
        auto *caching = new CachingResolver(zone, parent);
        zone->setParent(caching);
        zone->setLatencyMs(latencyMs);
        populate(zone);
        return caching;
    };
    return std::make_unique<MainWindow>(maker, save, autosave);
}

/// Tests must not read or write the user's settings.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tmems-assistant-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tmems-assistant-test"));
    QSettings().clear();
}

template<typename T>
T *child(QWidget *root, const char *name)
{
    T *found = root->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

/// What the delegate of `view` needs to show `index` whole in `rect`, asked
/// as the view paints it: the view's font and icon size, word-wrapped where
/// the view wraps.
inline QSize cellNeed(const QAbstractItemView *view, const QModelIndex &index, const QRect &rect)
{
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.font = view->font();
    option.rect = rect;
    const int smallIcon = view->style()->pixelMetric(QStyle::PM_SmallIconSize);
    option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(smallIcon, smallIcon);
    const auto *table = qobject_cast<const QTableView *>(view);
    const auto *tree = qobject_cast<const QTreeView *>(view);
    if ((table && table->wordWrap()) || (tree && tree->wordWrap()))
        option.features |= QStyleOptionViewItem::WrapText;
    return view->itemDelegateForIndex(index)->sizeHint(option, index);
}

} // namespace WizardFixture
