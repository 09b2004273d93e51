// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeferredIconStyle.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QStyleOption>
#include <QWidget>

#include <functional>
#include <memory>

namespace {

/// An icon engine standing in for the icon `load` returns, which it calls the
/// first time anything about the icon's images is needed. Copies share it.
class DeferredIconEngine final : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::function<QIcon()> load)
        : m_state(std::make_shared<State>())
    {
        m_state->load = std::move(load);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    // An engine gets sizes in device pixels; QIcon::pixmap() takes them in
    // logical pixels and a scale, and hands the inner engine the same again.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap((QSizeF(size) / scale).toSize(), scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString iconName() override { return icon().name(); }
    // Answered without loading: a widget asks while laying out, before drawing.
    bool isNull() override { return false; }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }
    QString key() const override { return QStringLiteral("DeferredIconEngine"); }

private:
    struct State
    {
        std::function<QIcon()> load;
        QIcon icon;
        bool loaded = false;
    };

    const QIcon &icon()
    {
        if (!m_state->loaded) {
            m_state->loaded = true;
            m_state->icon = m_state->load();
            m_state->load = nullptr;
        }
        return m_state->icon;
    }

    std::shared_ptr<State> m_state;
};

} // namespace

DeferredIconStyle::DeferredIconStyle(QStyle *base)
    : QProxyStyle(base)
{
}

QIcon DeferredIconStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    // The option and the widget may be gone by the first paint; what they
    // carry (the direction of a few arrows) is read now.
    const Qt::LayoutDirection direction = option ? option->direction
                                                 : widget ? widget->layoutDirection()
                                                          : QGuiApplication::layoutDirection();
    QStyle *base = baseStyle();
    return QIcon(new DeferredIconEngine([base, icon, direction] {
        QStyleOption forDirection;
        forDirection.direction = direction;
        return base->standardIcon(icon, &forDirection, nullptr);
    }));
}
