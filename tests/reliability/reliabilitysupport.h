#pragma once
// Helpers shared by the reliability tests: a file's schema and content read with plain SQLite (no Cercles
// code in between), and the "N tried, N passed, N lost" line every reliability test prints.

#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <sqlite3.h>

namespace cercles::test {

/// What a file holds, as plain SQLite reads it (read-write, so a hot journal is rolled back first).
struct FileState
{
    bool readable = false;
    int version = -1;
    QList<SchemaObject> schema;
    QString integrity;     ///< "ok" or SQLite's first complaint
    QByteArray contentSha; ///< SHA-256 of every row of every table but file_owner, in schema order
};

inline FileState readFileState(const QString& path, bool readWrite = true)
{
    FileState state;
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle,
                        readWrite ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(handle);
        return state;
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        state.version = sqlite3_column_int(st, 0);
        state.readable = true;
    }
    sqlite3_finalize(st);
    if (state.readable) {
        if (auto schema = readSchema(handle))
            state.schema = *schema;
        if (sqlite3_prepare_v2(handle, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            state.integrity = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const SchemaObject& o : std::as_const(state.schema)) {
            // Who has the file open (host, process, heartbeat) is not the organisation's content.
            if (o.type != QLatin1String("table") || o.name == QLatin1String("file_owner"))
                continue;
            const QByteArray sql = "SELECT * FROM \"" + o.name.toUtf8() + "\" ORDER BY rowid";
            if (sqlite3_prepare_v2(handle, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
                continue;
            hash.addData(o.name.toUtf8());
            while (sqlite3_step(st) == SQLITE_ROW) {
                for (int i = 0; i < sqlite3_column_count(st); ++i) {
                    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(st, i));
                    hash.addData(QByteArray::number(sqlite3_column_type(st, i)));
                    hash.addData(QByteArray(bytes, sqlite3_column_bytes(st, i)));
                }
            }
            sqlite3_finalize(st);
        }
        state.contentSha = hash.result().toHex();
    }
    sqlite3_close(handle);
    return state;
}

/// The figures of one reliability test, printed as "<what>: N tried, N passed, N lost (T s)".
struct Score
{
    int tried = 0, passed = 0, lost = 0;
    QElapsedTimer clock;
    Score() { clock.start(); }
    void print(const QString& what) const
    {
        QTextStream(stdout) << what << ": " << tried << " tried, " << passed << " passed, " << lost
                            << " lost (" << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s)\n";
    }
};

/// Takes a folder; returns its file names, sorted (to prove nothing was created beside a file).
inline QStringList listing(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace cercles::test

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace cercles::test {

/// Limits for a child process.
struct ChildLimits
{
    rlim_t fileSize = RLIM_INFINITY;     ///< RLIMIT_FSIZE, bytes (SIGXFSZ ignored: writes fail with EFBIG)
    rlim_t addressSpace = RLIM_INFINITY; ///< RLIMIT_AS, bytes
    int seconds = 60;                    ///< wall-clock alarm and CPU limit
};

/// How a child ended.
struct ChildEnd
{
    bool exited = false;
    int code = -1;  ///< exit code when exited
    int signal = 0; ///< the signal that ended it otherwise
};

/// Takes a program, its arguments and limits; starts it in a forked child with those limits, standard
/// output and error sent to /dev/null; returns its process id (see waitChild).
inline pid_t spawnLimited(const QString& program, const QStringList& args, const ChildLimits& limits)
{
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString& a : args)
        storage << QFile::encodeName(a);
    QList<char*> argv;
    for (QByteArray& a : storage)
        argv << a.data();
    argv << nullptr;
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::signal(SIGXFSZ, SIG_IGN);
        if (limits.fileSize != RLIM_INFINITY) {
            const rlimit l{limits.fileSize, limits.fileSize};
            ::setrlimit(RLIMIT_FSIZE, &l);
        }
        if (limits.addressSpace != RLIM_INFINITY) {
            const rlimit l{limits.addressSpace, limits.addressSpace};
            ::setrlimit(RLIMIT_AS, &l);
        }
        const rlimit cpu{rlim_t(limits.seconds), rlim_t(limits.seconds)};
        ::setrlimit(RLIMIT_CPU, &cpu);
        ::alarm(unsigned(limits.seconds));
        ::execv(argv.first(), argv.data());
        ::_exit(127);
    }
    return pid;
}

/// Takes a child's process id; waits for it and returns how it ended.
inline ChildEnd waitChild(pid_t pid)
{
    ChildEnd end;
    int status = 0;
    if (pid <= 0 || ::waitpid(pid, &status, 0) != pid)
        return end;
    end.exited = WIFEXITED(status);
    end.code = end.exited ? WEXITSTATUS(status) : -1;
    end.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    return end;
}

/// Runs a program as spawnLimited does and waits for it.
inline ChildEnd runLimited(const QString& program, const QStringList& args, const ChildLimits& limits)
{
    return waitChild(spawnLimited(program, args, limits));
}

} // namespace cercles::test
