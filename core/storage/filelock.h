#pragma once

#include <QString>

namespace cercles {

/// The single-writer lock of an organisation file: an open-file-description lock (fcntl F_OFD_SETLK) on
/// one byte of the file itself, past the byte range SQLite locks. Because the lock is on the file, not on
/// a name, it holds whatever path leads to the file (hard link, bind mount, symbolic link, another
/// XDG_RUNTIME_DIR or TMPDIR) and for every user; because the kernel drops it when its process ends,
/// it is never stale. Network file systems pass it on only if their locking is enabled.
class FileLock
{
public:
    FileLock() = default;
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    enum class Outcome
    {
        Acquired,
        HeldByAnother, ///< another Cercles process (or window) writes to this file
        NotWritable    ///< the file cannot be opened for writing by this user
    };

    /// Takes the path of an existing file; takes the lock without waiting.
    Outcome tryLock(const QString& path);
    bool isLocked() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

} // namespace cercles
