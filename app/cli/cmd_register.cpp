// cercles-cli register FILE: the decision register, one line per decision (date, circle, status, text),
// or, with --output, exported as PDF or CSV, filtered by circle, dates and status.
#include "command.h"

#ifdef CERCLES_CLI_FULL
#include "export/exportfile.h"
#include "export/exportfonts.h"
#include "export/registerexport.h"
#include "export/registerpdf.h"

#include <QTextDocument>
#endif
#include "services/decisionregister.h"
#include "services/document.h"

namespace {

using namespace cercles;
using namespace cercles::cli;

/// The command line of `register`: what to read, which decisions, and where to export them.
struct RegisterArgs
{
    QString file;
    QString output; ///< OUT.pdf or OUT.csv; empty: print lines
    QString circle; ///< a circle's exact name; empty: every circle
    QDate from, to; ///< local dates, inclusive; null: unbounded
    QList<ConsentPhase> statuses;
    QString language = QStringLiteral("fr");
};

const char* const usage =
    "usage: cercles-cli register FILE [--output OUT.pdf|OUT.csv] [--circle NAME] "
    "[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status KEY[,KEY...]] [--language fr|en]\n";

/// Takes the arguments after the command name; returns them parsed, or std::nullopt on bad usage.
std::optional<RegisterArgs> parseArgs(QStringList args)
{
    RegisterArgs parsed;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (!arg.startsWith(QLatin1Char('-'))) {
            if (!parsed.file.isEmpty())
                return std::nullopt;
            parsed.file = arg;
            continue;
        }
        if (args.isEmpty())
            return std::nullopt;
        const QString value = args.takeFirst();
        if (arg == QLatin1String("--output")) {
            parsed.output = value;
        } else if (arg == QLatin1String("--circle")) {
            parsed.circle = value;
        } else if (arg == QLatin1String("--from") || arg == QLatin1String("--to")) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid())
                return std::nullopt;
            (arg == QLatin1String("--from") ? parsed.from : parsed.to) = date;
        } else if (arg == QLatin1String("--status")) {
            for (const QString& key : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const std::optional<ConsentPhase> phase = phaseFromKey(key.trimmed());
                if (!phase)
                    return std::nullopt;
                parsed.statuses << *phase;
            }
        } else if (arg == QLatin1String("--language") &&
                   (value == QLatin1String("fr") || value == QLatin1String("en"))) {
            parsed.language = value;
        } else {
            return std::nullopt;
        }
    }
    if (parsed.file.isEmpty())
        return std::nullopt;
    if (!parsed.output.isEmpty() && !parsed.output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) &&
        !parsed.output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return std::nullopt;
    return parsed;
}

#ifdef CERCLES_CLI_FULL
/// Takes the parsed arguments, the open document and the filtered entries; writes the CSV.
/// Returns the exit code.
int exportRegister(const RegisterArgs& args, Document& document, const RegisterFilter& filter,
                   const QList<DecisionEntry>& entries)
{
    const Organisation& org = document.organisation().organisation();
    const Circle* circle = org.circle(filter.circle);
    const RegisterDocument reg(
        entries, org.name, describeRegisterFilter(filter, circle ? circle->name : QString(), args.language),
        QDate::currentDate(), args.language);
    if (args.output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        if (Result<void> written = writeFileAtomically(reg.csv(), args.output); !written) {
            err() << "cercles-cli: " << written.error() << '\n';
            return 1;
        }
        out() << args.output << ": " << entries.size() << " decisions\n";
        return 0;
    }
    err() << "cercles-cli: only .csv is written from a loaded register\n";
    return 1;
}

/// Takes the parsed arguments, the open document and the filter; writes the register PDF part by part
/// (writeRegisterPdf: memory does not grow with the register). Returns the exit code.
int exportRegisterPdf(const RegisterArgs& args, Document& document, const RegisterFilter& filter)
{
    const Result<RegisterPdfWritten> written =
        writeRegisterPdf(document, filter, args.language, QDate::currentDate(), args.output);
    if (!written) {
        err() << "cercles-cli: " << written.error() << '\n';
        return 1;
    }
    out() << args.output << ": " << written->decisions << " decisions, " << written->pages << " pages\n";
    return 0;
}

#endif

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
        stream << e.date.toString(Qt::ISODate) << '\t' << oneLine(e.circleName) << '\t'
               << (e.damage.isEmpty() ? phaseKey(e.status) : QStringLiteral("damaged")) << '\t'
               << oneLine(e.text) << '\n';
    }
}

/// Takes the command's arguments; returns whether they ask for what cercles-cli hands over: an export,
/// written with the export library (cercles-cli); a PDF, laid out with Qt Gui (cercles-cli-full).
bool needsExport(const QStringList& args)
{
    const qsizetype i = args.indexOf(QStringLiteral("--output"));
#ifdef CERCLES_CLI_FULL
    return i >= 0 && args.value(i + 1).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
#else
    return i >= 0;
#endif
}

int runRegister(const QStringList& args)
{
    const std::optional<RegisterArgs> parsed = parseArgs(args);
    if (!parsed) {
        err() << usage;
        return 2;
    }
    {
        RegisterFilter dates;
        dates.from = parsed->from;
        dates.to = parsed->to;
        if (const QString contradiction = registerFilterContradiction(dates); !contradiction.isEmpty()) {
            err() << "cercles-cli: " << contradiction << '\n';
            return 2;
        }
    }
    // Printing reads only what it prints (a damaged row says so, SQLite refuses a damaged page); an export
    // that will be sent comes from a file checked whole first.
    auto document =
        Document::open(parsed->file, Database::Access::ReadOnly,
                       parsed->output.isEmpty() ? Database::Check::Later : Database::Check::AtOpen);
    if (!document) {
        err() << "cercles-cli: " << document.error() << '\n';
        return 1;
    }
    RegisterFilter filter;
    if (!parsed->circle.isEmpty()) {
        const Circle* circle = document.value()->organisation().organisation().circleNamed(parsed->circle);
        if (!circle) {
            err() << "cercles-cli: no circle is named \"" << parsed->circle << "\"\n";
            return 1;
        }
        filter.circle = circle->id;
    }
    filter.from = parsed->from;
    filter.to = parsed->to;
    filter.statuses = parsed->statuses;
#ifdef CERCLES_CLI_FULL
    if (parsed->output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return exportRegisterPdf(*parsed, *document.value(), filter);
#endif
    // The stored register, filtered by SQLite: nothing is replayed.
    const auto entries = loadRegister(*document.value(), QDate::currentDate(), filter);
    if (!entries) {
        err() << "cercles-cli: " << entries.error() << '\n';
        return 1;
    }
    const QList<DecisionEntry>& shown = *entries;
#ifdef CERCLES_CLI_FULL
    const int written = parsed->output.isEmpty() ? (printRegister(out(), shown), 0)
                                                 : exportRegister(*parsed, *document.value(), filter, shown);
#else
    const int written = (printRegister(out(), shown), 0); // an --output is cercles-cli-full's
#endif
    // Damaged records are listed as such, and the command says it could not read everything.
    const auto damaged = std::count_if(shown.cbegin(), shown.cend(),
                                       [](const DecisionEntry& e) { return !e.damage.isEmpty(); });
    if (damaged > 0)
        err() << "cercles-cli: " << damaged << " decision record(s) are damaged and listed as such\n";
    return damaged > 0 ? 1 : written;
}

} // namespace

CERCLES_CLI_COMMAND(register,
                    {QStringLiteral("register"),
                     QStringLiteral("register FILE [--output OUT.pdf|OUT.csv] [--circle NAME] ..."),
                     QStringLiteral("the decision register: date, circle, status, text (tab-separated), "
                                    "or exported as PDF or CSV"),
                     runRegister, needsExport})
