// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

/// The application's style, drawn so that Qt's raster engine fills every
/// span batch of a scroll bar and a header section on the painting thread.
///
/// Why: Qt 6.4's raster engine hands each batch of 96 spans or more to the
/// global thread pool in parts of 64 and waits for them (QT_THREAD_PARALLEL_FILLS
/// in qdrawhelper.cpp; no switch at run time). A tall scroll bar's gradient and
/// outlines are a span a row, and its cosmetic lines along a wide header
/// section are a span a pixel: a few hundred pixels each, handed off 37 times
/// before the Domains page's first paint, each hand-off waking a pool thread
/// on the other CPU and putting the painting thread to sleep until it is done.
/// That cost a returning user's start 0.8 ms (4%, see the README's
/// "Performance").
///
/// So a scroll bar taller than a batch is drawn by the style underneath into
/// strips of at most 95 device pixels, each an image of its own that holds no
/// more, and the strips are drawn where the scroll bar is: the same
/// pixels, since drawing over transparency and then over the background is
/// drawing over the background. A Fusion header section wider than a batch is
/// drawn narrow and its middle stretched: Fusion's section is a vertical
/// gradient with lines across it, the same in every column but the ends.
/// Other controls, other styles (whose drawing may reach outside the option's
/// rectangle, or depend on the painter's device), and painters this cannot
/// reproduce exactly (a rotated or sheared transform, another composition
/// mode, opacity) are drawn as before.
class InlineFillStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    /// Over `base` (owned), or over the platform's default style when null.
    explicit InlineFillStyle(QStyle *base = nullptr);

    /// Longest run of rows (or columns) the raster engine fills inline: one
    /// fewer than Qt 6.4's first batch it hands to its pool, (count + 32) / 64 > 1.
    static constexpr int inlineSpans = 95;

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
};
