#include "registerpdf.h"

#include "exportfile.h"
#include "registerexport.h"
#include "services/document.h"
#include "storage/recordchain.h"

#include <QTextDocument>

namespace cercles {

Result<RegisterPdfWritten> writeRegisterPdf(Document& document, const RegisterFilter& filter,
                                            const QString& language, QDate today, const QString& path,
                                            const std::function<Result<void>()>& beforeCommit)
{
    const Organisation& org = document.organisation().organisation();
    const Circle* circle = org.circle(filter.circle);
    const RegisterDocument reg({}, org.name,
                               describeRegisterFilter(filter, circle ? circle->name : QString(), language),
                               today, language);
    const Result<int> total = countRegister(document, filter, today);
    if (!total)
        return Error{total.error()};
    // The head each approved minutes printed, beside its decisions (32 bytes per meeting, read once).
    const Result<QHash<qint64, QByteArray>> heads =
        RecordChain::approvalHeads(document.database().connection());
    if (!heads)
        return Error{heads.error()};
    // Decisions laid out at a time: each part starts a page, so a larger part wastes fewer page ends;
    // 250 keeps one part's layout to a few megabytes.
    constexpr int perPart = 250;
    const int parts = std::max(1, (*total + perPart - 1) / perPart);
    RegisterRepository::Cursor cursor;
    QString readError;
    const auto part = [&](int index) -> std::unique_ptr<QTextDocument> {
        if (index == 0)
            cursor = {}; // a pass reads the register from its start
        Result<QList<DecisionEntry>> read = loadRegisterPage(document, filter, today, cursor, perPart);
        if (!read) {
            readError = read.error();
            return nullptr;
        }
        QList<DecisionEntry> entries = std::move(read).value();
        if (!entries.isEmpty())
            cursor = {entries.constLast().date, entries.constLast().startedAt, entries.constLast().process};
        for (DecisionEntry& e : entries) {
            if (e.damage.isEmpty() && e.meeting.isValid())
                e.approvalHead = QString::fromLatin1(heads->value(e.meeting.value()).toHex());
        }
        return reg.buildPart(entries, index == 0);
    };
    const Result<int> pages = writePdfInParts(parts, part, reg.decoration(), path, reg.title(), beforeCommit);
    if (!pages)
        return Error{readError.isEmpty() ? pages.error() : readError};
    return RegisterPdfWritten{*total, *pages};
}

} // namespace cercles
