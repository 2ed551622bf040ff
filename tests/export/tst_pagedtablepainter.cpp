// PagedTablePainter: rows flow from page to page whole, under the headings of every page; a row taller than
// a page is cut between its lines, each printed once; even a line taller than a page ends the table.
#include "exportfixture.h"
#include "testsupport.h"

#include "export/exportfile.h"
#include "export/exportfonts.h"
#include "export/pagedtablepainter.h"

#include <QRegularExpression>

using namespace cercles;
using namespace cercles::test;

namespace {

/// What a painted table gave.
struct Painted
{
    int pages = 0;
    int rows = 0;
    int cutRows = 0;
    QStringList text; ///< each page's text (pdftotext -raw, folded)
};

/// Takes a PDF path, the cells' style and the rows; paints a table of three columns (headings Alpha, Beta,
/// Gamma) under a title, through writeDrawnPdf as the register is written; returns what it gave.
Painted paintTable(const QString& pdf, const TableTextStyle& style, const QList<QStringList>& rows)
{
    Painted painted;
    const PdfDrawing draw = [&](QPagedPaintDevice& device) -> Result<int> {
        PageDecoration decoration;
        decoration.headerLeft = QStringLiteral("Header left");
        decoration.footerLeft = QStringLiteral("Footer left");
        decoration.pageNumber = QStringLiteral("page %1");
        decoration.lastPageNumber = QStringLiteral("page %1 (last page)");
        PagedTablePainter painter(device, decoration);
        if (Result<void> begun = painter.begin(); !begun)
            return Error{begun.error()};
        if (Result<void> title = painter.paragraph(QStringLiteral("The title"), {17, true, false}, 3); !title)
            return Error{title.error()};
        painter.startTable({QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")},
                           {20, 50, 30}, style);
        for (const QStringList& row : rows) {
            if (Result<void> added = painter.addRow(row); !added)
                return Error{added.error()};
        }
        const Result<int> pages = painter.finish();
        painted.rows = painter.rows();
        painted.cutRows = painter.cutRows();
        return pages;
    };
    painted.pages = check(writeDrawnPdf(draw, pdf, QStringLiteral("table")));
    painted.text = pdfPages(pdf);
    return painted;
}

/// Takes the pages' text and a line; returns on which pages the line is printed, once per printing.
QList<int> pagesOf(const QStringList& pages, const QString& line)
{
    // A line is followed by a space (or ends the page): "Line 1." is not read in "Line 10.".
    const QRegularExpression printed(QRegularExpression::escape(line) + QStringLiteral("(?= |$)"));
    QList<int> found;
    for (int page = 0; page < pages.size(); ++page) {
        for (auto it = printed.globalMatch(pages[page]); it.hasNext(); it.next())
            found << page;
    }
    return found;
}

} // namespace

class TestPagedTablePainter : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void initTestCase() { QVERIFY2(ensureExportFonts().ok(), qPrintable(ensureExportFonts().error())); }

    void rowsFlowWholeUnderTheHeadings()
    {
        QList<QStringList> rows;
        for (int i = 1; i <= 300; ++i) {
            // Rows of one to four lines.
            QString beta = QStringLiteral("Row %1 text.").arg(i);
            for (int k = 1; k < 1 + i % 4; ++k)
                beta += QStringLiteral("\nMore %1 of %2.").arg(k).arg(i);
            rows << QStringList{QStringLiteral("a%1").arg(i), beta, QStringLiteral("g%1").arg(i)};
        }
        TempDir dir;
        const Painted painted = paintTable(dir.file(QStringLiteral("rows.pdf")), {8.5, false, false}, rows);
        QCOMPARE(painted.rows, 300);
        QCOMPARE(painted.cutRows, 0);
        QCOMPARE(painted.text.size(), painted.pages);
        QVERIFY(painted.pages >= 5);
        for (int page = 0; page < painted.pages; ++page) {
            const QString& text = painted.text[page];
            QCOMPARE(text.count(QStringLiteral("Alpha Beta Gamma")), 1);
            QCOMPARE(text.count(QStringLiteral("The title")), page == 0 ? 1 : 0);
            QCOMPARE(pagesOf(painted.text, QStringLiteral("page %1").arg(page + 1)), QList<int>{page});
            QCOMPARE(text.contains(QStringLiteral("(last page)")), page + 1 == painted.pages);
        }
        // Each row whole on one page, its cells in order, the rows in order.
        int lastPage = 0;
        for (const QStringList& row : rows) {
            const QString whole = folded(row.join(QLatin1Char(' ')));
            const QList<int> on = pagesOf(painted.text, whole);
            QVERIFY2(on.size() == 1 && on.first() >= lastPage, qPrintable(whole));
            lastPage = on.first();
        }
    }

    /// A row taller than a page is cut between lines: each line printed once, in order, with the headings
    /// above each part; the rows before and after it print whole.
    void tallRowIsCutBetweenLines()
    {
        QStringList beta, gamma;
        for (int i = 1; i <= 250; ++i)
            beta << QStringLiteral("Line %1.").arg(i);
        for (int i = 1; i <= 40; ++i)
            gamma << QStringLiteral("G%1.").arg(i);
        const QList<QStringList> rows{
            {QStringLiteral("before"), QStringLiteral("First row.")},
            {QStringLiteral("tall"), beta.join(QLatin1Char('\n')), gamma.join(QLatin1Char('\n'))},
            {QStringLiteral("after"), QStringLiteral("Last row.")}};
        TempDir dir;
        const Painted painted = paintTable(dir.file(QStringLiteral("tall.pdf")), {8.5, false, false}, rows);
        QCOMPARE(painted.rows, 3);
        QCOMPARE(painted.cutRows, 1);
        QVERIFY(painted.pages >= 4);
        for (const QString& text : painted.text)
            QCOMPARE(text.count(QStringLiteral("Alpha Beta Gamma")), 1);
        QCOMPARE(pagesOf(painted.text, QStringLiteral("before First row.")).size(), 1);
        QCOMPARE(pagesOf(painted.text, QStringLiteral("after Last row.")).size(), 1);
        int lastPage = 0;
        for (const QStringList& lines : {beta, gamma}) {
            lastPage = 0;
            for (const QString& line : lines) {
                const QList<int> on = pagesOf(painted.text, line);
                QVERIFY2(on.size() == 1 && on.first() >= lastPage, qPrintable(line));
                lastPage = on.first();
            }
        }
        QCOMPARE(pagesOf(painted.text, QStringLiteral("Line 250.")).first(), painted.pages - 1);
    }

    /// Even a line taller than a page (here, set at 1000 points) is drawn, once, and the table ends.
    void lineTallerThanAPageEnds()
    {
        TempDir dir;
        const Painted painted =
            paintTable(dir.file(QStringLiteral("huge.pdf")), {1000, false, false},
                       {{QStringLiteral("A"), QStringLiteral("B")}, {QStringLiteral("C"), QString()}});
        QCOMPARE(painted.rows, 2);
        QCOMPARE(painted.cutRows, 2);
        // The title's page, then one for each row (under headings themselves taller than a page).
        QCOMPARE(painted.pages, 3);
        QVERIFY(painted.text.last().contains(QStringLiteral("page 3 (last page)")));
    }

    /// Painting before begin() is an error, said by finish(); nothing is written.
    void notBegunIsAnError()
    {
        TempDir dir;
        const QString pdf = dir.file(QStringLiteral("never.pdf"));
        const PdfDrawing draw = [](QPagedPaintDevice& device) -> Result<int> {
            PagedTablePainter painter(device, PageDecoration{});
            return painter.finish();
        };
        QVERIFY(!writeDrawnPdf(draw, pdf, QStringLiteral("table")));
        QVERIFY(!QFileInfo::exists(pdf));
    }
};

QTEST_MAIN(TestPagedTablePainter)
#include "tst_pagedtablepainter.moc"
