#pragma once

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace cercles::ui {

/// Takes a top-level window; shrinks it to the available area of its screen and moves it inside, so that a
/// restored or grown geometry never puts controls off the screen (a 1024×600 laptop, issue 9).
inline void fitToScreen(QWidget* window)
{
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size = window->size().boundedTo(available.size());
    if (size != window->size())
        window->resize(size);
    QRect frame(window->pos(), size);
    if (!available.contains(frame)) {
        frame.moveRight(qMin(frame.right(), available.right()));
        frame.moveBottom(qMin(frame.bottom(), available.bottom()));
        frame.moveLeft(qMax(frame.left(), available.left()));
        frame.moveTop(qMax(frame.top(), available.top()));
        window->move(frame.topLeft());
    }
}

} // namespace cercles::ui
