#pragma once

#include <QLabel>

namespace cercles::ui {

/// Takes a parent; returns a label that shows its text as plain text (user data is never rich text),
/// word-wrapped and selectable.
inline QLabel* plainLabel(QWidget* parent = nullptr)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace cercles::ui
