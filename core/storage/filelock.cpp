#include "filelock.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace cercles {

namespace {
/// SQLite's unix locks use the bytes 0x40000000..0x400001FF; this byte is past them, so the two kinds
/// of lock never meet.
constexpr off_t lockOffset = 0x40000000 + 0x1000;
} // namespace

FileLock::~FileLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock; SQLite's own (per-process) locks are on other bytes
}

FileLock::Outcome FileLock::tryLock(const QString& path)
{
    if (m_fd >= 0)
        return Outcome::Acquired;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return errno == EACCES || errno == EROFS || errno == EPERM ? Outcome::NotWritable
                                                                   : Outcome::HeldByAnother;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = lockOffset;
    lock.l_len = 1;
    if (::fcntl(fd, F_OFD_SETLK, &lock) != 0) {
        ::close(fd);
        return Outcome::HeldByAnother;
    }
    m_fd = fd;
    return Outcome::Acquired;
}

} // namespace cercles
