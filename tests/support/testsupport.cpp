#include "testsupport.h"

#include <QFile>

namespace cercles::test {

TempDir::TempDir()
{
    Q_ASSERT(m_dir.isValid());
}

QString TempDir::file(const QString& name) const
{
    return m_dir.filePath(name);
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString fixture(const QString& name)
{
    return QStringLiteral(CERCLES_TEST_DATA "/") + name;
}

QString sharedData(const QString& relativePath)
{
    return QStringLiteral(CERCLES_SHARED_DATA "/") + relativePath;
}

} // namespace cercles::test
