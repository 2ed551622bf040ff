// cercles-cli register FILE: the decision register, one line per decision (date, circle, status, text),
// or, with --output, exported as PDF or CSV, filtered by circle, dates and status.
#include "command.h"

#include <array>
#include <cstring>
#include <string>
#include <vector>

#ifdef CERCLES_CLI_FULL
#include "export/exportfile.h"
#include "export/exportfonts.h"
#include "export/registerexport.h"
#include "export/registerpdf.h"

#include <QTextDocument>

#include <future>
#endif
#include "services/decisionregister.h"
#include "services/document.h"
#include "storage/registerrepository.h"

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

/// Takes the parsed arguments, the document (opened without its whole-file check) and the filter; writes
/// the register PDF row by row (writeRegisterPdf: memory does not grow with the register) while SQLite's
/// check of the whole file runs beside it, on a connection of its own (Database::verify): the PDF replaces
/// OUT only once the file was found sound, so an export that will be sent still comes from a file checked
/// whole, in the time of the longer of the two. Returns the exit code.
int exportRegisterPdf(const RegisterArgs& args, Document& document, const RegisterFilter& filter)
{
    std::future<Result<void>> sound = std::async(
        std::launch::async, [path = document.database().path()] { return Database::verify(path); });
    const auto checked = [&sound]() -> Result<void> { return sound.valid() ? sound.get() : Result<void>{}; };
    const Result<RegisterPdfWritten> written =
        writeRegisterPdf(document, filter, args.language, QDate::currentDate(), args.output, checked);
    if (!written) {
        // A damaged file is said to be damaged, whatever the layout met first.
        const Result<void> check = checked();
        err() << "cercles-cli: " << (check ? written.error() : check.error()) << '\n';
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

/// Takes bytes; returns whether they are UTF-8 that QString reads back unchanged (no overlong form, no
/// surrogate, nothing above U+10FFFF), eight ASCII bytes at a time: twice as fast as Qt's check here.
/// Stricter is harmless: what it refuses goes through QString.
bool plainUtf8(QByteArrayView text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = p + text.size();
    while (p < end) {
        quint64 word = 0;
        while (end - p >= 8 && (std::memcpy(&word, p, 8), (word & 0x8080808080808080ULL) == 0))
            p += 8;
        if (p == end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int more = 0;
        char32_t point = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            more = 1;
            point = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            more = 2;
            point = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            more = 3;
            point = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= more)
            return false;
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            point = (point << 6) | (p[i] & 0x3f);
        }
        if ((more == 2 && (point < 0x800 || (point >= 0xd800 && point <= 0xdfff))) ||
            (more == 3 && (point < 0x10000 || point > 0x10ffff)))
            return false;
        p += more + 1;
    }
    return true;
}

/// Takes UTF-8 text; returns whether it holds a character oneLine() replaces (CR, LF, tab, U+2028,
/// U+2029), found with memchr (most texts hold none).
bool needsOneLine(QByteArrayView text)
{
    const char* const begin = text.data();
    const size_t size = size_t(text.size());
    if (std::memchr(begin, '\n', size) || std::memchr(begin, '\r', size) || std::memchr(begin, '\t', size))
        return true;
    for (const char* p = begin;
         (p = static_cast<const char*>(std::memchr(p, '\xe2', size - size_t(p - begin)))); ++p) {
        if (size_t(p - begin) + 2 < size && p[1] == '\x80' && (p[2] == '\xa8' || p[2] == '\xa9'))
            return true;
    }
    return false;
}

/// Takes UTF-8 text and a buffer; appends the text on one line (line breaks and tabs shown as spaces, a
/// CR LF as one space), as oneLine() does.
void appendOneLine(QByteArrayView text, std::string& to)
{
    if (!plainUtf8(text)) { // what QString would make of it
        const QByteArray shown = oneLine(QString::fromUtf8(text)).toUtf8();
        to.append(shown.constData(), size_t(shown.size()));
        return;
    }
    if (!needsOneLine(text)) {
        to.append(text.data(), size_t(text.size()));
        return;
    }
    // The bytes that may start what is replaced: CR, LF, tab, and the lead byte of U+2028 and U+2029
    // (also that of the apostrophe, kept).
    static constexpr auto special = [] {
        std::array<bool, 256> table{};
        table['\r'] = table['\n'] = table['\t'] = table[0xe2] = true;
        return table;
    }();
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = p + text.size();
    while (p < end) {
        const auto* run = p;
        while (p < end && !special[*p])
            ++p;
        to.append(reinterpret_cast<const char*>(run), size_t(p - run));
        if (p == end)
            break;
        if (*p == '\r' && p + 1 < end && p[1] == '\n') {
            to += ' ';
            p += 2;
        } else if (*p != 0xe2) {
            to += ' ';
            ++p;
        } else if (end - p >= 3 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)) {
            to += ' '; // U+2028, U+2029
            p += 3;
        } else {
            to += char(*p++);
        }
    }
}

/// Takes the open file and the filter; writes one tab-separated line per entry: ISO date, circle, status
/// key (e.g. "adopted", "referred-to-parent", or "damaged"), final or current proposal text, in UTF-8
/// straight from the file, in one write. Returns the number of damaged records, or the error.
Result<qsizetype> printRegister(const QSqlDatabase& db, const RegisterFilter& filter)
{
    // Held in parts of a megabyte, never copied to grow (a decade prints about 7 MB).
    std::vector<std::string> parts(1);
    parts.back().reserve(1 << 20);
    qsizetype damaged = 0;
    const Result<int> lines = RegisterRepository::forEachLine(
        db, filter, QDate::currentDate(),
        [&](const RegisterRepository::RegisterLine& l) {
            if (parts.back().size() > (1 << 20) - (1 << 14)) {
                parts.emplace_back();
                parts.back().reserve(1 << 20);
            }
            std::string& text = parts.back();
            text.append(l.date.data(), size_t(l.date.size()));
            text += '\t';
            appendOneLine(l.circleName, text);
            text += '\t';
            const QByteArrayView status = l.damaged ? QByteArrayView("damaged") : l.status;
            text.append(status.data(), size_t(status.size()));
            text += '\t';
            appendOneLine(l.text, text);
            text += '\n';
            damaged += l.damaged ? 1 : 0;
        },
        [&] {
            parts.resize(1);
            parts.back().clear();
            damaged = 0;
        });
    if (!lines)
        return Error{lines.error()};
    for (const std::string& part : parts)
        writeOut(QByteArrayView(part.data(), qsizetype(part.size())));
    return damaged;
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
    RegisterFilter filter;
    filter.from = parsed->from;
    filter.to = parsed->to;
    filter.statuses = parsed->statuses;
    if (parsed->output.isEmpty()) {
        // Printing reads only what it prints (a damaged row says so, SQLite refuses a damaged page), the
        // stored register filtered by SQLite: nothing is replayed, no organisation is loaded but to find a
        // circle by its name.
        std::unique_ptr<Document> document;
        std::unique_ptr<Database> database;
        if (parsed->circle.isEmpty()) {
            auto opened = Database::open(parsed->file, Database::Access::ReadOnly, Database::Check::Later);
            if (!opened) {
                err() << "cercles-cli: " << opened.error() << '\n';
                return 1;
            }
            database = std::move(opened).value();
        } else {
            auto opened = Document::open(parsed->file, Database::Access::ReadOnly, Database::Check::Later);
            if (!opened) {
                err() << "cercles-cli: " << opened.error() << '\n';
                return 1;
            }
            document = std::move(opened).value();
            const Circle* circle = document->organisation().organisation().circleNamed(parsed->circle);
            if (!circle) {
                err() << "cercles-cli: no circle is named \"" << parsed->circle << "\"\n";
                return 1;
            }
            filter.circle = circle->id;
        }
        const Result<qsizetype> damaged =
            printRegister(document ? document->database().connection() : database->connection(), filter);
        if (!damaged) {
            err() << "cercles-cli: " << damaged.error() << '\n';
            return 1;
        }
        // Damaged records are listed as such, and the command says it could not read everything.
        if (*damaged > 0)
            err() << "cercles-cli: " << *damaged << " decision record(s) are damaged and listed as such\n";
        return *damaged > 0 ? 1 : 0;
    }
#ifdef CERCLES_CLI_FULL
    // An export that will be sent comes from a file checked whole first (a PDF: checked while it is laid
    // out, and written only when the file is sound).
    const bool pdf = parsed->output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    auto document = Document::open(parsed->file, Database::Access::ReadOnly,
                                   pdf ? Database::Check::Later : Database::Check::AtOpen);
    if (!document) {
        err() << "cercles-cli: " << document.error() << '\n';
        return 1;
    }
    if (!parsed->circle.isEmpty()) {
        const Circle* circle = document.value()->organisation().organisation().circleNamed(parsed->circle);
        if (!circle) {
            err() << "cercles-cli: no circle is named \"" << parsed->circle << "\"\n";
            return 1;
        }
        filter.circle = circle->id;
    }
    if (pdf)
        return exportRegisterPdf(*parsed, *document.value(), filter);
    // The stored register, filtered by SQLite: nothing is replayed.
    const auto entries = loadRegister(*document.value(), QDate::currentDate(), filter);
    if (!entries) {
        err() << "cercles-cli: " << entries.error() << '\n';
        return 1;
    }
    const QList<DecisionEntry>& shown = *entries;
    const int written = exportRegister(*parsed, *document.value(), filter, shown);
    // Damaged records are exported as such, and the command says it could not read everything.
    const auto damaged = std::count_if(shown.cbegin(), shown.cend(),
                                       [](const DecisionEntry& e) { return !e.damage.isEmpty(); });
    if (damaged > 0)
        err() << "cercles-cli: " << damaged << " decision record(s) are damaged and listed as such\n";
    return damaged > 0 ? 1 : written;
#else
    return 2; // main() hands exports over to cercles-cli-full
#endif
}

} // namespace

CERCLES_CLI_COMMAND(register,
                    {QStringLiteral("register"),
                     QStringLiteral("register FILE [--output OUT.pdf|OUT.csv] [--circle NAME] ..."),
                     QStringLiteral("the decision register: date, circle, status, text (tab-separated), "
                                    "or exported as PDF or CSV"),
                     runRegister, needsExport})
