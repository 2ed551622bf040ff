// cercles-cli register FILE: the decision register, one line per decision (date, circle, status, text).
#include "command.h"

#include "services/decisionregister.h"
#include "services/document.h"

namespace {

using namespace cercles;
using namespace cercles::cli;

/// The command line of `register`: what to read and, later, where to export (issue 4 adds options here).
struct RegisterArgs
{
    QString file;
};

const char* const usage = "usage: cercles-cli register FILE\n";

/// Takes the arguments after the command name; returns them parsed, or std::nullopt on bad usage.
std::optional<RegisterArgs> parseArgs(const QStringList& args)
{
    RegisterArgs parsed;
    for (const QString& arg : args) {
        if (arg.startsWith(QLatin1Char('-')) || !parsed.file.isEmpty())
            return std::nullopt;
        parsed.file = arg;
    }
    if (parsed.file.isEmpty())
        return std::nullopt;
    return parsed;
}

/// Takes a text; returns it on one line (line breaks and tabs shown as spaces).
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    for (QChar c : {QChar(u'\n'), QChar(u'\r'), QChar(u'\t'), QChar(0x2028), QChar(0x2029)})
        text.replace(c, QLatin1Char(' '));
    return text;
}

/// Takes a stream and register entries; writes one tab-separated line per entry: ISO date, circle,
/// status key (e.g. "adopted", "referred-to-parent"), final or current proposal text.
void printRegister(QTextStream& stream, const QList<DecisionEntry>& entries)
{
    for (const DecisionEntry& e : entries) {
        stream << e.date.toString(Qt::ISODate) << '\t' << oneLine(e.circleName) << '\t' << phaseKey(e.status)
               << '\t' << oneLine(e.text) << '\n';
    }
}

int runRegister(const QStringList& args)
{
    const std::optional<RegisterArgs> parsed = parseArgs(args);
    if (!parsed) {
        err() << usage;
        return 2;
    }
    auto document = Document::open(parsed->file, Database::Access::ReadOnly);
    if (!document) {
        err() << "cercles-cli: " << document.error() << '\n';
        return 1;
    }
    const auto entries = loadRegister(*document.value(), QDate::currentDate());
    if (!entries) {
        err() << "cercles-cli: " << entries.error() << '\n';
        return 1;
    }
    printRegister(out(), *entries);
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(register,
                    {QStringLiteral("register"), QStringLiteral("register FILE"),
                     QStringLiteral("the decision register: date, circle, status, text (tab-separated)"),
                     runRegister})
