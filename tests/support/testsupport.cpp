#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

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

void failOnUnexpectedWarnings()
{
    // Notices about the test machine rather than the code: Qt's run-time folder when XDG_RUNTIME_DIR
    // is unset, and the offscreen platform's lack of window-manager features.
    static const QRegularExpression unexpected(QStringLiteral(
        "^(?!QStandardPaths: |This plugin does not support |QPA_OFFSCREEN|propagateSizeHints)"));
    QTest::failOnWarning(unexpected);
}

} // namespace cercles::test
