#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

#include <functional>

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

/// What a step does after its script, inside the step's transaction: takes the step; returns an error to
/// roll the step back. Steps whose new tables are filled by replaying logs (the register projection) need
/// the domain's state machines, which SQL does not have.
using MigrationFill = std::function<Result<void>(const Migration& step)>;

/// Takes an open SQLite handle, the file's current version and what to run after each step's script;
/// applies each later migration in its own transaction (BEGIN IMMEDIATE; script; fill; PRAGMA
/// user_version = N; COMMIT), stopping at the first failure, which is rolled back. Returns the error
/// naming the failed step.
Result<void> migrate(sqlite3* handle, int fromVersion, const MigrationFill& fill = {});

} // namespace cercles
