#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

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

/// A read-only statement run through SQLite's own C API, for the listings that print every row of a long
/// history (the register, the meetings): Qt Sql copies each value into a QVariant and through UTF-16,
/// which costs more than SQLite's own work there. Text comes as SQLite's UTF-8, valid until the next
/// next(). Runs under the connection's limits and time budget like any statement. Use from the thread
/// that owns the connection; finish (or destroy) it before writing.
class NativeQuery
{
public:
    /// Takes an open connection, a statement with ? placeholders and the values to bind (integers,
    /// texts or null); prepares and binds it. error() tells whether that failed.
    NativeQuery(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});
    ~NativeQuery();
    NativeQuery(const NativeQuery&) = delete;
    NativeQuery& operator=(const NativeQuery&) = delete;

    /// Steps to the next row; returns false at the end or on an error (see error()).
    bool next();
    /// Takes a column; returns its text (UTF-8; empty for NULL) in the current row.
    QByteArrayView text(int column) const;
    /// Takes a column; returns its integer value (0 for NULL) in the current row.
    qint64 integer(int column) const;
    /// Takes a column; returns whether it is NULL in the current row.
    bool isNull(int column) const;
    /// Returns what failed (translated, as exec() words it), or empty.
    QString error() const { return m_error; }

private:
    void fail();
    ::sqlite3* m_db = nullptr;
    ::sqlite3_stmt* m_statement = nullptr;
    QString m_statementText;
    QString m_error;
};

/// Takes a connection; returns its SQLite handle (nullptr when the driver is not SQLite's).
::sqlite3* nativeHandle(const QSqlDatabase& db);

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

/// Takes stored text (UTF-8, as NativeQuery gives it); returns the UTF-8 instant as instantFromSql does,
/// without a QVariant (the common "yyyy-MM-ddTHH:mm:ss.zzzZ" is read digit by digit).
QDateTime instantFromText(QByteArrayView text);
/// Takes stored text (UTF-8); returns the calendar date as dateFromSql does (null for empty text).
QDate dateFromText(QByteArrayView text);

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
