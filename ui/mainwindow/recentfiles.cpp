#include "recentfiles.h"

#include "common/settings.h"

#include <QFileInfo>

namespace cercles::ui {

namespace {

void store(const QStringList& files)
{
    settings::set(settings::recentFiles, files);
}

} // namespace

QStringList RecentFiles::list()
{
    return settings::get(settings::recentFiles);
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximum)
        files.removeLast();
    store(files);
}

void RecentFiles::remove(const QString& path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear()
{
    store({});
}

QString RecentFiles::mostRecentExisting()
{
    const QStringList files = list();
    for (const QString& file : files)
        if (QFileInfo::exists(file))
            return file;
    return {};
}

} // namespace cercles::ui
