// The desktop app: command line, translators, then the main window. Everything else lives in cercles_ui.
#include "common/firstpaint.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentfiles.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QThreadPool>
#include <QTranslator>

#include <memory>

namespace {

/// Takes the --language value (may be empty); returns "fr" or "en": the given one, else the system
/// locale's (French for fr_*, English otherwise).
QString uiLanguage(const QString& requested)
{
    if (requested == QLatin1String("fr") || requested == QLatin1String("en"))
        return requested;
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

/// Takes the language; installs Qt's own catalogue (standard buttons, dialogs) and the app's.
void installTranslators(QCoreApplication& app, const QString& language)
{
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/cercles_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringLiteral("language"),
                              QCoreApplication::translate("main", "User interface language: fr or en."),
                              QStringLiteral("fr|en"));
}

/// Takes main()'s arguments; returns whether they ask for the help or the version, which are printed
/// without opening a display (so they work over ssh, in a package test or a man-page generator).
bool asksForTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // QCommandLineParser::process() prints the help or the version and exits before any window.
    const std::unique_ptr<QCoreApplication> application = asksForTextOnly(argc, argv)
                                                              ? std::make_unique<QCoreApplication>(argc, argv)
                                                              : std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *application;
    QApplication::setOrganizationName(QStringLiteral("Cercles"));
    QApplication::setApplicationName(QStringLiteral("Cercles"));
    QApplication::setApplicationVersion(QStringLiteral(CERCLES_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CERCLES_APP_ID));

    // The language must be known before the help text is built, so look for it first.
    QCommandLineParser early;
    early.addOption(languageOption());
    early.parse(QCoreApplication::arguments());
    installTranslators(app, uiLanguage(early.value(QStringLiteral("language"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Cercles: sociocratic meetings and governance record."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(languageOption());
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("main", "The organisation file to open (.cercles)."),
        QStringLiteral("[FILE]"));
    parser.process(app);

    // What opening a file compares it with is worked out meanwhile, on the other core.
    QThreadPool::globalInstance()->start([] { cercles::Database::prepareSchemaCheck(); });
    cercles::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    const QString file = !files.isEmpty() ? files.first() : cercles::ui::RecentFiles::mostRecentExisting();
    // The window paints first, saying which file it opens; the file is read once it is on screen.
    if (!file.isEmpty()) {
        window.showOpening(file);
        cercles::ui::afterFirstPaint(&window, [&window, file] { window.openFile(file); });
    }
    window.show();
    return QApplication::exec();
}
