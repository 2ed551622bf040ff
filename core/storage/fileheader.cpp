#include "fileheader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace cercles {

namespace {
/// Translations of this file, in the "Database" context (a struct so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

Result<FileHeader> readFileHeader(const QString& path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return Error{Text::tr("The file %1 does not exist.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("The file %1 cannot be read: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.read(100);
    FileHeader header;
    static const QByteArray magic("SQLite format 3\0", 16);
    header.isSqlite = bytes.size() == 100 && bytes.startsWith(magic);
    if (header.isSqlite) {
        header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
        header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    }
    return header;
}

Result<FileHeader> checkFileHeader(const QString& path, qint32 expectedApplicationId, int latestVersion)
{
    Result<FileHeader> header = readFileHeader(path);
    if (!header)
        return header;
    const QString name = QFileInfo(path).fileName();
    if (!header->isSqlite)
        return Error{
            Text::tr("%1 is not a Cercles organisation file (it is not an SQLite database).").arg(name)};
    if (header->applicationId != expectedApplicationId)
        return Error{
            Text::tr("%1 is a database of another application, not a Cercles organisation file.").arg(name)};
    if (header->userVersion > latestVersion) {
        return Error{
            Text::tr("%1 was written by a newer version of Cercles (file format %2; this version reads up "
                     "to %3). Install a newer Cercles to open it; the file was not changed.")
                .arg(name)
                .arg(header->userVersion)
                .arg(latestVersion)};
    }
    if (header->userVersion < 1)
        return Error{Text::tr("%1 is an incomplete Cercles file (no schema).").arg(name)};
    return header;
}

} // namespace cercles
