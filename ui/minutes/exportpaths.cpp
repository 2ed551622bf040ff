#include "exportpaths.h"

#include "common/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace cercles::ui {

QString askExportPath(QWidget* parent, const QString& title, const QString& fileName, const QString& filter,
                      const QString& suffix)
{
    QString folder = settings::get(settings::exportFolder);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(fileName), filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    settings::set(settings::exportFolder, QFileInfo(path).absolutePath());
    return path;
}

} // namespace cercles::ui
