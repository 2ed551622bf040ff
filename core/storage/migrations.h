#pragma once

#include "domain/result.h"

#include <functional>

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

/// What a step does after its script, inside the upgrade's transaction: takes the step; returns an error to
/// roll the upgrade back. Steps whose new tables are filled by replaying logs (the register projection)
/// need the domain's state machines, which SQL does not have.
using MigrationFill = std::function<Result<void>(const Migration& step)>;

/// Takes an open SQLite handle, the file's current version, the wanted one (-1: the latest), what to
/// run after each step's script, and what to run once after the last step; applies every step in between
/// inside ONE transaction (BEGIN IMMEDIATE; scripts and fills; PRAGMA user_version = N; COMMIT), so that a
/// crash at any point leaves either the old version or the new one, never a file stamped with a version
/// whose tables are missing. On failure everything is rolled back and the error names the failed step.
/// The record_chain step also moves the ballots of older files into ballot boxes (C++, on the handle);
/// afterSteps, when given, runs inside the same transaction after the last step with the first and last
/// versions applied (Database seals the existing record there).
Result<void> migrate(sqlite3* handle, int fromVersion, int toVersion = -1, const MigrationFill& fill = {},
                     const std::function<Result<void>(int from, int to)>& afterSteps = {});

/// One object of a schema as sqlite_master lists it.
struct SchemaObject
{
    QString type, name, tableName, sql;
    friend bool operator==(const SchemaObject&, const SchemaObject&) = default;
};

/// Takes an open SQLite handle; returns its schema (sqlite_master: tables, indexes, triggers, views),
/// sorted by type then name, leaving out SQLite's own bookkeeping tables (sqlite_sequence, sqlite_stat*).
/// Errors: SQLite's (e.g. a malformed schema).
Result<QList<SchemaObject>> readSchema(sqlite3* handle);

/// Takes a schema version (1..latest); returns the exact schema a file of that version must have,
/// derived by applying the migrations up to it to an in-memory database (cached per version), so later
/// steps are covered without any list to maintain. About ten milliseconds for the latest: an opening
/// first tries matchesSchemaSnapshot, and needs this only for a file that differs. Thread-safe.
QList<SchemaObject> expectedSchema(int version);

/// Takes a schema version; returns its schema derived from the migrations (uncached).
QList<SchemaObject> derivedSchema(int version);

/// Returns a checksum (FNV-1a, 64 bits, hex) of every migration's version, name and script, in order:
/// tells a snapshot made from other migrations.
QByteArray migrationsChecksum();

/// Takes a schema (readSchema's order); returns it as one text, each field as "<bytes>:<field>\n" (UTF-8).
QByteArray schemaText(const QList<SchemaObject>& schema);

/// Takes a version; returns the snapshot of its schema as storage/schema-snapshot.txt holds it for the
/// latest one: "format N", "migrations <migrationsChecksum()>", then schemaText(derivedSchema(N)).
QByteArray schemaSnapshot(int version);

/// Takes a file's schema and its version; returns whether it is exactly the latest schema, compared
/// byte for byte with the compiled snapshot (a few hundred microseconds). False when the version is not the
/// latest or the snapshot is stale (not made from these migrations): the caller then compares the
/// schema with expectedSchema().
bool matchesSchemaSnapshot(const QList<SchemaObject>& schema, int version);

/// Returns whether the compiled snapshot was made from these migrations for the latest version.
bool schemaSnapshotIsCurrent();

/// Takes a file's schema and the expected one; returns the differences in words (translated), empty when
/// they are identical: a missing object, an extra one (a view, a table...), or one whose definition
/// differs.
QStringList schemaDifferences(const QList<SchemaObject>& actual, const QList<SchemaObject>& expected);

} // namespace cercles
