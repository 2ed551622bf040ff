#pragma once

// Every row of every table of an organisation file as text, to compare the exact database state before
// and after an edit, its undo and its redo.

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace cercles::test {

/// Takes an open connection; returns "table" headers followed by one line per row (ordered by rowid),
/// each value written with its type so that NULL, 0 and '' differ. SQLite's own tables (sqlite_sequence
/// and the like) are left out: they are bookkeeping, not the organisation's data.
inline QByteArray dumpDatabase(const QSqlDatabase& db)
{
    QByteArray dump;
    QSqlQuery tables(db);
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString& table : names) {
        dump += "table " + table.toUtf8() + '\n';
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)))
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            QByteArrayList values;
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = record.value(i);
                if (value.isNull())
                    values.append("NULL");
                else if (value.typeId() == QMetaType::QByteArray)
                    values.append("x'" + value.toByteArray().toHex() + '\'');
                else
                    values.append(QByteArray(value.typeName()) + ':' + value.toString().toUtf8());
            }
            dump += values.join('\t') + '\n';
        }
    }
    return dump;
}

} // namespace cercles::test
