#pragma once

#include <QString>

namespace cercles::ui {

/// Takes user text; returns a tooltip that shows it literally. Qt renders a tooltip as rich text when it
/// looks like markup, so the text is escaped and wrapped in a paragraph that forces rich-text mode: a name
/// such as "<b>Ana</b>" then shows with its angle brackets, and nothing is ever loaded from it.
inline QString plainToolTip(const QString& text)
{
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

/// Takes a fixed heading (translated, without markup) and user text; returns a tooltip that Qt shows as plain
/// text, with no HTML involved: Qt::mightBeRichText() looks at the first line only, and that line is the
/// heading.
inline QString headedToolTip(const QString& heading, const QString& text)
{
    return heading + QLatin1Char('\n') + text;
}

} // namespace cercles::ui
