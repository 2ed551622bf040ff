#pragma once

#include <QDialog>

namespace cercles::ui {

/// Help > User guide: the short bundled guide (resources/guide/guide.<language>.md) that walks through a
/// first meeting and lists the keyboard shortcuts, in the interface language.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);

    /// Takes a language ("fr" or "en"); returns the guide's Markdown text (English if none for it).
    static QString guideText(const QString& language);
};

} // namespace cercles::ui
