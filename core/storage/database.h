#pragma once

#include "domain/result.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace cercles {

class FileLock;

/// One organisation file: an SQLite database with Cercles' application id and schema version.
/// The file is the document: every change is one transaction, committed (and synced) before the call
/// returns. Not thread-safe: use from the thread that opened it.
class Database
{
public:
    /// The value of PRAGMA application_id in every Cercles file ("CRCL" in ASCII).
    static constexpr qint32 applicationId = 0x4352434C;

    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    /// When open() runs SQLite's quick_check over the whole file.
    enum class Check
    {
        AtOpen, ///< before open() returns (the CLI's default)
        /// by the caller, with verify() (the app runs it in a worker thread after its window is shown);
        /// a file that must be upgraded is still checked at open, before anything is written
        Later,
    };

    /// Takes a path (the file must not exist); creates the file with permissions 0600 and the latest
    /// schema, and returns it open read-write. Errors: the file exists, the folder is not writable,
    /// or SQLite fails.
    static Result<std::unique_ptr<Database>> create(const QString& path);

    /// Takes a path and the wanted access; opens an existing organisation file. A file of an older schema
    /// is migrated step by step (read-write only), after a verified copy is saved beside it as
    /// "<name>.v<N>.bak". Errors, with the file left untouched: missing or unreadable file, not an SQLite
    /// file, an SQLite file that is not a Cercles file, a file from a newer version of Cercles, a failed
    /// quick_check. When another Cercles process holds the file (its lock on this computer, or a live
    /// owner record of another computer, see FileOwner), ReadWrite falls back to read-only and
    /// readOnlyReason() says why.
    static Result<std::unique_ptr<Database>> open(const QString& path, Access access = Access::ReadWrite,
                                                  Check check = Check::AtOpen);

    /// Takes a path; runs SQLite's quick_check on the file through a connection of its own, so any
    /// thread may call it while the file is open elsewhere. Returns the translated problem ("is damaged
    /// ... open a backup copy"), or nothing when the file is sound.
    static Result<void> verify(const QString& path);

    /// Takes whether a new file is being filled in bulk (the history generator): while on, commits are not
    /// synced (PRAGMA synchronous = OFF), since a file nobody has yet loses nothing if the machine stops;
    /// turning it off restores synchronous = FULL and syncs the file. Returns SQLite's error, if any.
    Result<void> setBulkWriting(bool on);

    /// Takes a reason; refuses every later change with it (a file found damaged after it was opened).
    void refuseChanges(const QString& reason);

    /// Takes a path; opens the file read-only with no lock, no schema check and no migration, for
    /// inspection only (verifying a backup copy, `cercles-cli check` on an older file). Creates nothing
    /// beside the file. Errors: not a Cercles file or a newer one, a file that needs recovery (see
    /// needsRecovery), SQLite's.
    static Result<std::unique_ptr<Database>> openForInspection(const QString& path);

    /// Takes a path; returns whether the file was left by a program that stopped while changing it (a
    /// hot rollback journal beside it) or is in WAL mode: reading it read-only would fail or create files
    /// beside it, so read-only access refuses it until recover() (or opening it for editing) has run.
    static bool needsRecovery(const QString& path);

    /// Takes a path; opens the file read-write just long enough for SQLite to undo the unfinished change
    /// (roll back its hot journal, or checkpoint and leave WAL mode). Errors: not a Cercles file, the file
    /// is open in another Cercles process or not writable, SQLite's.
    static Result<void> recover(const QString& path);

    /// Takes a time in milliseconds; sets how long any one SQL statement may run before SQLite stops it
    /// ("interrupted"), for every connection. Default 10 s: a real file never comes near it; a hostile
    /// one (a huge recursive query) is stopped.
    static void setStatementTimeBudget(int milliseconds);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The absolute path of the file.
    QString path() const { return m_path; }
    /// Whether changes are refused (opened read-only, or held by another process).
    bool isReadOnly() const { return m_readOnly; }
    /// Why the file is read-only (translated), or empty.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// The Qt Sql connection, for repositories. Do not close it.
    QSqlDatabase connection() const;

    /// Takes a function that changes the database through connection(); runs it in one transaction
    /// (BEGIN IMMEDIATE ... COMMIT) and commits it if the function succeeds, rolls back otherwise.
    /// Returns the function's error, a commit error, or "read-only" when the file is read-only.
    Result<void> transact(const std::function<Result<void>()>& change);

    /// Takes a function that makes several changes (each through transact(), e.g. by calling services);
    /// runs them all in one transaction, committed once at the end: the generator records a whole meeting
    /// this way. Inside, each transact() is a savepoint, so a failed change still leaves the others as
    /// they were. Returns the function's error (everything is rolled back then), or a commit error.
    Result<void> batch(const std::function<Result<void>()>& changes);

    /// Takes a target path (must not exist); writes a consistent copy of the whole database there using
    /// SQLite's VACUUM INTO (never a raw copy of a live file). Errors: target exists, SQLite fails.
    Result<void> saveCopy(const QString& targetPath) const;

    /// Runs PRAGMA integrity_check (which also checks NOT NULL and CHECK constraints) and
    /// foreign_key_check; returns the problems SQLite reports (empty list = OK).
    QStringList integrityCheck() const;

    /// Compares the file's schema with the exact one its version must have (see expectedSchema);
    /// returns the differences in one translated message, or an empty list.
    QStringList schemaProblems() const;

    /// The schema version of the file (PRAGMA user_version).
    int schemaVersion() const;
    /// The schema version this build of Cercles writes.
    static int latestSchemaVersion();
    /// When opening upgraded the file: the path of the verified copy of the file as it was, saved first
    /// ("<name>.v<N>.bak"); empty when the file was already at the latest version.
    QString upgradeBackup() const { return m_upgradeBackup; }

    /// Works out, once per process, the exact schema a file of the current format must have (what the
    /// migrations give an empty file), which every opening compares the file with; later calls return at
    /// once. Thread-safe: the app runs it in a worker thread while its window is built.
    static void prepareSchemaCheck();

private:
    Database() = default;
    /// Saves a verified backup copy, then applies the migrations after fromVersion.
    Result<void> upgrade(int fromVersion);
    /// Writes a verified, synced copy named "<name>.v<version>.bak" (or -1, -2...); returns its path.
    Result<QString> saveBackup(int version) const;
    /// Records this process as the file's owner (FileOwner), or turns read-only when another computer's
    /// live owner holds it; starts the heartbeat.
    void claimOwnership();
    /// Removes the partial backup copies an upgrade stopped by a crash left beside the file (the file is
    /// then held by this process, so no upgrade of it is running).
    void removeAbandonedBackups() const;
    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_upgradeBackup;
    std::unique_ptr<FileLock> m_lock;
    /// When the current SQL statement started (see setStatementTimeBudget).
    std::unique_ptr<QElapsedTimer> m_statementClock = std::make_unique<QElapsedTimer>();
    /// Whether the file_owner record is this process's (removed on close).
    bool m_ownsRecord = false;
    std::unique_ptr<QTimer> m_heartbeat;
    int m_batchDepth = 0; ///< > 0 while batch() runs: transact() then uses savepoints
};

} // namespace cercles
