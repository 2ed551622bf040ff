#pragma once
// A fault-injecting SQLite VFS for reliability tests: a shim over the default VFS that numbers every
// call that changes the disk (xWrite, xSync, xTruncate on any file, xDelete) and, at call k, either
// "crashes" (that call and every later one change nothing, as if the process had been killed there) or
// fails once (SQLITE_FULL for a write, SQLITE_IOERR for the others) and carries on.

#include <sqlite3.h>

#include <climits>
#include <cstring>

namespace cercles::test {

class FaultVfs
{
public:
    enum class Mode
    {
        Crash,
        FailOnce
    };

    /// Takes the point (1-based) and what happens there; installs the shim as the default VFS, so every
    /// connection opened from now on (Qt's driver included) goes through it. INT_MAX: count only.
    static void arm(int point, Mode mode)
    {
        State& s = state();
        if (!s.real) {
            s.real = sqlite3_vfs_find(nullptr);
            s.vfs = *s.real;
            s.vfs.zName = "cercles-fault";
            s.vfs.szOsFile = int(sizeof(File)) + s.real->szOsFile;
            s.vfs.xOpen = &open;
            s.vfs.xDelete = &remove;
            s.vfs.pNext = nullptr;
        }
        s.count = 0;
        s.point = point;
        s.mode = mode;
        s.crashed = false;
        s.fired = false;
        sqlite3_vfs_register(&s.vfs, 1);
    }
    /// Puts the real VFS back as the default one.
    static void disarm()
    {
        State& s = state();
        sqlite3_vfs_unregister(&s.vfs);
        sqlite3_vfs_register(s.real, 1);
    }
    /// How many disk-changing calls were made since arm().
    static int count() { return state().count; }
    /// Whether point k was reached (the fault happened).
    static bool fired() { return state().fired; }

private:
    struct File
    {
        sqlite3_file base;
        sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
    };
    struct State
    {
        sqlite3_vfs vfs{};
        sqlite3_vfs* real = nullptr;
        sqlite3_io_methods methods{};
        int count = 0, point = INT_MAX;
        Mode mode = Mode::Crash;
        bool crashed = false, fired = false;
    };
    static State& state()
    {
        static State s;
        return s;
    }
    /// Called before each disk-changing call; returns whether it must not happen.
    static bool fault()
    {
        State& s = state();
        if (s.crashed)
            return true;
        if (++s.count != s.point)
            return false;
        s.fired = true;
        if (s.mode == Mode::Crash)
            s.crashed = true;
        return true;
    }
    static sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<File*>(f)->real(); }

    static int open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
    {
        State& s = state();
        auto* shim = reinterpret_cast<File*>(file);
        std::memset(shim, 0, sizeof(File));
        const int rc = s.real->xOpen(s.real, name, shim->real(), flags, outFlags);
        if (shim->real()->pMethods) {
            s.methods = *shim->real()->pMethods;
            s.methods.iVersion = 1; // no WAL shared memory, no memory mapping: every write is a call here
            s.methods.xClose = [](sqlite3_file* f) { return real(f)->pMethods->xClose(real(f)); };
            s.methods.xRead = [](sqlite3_file* f, void* b, int n, sqlite3_int64 o) {
                return real(f)->pMethods->xRead(real(f), b, n, o);
            };
            s.methods.xWrite = [](sqlite3_file* f, const void* b, int n, sqlite3_int64 o) {
                if (fault())
                    return state().crashed ? SQLITE_IOERR_WRITE : SQLITE_FULL;
                return real(f)->pMethods->xWrite(real(f), b, n, o);
            };
            s.methods.xTruncate = [](sqlite3_file* f, sqlite3_int64 size) {
                return fault() ? SQLITE_IOERR_TRUNCATE : real(f)->pMethods->xTruncate(real(f), size);
            };
            s.methods.xSync = [](sqlite3_file* f, int flags) {
                return fault() ? SQLITE_IOERR_FSYNC : real(f)->pMethods->xSync(real(f), flags);
            };
            s.methods.xFileSize = [](sqlite3_file* f, sqlite3_int64* size) {
                return real(f)->pMethods->xFileSize(real(f), size);
            };
            s.methods.xLock = [](sqlite3_file* f, int l) { return real(f)->pMethods->xLock(real(f), l); };
            s.methods.xUnlock = [](sqlite3_file* f, int l) { return real(f)->pMethods->xUnlock(real(f), l); };
            s.methods.xCheckReservedLock = [](sqlite3_file* f, int* out) {
                return real(f)->pMethods->xCheckReservedLock(real(f), out);
            };
            s.methods.xFileControl = [](sqlite3_file* f, int op, void* arg) {
                return real(f)->pMethods->xFileControl(real(f), op, arg);
            };
            s.methods.xSectorSize = [](sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); };
            s.methods.xDeviceCharacteristics = [](sqlite3_file* f) {
                return real(f)->pMethods->xDeviceCharacteristics(real(f));
            };
            shim->base.pMethods = &s.methods;
        }
        return rc;
    }
    static int remove(sqlite3_vfs*, const char* name, int syncDir)
    {
        State& s = state();
        return fault() ? SQLITE_IOERR_DELETE : s.real->xDelete(s.real, name, syncDir);
    }
};

} // namespace cercles::test
