#include "migrations.h"

#include "voterepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>

#include <sqlite3.h>

#include <algorithm>

namespace cercles {

namespace {
/// Translations of this file, in the "Database" context (a struct so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

/// The record_chain step's C++ part, on a bare handle (so that the expected schema of every version is
/// derived the same way): each vote's ballots (one row each, in cast order, with their cast time) go into its
/// ballot box, encoded and sorted by VoteRepository's rule, its voters into the sorted list; then the old
/// tables are dropped (secure_delete zeroes their pages).
Result<void> moveBallotsToBoxes(sqlite3* handle)
{
    const auto error = [handle] { return Error{QString::fromUtf8(sqlite3_errmsg(handle))}; };
    QList<qint64> votes;
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT id FROM vote ORDER BY id", -1, &s, nullptr) != SQLITE_OK)
            return error();
        while (sqlite3_step(s) == SQLITE_ROW)
            votes << sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    for (qint64 vote : votes) {
        QList<qint64> options;
        QList<QList<int>> ballots;
        QList<qint64> voters;
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT id FROM vote_option WHERE vote_id = ? ORDER BY position", -1,
                               &s, nullptr) != SQLITE_OK)
            return error();
        sqlite3_bind_int64(s, 1, vote);
        while (sqlite3_step(s) == SQLITE_ROW)
            options << sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        if (sqlite3_prepare_v2(handle,
                               "SELECT b.id, g.option_id, g.grade FROM ballot b LEFT JOIN ballot_grade g ON "
                               "g.ballot_id = b.id WHERE b.vote_id = ? ORDER BY b.id",
                               -1, &s, nullptr) != SQLITE_OK)
            return error();
        sqlite3_bind_int64(s, 1, vote);
        qint64 current = 0;
        while (sqlite3_step(s) == SQLITE_ROW) {
            if (sqlite3_column_int64(s, 0) != current) {
                current = sqlite3_column_int64(s, 0);
                ballots << QList<int>(options.size(), -1);
            }
            const qsizetype option = options.indexOf(sqlite3_column_int64(s, 1));
            if (option >= 0 && sqlite3_column_type(s, 1) != SQLITE_NULL)
                ballots.last()[option] = sqlite3_column_int(s, 2);
        }
        sqlite3_finalize(s);
        if (sqlite3_prepare_v2(handle, "SELECT person_id FROM vote_voter WHERE vote_id = ?", -1, &s,
                               nullptr) != SQLITE_OK)
            return error();
        sqlite3_bind_int64(s, 1, vote);
        while (sqlite3_step(s) == SQLITE_ROW)
            voters << sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        const QByteArray box = VoteRepository::ballotBox(ballots).toUtf8();
        const QByteArray list = VoteRepository::voterList(voters).toUtf8();
        if (sqlite3_prepare_v2(handle, "INSERT INTO vote_ballots (vote_id, ballots) VALUES (?, ?)", -1, &s,
                               nullptr) != SQLITE_OK)
            return error();
        sqlite3_bind_int64(s, 1, vote);
        sqlite3_bind_text(s, 2, box.constData(), int(box.size()), SQLITE_TRANSIENT);
        const int inserted = sqlite3_step(s);
        sqlite3_finalize(s);
        if (inserted != SQLITE_DONE ||
            sqlite3_prepare_v2(handle, "INSERT INTO vote_voters (vote_id, person_ids) VALUES (?, ?)", -1, &s,
                               nullptr) != SQLITE_OK)
            return error();
        sqlite3_bind_int64(s, 1, vote);
        sqlite3_bind_text(s, 2, list.constData(), int(list.size()), SQLITE_TRANSIENT);
        const int listed = sqlite3_step(s);
        sqlite3_finalize(s);
        if (listed != SQLITE_DONE)
            return error();
    }
    if (sqlite3_exec(handle, "DROP TABLE ballot_grade; DROP TABLE ballot; DROP TABLE vote_voter;", nullptr,
                     nullptr, nullptr) != SQLITE_OK)
        return error();
    return {};
}

QString column(sqlite3_stmt* statement, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, i)));
}
} // namespace

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

Result<void> migrate(sqlite3* handle, int fromVersion, int toVersion, const MigrationFill& fill,
                     const std::function<Result<void>(int from, int to)>& afterSteps)
{
    if (toVersion < 0)
        toVersion = migrations().isEmpty() ? 0 : migrations().last().version;
    if (toVersion <= fromVersion)
        return {};
    char* message = nullptr;
    // A step that rebuilds a table (meeting_record) drops it while other tables point at it: foreign keys
    // are off during the upgrade (SQLite's procedure for changing a table), checked whole before the commit,
    // and put back as they were.
    bool foreignKeys = false;
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(handle, "PRAGMA foreign_keys", -1, &s, nullptr) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            foreignKeys = sqlite3_column_int(s, 0) != 0;
        sqlite3_finalize(s);
    }
    const auto restoreForeignKeys = [&] {
        if (foreignKeys)
            sqlite3_exec(handle, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    };
    const auto fail = [&](const QString& step) -> Result<void> {
        const QString reason =
            message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_free(message);
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        restoreForeignKeys();
        return Error{step.isEmpty()
                         ? Text::tr("Upgrading the file failed: %1").arg(reason)
                         : Text::tr("Upgrading the file to format %1 failed: %2").arg(step, reason)};
    };
    sqlite3_exec(handle, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
    if (sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, &message) != SQLITE_OK)
        return fail({}); // its ROLLBACK is a no-op
    for (const Migration& m : migrations()) {
        if (m.version <= fromVersion || m.version > toVersion)
            continue;
        if (sqlite3_exec(handle, m.sql.constData(), nullptr, nullptr, &message) != SQLITE_OK)
            return fail(QStringLiteral("%1 (%2)").arg(m.version).arg(m.name));
        if (m.name == QLatin1String("record_chain")) {
            if (Result<void> moved = moveBallotsToBoxes(handle); !moved) {
                message = sqlite3_mprintf("%s", moved.error().toUtf8().constData());
                return fail(QStringLiteral("%1 (%2)").arg(m.version).arg(m.name));
            }
        }
        if (fill) {
            if (Result<void> filled = fill(m); !filled) {
                message = sqlite3_mprintf("%s", filled.error().toUtf8().constData());
                return fail(QStringLiteral("%1 (%2)").arg(m.version).arg(m.name));
            }
        }
    }
    if (afterSteps) {
        if (Result<void> done = afterSteps(fromVersion, toVersion); !done) {
            message = sqlite3_mprintf("%s", done.error().toUtf8().constData());
            return fail({});
        }
    }
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(handle, "PRAGMA foreign_key_check", -1, &s, nullptr) != SQLITE_OK)
            return fail({});
        const bool broken = sqlite3_step(s) == SQLITE_ROW;
        sqlite3_finalize(s);
        if (broken) {
            message = sqlite3_mprintf("%s", "FOREIGN KEY constraint failed");
            return fail({});
        }
    }
    const QByteArray stamp = "PRAGMA user_version = " + QByteArray::number(toVersion);
    if (sqlite3_exec(handle, stamp.constData(), nullptr, nullptr, &message) != SQLITE_OK ||
        sqlite3_exec(handle, "COMMIT", nullptr, nullptr, &message) != SQLITE_OK)
        return fail({});
    restoreForeignKeys();
    return {};
}

Result<QList<SchemaObject>> readSchema(sqlite3* handle)
{
    sqlite3_stmt* statement = nullptr;
    const char* sql = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE NOT (type = 'table' AND "
                      "(name = 'sqlite_sequence' OR name LIKE 'sqlite\\_stat%' ESCAPE '\\')) "
                      "ORDER BY type, name";
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return Error{QString::fromUtf8(sqlite3_errmsg(handle))};
    QList<SchemaObject> schema;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW)
        schema << SchemaObject{column(statement, 0), column(statement, 1), column(statement, 2),
                               column(statement, 3)};
    sqlite3_finalize(statement);
    if (step != SQLITE_DONE)
        return Error{QString::fromUtf8(sqlite3_errmsg(handle))};
    return schema;
}

QList<SchemaObject> derivedSchema(int version)
{
    sqlite3* memory = nullptr;
    if (sqlite3_open_v2(":memory:", &memory, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        qFatal("cannot open an in-memory database");
    if (!migrate(memory, 0, version))
        qFatal("the migrations up to %d do not apply to an empty database", version);
    const Result<QList<SchemaObject>> schema = readSchema(memory);
    sqlite3_close(memory);
    if (!schema)
        qFatal("cannot read the schema of an in-memory database");
    return *schema;
}

QByteArray migrationsChecksum()
{
    // FNV-1a, 64 bits: the same on every machine, and a snapshot is never trusted on it alone (the schema
    // itself is compared byte for byte).
    quint64 hash = 0xcbf29ce484222325ULL;
    const auto add = [&hash](QByteArrayView bytes) {
        for (char c : bytes) {
            hash ^= quint8(c);
            hash *= 0x100000001b3ULL;
        }
    };
    for (const Migration& m : migrations()) {
        add(QByteArray::number(m.version) + ' ' + m.name.toUtf8() + '\n');
        add(m.sql);
        add("\n");
    }
    return QByteArray::number(hash, 16).rightJustified(16, '0');
}

QByteArray schemaText(const QList<SchemaObject>& schema)
{
    QByteArray text;
    for (const SchemaObject& o : schema) {
        for (const QString* field : {&o.type, &o.name, &o.tableName, &o.sql}) {
            const QByteArray bytes = field->toUtf8();
            text += QByteArray::number(bytes.size()) + ':' + bytes + '\n';
        }
    }
    return text;
}

QByteArray schemaSnapshot(int version)
{
    return "format " + QByteArray::number(version) + "\nmigrations " + migrationsChecksum() + '\n' +
           schemaText(derivedSchema(version));
}

namespace {
/// The compiled snapshot's schema text, when the snapshot is of the latest format and was made from
/// these migrations; empty otherwise (every file is then compared with the derived schema).
QByteArray snapshotSchemaText()
{
    static const QByteArray text = [] {
        QFile file(QStringLiteral(":/storage/schema-snapshot.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return QByteArray();
        const int latest = migrations().isEmpty() ? 0 : migrations().last().version;
        const QByteArray header =
            "format " + QByteArray::number(latest) + "\nmigrations " + migrationsChecksum() + '\n';
        const QByteArray snapshot = file.readAll();
        return snapshot.startsWith(header) ? snapshot.mid(header.size()) : QByteArray();
    }();
    return text;
}
} // namespace

bool matchesSchemaSnapshot(const QList<SchemaObject>& schema, int version)
{
    const int latest = migrations().isEmpty() ? 0 : migrations().last().version;
    return version == latest && !snapshotSchemaText().isEmpty() && schemaText(schema) == snapshotSchemaText();
}

bool schemaSnapshotIsCurrent()
{
    return !snapshotSchemaText().isEmpty();
}

QList<SchemaObject> expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, QList<SchemaObject>> cache;
    const QMutexLocker locker(&mutex);
    if (const auto found = cache.constFind(version); found != cache.constEnd())
        return *found;
    const QList<SchemaObject> schema = derivedSchema(version);
    cache.insert(version, schema);
    return schema;
}

QStringList schemaDifferences(const QList<SchemaObject>& actual, const QList<SchemaObject>& expected)
{
    QStringList differences;
    const auto find = [](const QList<SchemaObject>& list, const SchemaObject& o) {
        return std::find_if(list.begin(), list.end(),
                            [&](const SchemaObject& x) { return x.type == o.type && x.name == o.name; });
    };
    for (const SchemaObject& e : expected) {
        const auto a = find(actual, e);
        if (a == actual.end())
            differences << Text::tr("The %1 %2 is missing.").arg(e.type, e.name);
        else if (!(*a == e))
            differences
                << Text::tr("The %1 %2 is not defined as this file format requires.").arg(e.type, e.name);
    }
    for (const SchemaObject& a : actual) {
        if (find(expected, a) == expected.end())
            differences << Text::tr("The file holds an unexpected %1 named %2.").arg(a.type, a.name);
    }
    return differences;
}

} // namespace cercles
