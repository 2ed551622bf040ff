#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>

namespace cercles::sql {

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return Error{QCoreApplication::translate("Database", "The file could not be read: %1")
                         .arg(q.lastError().text())};
    for (const QVariant& v : values) {
        // Qt binds a null QString as SQL NULL; an empty text field is text, not "unknown".
        if (v.metaType() == QMetaType::fromType<QString>() && !v.isNull() && v.toString().isNull())
            q.addBindValue(QString(QLatin1String("")));
        else
            q.addBindValue(v);
    }
    if (!q.exec()) {
        return Error{QCoreApplication::translate("Database", "The file could not be updated: %1")
                         .arg(q.lastError().text())};
    }
    return q;
}

Result<void> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    Result<QSqlQuery> q = exec(db, statement, values);
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
