// cercles-cli minutes FILE --meeting ID --output OUT.pdf [--format pdf|odt] [--language fr|en]:
// writes a meeting's minutes (draft or approved) as PDF or ODT, with no display needed.
#include "command.h"

#include "export/exportfile.h"
#include "export/exportfonts.h"
#include "export/minutesdocument.h"
#include "export/minutessnapshotbuilder.h"
#include "services/document.h"

#include <QTextDocument>

namespace {

using namespace cercles;
using namespace cercles::cli;

const char* const usage =
    "usage: cercles-cli minutes FILE --meeting ID --output OUT.pdf [--format pdf|odt] [--language fr|en]\n";

struct MinutesArgs
{
    QString file;
    qint64 meeting = 0;
    QString output;
    std::optional<ExportFormat> format;
    QString language;
};

/// Takes the arguments after the command name; returns them parsed, or std::nullopt on bad usage.
std::optional<MinutesArgs> parseArgs(QStringList args)
{
    MinutesArgs parsed;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg.startsWith(QLatin1String("--"))) {
            if (args.isEmpty())
                return std::nullopt;
            const QString value = args.takeFirst();
            bool ok = true;
            if (arg == QLatin1String("--meeting"))
                parsed.meeting = value.toLongLong(&ok);
            else if (arg == QLatin1String("--output"))
                parsed.output = value;
            else if (arg == QLatin1String("--format"))
                ok = (parsed.format = exportFormatFromName(value)).has_value();
            else if (arg == QLatin1String("--language"))
                ok = (parsed.language = value) == QLatin1String("fr") || value == QLatin1String("en");
            else
                ok = false;
            if (!ok)
                return std::nullopt;
        } else if (parsed.file.isEmpty()) {
            parsed.file = arg;
        } else {
            return std::nullopt;
        }
    }
    if (parsed.file.isEmpty() || parsed.meeting <= 0 || parsed.output.isEmpty())
        return std::nullopt;
    if (!parsed.format)
        parsed.format = parsed.output.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)
                            ? ExportFormat::Odt
                            : ExportFormat::Pdf;
    return parsed;
}

int runMinutes(const QStringList& args)
{
    const std::optional<MinutesArgs> parsed = parseArgs(args);
    if (!parsed) {
        err() << usage;
        return 2;
    }
    auto document = Document::open(parsed->file, Database::Access::ReadOnly);
    if (!document) {
        err() << "cercles-cli: " << document.error() << '\n';
        return 1;
    }
    const auto snapshot = loadMinutes(*document.value(), MeetingId(parsed->meeting));
    if (!snapshot) {
        err() << "cercles-cli: " << snapshot.error() << '\n';
        return 1;
    }
    if (Result<void> fonts = ensureExportFonts(); !fonts) {
        err() << "cercles-cli: " << fonts.error() << '\n';
        return 1;
    }
    const MinutesDocument minutes(snapshot.value(), parsed->language);
    const std::unique_ptr<QTextDocument> text = minutes.build();
    const QString state = snapshot->approvedOn
                              ? QStringLiteral("approved on ") + snapshot->approvedOn->toString(Qt::ISODate)
                              : QStringLiteral("draft");
    if (*parsed->format == ExportFormat::Odt) {
        if (Result<void> written = writeOdt(*text, parsed->output); !written) {
            err() << "cercles-cli: " << written.error() << '\n';
            return 1;
        }
        out() << parsed->output << ": minutes of meeting " << parsed->meeting << " (" << state << ")\n";
        return 0;
    }
    const auto pages = writePdf(*text, minutes.decoration(), parsed->output,
                                text->metaInformation(QTextDocument::DocumentTitle));
    if (!pages) {
        err() << "cercles-cli: " << pages.error() << '\n';
        return 1;
    }
    out() << parsed->output << ": minutes of meeting " << parsed->meeting << ", " << pages->pageCount()
          << " pages (" << state << ")\n";
    return 0;
}

} // namespace

CERCLES_CLI_COMMAND(minutes,
                    {QStringLiteral("minutes"),
                     QStringLiteral("minutes FILE --meeting ID --output OUT.pdf|OUT.odt [--format pdf|odt] "
                                    "[--language fr|en]"),
                     QStringLiteral("write a meeting's minutes as PDF or ODT"), runMinutes,
                     [](const QStringList&) { return true; }})
