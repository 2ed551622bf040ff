#pragma once

#include <functional>
#include <memory>

#include "domain/result.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace cercles {

/// What each page shows around the text: a header line (left and right) and a footer with the page number.
struct PageDecoration
{
    QString headerLeft;  ///< e.g. "Organisation — Circle"
    QString headerRight; ///< e.g. the meeting date
    QString footerLeft;  ///< e.g. "Draft" / "Approved on ..."
    QString
        footerAbove; ///< a line above the footer, whole (never elided): the chain head of approved minutes
    QString pageNumber = QStringLiteral("page %1 / %2"); ///< %1 the page, %2 the page count
    /// When set, a document in parts is drawn in one pass, each part laid out once (the page count is not
    /// known beforehand): pageNumber then takes only %1, and the last page reads this instead (%1 the page),
    /// so a reader can still tell that no page is missing, between (the numbers) or at the end.
    QString lastPageNumber;
};

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

    /// Makes part `index` of a document too long to hold at once (nullptr on error).
    using PartMaker = std::function<std::unique_ptr<QTextDocument>(int index)>;
    /// Takes a paged device, what the pages show, the number of parts and how to make each; lays out and
    /// paints the parts one after the other, each from a new page, numbering the pages across them
    /// ("page X / Y"): a first pass counts the pages, a second paints them (one pass only when the
    /// decoration has a lastPageNumber), and only one part is in memory at a time, so memory does not grow
    /// with the whole. Returns the number of pages. Errors: as render(),
    /// or a part that cannot be made.
    static Result<int> renderParts(QPagedPaintDevice& device, const PageDecoration& decoration, int parts,
                                   const PartMaker& make);

private:
    /// The page geometry of a device: the printable width, the body height and the header and footer bands.
    struct Geometry;
    static Geometry geometryOf(QPagedPaintDevice& device, const PageDecoration& decoration);
    /// Lays the document out for the device as one tall page and returns where its pages break.
    static Pagination layOut(QTextDocument& document, QPagedPaintDevice& device, const Geometry& geometry);
    /// Paints the pages of a laid-out document, numbered from `firstNumber` of `total`; the first page is
    /// started by the caller when `newPageFirst` is false. `lastPart`: its last page is the document's.
    static Result<void> paintPages(QPainter& painter, QPagedPaintDevice& device, QTextDocument& document,
                                   const Pagination& pages, const PageDecoration& decoration,
                                   const Geometry& geometry, int firstNumber, int total, bool newPageFirst,
                                   bool lastPart = true);
    QTextDocument& m_doc;
    PageDecoration m_decoration;
};

} // namespace cercles
