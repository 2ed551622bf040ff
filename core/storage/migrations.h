#pragma once

#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace cercles {

/// One step of the schema: the SQL script that takes a file from version `version - 1` to `version`.
/// Scripts live in core/storage/migrations/NNNN_name.sql and are compiled into the library.
struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
};

/// Every migration, in order. The versions are 1, 2, ... without gaps (checked by a test).
QList<Migration> migrations();

/// Takes an open connection, its SQLite handle and the file's current version; applies each later migration
/// in its own transaction (BEGIN IMMEDIATE; script; the step's C++ part if any; PRAGMA user_version = N;
/// COMMIT), stopping at the first failure, which is rolled back. Returns the error naming the failed step.
/// Step 5's C++ part moves the ballots into ballot boxes and seals every closed meeting and approval.
Result<void> migrate(const QSqlDatabase& db, sqlite3* handle, int fromVersion);

} // namespace cercles
