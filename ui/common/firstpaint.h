#pragma once

#include <QWidget>

#include <functional>

namespace cercles::ui {

/// Takes a top-level window and what to do next; runs `then` once, from the event loop, after the window
/// (or any widget in it) has painted for the first time. The app opens its file this way: the window is on
/// screen before the file is read, so starting never shows a blank frame.
void afterFirstPaint(QWidget* window, std::function<void()> then);

} // namespace cercles::ui
