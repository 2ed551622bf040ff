#include "exportfonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QStandardPaths>

namespace cercles {

QString exportFontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

namespace {

QStringList fontFolders()
{
    QStringList folders;
    const QString custom = qEnvironmentVariable("CERCLES_FONT_DIR");
    if (!custom.isEmpty())
        folders << custom;
    folders << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
                                         QStringLiteral("fonts/truetype/dejavu"),
                                         QStandardPaths::LocateDirectory);
    folders << QStringLiteral("/usr/share/fonts/truetype/dejavu");
    folders.removeDuplicates();
    return folders;
}

Result<void> registerFonts()
{
    const char* faces[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                           "DejaVuSans-BoldOblique.ttf"};
    const QStringList folders = fontFolders();
    for (const char* face : faces) {
        const QString name = QString::fromLatin1(face);
        QString path;
        for (const QString& folder : folders) {
            if (QFileInfo::exists(QDir(folder).filePath(name))) {
                path = QDir(folder).filePath(name);
                break;
            }
        }
        if (path.isEmpty()) {
            return Error{QCoreApplication::translate("Export", "The font %1 was not found in %2: install the "
                                                               "fonts-dejavu-core package.")
                             .arg(name, folders.join(QStringLiteral(", ")))};
        }
        if (QFontDatabase::addApplicationFont(path) < 0)
            return Error{
                QCoreApplication::translate("Export", "The font file %1 could not be read.").arg(path)};
    }
    return {};
}

} // namespace

Result<void> ensureExportFonts()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{QCoreApplication::translate("Export", "Exporting documents needs a QGuiApplication.")};
    static const Result<void> registered = registerFonts();
    return registered;
}

} // namespace cercles
