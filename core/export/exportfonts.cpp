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

QStringList exportFontFamilies()
{
    return {exportFontFamily(), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Symbola")};
}

QFont exportFont(qreal pointSize, bool bold, bool italic)
{
    QFont font;
    font.setFamilies(exportFontFamilies());
    font.setPointSizeF(pointSize);
    font.setStyleStrategy(QFont::PreferNoShaping);
    if (bold)
        font.setWeight(QFont::Bold);
    if (italic)
        font.setItalic(true);
    return font;
}

namespace {

/// One font file, the folder Debian installs it in (under fonts/truetype) and its package.
struct FontFace
{
    const char* file;
    const char* folder;
    const char* package;
};

constexpr FontFace faces[] = {
    {"DejaVuSans.ttf", "dejavu", "fonts-dejavu-core"},
    {"DejaVuSans-Bold.ttf", "dejavu", "fonts-dejavu-core"},
    {"DejaVuSans-Oblique.ttf", "dejavu", "fonts-dejavu-core"},
    {"DejaVuSans-BoldOblique.ttf", "dejavu", "fonts-dejavu-core"},
    {"wqy-microhei.ttc", "wqy", "fonts-wqy-microhei"},
    {"Symbola_hint.ttf", "ancient-scripts", "fonts-symbola"},
};

QStringList fontFolders(const char* folder)
{
    QStringList folders;
    const QString custom = qEnvironmentVariable("CERCLES_FONT_DIR");
    if (!custom.isEmpty())
        folders << custom;
    const QString sub = QStringLiteral("fonts/truetype/") + QLatin1String(folder);
    folders << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, sub,
                                         QStandardPaths::LocateDirectory);
    folders << QStringLiteral("/usr/share/") + sub;
    folders.removeDuplicates();
    return folders;
}

Result<void> registerFonts()
{
    for (const FontFace& face : faces) {
        const QStringList folders = fontFolders(face.folder);
        const QString name = QString::fromLatin1(face.file);
        QString path;
        for (const QString& folder : folders) {
            if (QFileInfo::exists(QDir(folder).filePath(name))) {
                path = QDir(folder).filePath(name);
                break;
            }
        }
        if (path.isEmpty()) {
            return Error{QCoreApplication::translate("Export", "The font %1 was not found in %2: install the "
                                                               "%3 package.")
                             .arg(name, folders.join(QStringLiteral(", ")), QLatin1String(face.package))};
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
