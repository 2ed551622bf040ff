#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace cercles::test {

/// A temporary folder for one test's files, removed when the test ends.
class TempDir
{
public:
    TempDir();
    /// Takes a file name; returns its absolute path inside the folder.
    QString file(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

/// Takes a path; returns the file's bytes (empty if unreadable).
QByteArray readBytes(const QString& path);

/// Takes the name of a fixture in tests/data; returns its absolute path.
QString fixture(const QString& name);

/// Makes every Qt warning or critical message that the running test function (or data row) did not
/// announce with QTest::ignoreMessage fail it, so a test cannot pass while the code under test
/// complains. Qt Test forgets this after each function and row: call it from every test class's
/// init() slot (tests/CMakeLists.txt refuses a test source that does not name it). The platform's
/// own start-up notices (see the source) are let through.
void failOnUnexpectedWarnings();

} // namespace cercles::test
