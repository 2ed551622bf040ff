#include "fileowner.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <sqlite3.h>

namespace cercles {

namespace {

QByteArray isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate).toUtf8();
}

Error sqliteError(sqlite3* handle)
{
    return Error{QString::fromUtf8(sqlite3_errmsg(handle))};
}

/// Takes a handle, a statement with ?1 host, ?2 pid, ?3 heartbeat; runs it for `owner`.
bool write(sqlite3* handle, const char* sql, const FileOwner& owner)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &st, nullptr) != SQLITE_OK)
        return false;
    const QByteArray host = owner.host.toUtf8();
    const QByteArray heartbeat = isoUtc(owner.heartbeat);
    sqlite3_bind_text(st, 1, host.constData(), int(host.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, owner.pid);
    sqlite3_bind_text(st, 3, heartbeat.constData(), int(heartbeat.size()), SQLITE_TRANSIENT);
    const bool done = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    return done;
}

} // namespace

FileOwner FileOwner::self(const QDateTime& now)
{
    return FileOwner{QSysInfo::machineHostName(), QCoreApplication::applicationPid(), now.toUTC()};
}

Result<std::optional<FileOwner>> FileOwner::claim(sqlite3* handle, const QDateTime& now)
{
    if (sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(handle);
    std::optional<FileOwner> recorded;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT host, pid, heartbeat_utc FROM file_owner WHERE id = 1", -1, &st,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        recorded = FileOwner{
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))),
            sqlite3_column_int64(st, 1),
            QDateTime::fromString(
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 2))), Qt::ISODate)};
    }
    sqlite3_finalize(st);
    const FileOwner me = self(now);
    // A heartbeat from the future (clocks apart) counts as fresh until it is staleSeconds old.
    const bool othersAlive = recorded && recorded->host != me.host && recorded->heartbeat.isValid() &&
                             recorded->heartbeat.secsTo(now) < staleSeconds;
    if (othersAlive) {
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return std::optional<FileOwner>(*recorded);
    }
    if (!write(handle,
               "INSERT OR REPLACE INTO file_owner (id, host, pid, heartbeat_utc) VALUES (1, ?1, ?2, ?3)",
               me) ||
        sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const Error error = sqliteError(handle);
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return error;
    }
    return std::optional<FileOwner>();
}

Result<void> FileOwner::beat(sqlite3* handle, const QDateTime& now)
{
    if (!write(handle, "UPDATE file_owner SET heartbeat_utc = ?3 WHERE id = 1 AND host = ?1 AND pid = ?2",
               self(now)))
        return sqliteError(handle);
    return {};
}

void FileOwner::release(sqlite3* handle)
{
    // Zero the record's bytes as it goes: a closed file keeps no trace of who had it open (and two files
    // written alike stay byte for byte alike).
    sqlite3_exec(handle, "PRAGMA secure_delete = FAST", nullptr, nullptr, nullptr);
    write(handle, "DELETE FROM file_owner WHERE id = 1 AND host = ?1 AND pid = ?2",
          self(QDateTime::currentDateTimeUtc()));
}

} // namespace cercles
