#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace cercles::ui {

namespace {

QString key()
{
    return QStringLiteral("recentFiles");
}

void store(const QStringList& files)
{
    QSettings().setValue(key(), files);
}

} // namespace

QStringList RecentFiles::list()
{
    return QSettings().value(key()).toStringList();
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
