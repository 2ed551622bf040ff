#include "registerpdf.h"

#include "exportfile.h"
#include "pagedtablepainter.h"
#include "services/document.h"
#include "storage/recordchain.h"

namespace cercles {

Result<RegisterPdfWritten> writeRegisterPdf(const RegisterDocument& reg, const QString& path,
                                            const RegisterDocument::EntrySource& next,
                                            const std::function<Result<void>()>& beforeCommit)
{
    RegisterPdfWritten written;
    QString paintError; // the source's or the painter's, as it was said
    const PdfDrawing draw = [&](QPagedPaintDevice& device) -> Result<int> {
        PagedTablePainter painter(device, reg.decoration());
        const Result<int> painted = reg.paint(painter, next);
        const Result<int> pages = painter.finish();
        if (!painted)
            paintError = painted.error();
        else if (!pages)
            paintError = pages.error();
        if (!paintError.isEmpty())
            return Error{paintError};
        written = {*painted, *pages, painter.cutRows()};
        return *pages;
    };
    if (Result<int> pages = writeDrawnPdf(draw, path, reg.title(), beforeCommit); !pages)
        return Error{pages.error()};
    return written;
}

Result<RegisterPdfWritten> writeRegisterPdf(Document& document, const RegisterFilter& filter,
                                            const QString& language, QDate today, const QString& path,
                                            const std::function<Result<void>()>& beforeCommit)
{
    const Organisation& org = document.organisation().organisation();
    const Circle* circle = org.circle(filter.circle);
    const RegisterDocument reg({}, org.name,
                               describeRegisterFilter(filter, circle ? circle->name : QString(), language),
                               today, language);
    // The head each approved minutes printed, beside its decisions (32 bytes per meeting, read once).
    const Result<QHash<qint64, QByteArray>> heads =
        RecordChain::approvalHeads(document.database().connection());
    if (!heads)
        return Error{heads.error()};
    // Entries read at a time: a few hundred keep a page's worth of rows in memory, not the register.
    constexpr int perRead = 250;
    RegisterRepository::Cursor cursor;
    bool done = false;
    const RegisterDocument::EntrySource next = [&]() -> Result<QList<DecisionEntry>> {
        if (done)
            return QList<DecisionEntry>();
        Result<QList<DecisionEntry>> read = loadRegisterPage(document, filter, today, cursor, perRead);
        if (!read)
            return Error{read.error()};
        QList<DecisionEntry> entries = std::move(read).value();
        done = entries.size() < perRead;
        if (!entries.isEmpty())
            cursor = {entries.constLast().date, entries.constLast().startedAt, entries.constLast().process};
        for (DecisionEntry& e : entries) {
            if (e.damage.isEmpty() && e.meeting.isValid())
                e.approvalHead = QString::fromLatin1(heads->value(e.meeting.value()).toHex());
        }
        return entries;
    };
    return writeRegisterPdf(reg, path, next, beforeCommit);
}

} // namespace cercles
