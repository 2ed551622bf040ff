#include "exportfile.h"

#include "exportfonts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace cercles {

namespace {

/// Translations of this file, in the "Export" context (a struct so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

Error openError(const QSaveFile& file, const QString& path)
{
    return Error{Text::tr("%1 cannot be written: %2").arg(path, file.errorString())};
}

/// Commits a save file, or reports why not (the temporary file is then removed and `path` is untouched).
/// Qt 6.4's QSaveFile::commit() does not report the failure of the last buffered write (a full disk, a
/// file-size limit): flush() first and check it, so that a truncated file never replaces a good one.
Result<void> commit(QSaveFile& file, const QString& path)
{
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{Text::tr("%1 could not be written: %2").arg(path, reason)};
    }
    if (!file.commit())
        return Error{Text::tr("%1 could not be written: %2").arg(path, file.errorString())};
    return {};
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    if (name.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Pdf;
    if (name.compare(QLatin1String("odt"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Odt;
    return std::nullopt;
}

namespace {

/// Takes the file, the title and what to draw; sets up an A4 PDF writer on it and draws.
template <typename Draw> auto drawPdf(QSaveFile& file, const QString& title, Draw draw)
{
    QPdfWriter pdf(&file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Portrait);
    pdf.setPageMargins(QMarginsF(18, 12, 18, 10), QPageLayout::Millimeter);
    pdf.setResolution(300);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Cercles %1").arg(QStringLiteral(CERCLES_VERSION)));
    return draw(pdf);
} // the writer finishes the PDF when destroyed

} // namespace

Result<Pagination> writePdf(QTextDocument& document, const PageDecoration& decoration, const QString& path,
                            const QString& title)
{
    if (Result<void> fonts = ensureExportFonts(); !fonts)
        return Error{fonts.error()};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return openError(file, path);
    Result<Pagination> pages = drawPdf(file, title, [&](QPdfWriter& pdf) {
        PagedRenderer renderer(document, decoration);
        return renderer.render(pdf);
    });
    if (!pages) {
        file.cancelWriting();
        return Error{pages.error()};
    }
    if (Result<void> done = commit(file, path); !done)
        return Error{done.error()};
    return pages;
}

Result<int> writeDrawnPdf(const PdfDrawing& draw, const QString& path, const QString& title,
                          const std::function<Result<void>()>& beforeCommit)
{
    if (Result<void> fonts = ensureExportFonts(); !fonts)
        return Error{fonts.error()};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return openError(file, path);
    Result<int> pages = drawPdf(file, title, [&](QPdfWriter& pdf) { return draw(pdf); });
    if (!pages) {
        file.cancelWriting();
        return Error{pages.error()};
    }
    if (beforeCommit) {
        if (Result<void> confirmed = beforeCommit(); !confirmed) {
            file.cancelWriting();
            return Error{confirmed.error()};
        }
    }
    if (Result<void> done = commit(file, path); !done)
        return Error{done.error()};
    return pages;
}

Result<void> writeOdt(QTextDocument& document, const QString& path)
{
    // The ODF writer closes its device when done, which QSaveFile forbids: write to memory first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return Error{Text::tr("%1 could not be written as OpenDocument text.").arg(path)};
    return writeFileAtomically(buffer.data(), path);
}

Result<void> writeFileAtomically(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return openError(file, path);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{Text::tr("%1 could not be written: %2").arg(path, reason)};
    }
    return commit(file, path);
}

} // namespace cercles
