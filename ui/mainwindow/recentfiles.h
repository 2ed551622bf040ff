#pragma once

#include <QStringList>

namespace cercles::ui {

/// The organisation files opened lately, most recent first, kept in QSettings (at most `maximum`).
class RecentFiles
{
public:
    static constexpr int maximum = 8;

    /// The remembered absolute paths, most recent first.
    static QStringList list();
    /// Takes a path; puts it first (removing a previous occurrence and the oldest beyond the maximum).
    static void add(const QString& path);
    /// Takes a path; forgets it (e.g. the file no longer opens).
    static void remove(const QString& path);
    /// Forgets every file.
    static void clear();
    /// The most recent file that still exists, or an empty string.
    static QString mostRecentExisting();
};

} // namespace cercles::ui
