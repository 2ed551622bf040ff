#pragma once

#include "domain/result.h"

#include <QString>

namespace cercles {

/// What the first 100 bytes of a file say about it, read without opening it with SQLite, so that a file
/// we refuse is never touched (SQLite may write to a file it opens, e.g. to roll back a hot journal).
struct FileHeader
{
    bool isSqlite = false;
    qint32 applicationId = 0; ///< PRAGMA application_id, big-endian at offset 68
    qint32 userVersion = 0;   ///< PRAGMA user_version, big-endian at offset 60
};

/// Takes a path; returns the header of the file. Errors: the file is missing or unreadable.
Result<FileHeader> readFileHeader(const QString& path);

/// Takes a path; returns whether the file may be opened by this version of Cercles: an SQLite file with
/// Cercles' application id and a schema version not newer than this build's. The error message says
/// what the file is instead (not an SQLite file, another application's database, a newer Cercles file).
Result<FileHeader> checkFileHeader(const QString& path, qint32 expectedApplicationId, int latestVersion);

} // namespace cercles
