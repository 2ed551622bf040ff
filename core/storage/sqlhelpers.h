#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cercles::sql {

/// Takes an error from SQLite; returns it in words a user can act on: a statement stopped by the time
/// budget (SQLITE_INTERRUPT), SQLite's memory or size limits (NOMEM, TOOBIG), a damaged file (CORRUPT,
/// NOTADB) and a full disk (FULL) get a translated sentence; any other error keeps SQLite's own text.
QString describe(const QSqlError& error);

/// Takes a connection, an SQL statement with ? placeholders and the values to bind; prepares and runs it.
/// Returns the query positioned before its first row, or the translated error SQLite reported.
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

/// Same as exec, but the statement is prepared once per connection and thread and reused (the hot paths:
/// recording an answer, the register). The caller reads the rows before running the same statement again,
/// and calls finish() on a SELECT it does not read to the end, so no read lock outlives the call.
Result<QSqlQuery> cached(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

/// Takes a connection name; drops the statements cached() keeps for it (before the connection closes).
void forgetStatements(const QString& connectionName);

/// Same as cached, for statements whose rows are not needed (their prepared statement is reused).
Result<void> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

/// Takes a calendar date; returns it as stored (ISO 8601 text), or a null QVariant for a null date.
QVariant toSql(QDate date);
/// Takes a stored value; returns the calendar date (null for NULL).
QDate dateFromSql(const QVariant& value);

/// Takes an instant; returns it as stored: ISO 8601 UTC text with milliseconds, or NULL for an invalid one.
QVariant toSql(const QDateTime& instant);
/// Takes a stored value; returns the UTC instant (invalid for NULL).
QDateTime instantFromSql(const QVariant& value);

/// Takes a typed id; returns its SQL value (NULL for an invalid id).
template <typename IdT> QVariant idToSql(IdT id)
{
    return id.isValid() ? QVariant(id.value()) : QVariant(QMetaType::fromType<qint64>());
}

/// Takes people's ids in order; returns them as stored in one column ("3,1,7").
QString personIdsToSql(const QList<PersonId>& ids);
/// Takes a stored id list; returns the ids in order.
QList<PersonId> personIdsFromSql(const QString& text);

/// Takes the result of an INSERT; returns the new row's id as a typed id, or the insert's error.
template <typename IdT> Result<IdT> insertedId(const Result<QSqlQuery>& q)
{
    if (!q)
        return Error{q.error()};
    return IdT(q->lastInsertId().toLongLong());
}

} // namespace cercles::sql
