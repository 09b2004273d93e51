// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

class QHeaderView;

/// The application's style, except that a header which never draws a label
/// in bold is measured in the font it draws in.
///
/// QHeaderView sizes every section for its label in bold, so that a
/// highlighted section (the column of a selected item) still fits. That bold
/// font is one more font engine with its own copy of every glyph of the
/// labels, and where the family has a bold face, that face is opened as well
/// (Noto Sans CJK JP Bold, another CFF face of several megabytes; DejaVu Sans
/// Bold). The program's headers do not highlight (tree views never do; its
/// tables switch it off, and where they select whole rows every section
/// would highlight at once), so they are measured here in their own font: a
/// restored Japanese start on the Domains page builds two font engines
/// instead of four, 82.6 M main-thread instructions to the first paint
/// instead of 86.9 M. A header that does highlight keeps Qt's bold measure.
class HeaderLabelStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    /// Over `base` (owned), or over the platform's default style when null.
    explicit HeaderLabelStyle(QStyle *base = nullptr);

    /// Whether `header`'s labels are measured in its own font.
    static bool measuresInOwnFont(const QHeaderView *header);

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget = nullptr) const override;
};
