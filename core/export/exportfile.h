#pragma once

#include "domain/result.h"
#include "pagedrenderer.h"

#include <QByteArray>
#include <QString>
#include <functional>

class QPagedPaintDevice;
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

/// Draws a document on a paged device (an A4 PDF writer set up as writePdf's: 300 dpi, margins of 18 mm
/// at the sides, 12 mm at the top and 10 mm at the bottom); returns the number of pages, or an error.
using PdfDrawing = std::function<Result<int>(QPagedPaintDevice& device)>;

/// Same as writePdf for a document that draws itself (e.g. PagedTablePainter, page by page as its rows are
/// read): `draw` is called once with the PDF writer. `beforeCommit`, when given, runs once every page is
/// drawn and before the file replaces `path`; its error leaves no file (or the previous one) and is
/// returned. Returns what `draw` returned. Errors: as writePdf, `draw`'s and beforeCommit's.
Result<int> writeDrawnPdf(const PdfDrawing& draw, const QString& path, const QString& title,
                          const std::function<Result<void>()>& beforeCommit = {});

/// Takes a document and a target path; writes it as OpenDocument Text (Qt's ODF writer) through QSaveFile.
/// Errors: as writePdf.
Result<void> writeOdt(QTextDocument& document, const QString& path);

/// Takes bytes and a target path; writes them through QSaveFile. Errors: as writePdf.
Result<void> writeFileAtomically(const QByteArray& bytes, const QString& path);

} // namespace cercles
