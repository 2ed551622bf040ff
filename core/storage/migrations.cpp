#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace cercles {

QList<Migration> migrations()
{
    static const QList<Migration> all = [] {
        QList<Migration> list;
        const QDir dir(QStringLiteral(":/storage/migrations"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& fileName : files) {
            QFile file(dir.filePath(fileName));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read migration %s", qPrintable(fileName));
            Migration m;
            m.version = fileName.section(QLatin1Char('_'), 0, 0).toInt();
            m.name = fileName.section(QLatin1Char('_'), 1).chopped(4);
            m.sql = file.readAll();
            list << m;
        }
        return list;
    }();
    return all;
}

Result<void> migrate(sqlite3* handle, int fromVersion, const MigrationFill& fill)
{
    const auto run = [handle](const QByteArray& script) -> Result<void> {
        char* message = nullptr;
        if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString reason = QString::fromUtf8(message);
        sqlite3_free(message);
        return Error{reason};
    };
    for (const Migration& m : migrations()) {
        if (m.version <= fromVersion)
            continue;
        Result<void> done = run("BEGIN IMMEDIATE;\n" + m.sql);
        if (done && fill)
            done = fill(m);
        if (done)
            done = run("PRAGMA user_version = " + QByteArray::number(m.version) + ";\nCOMMIT;");
        if (!done) {
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return Error{
                QCoreApplication::translate("Database", "Upgrading the file to format %1 (%2) failed: %3")
                    .arg(m.version)
                    .arg(m.name, done.error())};
        }
    }
    return {};
}

} // namespace cercles
