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

/// Takes the path of a file under ../shared/data; returns its absolute path.
QString sharedData(const QString& relativePath);

} // namespace cercles::test
