#pragma once

#include "domain/result.h"
#include "pagedecoration.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace cercles {

/// Where the pages of a document break, in document coordinates of the device's resolution.
struct Pagination
{
    QList<qreal> pageTops; ///< the document y where each page starts; the last page ends at `end`
    qreal end = 0;
    qreal pageHeight = 0; ///< the height of a page's slice (device units)
    int cutUnits = 0;     ///< rows or lines taller than a page that had to be cut (0 in any normal document)

    int pageCount() const { return int(pageTops.size()); }
    /// Returns whether every page's slice fits the page height.
    bool slicesFit() const
    {
        for (int i = 0; i < pageCount(); ++i) {
            if ((i + 1 < pageCount() ? pageTops[i + 1] : end) - pageTops[i] > pageHeight + 0.01)
                return false;
        }
        return true;
    }
};

/// Paginates a text document on A4-style paged devices itself, so that no line of text and no table row
/// is ever cut across a page break (Qt's own pagination may split a table row): the document is laid out
/// once as one tall page, cut between lines and rows only (headings kept with what follows, tables marked
/// KeepTogether kept whole when they fit), and each page is painted with QTextDocument::drawContents
/// clipped to its slice, with the header and "page X / Y" footer around it.
class PagedRenderer
{
public:
    /// Takes the document (laid out for `device` by this call: its paint device and text width change) and
    /// what the pages show around it.
    PagedRenderer(QTextDocument& document, PageDecoration decoration);

    /// Takes a paged device (QPdfWriter, QPrinter) already set to its page size, orientation and margins;
    /// lays the document out for it, paints every page and ends the painter. Returns the pagination used.
    /// Errors: the painter cannot start on the device (e.g. the output cannot be written).
    Result<Pagination> render(QPagedPaintDevice& device);

    /// Takes the content height of a page (device units) and a document already laid out; returns where
    /// pages break. Exposed for tests.
    static Pagination paginate(QTextDocument& document, qreal pageHeight);

private:
    /// Lays the document out for the device as one tall page and returns where its pages break.
    static Pagination layOut(QTextDocument& document, QPagedPaintDevice& device,
                             const PageGeometry& geometry);
    /// Paints the pages of a laid-out document, the first one already started.
    Result<void> paintPages(QPainter& painter, QPagedPaintDevice& device, const Pagination& pages,
                            const PageGeometry& geometry);
    QTextDocument& m_doc;
    PageDecoration m_decoration;
};

} // namespace cercles
