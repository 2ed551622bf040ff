#pragma once

#include "domain/result.h"
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
};

/// Takes an open document, a filter, the language ("fr" or "en"), the day of the export (local) and a path;
/// writes the decision register as PDF (RegisterDocument's layout), part by part: each part's entries are
/// read from the stored register as it goes and laid out once, so memory does not grow with the register
/// and a decade costs ten times a year. The app and `cercles-cli register --output` both write it this
/// way. Returns how many decisions and pages were written. Errors, with no file (or the previous one) left
/// at `path`: the register cannot be read, the fonts are missing, the file cannot be written whole, or
/// `beforeCommit` (when given, run once every page is written, before the file replaces `path`) failed.
Result<RegisterPdfWritten> writeRegisterPdf(Document& document, const RegisterFilter& filter,
                                            const QString& language, QDate today, const QString& path,
                                            const std::function<Result<void>()>& beforeCommit = {});

} // namespace cercles
