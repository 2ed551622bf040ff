#include "sqlhelpers.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>
#include <QTimeZone>

#include <sqlite3.h>

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

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

NativeQuery::NativeQuery(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
    : m_db(nativeHandle(db)), m_statementText(statement)
{
    if (!m_db) {
        m_error =
            QCoreApplication::translate("Database", "The SQLite driver did not give access to the database.");
        return;
    }
    const QByteArray text = statement.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
        fail();
        return;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        int bound = SQLITE_OK;
        if (v.isNull()) {
            bound = sqlite3_bind_null(m_statement, i + 1);
        } else if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            bound =
                sqlite3_bind_text(m_statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            bound = sqlite3_bind_int64(m_statement, i + 1, v.toLongLong());
        }
        if (bound != SQLITE_OK) {
            fail();
            return;
        }
    }
}

NativeQuery::~NativeQuery()
{
    sqlite3_finalize(m_statement);
}

void NativeQuery::fail()
{
    const int code = sqlite3_extended_errcode(m_db);
    m_error = failure(m_statementText, QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)),
                                                 QSqlError::StatementError, QString::number(code)));
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

bool NativeQuery::next()
{
    if (!m_statement)
        return false;
    const int step = sqlite3_step(m_statement);
    if (step == SQLITE_ROW)
        return true;
    if (step != SQLITE_DONE)
        fail();
    return false;
}

QByteArrayView NativeQuery::text(int column) const
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

qint64 NativeQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool NativeQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

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

namespace {
/// Takes text and where a number of `n` digits starts; returns it, or -1 when a character is no digit.
int digits(QByteArrayView text, qsizetype at, int n)
{
    int value = 0;
    for (qsizetype i = at; i < at + n; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}
} // namespace

QDateTime instantFromText(QByteArrayView text)
{
    if (text.size() == 24 && text.at(4) == '-' && text.at(7) == '-' && text.at(10) == 'T' &&
        text.at(13) == ':' && text.at(16) == ':' && text.at(19) == '.' && text.at(23) == 'Z') {
        const int parts[] = {digits(text, 0, 4),  digits(text, 5, 2),  digits(text, 8, 2),
                             digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2),
                             digits(text, 20, 3)};
        const QDate date(parts[0], parts[1], parts[2]);
        const QTime time(parts[3], parts[4], parts[5], parts[6]);
        if (std::all_of(std::begin(parts), std::end(parts), [](int p) { return p >= 0; }) && date.isValid() &&
            time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return text.isNull() ? QDateTime() : instantFromSql(QString::fromUtf8(text));
}

QDate dateFromText(QByteArrayView text)
{
    if (text.size() == 10 && text.at(4) == '-' && text.at(7) == '-') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        if (date.isValid())
            return date;
    }
    return text.isEmpty() ? QDate() : dateFromSql(QString::fromUtf8(text));
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
