#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

struct sqlite3;

namespace cercles {

/// The owner record inside an organisation file (table file_owner): the computer and process editing
/// it, and when that process last said it was alive. It complements FileLock for folders shared between
/// computers; on one computer FileLock decides.
struct FileOwner
{
    QString host;
    qint64 pid = 0;
    QDateTime heartbeat; ///< UTC

    /// Seconds between two heartbeats of a live owner.
    static constexpr int heartbeatSeconds = 30;
    /// An owner silent for this long (four missed heartbeats) is taken to be gone: its computer crashed
    /// or lost the shared folder.
    static constexpr int staleSeconds = 120;

    /// Takes a read-write handle of a file whose FileLock this process holds and the current time (UTC);
    /// in one transaction, records this process as the owner unless another computer's owner is alive
    /// (heartbeat within staleSeconds), which is then returned. A recorded owner on this computer is dead
    /// (this process holds the lock), so it is replaced. Errors: SQLite's.
    static Result<std::optional<FileOwner>> claim(sqlite3* handle, const QDateTime& now);
    /// Takes the handle and the time; renews this process's heartbeat. Errors: SQLite's.
    static Result<void> beat(sqlite3* handle, const QDateTime& now);
    /// Takes the handle; removes this process's record (closing the file).
    static void release(sqlite3* handle);
    /// This computer's name and this process, as recorded.
    static FileOwner self(const QDateTime& now);
};

} // namespace cercles
