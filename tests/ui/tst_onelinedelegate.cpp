// OneLineDelegate, painted for real (offscreen): what each kind of cell shows. Plain cells skip the style,
// so this checks that the row's base, a selection, a background brush and the text colour still show.
#include "common/onelinedelegate.h"
#include "testsupport.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace cercles::ui;

class TestOneLineDelegate : public QObject
{
    Q_OBJECT

    /// Takes an image and a rectangle; returns how many of its pixels have the colour.
    static int pixelsOf(const QImage& image, const QRect& area, QColor colour)
    {
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x)
                n += image.pixelColor(x, y).rgb() == colour.rgb();
        }
        return n;
    }

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }

    void cellsShowTheirState_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("background"); // the role that gives the cell's base
        QTest::newRow("plain row: the base") << 0 << QStringLiteral("base");
        QTest::newRow("alternate row: the alternate base") << 1 << QStringLiteral("alternate");
        QTest::newRow("selected row: the highlight") << 2 << QStringLiteral("highlight");
        QTest::newRow("row with a background brush: the brush") << 3 << QStringLiteral("brush");
    }
    void cellsShowTheirState()
    {
        QFETCH(int, row);
        QFETCH(QString, background);
        QStandardItemModel model(4, 2);
        const QColor brush(200, 230, 200);
        const QColor foreground(180, 40, 0);
        for (int r = 0; r < 4; ++r) {
            model.setItem(r, 0, new QStandardItem(QStringLiteral("Décision %1").arg(r)));
            auto* long_ =
                new QStandardItem(QStringLiteral("Un texte bien plus long que sa colonne, ").repeated(5));
            long_->setForeground(foreground);
            model.setItem(r, 1, long_);
        }
        model.item(3, 0)->setBackground(brush);
        model.item(3, 1)->setBackground(brush);
        QTableView view;
        view.setModel(&model);
        view.setItemDelegate(new OneLineDelegate(&view));
        view.setShowGrid(false);
        view.setAlternatingRowColors(true);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.resize(400, 200);
        view.setColumnWidth(0, 120);
        view.setColumnWidth(1, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectRow(2);
        view.clearFocus();
        const QImage shot = view.viewport()->grab().toImage();
        const QPalette& palette = view.palette();
        const QColor expected =
            background == QLatin1String("base")        ? palette.color(QPalette::Base)
            : background == QLatin1String("alternate") ? palette.color(QPalette::AlternateBase)
            : background == QLatin1String("highlight") ? palette.color(QPalette::Active, QPalette::Highlight)
                                                       : brush;
        for (int column = 0; column < 2; ++column) {
            const QRect cell = view.visualRect(model.index(row, column));
            // Most of the cell is its base; the rest is text.
            QVERIFY2(pixelsOf(shot, cell, expected) > cell.width() * cell.height() / 2,
                     qPrintable(QStringLiteral("column %1").arg(column)));
        }
        // The long text is drawn, in its foreground colour unless selected, and elided within its cell.
        const QRect textCell = view.visualRect(model.index(row, 1));
        const QColor text =
            row == 2 ? palette.color(QPalette::Active, QPalette::HighlightedText) : foreground;
        QVERIFY(pixelsOf(shot, textCell, text) > 0);
        const QRect beyond(textCell.right() + 1, textCell.top(), shot.width() - textCell.right() - 1,
                           textCell.height());
        if (row != 2) // the selected text is white, as the empty viewport beyond the columns
            QCOMPARE(pixelsOf(shot, beyond, text), 0);
    }
};

QTEST_MAIN(TestOneLineDelegate)
#include "tst_onelinedelegate.moc"
