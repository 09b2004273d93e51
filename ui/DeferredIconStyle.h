// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

/// The application's style, except that a standard icon is read from its file
/// the first time it is drawn, not when it is asked for.
///
/// QMenuBar's constructor asks for the icon of its overflow button, which
/// shows only when the menus do not fit (never, with File and Help), and the
/// first image Qt reads makes it load and query every image-format plugin:
/// measured about 4 ms of start-up before the first page is painted. Icons
/// that are drawn cost the same as before, only later.
class DeferredIconStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    /// Over `base` (owned), or over the platform's default style when null.
    explicit DeferredIconStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
