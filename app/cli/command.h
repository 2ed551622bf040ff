#pragma once

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
    /// main() then creates a QGuiApplication, on the offscreen platform unless QT_QPA_PLATFORM says
    /// otherwise, so it still needs no display. Unset: never.
    std::function<bool(const QStringList& args)> needsGui;
};

/// Takes main()'s arguments and whether the command needs Qt Gui; returns the application object.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv, bool gui);

/// Takes a command; adds it to the list main() dispatches to. Called by CERCLES_CLI_COMMAND at start-up.
bool registerCommand(Command command);
/// Every registered command, by name.
QList<Command> commands();

/// Standard output and standard error, UTF-8.
QTextStream& out();
QTextStream& err();

} // namespace cercles::cli

/// Registers a command from its own .cpp file: CERCLES_CLI_COMMAND(demo, {...}).
#define CERCLES_CLI_COMMAND(id, ...)                                                                         \
    namespace {                                                                                              \
    const bool registered_##id = cercles::cli::registerCommand(__VA_ARGS__);                                 \
    }
