#pragma once

#include <QGuiApplication>
#include <QPalette>
#include <QVariant>

namespace cercles::ui {

/// The ForegroundRole value of a row that is over (an ended membership or mandate): the palette's
/// disabled text colour.
inline QVariant greyedForeground()
{
    return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
}

} // namespace cercles::ui
