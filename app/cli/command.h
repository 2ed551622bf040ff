#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class QCoreApplication;

namespace cercles::cli {

/// One subcommand of cercles-cli (the keepassxc-cli pattern: one file per command).
/// `run` takes the arguments after the command name and returns the process exit code
/// (0 success, 1 failure the command reports, 2 bad usage).
struct Command
{
    /// Takes what the members below hold; `needsGui` may be left out (never).
    Command(QString name, QString synopsis, QString description, std::function<int(const QStringList&)> run,
            std::function<bool(const QStringList&)> needsGui = {})
        : name(std::move(name)), synopsis(std::move(synopsis)), description(std::move(description)),
          run(std::move(run)), needsGui(std::move(needsGui))
    {}

    QString name;
    QString synopsis;    ///< e.g. "demo FILE"
    QString description; ///< one line
    std::function<int(const QStringList& args)> run;
    /// Takes the command's arguments; returns whether this run lays out text or writes PDF (Qt Gui):
    /// cercles-cli then hands it over to cercles-cli-full, whose main() creates a QGuiApplication, on the
    /// offscreen platform unless QT_QPA_PLATFORM says otherwise, so it still needs no display (in
    /// cercles-cli, `register` also hands over its CSV export, written with the export library). Unset:
    /// never.
    std::function<bool(const QStringList& args)> needsGui;
};

/// Takes main()'s arguments and whether the command needs Qt Gui; returns the application object.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv, bool gui);

/// Takes a command; adds it to the list main() dispatches to. Called by CERCLES_CLI_COMMAND at start-up.
bool registerCommand(Command command);
/// Every registered command, by name.
QList<Command> commands();

/// Takes a date; returns it as QDate::toString(Qt::ISODate) does ("2026-12-01"), digit by digit for
/// years 0 to 9999: Qt's way costs about 5 µs a date, which a decade's listing would feel.
inline QString isoDate(QDate date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    char16_t text[10];
    const auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

/// Standard output and standard error, UTF-8.
QTextStream& out();
QTextStream& err();
/// Takes bytes (UTF-8); writes them to standard output as they are, after what out() holds (main()
/// reports a failed write as for out()).
void writeOut(QByteArrayView bytes);

} // namespace cercles::cli

/// Registers a command from its own .cpp file: CERCLES_CLI_COMMAND(demo, {...}).
#define CERCLES_CLI_COMMAND(id, ...)                                                                         \
    namespace {                                                                                              \
    const bool registered_##id = cercles::cli::registerCommand(__VA_ARGS__);                                 \
    }
