#pragma once

// Runs the built cercles-cli (CERCLES_CLI, set for every CLI test by tests/CMakeLists.txt) as a user would:
// its own process, arguments, optional standard input.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace cercles::test {

/// What one run of cercles-cli gave back.
struct CliRun
{
    QByteArray out;    ///< standard output
    QByteArray err;    ///< standard error
    int exitCode = -1; ///< -1: it did not start, crashed or ran past the time allowed

    /// Returns standard output then standard error, as bytes.
    QByteArray both() const { return out + err; }
    /// Returns standard output then standard error, as one text (UTF-8).
    QString text() const { return QString::fromUtf8(out + err); }
};

/// Takes the arguments, what to write on standard input (nothing: it is closed at once) and how long to
/// wait (milliseconds); runs cercles-cli and returns what it printed and its exit code.
inline CliRun runCli(const QStringList& args, const QByteArray& input = {}, int timeoutMs = 120000)
{
    QProcess process;
    process.start(QStringLiteral(CERCLES_CLI), args);
    if (!process.waitForStarted())
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.readAllStandardOutput(), process.readAllStandardError(), process.exitCode()};
}

} // namespace cercles::test
