// The ballot-hiding flow of the vote panel, driven offscreen (processes.md section 4): each voter grades with
// the keyboard, may correct before casting, and once the ballot is cast nothing on screen shows it; the
// result appears only when the facilitator closes the vote.
#include "common/messages.h"
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"
#include "votes/meritprofilechart.h"
#include "votes/votepanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace cercles;
using cercles::ui::VotePanel;

namespace {
const CircleId council{2};

struct Fixture
{
    test::TempDir dir;
    QString path = dir.file(QStringLiteral("demo.cercles"));
    std::unique_ptr<Document> doc;
    AgendaItemId item;

    Fixture()
    {
        if (auto created = createDemoFile(path); !created)
            qFatal("%s", qPrintable(created.error()));
        doc = std::move(Document::open(path)).value();
        Meeting m = doc->meetings().draftMeeting(council, QDate(2026, 12, 1), QTime(19, 0), "Europe/Paris");
        m.status = MeetingStatus::Open;
        const MeetingId meeting = *doc->meetings().createMeeting(m);
        AgendaItem a;
        a.meeting = meeting;
        a.kind = AgendaItemKind::MajorityJudgmentVote;
        a.title = QStringLiteral("Lieu de l'université d'été");
        item = *doc->meetings().addAgendaItem(a);
    }

    VoteId vote() const { return *doc->votes().voteOf(item); }
};

/// Returns the texts every visible widget of the panel shows: labels, combos, buttons, tables.
QStringList visibleTexts(const QWidget& panel)
{
    QStringList texts;
    for (const QLabel* label : panel.findChildren<QLabel*>()) {
        if (label->isVisible())
            texts << label->text();
    }
    for (const QComboBox* combo : panel.findChildren<QComboBox*>()) {
        if (combo->isVisible())
            texts << combo->currentText();
    }
    for (const QTableWidget* table : panel.findChildren<QTableWidget*>()) {
        if (!table->isVisible())
            continue;
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                texts << (table->item(r, c) ? table->item(r, c)->text() : QString());
    }
    return texts;
}

/// The confirmations asked, answered with the act's button.
QStringList& asked()
{
    static QStringList list;
    return list;
}

QMessageBox::StandardButton confirmAct(QWidget*, ui::messages::Kind, const QString&, const QString& text,
                                       QMessageBox::StandardButtons buttons)
{
    asked() << text;
    return buttons.testFlag(QMessageBox::Yes) ? QMessageBox::Yes : QMessageBox::Ok;
}

void openVote(VotePanel& panel, const QString& options)
{
    panel.titleEdit()->setText(QStringLiteral("Lieu"));
    panel.optionsEdit()->setPlainText(options);
    panel.createButton()->click();
    QCOMPARE(panel.page(), VotePanel::Page::Ballot);
}

} // namespace

class TestBallotFlow : public QObject
{
    Q_OBJECT
private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void initTestCase() { ui::messages::setHook(&confirmAct); }

    void irreversibleActsDefaultToCancel()
    {
        // The real box: Enter pressed out of habit cancels; only the act's own button confirms.
        const std::unique_ptr<QMessageBox> box = ui::messages::irreversibleBox(
            nullptr, QStringLiteral("Close"), QStringLiteral("Sure?"), QStringLiteral("Close the vote"));
        QVERIFY(box->defaultButton());
        QCOMPARE(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole);
        QCOMPARE(box->escapeButton(), box->defaultButton());
        QCOMPARE(box->buttons().size(), 2);
        QCOMPARE(box->textFormat(), Qt::PlainText);
    }

    void previousBallotIsHiddenAndResultOnlyAfterClose()
    {
        Fixture f;
        VotePanel panel(*f.doc, f.item);
        panel.resize(800, 600);
        panel.show();
        QCOMPARE(panel.page(), VotePanel::Page::Setup);
        openVote(panel, QStringLiteral("Lyon\nGrenoble\n"));
        QCOMPARE(panel.gradeCombos().size(), 2);

        // Voter 1 types 7 (Excellent) for Lyon and 3 for Grenoble...
        const QString voter1 = panel.voterCombo()->currentText();
        QVERIFY(!voter1.isEmpty());
        QVERIFY(!panel.castButton()->isEnabled());
        panel.gradeCombos().at(0)->setFocus();
        QTest::keyClick(panel.gradeCombos().at(0), Qt::Key_7);
        QVERIFY(!panel.castButton()->isEnabled()); // Grenoble not graded yet
        QTest::keyClick(panel.gradeCombos().at(1), Qt::Key_3);
        QCOMPARE(panel.gradeCombos().at(0)->currentData().toInt(), 6);
        QCOMPARE(panel.gradeCombos().at(1)->currentData().toInt(), 2);
        // ...then corrects Lyon to 5 before casting.
        QTest::keyClick(panel.gradeCombos().at(0), Qt::Key_5);
        QVERIFY(panel.castButton()->isEnabled());
        QVERIFY(f.doc->votes().vote(f.vote())->ballots.isEmpty()); // nothing written before the cast
        panel.castButton()->click();

        QCOMPARE(panel.page(), VotePanel::Page::NextVoter);
        QCOMPARE(f.doc->votes().vote(f.vote())->ballots.constFirst().grades,
                 (QList<int>{4, 2})); // the correction
        // No widget shows voter 1's grades: not on the next-voter screen, nor behind it.
        const GradeScale scale = GradeScale::frenchDefault();
        for (const QString& text : visibleTexts(panel)) {
            for (int grade = 0; grade < scale.size(); ++grade)
                QVERIFY2(!text.contains(scale.name(grade)), qPrintable(text));
        }
        for (const QComboBox* combo : panel.gradeCombos())
            QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(!panel.chart()->isVisible());

        // The next voter starts on a blank ballot, and voter 1 is no longer offered.
        QTest::keyClick(panel.nextVoterButton(), Qt::Key_Space);
        QCOMPARE(panel.page(), VotePanel::Page::Ballot);
        QVERIFY(panel.voterCombo()->findText(voter1) < 0);
        for (const QComboBox* combo : panel.gradeCombos())
            QCOMPARE(combo->currentIndex(), 0);
        QTest::keyClick(panel.gradeCombos().at(0), Qt::Key_2);
        QTest::keyClick(panel.gradeCombos().at(1), Qt::Key_6);
        panel.castButton()->click();
        panel.nextVoterButton()->click();

        // Still no result on screen, whatever was cast.
        QVERIFY(!panel.chart()->isVisible());
        QVERIFY(panel.resultLines().isEmpty());
        QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("2 ballot")));
        QVERIFY(!f.doc->votes().result(f.vote()).ok());

        // A paper count of three more judgments each, then the facilitator closes the vote.
        panel.paperButton()->click();
        QCOMPARE(panel.page(), VotePanel::Page::PaperCount);
        panel.paperTable()->item(0, 0)->setText(QStringLiteral("3")); // Lyon: 3 x Excellent
        panel.paperTable()->item(1, 6)->setText(QStringLiteral("3")); // Grenoble: 3 x Reject
        panel.savePaperButton()->click();
        QCOMPARE(panel.page(), VotePanel::Page::Ballot);
        asked().clear();
        panel.closeVoteButton()->click();
        QCOMPARE(asked().size(), 1); // the close is confirmed first

        QCOMPARE(panel.page(), VotePanel::Page::Result);
        QVERIFY(panel.chart()->isVisible());
        const MajorityJudgment result = *f.doc->votes().result(f.vote());
        QCOMPARE(panel.chart()->data()->result.ranks, result.ranks);
        QCOMPARE(result.ranks, (QList<int>{1, 2}));
        QVERIFY(panel.resultLines().contains(QStringLiteral("1. Lyon \u2014 majority grade: Excellent")));
    }

    void twoCloseOptionsExplained()
    {
        Fixture f;
        VotePanel panel(*f.doc, f.item);
        panel.show();
        openVote(panel, QStringLiteral("Library\nPark"));
        QVERIFY(
            f.doc->votes().setPaperTallies(f.vote(), {{4, 5, 2, 1, 3, 1, 2}, {3, 6, 2, 1, 3, 1, 2}}).ok());
        panel.refresh();
        panel.closeVoteButton()->click();
        QCOMPARE(panel.page(), VotePanel::Page::Result);
        const QStringList lines = panel.resultLines();
        QVERIFY(lines.contains(QStringLiteral("1. Park \u2014 majority grade: Insufficient")));
        QVERIFY(lines.contains(QStringLiteral("2. Library \u2014 majority grade: Insufficient")));
        bool explained = false;
        for (const QString& line : lines) {
            if (line.startsWith(QStringLiteral("Park is ahead of Library")) &&
                line.contains(QStringLiteral("contestation")))
                explained = true;
        }
        QVERIFY2(explained, qPrintable(lines.join(QLatin1Char('\n'))));
        qInfo("%s", qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void refusedCloseLeavesTheVoteOpen()
    {
        Fixture f;
        VotePanel panel(*f.doc, f.item);
        panel.show();
        openVote(panel, QStringLiteral("Lyon\nGrenoble"));
        QTest::keyClick(panel.gradeCombos().at(0), Qt::Key_4);
        QTest::keyClick(panel.gradeCombos().at(1), Qt::Key_0); // no judgment on Grenoble
        panel.castButton()->click();
        panel.nextVoterButton()->click();
        QTest::keyClick(panel.gradeCombos().at(0), Qt::Key_4);
        QTest::keyClick(panel.gradeCombos().at(1), Qt::Key_4);
        panel.castButton()->click();
        panel.nextVoterButton()->click();
        panel.closeVoteButton()->click(); // unbalanced, no fill rule
        QCOMPARE(panel.page(), VotePanel::Page::Ballot);
        QVERIFY(panel.errorLabel()->isVisible());
        QVERIFY(!panel.chart()->isVisible());
    }
};

QTEST_MAIN(TestBallotFlow)
#include "tst_ballotflow.moc"
