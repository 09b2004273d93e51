// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

/// A frameless scroll area around one word-wrapped widget (a label): it asks
/// the layout for the widget's whole height at the width it is given, so it
/// scrolls only when the window is short of room, and then yields down to
/// `minimumLines` lines of text rather than cutting the text off.
/// (QScrollArea asks for a fixed size whatever its content.)
class FittingScrollArea final : public QScrollArea
{
    Q_OBJECT
public:
    FittingScrollArea(QWidget *content, int minimumLines, QWidget *parent = nullptr);

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void showEvent(QShowEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    int m_minimumLines;
};
