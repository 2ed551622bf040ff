#include "database.h"

#include "fileheader.h"
#include "filelock.h"
#include "fileowner.h"
#include "migrations.h"
#include "recordchain.h"
#include "registerrepository.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cercles {

namespace {

/// Translations of this file, in the "Database" context (a struct so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

/// The upgrade's last part, in its transaction: when it went through the record_chain step, seal the
/// closed meetings and approvals that the older file holds.
std::function<Result<void>(int, int)> sealAfterUpgrade(const QSqlDatabase& db)
{
    return [db](int from, int to) -> Result<void> {
        for (const Migration& m : migrations()) {
            if (m.name == QLatin1String("record_chain") && m.version > from && m.version <= to)
                return RecordChain::sealExistingRecord(db);
        }
        return {};
    };
}

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

/// Takes a handle and a one-integer PRAGMA; returns its value read through SQLite (so after any hot
/// journal was rolled back), or the SQLite extended error code as a negative number.
qint64 pragmaInteger(sqlite3* handle, const char* pragma)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray sql = QByteArray("PRAGMA ") + pragma;
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return -qint64(sqlite3_extended_errcode(handle));
    const int step = sqlite3_step(statement);
    const qint64 value =
        step == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -qint64(sqlite3_extended_errcode(handle));
    sqlite3_finalize(statement);
    return value;
}

/// How long one SQL statement may run before it is interrupted (milliseconds).
std::atomic<int> statementBudgetMs{10000};

/// Times each statement from its first step (trace) and interrupts it past the budget (progress
/// handler): a hostile file cannot keep a command busy for ever.
int onTrace(unsigned, void* context, void*, void*)
{
    static_cast<QElapsedTimer*>(context)->start();
    return 0;
}

int onProgress(void* context)
{
    const auto* clock = static_cast<QElapsedTimer*>(context);
    return clock->isValid() && clock->elapsed() > statementBudgetMs.load() ? 1 : 0;
}

/// Bounds what one file can make SQLite do. The values are far above what a real organisation needs (a
/// name, a proposal or an event log of a few kilobytes) and far below what exhausts a laptop.
void limitResources(sqlite3* handle, QElapsedTimer* clock)
{
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 4 * 1024 * 1024);
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(handle, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(handle, SQLITE_LIMIT_EXPR_DEPTH, 200);
    sqlite3_limit(handle, SQLITE_LIMIT_COMPOUND_SELECT, 50);
    sqlite3_limit(handle, SQLITE_LIMIT_FUNCTION_ARG, 32);
    sqlite3_limit(handle, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    sqlite3_limit(handle, SQLITE_LIMIT_TRIGGER_DEPTH, 20);
    sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, onTrace, clock);
    sqlite3_progress_handler(handle, 10000, onProgress, clock);
    // Process-wide: SQLite's own memory (page cache, sorting) stays below 512 MiB whatever the file holds.
    static const bool heapLimited = [] {
        sqlite3_hard_heap_limit64(512LL * 1024 * 1024);
        return true;
    }();
    Q_UNUSED(heapLimited);
}

/// Takes a path; returns whether the file's header says WAL mode (bytes 18 and 19 are 2). Opening such
/// a file read-only makes SQLite create "-wal" and "-shm" files beside it, so read-only access refuses it.
bool headerSaysWal(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.read(20);
    return bytes.size() == 20 && (bytes.at(18) == 2 || bytes.at(19) == 2);
}

QString recoveryMessage(const QString& path)
{
    return Text::tr("%1 was not closed properly (a program stopped while changing it) and needs recovery, "
                    "which only undoes the unfinished change: run `cercles-cli recover %2` or open it in "
                    "Cercles.")
        .arg(QFileInfo(path).fileName(), path);
}

/// Takes an SQLite handle and the file name; returns the file's version read through SQLite, after its
/// application id is checked again the same way (the raw header may predate a rolled-back change).
Result<int> versionThroughSqlite(sqlite3* handle, const QString& path, bool readOnly)
{
    const QString name = QFileInfo(path).fileName();
    const qint64 id = pragmaInteger(handle, "application_id");
    if (id == -SQLITE_READONLY_ROLLBACK || (readOnly && id == -SQLITE_READONLY_RECOVERY))
        return Error{recoveryMessage(path)};
    if (id < 0) {
        const int code = int(-id) & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return Error{Text::tr("%1 is damaged (SQLite: %2). Open a backup copy instead.")
                             .arg(name, QString::fromUtf8(sqlite3_errstr(int(-id))))};
        return Error{Text::tr("The file %1 cannot be read: %2")
                         .arg(path, QString::fromUtf8(sqlite3_errstr(int(-id))))};
    }
    if (id != Database::applicationId)
        return Error{
            Text::tr("%1 is a database of another application, not a Cercles organisation file.").arg(name)};
    const qint64 version = pragmaInteger(handle, "user_version");
    if (version < 0)
        return Error{Text::tr("The file %1 cannot be read: %2")
                         .arg(path, QString::fromUtf8(sqlite3_errstr(int(-version))))};
    if (version > Database::latestSchemaVersion())
        return Error{
            Text::tr("%1 was written by a newer version of Cercles (file format %2; this version reads up "
                     "to %3). Install a newer Cercles to open it; the file was not changed.")
                .arg(name)
                .arg(version)
                .arg(Database::latestSchemaVersion())};
    if (version < 1)
        return Error{Text::tr("%1 is an incomplete Cercles file (no schema).").arg(name)};
    return int(version);
}

/// Takes an SQLite handle, the version it claims and the file name; returns an error listing how its
/// schema differs from the exact one of that version (a view in place of a table, a missing trigger...).
Result<void> checkSchema(sqlite3* handle, int version, const QString& path)
{
    const Result<QList<SchemaObject>> schema = readSchema(handle);
    const QString name = QFileInfo(path).fileName();
    if (!schema)
        return Error{Text::tr("%1 is damaged: its schema cannot be read (%2).").arg(name, schema.error())};
    if (matchesSchemaSnapshot(*schema, version))
        return {};
    const QStringList differences = schemaDifferences(*schema, expectedSchema(version));
    if (differences.isEmpty())
        return {};
    QStringList shown = differences.mid(0, 5);
    if (differences.size() > shown.size())
        shown << Text::tr("(and %n more)", nullptr, int(differences.size() - shown.size()));
    return Error{Text::tr("%1 is not a valid Cercles file of format %2: %3")
                     .arg(name)
                     .arg(version)
                     .arg(shown.join(QLatin1Char(' ')))};
}

} // namespace

Database::~Database()
{
    sql::forgetStatements(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        m_heartbeat.reset();
        if (m_ownsRecord && db.isOpen())
            FileOwner::release(nativeHandle(db));
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

void Database::prepareSchemaCheck()
{
    // A current snapshot makes checking a sound file cheap; only a stale one needs the derived schema.
    if (!schemaSnapshotIsCurrent())
        expectedSchema(latestSchemaVersion());
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
/// replaying every stored log once; step "vote_reopening" (10) rebuilds it again, since from that version on
/// a decision adopted in a meeting is dated by the meeting, not by the clock that recorded it (issue 9).
static MigrationFill fillFor(const QSqlDatabase& db)
{
    return [db](const Migration& step) -> Result<void> {
        if (step.name != QLatin1String("register") && step.name != QLatin1String("vote_reopening"))
            return {};
        Result<void> built = RegisterRepository::rebuild(db);
        // Later steps of the same upgrade drop tables (record_chain): no statement the fill prepared may
        // stay open, or SQLite refuses with "database table is locked".
        sql::forgetStatements(db.connectionName());
        return built;
    };
}

/// Opens the SQLite connection and sets it up. Durability choices:
/// - journal_mode=DELETE, not WAL: the organisation file is a document people copy, e-mail and put on
///   USB sticks; with WAL, committed changes can sit in a "-wal" file beside it and a copied .cercles file
///   would miss them. With a rollback journal the single file is complete after every commit.
/// - synchronous=FULL: each commit is fsynced before the call returns, so a recorded consent survives a
///   pulled power cord. User actions come at human speed, so the cost of an fsync per action is invisible.
/// Read-only connections change nothing: no journal mode is set (that would write the header) and a file
/// that needs recovery is refused before any page is read.
static Result<std::unique_ptr<Database>> connectDatabase(std::unique_ptr<Database> self, const QString& path,
                                                         const QString& connectionName, bool readOnly,
                                                         QElapsedTimer* clock)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{Text::tr("The file %1 cannot be opened: %2").arg(path, sql::describe(db.lastError()))};
    sqlite3* handle = nativeHandle(db);
    if (!handle)
        return Error{Text::tr("The SQLite driver did not give access to the database.")};
    // Defensive mode: no SQL can corrupt the file on purpose (writable_schema, raw page writes...).
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    limitResources(handle, clock);
    QSqlQuery q(db);
    // secure_delete: deleted or rewritten content (a ballot box's previous copy, an undone event) is
    // overwritten with zeros, so the file keeps no readable trace of it.
    QList<const char*> pragmas{"PRAGMA foreign_keys = ON", "PRAGMA trusted_schema = OFF",
                               "PRAGMA secure_delete = ON"};
    if (!readOnly)
        pragmas << "PRAGMA journal_mode = DELETE"
                << "PRAGMA synchronous = FULL";
    // A meeting recorded in one transaction stays in memory: no cache spill (an extra journal sync)
    // mid-transaction, no temporary files. (Read-only connections keep SQLite's defaults: these pragmas
    // would read the file before a hot journal is dealt with.)
    if (!readOnly)
        pragmas << "PRAGMA cache_size = -16384"
                << "PRAGMA temp_store = MEMORY";
    for (const char* pragma : pragmas) {
        if (q.exec(QString::fromLatin1(pragma)))
            continue;
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff; // primary SQLite result code
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            return Error{Text::tr("%1 is damaged (SQLite: %2). Open a backup copy instead.")
                             .arg(QFileInfo(path).fileName(), q.lastError().databaseText())};
        }
        return Error{Text::tr("The file %1 cannot be set up: %2").arg(path, sql::describe(q.lastError()))};
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
    self->m_lock = std::make_unique<FileLock>();
    self->m_lock->tryLock(absolute);
    const QString connectionName = self->m_connectionName;
    QElapsedTimer* clock = self->m_statementClock.get();
    auto connected = connectDatabase(std::move(self), absolute, connectionName, false, clock);
    if (!connected) {
        QFile::remove(absolute);
        return connected;
    }
    std::unique_ptr<Database> db = std::move(connected).value();
    sqlite3* handle = nativeHandle(db->connection());
    const QByteArray setId = "PRAGMA application_id = " + QByteArray::number(applicationId);
    Result<void> migrated =
        sqlite3_exec(handle, setId.constData(), nullptr, nullptr, nullptr) == SQLITE_OK
            ? migrate(handle, 0, -1, fillFor(db->connection()), sealAfterUpgrade(db->connection()))
            : Result<void>(Error{Text::tr("The file cannot be marked as a Cercles file.")});
    if (!migrated) {
        db.reset();
        QFile::remove(absolute);
        return Error{migrated.error()};
    }
    db->claimOwnership();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access, Check check)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // The raw header tells non-SQLite, foreign and newer files apart without SQLite touching them. The
    // version used below is read again through SQLite, after it rolled back any hot journal.
    Result<FileHeader> header = checkFileHeader(absolute, applicationId, latestSchemaVersion());
    if (!header)
        return Error{header.error()};

    std::unique_ptr<Database> self(new Database);
    self->m_path = absolute;
    self->m_lock = std::make_unique<FileLock>();
    bool readOnly = access == Access::ReadOnly;
    if (!readOnly) {
        switch (self->m_lock->tryLock(absolute)) {
        case FileLock::Outcome::Acquired:
            break;
        case FileLock::Outcome::HeldByAnother:
            readOnly = true;
            self->m_readOnlyReason =
                Text::tr("This file is already open in another Cercles window, here or on another "
                         "account. It is opened read-only here so that the two cannot overwrite each "
                         "other's changes.");
            break;
        case FileLock::Outcome::NotWritable:
            readOnly = true;
            self->m_readOnlyReason =
                Text::tr("You do not have permission to change this file; it is opened read-only.");
            break;
        }
    } else {
        self->m_readOnlyReason = Text::tr("The file is opened read-only.");
    }
    if (readOnly && (headerSaysWal(absolute) || QFileInfo::exists(absolute + QStringLiteral("-wal"))))
        return Error{recoveryMessage(absolute)};
    self->m_readOnly = readOnly;
    self->m_connectionName = newConnectionName();
    const QString connectionName = self->m_connectionName;
    QElapsedTimer* clock = self->m_statementClock.get();
    auto connected = connectDatabase(std::move(self), absolute, connectionName, readOnly, clock);
    if (!connected)
        return connected;
    std::unique_ptr<Database> db = std::move(connected).value();
    sqlite3* handle = nativeHandle(db->connection());

    const Result<int> version = versionThroughSqlite(handle, absolute, readOnly);
    if (!version)
        return Error{version.error()};
    if (Result<void> schema = checkSchema(handle, *version, absolute); !schema)
        return Error{schema.error()};
    // The whole-file check: here, or by the caller with verify() (the app, in a worker thread); a file
    // about to be upgraded is always checked first.
    if (check == Check::AtOpen || *version < latestSchemaVersion()) {
        if (Result<void> sound = quickCheck(db->connection(), absolute); !sound)
            return Error{sound.error()};
    }
    if (*version < latestSchemaVersion()) {
        if (access == Access::ReadOnly) // only commands that read (cercles-cli) ask for it
            return Error{Text::tr("%1 uses an older file format (%2) that must be upgraded before it can be "
                                  "read. This command only reads files: open it once in Cercles, or run "
                                  "“cercles-cli upgrade %1”.")
                             .arg(QFileInfo(absolute).fileName(), QString::number(*version))};
        if (readOnly) {
            return Error{Text::tr("%1 uses an older file format (%2) that must be upgraded before it can be "
                                  "read, and it cannot be upgraded now: %3")
                             .arg(QFileInfo(absolute).fileName())
                             .arg(*version)
                             .arg(db->m_readOnlyReason)};
        }
        Result<void> upgraded = db->upgrade(*version);
        if (!upgraded)
            return Error{upgraded.error()};
    }
    if (!db->m_readOnly)
        db->claimOwnership();
    if (!db->m_readOnly)
        db->removeAbandonedBackups();
    return db;
}

void Database::removeAbandonedBackups() const
{
    // "<name>.v<N>.bak-partial-<random>" is only ever written by saveBackup, and only by the process that
    // owns the file: holding it now, any such file is what a stopped upgrade left. Only regular files of
    // this user are removed; a link or another user's file planted under that name is left alone.
    const QFileInfo info(m_path);
    const QDir folder = info.absoluteDir();
    const QStringList names = folder.entryList({info.fileName() + QStringLiteral(".v*.bak-partial-*")},
                                               QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        const QByteArray path = QFile::encodeName(folder.filePath(name));
        struct stat found = {};
        if (::lstat(path.constData(), &found) == 0 && S_ISREG(found.st_mode) && found.st_uid == ::geteuid())
            ::unlink(path.constData());
    }
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
        return Error{Text::tr("The file %1 cannot be set up: %2").arg(m_path, sql::describe(q.lastError()))};
    if (on)
        return {};
    // An empty write transaction with synchronous = FULL syncs what the unsynced commits wrote.
    return transact([this]() -> Result<void> {
        QSqlQuery touch(connection());
        if (!touch.exec(QStringLiteral("PRAGMA user_version = ") + QString::number(schemaVersion())))
            return Error{Text::tr("The change could not be saved: %1").arg(sql::describe(touch.lastError()))};
        return {};
    });
}

void Database::refuseChanges(const QString& reason)
{
    m_readOnly = true;
    m_readOnlyReason = reason;
}

void Database::claimOwnership()
{
    sqlite3* handle = nativeHandle(connection());
    const Result<std::optional<FileOwner>> claimed =
        FileOwner::claim(handle, QDateTime::currentDateTimeUtc());
    if (!claimed || claimed->has_value()) {
        m_readOnly = true;
        m_lock.reset(); // another process of this computer may then take the file
        m_readOnlyReason =
            !claimed
                ? Text::tr("The file cannot be changed now: %1").arg(claimed.error())
                : Text::tr("This file is open for editing on the computer %1 (process %2, last sign of life "
                           "%3 UTC). It is opened read-only here so that the two cannot overwrite each "
                           "other's changes; it becomes free when that Cercles closes the file, or two "
                           "minutes after its computer stops answering.")
                      .arg((*claimed)->host)
                      .arg((*claimed)->pid)
                      .arg((*claimed)->heartbeat.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        return;
    }
    m_ownsRecord = true;
    // Heartbeats need an event loop (the app has one); a process without one keeps the file briefly.
    m_heartbeat = std::make_unique<QTimer>();
    m_heartbeat->setInterval(FileOwner::heartbeatSeconds * 1000);
    QObject::connect(m_heartbeat.get(), &QTimer::timeout, [this] {
        (void)FileOwner::beat(nativeHandle(connection()), QDateTime::currentDateTimeUtc());
    });
    m_heartbeat->start();
}

Result<void> Database::upgrade(int fromVersion)
{
    // A verified copy first: if the upgrade goes wrong the user still has the file as it was.
    const Result<QString> backup = saveBackup(fromVersion);
    if (!backup)
        return Error{backup.error()};
    m_upgradeBackup = *backup;
    sqlite3* handle = nativeHandle(connection());
    if (Result<void> migrated =
            migrate(handle, fromVersion, -1, fillFor(connection()), sealAfterUpgrade(connection()));
        !migrated)
        return migrated;
    return checkSchema(handle, latestSchemaVersion(), m_path);
}

namespace {
/// Takes an open SQLite handle; returns the number of rows of every table, by name (a backup holds the
/// same rows as its source).
QMap<QString, qint64> rowCounts(const QSqlDatabase& db)
{
    QMap<QString, qint64> counts;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return counts;
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString& table : tables) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) && q.next())
            counts.insert(table, q.value(0).toLongLong());
        else
            counts.insert(table, -1);
    }
    return counts;
}

bool syncPath(const QByteArray& path, int flags)
{
    const int fd = ::open(path.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}
} // namespace

Result<QString> Database::saveBackup(int version) const
{
    const QFileInfo info(m_path);
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    // A new file of our own: O_EXCL|O_NOFOLLOW so that nothing planted at that name (a symbolic link,
    // an old file) is followed or reused, 0600 from the start since it holds the whole organisation.
    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 20; ++attempt) {
        temporary = QFile::encodeName(m_path) + ".v" + QByteArray::number(version) + ".bak-partial-" +
                    QByteArray::number(QRandomGenerator::system()->generate64(), 36);
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        return Error{Text::tr("The file was not upgraded: its backup copy cannot be created beside it (%1).")
                         .arg(QString::fromLocal8Bit(strerror(errno)))};
    struct stat created = {};
    ::fstat(fd, &created);
    const QString temporaryName = QFile::decodeName(temporary);
    const auto fail = [&](const QString& reason) -> Result<QString> {
        ::close(fd);
        ::unlink(temporary.constData());
        return Error{Text::tr("The file was not upgraded: its backup copy failed. %1").arg(reason)};
    };
    {
        // VACUUM INTO writes into an empty existing file: the one just created.
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temporaryName);
        if (!q.exec())
            return fail(sql::describe(q.lastError()));
    }
    struct stat written = {};
    if (::lstat(temporary.constData(), &written) != 0 || !S_ISREG(written.st_mode) ||
        written.st_ino != created.st_ino || written.st_dev != created.st_dev)
        return fail(Text::tr("The copy was replaced while it was written."));
    {
        Result<std::unique_ptr<Database>> copy = Database::openForInspection(temporaryName);
        if (!copy)
            return fail(copy.error());
        Database& c = *copy.value();
        if (c.schemaVersion() != version || !c.integrityCheck().isEmpty() || !c.schemaProblems().isEmpty() ||
            rowCounts(c.connection()) != rowCounts(connection()))
            return fail(Text::tr("The copy could not be verified."));
    }
    if (::fsync(fd) != 0)
        return fail(QString::fromLocal8Bit(strerror(errno)));
    ::close(fd);
    fd = -1;
    // The complete, verified, synced copy takes its backup name in one step, never replacing a file.
    for (int n = 0; n < 1000; ++n) {
        const QByteArray name = QFile::encodeName(m_path) + ".v" + QByteArray::number(version) +
                                (n ? "-" + QByteArray::number(n) : QByteArray()) + ".bak";
        if (::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, name.constData(), RENAME_NOREPLACE) == 0) {
            syncPath(folder, O_RDONLY | O_DIRECTORY);
            return QFile::decodeName(name);
        }
        if (errno != EEXIST)
            break;
    }
    const QString reason = QString::fromLocal8Bit(strerror(errno));
    ::unlink(temporary.constData());
    return Error{Text::tr("The file was not upgraded: its backup copy could not be named (%1).").arg(reason)};
}

Result<std::unique_ptr<Database>> Database::openForInspection(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<FileHeader> header = checkFileHeader(absolute, applicationId, latestSchemaVersion());
    if (!header)
        return Error{header.error()};
    if (headerSaysWal(absolute) || QFileInfo::exists(absolute + QStringLiteral("-wal")))
        return Error{recoveryMessage(absolute)};
    std::unique_ptr<Database> self(new Database);
    self->m_path = absolute;
    self->m_readOnly = true;
    self->m_readOnlyReason = Text::tr("The file is opened read-only.");
    self->m_connectionName = newConnectionName();
    const QString connectionName = self->m_connectionName;
    QElapsedTimer* clock = self->m_statementClock.get();
    auto connected = connectDatabase(std::move(self), absolute, connectionName, true, clock);
    if (!connected)
        return connected;
    if (Result<int> version =
            versionThroughSqlite(nativeHandle(connected.value()->connection()), absolute, true);
        !version)
        return Error{version.error()};
    return connected;
}

bool Database::needsRecovery(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (headerSaysWal(absolute) || QFileInfo::exists(absolute + QStringLiteral("-wal")))
        return true;
    sqlite3* handle = nullptr;
    const bool opened = sqlite3_open_v2(QFile::encodeName(absolute).constData(), &handle,
                                        SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK;
    const bool hot = opened && pragmaInteger(handle, "user_version") == -SQLITE_READONLY_ROLLBACK;
    sqlite3_close(handle);
    return hot;
}

Result<void> Database::recover(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<FileHeader> header = checkFileHeader(absolute, applicationId, latestSchemaVersion());
    if (!header)
        return Error{header.error()};
    FileLock lock;
    if (lock.tryLock(absolute) != FileLock::Outcome::Acquired)
        return Error{Text::tr("%1 cannot be recovered now: it is open in Cercles or you may not change it.")
                         .arg(QFileInfo(absolute).fileName())};
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(absolute).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(handle);
        return Error{Text::tr("The file %1 cannot be opened: %2")
                         .arg(absolute, QString::fromUtf8(sqlite3_errmsg(handle)))};
    }
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // Reading rolls a hot journal back; leaving WAL mode checkpoints and removes the -wal and -shm files.
    const qint64 version = pragmaInteger(handle, "user_version");
    const bool converted =
        sqlite3_exec(handle, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) == SQLITE_OK;
    const QString reason = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_close(handle);
    if (version < 0 || !converted)
        return Error{Text::tr("%1 could not be recovered: %2").arg(QFileInfo(absolute).fileName(), reason)};
    return {};
}

QStringList Database::schemaProblems() const
{
    const Result<void> checked = checkSchema(nativeHandle(connection()), schemaVersion(), m_path);
    return checked ? QStringList() : QStringList{checked.error()};
}

void Database::setStatementTimeBudget(int milliseconds)
{
    statementBudgetMs.store(milliseconds);
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
            return Error{Text::tr("The file cannot be changed now: %1").arg(sql::describe(q.lastError()))};
        Result<void> result = change();
        if (result && q.exec(QStringLiteral("RELEASE cercles_change")))
            return result;
        const QString reason =
            result ? Text::tr("The change could not be saved: %1").arg(sql::describe(q.lastError()))
                   : result.error();
        q.exec(QStringLiteral("ROLLBACK TO cercles_change"));
        q.exec(QStringLiteral("RELEASE cercles_change"));
        return Error{reason};
    }
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{Text::tr("The file cannot be changed now: %1").arg(sql::describe(q.lastError()))};
    Result<void> result = change();
    if (result && q.exec(QStringLiteral("COMMIT")))
        return result;
    const QString reason =
        result ? Text::tr("The change could not be saved: %1").arg(sql::describe(q.lastError()))
               : result.error();
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
        return Error{
            Text::tr("The copy %1 could not be written: %2").arg(target, sql::describe(q.lastError()))};
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

namespace {
/// Takes a handle and an SQL statement returning one text column; appends each row to `lines`.
/// Returns false with the error appended when SQLite fails.
bool collectRows(sqlite3* handle, const char* sql, QStringList* lines, int columns = 1)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *lines << QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < columns; ++i)
            row << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, i)));
        *lines << row.join(QLatin1Char('\x1f'));
    }
    sqlite3_finalize(statement);
    if (step != SQLITE_DONE)
        *lines << QString::fromUtf8(sqlite3_errmsg(handle));
    return step == SQLITE_DONE;
}
} // namespace

QStringList Database::integrityCheck() const
{
    sqlite3* handle = nativeHandle(connection());
    sqlite3* checked = handle;
    sqlite3* memory = nullptr;
    if (m_readOnly) {
        // On a read-only connection integrity_check skips CHECK constraints (SQLite 3.40): check a
        // consistent in-memory copy instead, which creates nothing beside the file and needs no write
        // permission.
        sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_int64 size = 0;
        unsigned char* bytes = sqlite3_serialize(handle, "main", &size, 0);
        sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
        if (!bytes)
            return {
                Text::tr("The file cannot be read whole: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
        sqlite3_open_v2(":memory:", &memory, SQLITE_OPEN_READWRITE, nullptr);
        if (sqlite3_deserialize(memory, "main", bytes, size, size,
                                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) !=
            SQLITE_OK) {
            sqlite3_close(memory);
            return {Text::tr("The file cannot be read whole.")};
        }
        sqlite3_db_config(memory, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_exec(memory, "PRAGMA trusted_schema = OFF", nullptr, nullptr, nullptr);
        checked = memory;
    }
    QStringList lines, problems;
    collectRows(checked, "PRAGMA integrity_check", &lines);
    for (const QString& line : std::as_const(lines)) {
        if (line != QLatin1String("ok"))
            problems << line;
    }
    lines.clear();
    if (collectRows(checked, "PRAGMA foreign_key_check", &lines, 3)) {
        for (const QString& line : std::as_const(lines)) {
            const QStringList fields = line.split(QLatin1Char('\x1f'));
            problems << Text::tr("Row %1 of table %2 refers to a missing row of %3.")
                            .arg(fields.value(1), fields.value(0), fields.value(2));
        }
    } else {
        problems << lines.last();
    }
    if (memory)
        sqlite3_close(memory);
    return problems;
}

} // namespace cercles
