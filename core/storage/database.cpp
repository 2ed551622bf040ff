#include "database.h"

#include "fileheader.h"
#include "migrations.h"
#include "registerrepository.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

namespace cercles {

namespace {

/// Translations of this file, in the "Database" context (a struct so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString newConnectionName()
{
    static int counter = 0;
    return QStringLiteral("cercles-%1").arg(++counter);
}

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

QString pragmaText(const QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next() ? q.value(0).toString() : QString();
}

/// The lock that tells a second Cercles process that this file is in use. SQLite's own locks already
/// keep the file consistent; this lock keeps two people from editing the same organisation unknowingly.
/// It lives in the runtime folder, named after the file's canonical path, so no stray file is left
/// beside the user's document.
std::unique_ptr<QLockFile> makeLock(const QString& canonicalPath)
{
    const QString folder = qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")
                               ? QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
                               : QDir::tempPath();
    const QByteArray hash =
        QCryptographicHash::hash(canonicalPath.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    auto lock = std::make_unique<QLockFile>(folder + QStringLiteral("/cercles-") + QString::fromLatin1(hash) +
                                            QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    return lock;
}

} // namespace

Database::~Database()
{
    sql::forgetStatements(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

int Database::schemaVersion() const
{
    return pragmaText(connection(), QStringLiteral("user_version")).toInt();
}

/// Takes a connection and the file's path; runs quick_check. Returns the translated problem, if any.
static Result<void> quickCheck(const QSqlDatabase& db, const QString& path)
{
    const QString quick = pragmaText(db, QStringLiteral("quick_check"));
    if (quick == QLatin1String("ok"))
        return {};
    return Error{Text::tr("%1 is damaged (SQLite quick check: %2). Open a backup copy instead.")
                     .arg(QFileInfo(path).fileName(), quick.isEmpty() ? Text::tr("unreadable") : quick)};
}

/// What the schema steps need besides their SQL: step "register" (6) fills the register projection by
/// replaying every stored log once.
static MigrationFill fillFor(const QSqlDatabase& db)
{
    return [db](const Migration& step) -> Result<void> {
        if (step.name == QLatin1String("register"))
            return RegisterRepository::rebuild(db);
        return {};
    };
}

/// Opens the SQLite connection and sets it up. Durability choices:
/// - journal_mode=DELETE, not WAL: the organisation file is a document people copy, e-mail and put on
///   USB sticks; with WAL, committed changes can sit in a "-wal" file beside it and a copied .cercles file
///   would miss them. With a rollback journal the single file is complete after every commit.
/// - synchronous=FULL: each commit is fsynced before the call returns, so a recorded consent survives a
///   pulled power cord. User actions come at human speed, so the cost of an fsync per action is invisible.
static Result<std::unique_ptr<Database>> connectDatabase(std::unique_ptr<Database> self, const QString& path,
                                                         const QString& connectionName, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{Text::tr("The file %1 cannot be opened: %2").arg(path, db.lastError().text())};
    sqlite3* handle = nativeHandle(db);
    if (!handle)
        return Error{Text::tr("The SQLite driver did not give access to the database.")};
    // Defensive mode: no SQL can corrupt the file on purpose (writable_schema, raw page writes...).
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    QSqlQuery q(db);
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA trusted_schema = OFF",
                               "PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL",
                               // A meeting recorded in one transaction, or a decade read, stays in memory:
                               // no cache spill (an extra journal sync) mid-transaction, no temp files.
                               "PRAGMA cache_size = -16384", "PRAGMA temp_store = MEMORY"}) {
        if (q.exec(QString::fromLatin1(pragma)))
            continue;
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff; // primary SQLite result code
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            return Error{Text::tr("%1 is damaged (SQLite: %2). Open a backup copy instead.")
                             .arg(QFileInfo(path).fileName(), q.lastError().databaseText())};
        }
        return Error{Text::tr("The file %1 cannot be set up: %2").arg(path, q.lastError().text())};
    }
    return self;
}

Result<std::unique_ptr<Database>> Database::create(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QFile file(absolute);
    // NewOnly refuses an existing file atomically; the permissions keep the organisation's record private.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (QFileInfo::exists(absolute))
            return Error{Text::tr("The file %1 already exists.").arg(absolute)};
        return Error{Text::tr("The file %1 cannot be created: %2").arg(absolute, file.errorString())};
    }
    file.close();

    std::unique_ptr<Database> self(new Database);
    self->m_path = absolute;
    self->m_connectionName = newConnectionName();
    self->m_lock = makeLock(QFileInfo(absolute).canonicalFilePath());
    self->m_lock->tryLock(0);
    const QString connectionName = self->m_connectionName;
    auto connected = connectDatabase(std::move(self), absolute, connectionName, false);
    if (!connected) {
        QFile::remove(absolute);
        return connected;
    }
    std::unique_ptr<Database> db = std::move(connected).value();
    sqlite3* handle = nativeHandle(db->connection());
    const QByteArray setId = "PRAGMA application_id = " + QByteArray::number(applicationId);
    Result<void> migrated =
        sqlite3_exec(handle, setId.constData(), nullptr, nullptr, nullptr) == SQLITE_OK
            ? migrate(handle, 0, fillFor(db->connection()))
            : Result<void>(Error{Text::tr("The file cannot be marked as a Cercles file.")});
    if (!migrated) {
        db.reset();
        QFile::remove(absolute);
        return Error{migrated.error()};
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access, Check check)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<FileHeader> header = checkFileHeader(absolute, applicationId, latestSchemaVersion());
    if (!header)
        return Error{header.error()};

    std::unique_ptr<Database> self(new Database);
    self->m_path = absolute;
    self->m_lock = makeLock(QFileInfo(absolute).canonicalFilePath());
    bool readOnly = access == Access::ReadOnly;
    if (!readOnly && !self->m_lock->tryLock(0)) {
        readOnly = true;
        qint64 pid = 0;
        QString host, app;
        self->m_lock->getLockInfo(&pid, &host, &app);
        self->m_readOnlyReason =
            Text::tr("This file is already open in another Cercles window (process %1 on %2). It is opened "
                     "read-only here so that the two cannot overwrite each other's changes.")
                .arg(pid)
                .arg(host);
    } else if (!readOnly && !QFileInfo(absolute).isWritable()) {
        readOnly = true;
        self->m_readOnlyReason =
            Text::tr("You do not have permission to change this file; it is opened read-only.");
    } else if (readOnly) {
        self->m_readOnlyReason = Text::tr("The file is opened read-only.");
    }
    if (readOnly && header->userVersion < latestSchemaVersion()) {
        return Error{
            Text::tr("%1 uses an older file format (%2) that must be upgraded before it can be read, and it "
                     "cannot be upgraded now: %3")
                .arg(QFileInfo(absolute).fileName())
                .arg(header->userVersion)
                .arg(self->m_readOnlyReason)};
    }
    self->m_readOnly = readOnly;
    self->m_connectionName = newConnectionName();
    const QString connectionName = self->m_connectionName;
    auto connected = connectDatabase(std::move(self), absolute, connectionName, readOnly);
    if (!connected)
        return connected;
    std::unique_ptr<Database> db = std::move(connected).value();

    if (check == Check::AtOpen || header->userVersion < latestSchemaVersion()) {
        if (Result<void> sound = quickCheck(db->connection(), absolute); !sound)
            return Error{sound.error()};
    }
    if (header->userVersion < latestSchemaVersion()) {
        Result<void> upgraded = db->upgrade(header->userVersion);
        if (!upgraded)
            return Error{upgraded.error()};
    }
    return db;
}

Result<void> Database::verify(const QString& path)
{
    Result<std::unique_ptr<Database>> db = openForInspection(QFileInfo(path).absoluteFilePath());
    if (!db)
        return Error{db.error()};
    return quickCheck(db.value()->connection(), db.value()->path());
}

Result<void> Database::setBulkWriting(bool on)
{
    QSqlQuery q(connection());
    if (!q.exec(on ? QStringLiteral("PRAGMA synchronous = OFF")
                   : QStringLiteral("PRAGMA synchronous = FULL")))
        return Error{Text::tr("The file %1 cannot be set up: %2").arg(m_path, q.lastError().text())};
    if (on)
        return {};
    // An empty write transaction with synchronous = FULL syncs what the unsynced commits wrote.
    return transact([this]() -> Result<void> {
        QSqlQuery touch(connection());
        if (!touch.exec(QStringLiteral("PRAGMA user_version = ") + QString::number(schemaVersion())))
            return Error{Text::tr("The change could not be saved: %1").arg(touch.lastError().text())};
        return {};
    });
}

void Database::refuseChanges(const QString& reason)
{
    m_readOnly = true;
    m_readOnlyReason = reason;
}

Result<void> Database::upgrade(int fromVersion)
{
    // A verified copy first: if the upgrade goes wrong the user still has the file as it was.
    QString backup;
    for (int n = 0;; ++n) {
        backup = m_path + QStringLiteral(".v%1").arg(fromVersion) +
                 (n ? QStringLiteral("-%1").arg(n) : QString()) + QStringLiteral(".bak");
        if (!QFileInfo::exists(backup))
            break;
    }
    if (Result<void> copied = saveCopy(backup); !copied)
        return Error{Text::tr("The file was not upgraded: its backup copy failed. %1").arg(copied.error())};
    {
        Result<std::unique_ptr<Database>> copy = Database::openForInspection(backup);
        if (!copy || !copy.value()->integrityCheck().isEmpty())
            return Error{
                Text::tr("The file was not upgraded: its backup copy %1 could not be verified.").arg(backup)};
    }
    return migrate(nativeHandle(connection()), fromVersion, fillFor(connection()));
}

Result<std::unique_ptr<Database>> Database::openForInspection(const QString& path)
{
    std::unique_ptr<Database> self(new Database);
    self->m_path = path;
    self->m_readOnly = true;
    self->m_connectionName = newConnectionName();
    const QString connectionName = self->m_connectionName;
    return connectDatabase(std::move(self), path, connectionName, true);
}

Result<void> Database::transact(const std::function<Result<void>()>& change)
{
    if (m_readOnly)
        return Error{m_readOnlyReason.isEmpty() ? Text::tr("The file is read-only.") : m_readOnlyReason};
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (m_batchDepth > 0) {
        // Inside batch(): a savepoint keeps this change all-or-nothing; the batch commits.
        if (!q.exec(QStringLiteral("SAVEPOINT cercles_change")))
            return Error{Text::tr("The file cannot be changed now: %1").arg(q.lastError().text())};
        Result<void> result = change();
        if (result && q.exec(QStringLiteral("RELEASE cercles_change")))
            return result;
        const QString reason =
            result ? Text::tr("The change could not be saved: %1").arg(q.lastError().text()) : result.error();
        q.exec(QStringLiteral("ROLLBACK TO cercles_change"));
        q.exec(QStringLiteral("RELEASE cercles_change"));
        return Error{reason};
    }
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{Text::tr("The file cannot be changed now: %1").arg(q.lastError().text())};
    Result<void> result = change();
    if (result && q.exec(QStringLiteral("COMMIT")))
        return result;
    const QString reason =
        result ? Text::tr("The change could not be saved: %1").arg(q.lastError().text()) : result.error();
    q.exec(QStringLiteral("ROLLBACK"));
    return Error{reason};
}

Result<void> Database::batch(const std::function<Result<void>()>& changes)
{
    if (m_batchDepth > 0)
        return changes();
    Result<void> result = transact([&]() -> Result<void> {
        ++m_batchDepth;
        Result<void> r = changes();
        --m_batchDepth;
        return r;
    });
    return result;
}

Result<void> Database::saveCopy(const QString& targetPath) const
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (QFileInfo::exists(target))
        return Error{Text::tr("The file %1 already exists.").arg(target)};
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        QFile::remove(target);
        return Error{Text::tr("The copy %1 could not be written: %2").arg(target, q.lastError().text())};
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QStringList Database::integrityCheck() const
{
    QSqlQuery q(connection());
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return {q.lastError().text()};
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return problems << q.lastError().text();
    while (q.next()) {
        problems << Text::tr("Row %1 of table %2 refers to a missing row of %3.")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    return problems;
}

} // namespace cercles
