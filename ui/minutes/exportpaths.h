#pragma once

#include <QString>

class QWidget;

namespace cercles::ui {

/// Takes a parent, a dialog title, a proposed file name and a filter ("PDF (*.pdf)"); asks where to save,
/// starting in the export folder of the settings (or the documents folder), and remembers the folder
/// chosen. Returns the path, with `suffix` appended when missing, or an empty string when cancelled.
QString askExportPath(QWidget* parent, const QString& title, const QString& fileName, const QString& filter,
                      const QString& suffix);

} // namespace cercles::ui
