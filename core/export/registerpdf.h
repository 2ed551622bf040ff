#pragma once

#include "domain/result.h"
#include "registerexport.h"
#include "services/decisionregister.h"

#include <QDate>
#include <QString>

#include <functional>

namespace cercles {

class Document;

/// What writeRegisterPdf wrote.
struct RegisterPdfWritten
{
    int decisions = 0;
    int pages = 0;
    int cutRows = 0; ///< rows taller than a page, cut between lines (0 in any usual register)
};

/// Takes an open document, a filter, the language ("fr" or "en"), the day of the export (local) and a path;
/// writes the decision register as PDF (RegisterDocument::paint) in one pass: the entries are read from
/// the stored register a page at a time as the rows are drawn (PagedTablePainter), so memory does not grow
/// with the register and a decade costs ten times a year. The app and `cercles-cli register --output`
/// both write it this way. Returns how many decisions and pages were written. Errors, with no file (or the
/// previous one) left at `path`: the register cannot be read, the fonts are missing, the file cannot be
/// written whole, or `beforeCommit` (when given, run once every page is written, before the file replaces
/// `path`) failed.
Result<RegisterPdfWritten> writeRegisterPdf(Document& document, const RegisterFilter& filter,
                                            const QString& language, QDate today, const QString& path,
                                            const std::function<Result<void>()>& beforeCommit = {});

/// Takes a register document, a path, where the entries come from (when not given: the document's own
/// entries) and what to run before the file replaces `path` (see above); writes the register as PDF
/// through QSaveFile. Returns how many decisions and pages were written. Errors: as above.
Result<RegisterPdfWritten> writeRegisterPdf(const RegisterDocument& reg, const QString& path,
                                            const RegisterDocument::EntrySource& next = {},
                                            const std::function<Result<void>()>& beforeCommit = {});

} // namespace cercles
