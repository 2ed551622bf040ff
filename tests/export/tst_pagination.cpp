// PagedRenderer's page breaks: every page's slice fits the page, nothing is cut, tables kept together.
#include "export/exportfonts.h"
#include "export/pagedrenderer.h"
#include "export/textcomposer.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextDocument>

using namespace cercles;

class TestPagination : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void initTestCase() { QVERIFY(ensureExportFonts().ok()); }

    void slicesFitThePage_data()
    {
        QTest::addColumn<int>("fillerLines");
        QTest::addColumn<qreal>("lastRowSpace");
        // The signature block (a table kept together, room below its last row) lands at every position
        // of a page, the room included.
        for (int lines : {0, 10, 20, 25, 28, 30, 32, 35, 40, 45}) {
            QTest::addRow("%d lines, signature room", lines) << lines << qreal(60);
            QTest::addRow("%d lines, no room", lines) << lines << qreal(0);
        }
    }

    void slicesFitThePage()
    {
        QFETCH(int, fillerLines);
        QFETCH(qreal, lastRowSpace);
        QTextDocument doc;
        TextComposer out(&doc);
        out.heading(QStringLiteral("Titre"));
        for (int i = 0; i < fillerLines; ++i)
            out.paragraph(QStringLiteral("Ligne %1 du compte rendu.").arg(i));
        out.heading(QStringLiteral("Signatures"));
        out.table({QStringLiteral("Facilitateur"), QStringLiteral("Secrétaire")},
                  {{QStringLiteral("A"), QStringLiteral("B")},
                   {QStringLiteral("Signature"), QStringLiteral("Signature")}},
                  {50, 50}, true, true, lastRowSpace);
        doc.setPageSize(QSizeF(500, -1));
        const qreal pageHeight = 600;
        const Pagination p = PagedRenderer::paginate(doc, pageHeight);
        QCOMPARE(p.cutUnits, 0);
        QVERIFY(p.end >= doc.documentLayout()->documentSize().height());
        QVERIFY(p.slicesFit());
    }
};

QTEST_MAIN(TestPagination)
#include "tst_pagination.moc"
