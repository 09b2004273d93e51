// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderLabelStyle.h"

#include <QHeaderView>
#include <QStyleOptionHeaderV2>

HeaderLabelStyle::HeaderLabelStyle(QStyle *base) : QProxyStyle(base) {}

bool HeaderLabelStyle::measuresInOwnFont(const QHeaderView *header)
{
    return header && !header->highlightSections();
}

QSize HeaderLabelStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                                         const QWidget *widget) const
{
    if (type == CT_HeaderSection && measuresInOwnFont(qobject_cast<const QHeaderView *>(widget))) {
        // The option carries the bold metrics; only measuring with them loads the bold font.
        const auto inOwnFont = [&](auto own) {
            own.fontMetrics = widget->fontMetrics();
            return QProxyStyle::sizeFromContents(type, &own, size, widget);
        };
        if (const auto *header = qstyleoption_cast<const QStyleOptionHeaderV2 *>(option))
            return inOwnFont(*header);
        if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option))
            return inOwnFont(*header);
    }
    return QProxyStyle::sizeFromContents(type, option, size, widget);
}
