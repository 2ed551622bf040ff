#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QStringList>

namespace cercles::sql {

namespace {

/// Binds the values in order. Qt binds a null QString as SQL NULL; an empty text field is text, not
/// "unknown".
void bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        if (v.metaType() == QMetaType::fromType<QString>() && !v.isNull() && v.toString().isNull())
            q.bindValue(int(i), QString(QLatin1String("")));
        else
            q.bindValue(int(i), v);
    }
}

/// Prepared statements by connection name, then by text. Per thread: a connection lives in one thread.
QHash<QString, QHash<QString, QSqlQuery>>& statementCache()
{
    thread_local QHash<QString, QHash<QString, QSqlQuery>> cache;
    return cache;
}

/// A failed statement in words: reading or changing the file, and why.
QString failure(const QString& statement, const QSqlError& error)
{
    const QStringView verb = QStringView(statement).trimmed().left(6);
    const bool reads =
        verb.compare(u"SELECT", Qt::CaseInsensitive) == 0 || verb.startsWith(u"WITH", Qt::CaseInsensitive);
    return reads ? QCoreApplication::translate("Database", "The file could not be read: %1")
                       .arg(describe(error))
                 : QCoreApplication::translate("Database", "The file could not be updated: %1")
                       .arg(describe(error));
}

} // namespace

QString describe(const QSqlError& error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff; // the primary result code
    if (!numeric)
        return error.text();
    switch (code) {
    case 9: // SQLITE_INTERRUPT: the progress handler's time budget (Database::setStatementTimeBudget)
        return QCoreApplication::translate(
            "Database",
            "reading the file was stopped because one step took far longer than a sound file ever "
            "needs; the file may be damaged or built to stall Cercles (run “cercles-cli check” "
            "on it)");
    case 7:  // SQLITE_NOMEM: the heap limit
    case 18: // SQLITE_TOOBIG: the length limits
        return QCoreApplication::translate(
            "Database",
            "the file holds a value far larger than Cercles ever writes; the file may be damaged or "
            "hostile (run “cercles-cli check” on it)");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("Database",
                                           "the file is damaged; open a backup copy instead (SQLite: %1)")
            .arg(error.databaseText());
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("Database", "the disk is full; free some space and try again");
    default:
        return error.text();
    }
}

Result<QSqlQuery> cached(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QHash<QString, QSqlQuery>& statements = statementCache()[db.connectionName()];
    auto it = statements.find(statement);
    if (it == statements.end()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(statement))
            return Error{QCoreApplication::translate("Database", "The file could not be read: %1")
                             .arg(describe(q.lastError()))};
        it = statements.insert(statement, std::move(q));
    }
    // A copy shares the prepared statement with the cache: that sharing is the point here, so Qt's
    // deprecation of copying (meant to stop accidental sharing) is silenced for this line only.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    QSqlQuery q = it.value();
    QT_WARNING_POP
    q.finish();
    bindAll(q, values);
    if (!q.exec()) {
        return Error{failure(statement, q.lastError())};
    }
    return q;
}

void forgetStatements(const QString& connectionName)
{
    statementCache().remove(connectionName);
}

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return Error{QCoreApplication::translate("Database", "The file could not be read: %1")
                         .arg(describe(q.lastError()))};
    bindAll(q, values);
    if (!q.exec()) {
        return Error{failure(statement, q.lastError())};
    }
    return q;
}

Result<void> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    Result<QSqlQuery> q = cached(db, statement, values); // writes return no rows: always safe to reuse
    if (!q)
        return Error{q.error()};
    return {};
}

QVariant toSql(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFromSql(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant toSql(const QDateTime& instant)
{
    return instant.isValid() ? QVariant(instant.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime instantFromSql(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString personIdsToSql(const QList<PersonId>& ids)
{
    QStringList parts;
    for (PersonId id : ids)
        parts << QString::number(id.value());
    return parts.join(QLatin1Char(','));
}

QList<PersonId> personIdsFromSql(const QString& text)
{
    QList<PersonId> ids;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << PersonId(part.toLongLong());
    return ids;
}

} // namespace cercles::sql
