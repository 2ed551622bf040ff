#pragma once

#include "domain/result.h"
#include "pagedrenderer.h"

#include <QByteArray>
#include <QString>
#include <functional>

class QTextDocument;

namespace cercles {

/// The formats a document is exported to.
enum class ExportFormat
{
    Pdf,
    Odt
};

/// Takes a format name ("pdf", "odt"; case-insensitive); returns the format, or std::nullopt.
std::optional<ExportFormat> exportFormatFromName(const QString& name);

/// Takes a document, what its pages show around it, a target path and a title (PDF metadata); writes an
/// A4 PDF (embedded DejaVu fonts, page numbers, no line or row cut across pages; see PagedRenderer) through
/// QSaveFile: on any error no file, or the previous file, is left at `path`. Returns the pagination.
/// Errors: the fonts are missing, the folder is not writable, the disk is full (the message says which).
Result<Pagination> writePdf(QTextDocument& document, const PageDecoration& decoration, const QString& path,
                            const QString& title);

/// Same as writePdf for a document too long to hold at once, made part by part (see
/// PagedRenderer::renderParts: each part starts a page, pages are numbered across the parts, one part in
/// memory at a time). `beforeCommit`, when given, runs once every page is written and before the file
/// replaces `path`; its error leaves no file (or the previous one) and is returned. Returns the number of
/// pages. Errors: as writePdf, and beforeCommit's.
Result<int> writePdfInParts(int parts, const PagedRenderer::PartMaker& make, const PageDecoration& decoration,
                            const QString& path, const QString& title,
                            const std::function<Result<void>()>& beforeCommit = {});

/// Takes a document and a target path; writes it as OpenDocument Text (Qt's ODF writer) through QSaveFile.
/// Errors: as writePdf.
Result<void> writeOdt(QTextDocument& document, const QString& path);

/// Takes bytes and a target path; writes them through QSaveFile. Errors: as writePdf.
Result<void> writeFileAtomically(const QByteArray& bytes, const QString& path);

} // namespace cercles
