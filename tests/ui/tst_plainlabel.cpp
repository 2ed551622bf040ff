// PlainLabel, measured and painted for real (offscreen): it wraps, sizes and draws user text as QLabel does,
// so no line is cut and no layout changes, while doing a fraction of QLabel's layouts.
#include "common/plainlabel.h"
#include "testsupport.h"

#include <QTest>
#include <QVBoxLayout>

using namespace cercles::ui;

class TestPlainLabel : public QObject
{
    Q_OBJECT

    /// Takes an image; returns the rows that hold a pixel of the colour.
    static QList<int> rowsWith(const QImage& image, QColor colour)
    {
        QList<int> rows;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y).rgb() == colour.rgb()) {
                    rows << y;
                    break;
                }
            }
        }
        return rows;
    }

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }

    void wrapsAsQLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        const QString rules =
            QStringLiteral("Décisions par consentement. L’assemblée se réunit une fois par an et "
                           "chaque fois que le Conseil de Coordination la convoque.");
        QTest::newRow("one short line") << QStringLiteral("consent of all members present") << 400;
        QTest::newRow("a paragraph, wide") << rules << 600;
        QTest::newRow("a paragraph, narrow") << rules << 120;
        QTest::newRow("line breaks") << QStringLiteral("Budget\nImpact\n\nMissions") << 300;
        QTest::newRow("a word longer than the width")
            << QStringLiteral("anticonstitutionnellementanticonstitutionnellement") << 80;
        QTest::newRow("CJK and emoji") << QStringLiteral("谢谢 🎉 会议记录 谢谢 会议记录 谢谢") << 90;
        QTest::newRow("empty") << QString() << 200;
    }
    void wrapsAsQLabel()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        PlainLabel ours;
        ours.setText(text);
        QLabel qt;
        qt.setTextFormat(Qt::PlainText);
        qt.setWordWrap(true);
        qt.setText(text);
        // The same height for the same width, to a pixel per line (QLabel's document rounds each line).
        const int lines = std::max(1, qt.heightForWidth(width) / ours.fontMetrics().height());
        QVERIFY2(std::abs(ours.heightForWidth(width) - qt.heightForWidth(width)) <= lines,
                 qPrintable(QStringLiteral("%1 against %2")
                                .arg(ours.heightForWidth(width))
                                .arg(qt.heightForWidth(width))));
        // Asked again (a layout asks often), the same answer.
        QCOMPARE(ours.heightForWidth(width), ours.heightForWidth(width));
        QVERIFY(ours.sizeHint().width() <= 80 * ours.fontMetrics().averageCharWidth() + 1);
        QVERIFY(ours.minimumSizeHint().width() <= ours.sizeHint().width());
    }

    void paintsEveryLineInItsHeight()
    {
        // A paragraph in a column: every line is drawn, none beyond the label, and a new text is measured.
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* label = new PlainLabel;
        label->setText(QStringLiteral("Une ligne. ").repeated(30));
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(200, 0, 0));
        label->setPalette(palette);
        layout->addWidget(label);
        layout->addStretch();
        window.resize(200, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<int> rows = rowsWith(label->grab().toImage(), QColor(200, 0, 0));
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.constLast() < label->height());
        // About as many text rows as the lines' height says.
        const int lines = label->heightForWidth(label->width()) / label->fontMetrics().lineSpacing();
        QVERIFY2(lines >= 5, qPrintable(QString::number(lines)));
        QVERIFY(rows.constLast() - rows.constFirst() > (lines - 1) * label->fontMetrics().lineSpacing() - 4);
        const int before = label->heightForWidth(label->width());
        label->setText(QStringLiteral("Court"));
        QVERIFY(label->heightForWidth(label->width()) < before);
    }

    void aSelectionIsPaintedByQLabel()
    {
        PlainLabel label;
        label.setText(QStringLiteral("Texte à copier"));
        label.resize(300, 40);
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        const QImage plain = label.grab().toImage();
        label.setSelection(0, 5);
        QVERIFY(label.hasSelectedText());
        const QColor highlight = label.palette().color(QPalette::Highlight);
        QVERIFY(!rowsWith(label.grab().toImage(), highlight).isEmpty());
        QVERIFY(rowsWith(plain, highlight).isEmpty());
    }
};

QTEST_MAIN(TestPlainLabel)
#include "tst_plainlabel.moc"
