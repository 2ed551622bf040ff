// The facilitation screen shows the panel each kind of agenda item calls for: the election panel for an
// election, the vote panel for a majority-judgment vote, the title and notes for information and discussion
// items. The agenda item dialog offers every kind, so a secretary can put an election or a vote on the
// agenda. Closing the meeting makes its record final: nothing on the undo stack can reopen it or take back
// what was recorded (the file stays byte for byte the same after Ctrl+Z).

#include "meetingfixture.h"
#include "testsupport.h"

#include "elections/electionpanel.h"
#include "facilitation/consentpanel.h"
#include "facilitation/facilitationwindow.h"
#include "facilitation/presentationwindow.h"
#include "facilitation/proposalform.h"
#include "meetings/agendaitemdialog.h"
#include "meetings/commands/addagendaitemcommand.h"
#include "votes/meritprofilechart.h"
#include "votes/votepanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

#include <type_traits>

using namespace cercles;
using namespace cercles::test;
using namespace cercles::ui;

Q_DECLARE_METATYPE(cercles::AgendaItemKind)

namespace {
// What the facilitation screen should show for an item.
enum class Shown
{
    Election,
    Vote,
    Notes
};
} // namespace
Q_DECLARE_METATYPE(Shown)

class TestFacilitationKinds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsThePanelOfTheItemKind_data();
    void showsThePanelOfTheItemKind();
    void agendaDialogOffersEveryKind_data();
    void agendaDialogOffersEveryKind();
    void closingMakesTheRecordFinal();
    void projectorShowsElectionsAndVotes();

private:
    void open(MeetingId meeting);

    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<FacilitationWindow> m_window;
};

void TestFacilitationKinds::initTestCase()
{
    ui::messages::setHook(&answerYes);
}

void TestFacilitationKinds::init()
{
    cercles::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<TempDir>();
    m_doc = openDemo(m_dir->file(QStringLiteral("demo.cercles")));
    m_stack = std::make_unique<QUndoStack>();
    shownMessages().clear();
}

void TestFacilitationKinds::cleanup()
{
    m_window.reset();
    m_stack.reset();
    m_doc.reset();
    m_dir.reset();
}

void TestFacilitationKinds::open(MeetingId meeting)
{
    m_window = std::make_unique<FacilitationWindow>(*m_doc, *m_stack, meeting);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFacilitationKinds::showsThePanelOfTheItemKind_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<Shown>("shown");
    // The agenda built in the test: a consent decision first, then these items in this order.
    QTest::newRow("election") << 1 << Shown::Election;
    QTest::newRow("majority-judgment vote") << 2 << Shown::Vote;
    QTest::newRow("information") << 3 << Shown::Notes;
    QTest::newRow("discussion") << 4 << Shown::Notes;
    QTest::newRow("second election") << 5 << Shown::Election;
}

void TestFacilitationKinds::showsThePanelOfTheItemKind()
{
    QFETCH(int, row);
    QFETCH(Shown, shown);
    const Meeting meeting = planMeeting(*m_doc, circleId(*m_doc, "Conseil de Coordination"));
    QList<AgendaItemId> items;
    items << addItem(*m_doc, meeting.id, AgendaItemKind::ConsentDecision, QStringLiteral("Budget 2027"));
    items << addItem(*m_doc, meeting.id, AgendaItemKind::Election, QStringLiteral("Élection du trésorier"));
    items << addItem(*m_doc, meeting.id, AgendaItemKind::MajorityJudgmentVote,
                     QStringLiteral("Choix du lieu de l'AG"));
    items << addItem(*m_doc, meeting.id, AgendaItemKind::Information, QStringLiteral("Nouvelles du Cercle"));
    items << addItem(*m_doc, meeting.id, AgendaItemKind::Discussion, QStringLiteral("Tour de météo"));
    items << addItem(*m_doc, meeting.id, AgendaItemKind::Election, QStringLiteral("Élection du secrétaire"));
    open(meeting.id);
    // The first item is a consent decision without a proposal: the form that starts one.
    QCOMPARE(m_window->currentPage(), m_window->proposalForm());
    QVERIFY(m_window->proposalForm()->isVisible());

    // Going through the election first, so that a panel left from another item cannot pass for this one.
    m_window->selectItem(items[1]);
    m_window->selectItem(items[row]);
    QCOMPARE(m_window->currentItem(), items[row]);

    const auto visibleOf = [this](auto* dummy) {
        using Panel = std::remove_pointer_t<decltype(dummy)>;
        QList<Panel*> visible;
        for (Panel* panel : m_window->findChildren<Panel*>()) {
            if (panel->isVisible())
                visible << panel;
        }
        return visible;
    };
    const QList<ElectionPanel*> elections = visibleOf(static_cast<ElectionPanel*>(nullptr));
    const QList<VotePanel*> votes = visibleOf(static_cast<VotePanel*>(nullptr));
    QVERIFY(!m_window->proposalForm()->isVisible());
    QVERIFY(!m_window->consentPanel()->isVisible());
    switch (shown) {
    case Shown::Election: {
        QCOMPARE(elections.size(), 1);
        QVERIFY(votes.isEmpty());
        QCOMPARE(m_window->electionPanel(), elections.first());
        QCOMPARE(m_window->currentPage(), elections.first());
        QVERIFY(!m_window->votePanel());
        // The panel is the one of this item: an election not started yet shows its set-up, enabled.
        QVERIFY(!elections.first()->election().has_value());
        QVERIFY(elections.first()->startButton()->isVisible());
        QVERIFY(elections.first()->isEnabled());
        break;
    }
    case Shown::Vote:
        QCOMPARE(votes.size(), 1);
        QVERIFY(elections.isEmpty());
        QCOMPARE(m_window->votePanel(), votes.first());
        QCOMPARE(m_window->currentPage(), votes.first());
        QVERIFY(!m_window->electionPanel());
        QCOMPARE(votes.first()->page(), VotePanel::Page::Setup);
        QVERIFY(votes.first()->createButton()->isVisible());
        break;
    case Shown::Notes: {
        QVERIFY(elections.isEmpty());
        QVERIFY(votes.isEmpty());
        QVERIFY(!m_window->electionPanel());
        QVERIFY(!m_window->votePanel());
        auto* notes = qobject_cast<QLabel*>(m_window->currentPage());
        QVERIFY(notes);
        QVERIFY(notes->isVisible());
        QCOMPARE(notes->textFormat(), Qt::PlainText);
        const AgendaItem item = m_doc->meetings().meeting(meeting.id)->agenda[row];
        QVERIFY(notes->text().contains(item.title));
        QVERIFY(notes->text().contains(agendaKindName(item.kind)));
        break;
    }
    }

    // Back to the consent decision: its form again, and no election or vote panel stays visible.
    m_window->selectItem(items[0]);
    QCOMPARE(m_window->currentPage(), m_window->proposalForm());
    QVERIFY(visibleOf(static_cast<ElectionPanel*>(nullptr)).isEmpty());
    QVERIFY(visibleOf(static_cast<VotePanel*>(nullptr)).isEmpty());
}

void TestFacilitationKinds::agendaDialogOffersEveryKind_data()
{
    QTest::addColumn<AgendaItemKind>("kind");
    QTest::addColumn<Shown>("shown");
    QTest::newRow("election") << AgendaItemKind::Election << Shown::Election;
    QTest::newRow("majority-judgment vote") << AgendaItemKind::MajorityJudgmentVote << Shown::Vote;
    QTest::newRow("discussion") << AgendaItemKind::Discussion << Shown::Notes;
}

void TestFacilitationKinds::agendaDialogOffersEveryKind()
{
    QFETCH(AgendaItemKind, kind);
    QFETCH(Shown, shown);
    const Meeting meeting = planMeeting(*m_doc, circleId(*m_doc, "Conseil de Coordination"));
    AgendaItemDialog dialog(*m_doc, *m_stack, meeting.id);
    const int index = dialog.kindCombo()->findData(QVariant::fromValue(int(kind)));
    QVERIFY2(index >= 0, "the kind is not offered");
    QCOMPARE(dialog.kindCombo()->itemText(index), agendaKindName(kind));
    dialog.kindCombo()->setCurrentIndex(index);
    QVERIFY(!dialog.personCombo()->isEnabled()); // only entries and exits concern a person
    dialog.titleEdit()->setText(QStringLiteral("Point ajouté"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedId().isValid());
    const QList<AgendaItem> agenda = m_doc->meetings().meeting(meeting.id)->agenda;
    QCOMPARE(agenda.size(), 1);
    QCOMPARE(agenda[0].kind, kind);

    // The facilitation screen opens on it with the panel of its kind.
    open(meeting.id);
    QCOMPARE(m_window->currentItem(), dialog.savedId());
    QCOMPARE(m_window->electionPanel() != nullptr, shown == Shown::Election);
    QCOMPARE(m_window->votePanel() != nullptr, shown == Shown::Vote);
    if (shown == Shown::Election)
        QCOMPARE(m_window->currentPage(), m_window->findChild<ElectionPanel*>());
    if (shown == Shown::Vote)
        QCOMPARE(m_window->currentPage(), m_window->findChild<VotePanel*>());
}

void TestFacilitationKinds::closingMakesTheRecordFinal()
{
    const Meeting meeting = planMeeting(*m_doc, circleId(*m_doc, "Conseil de Coordination"));
    addItem(*m_doc, meeting.id, AgendaItemKind::Election, QStringLiteral("Élection du trésorier"));
    open(meeting.id);
    // Opening is no undo step (the status only moves forward); adding an item is one.
    m_window->openMeeting();
    QCOMPARE(m_doc->meetings().meeting(meeting.id)->status, MeetingStatus::Open);
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(!m_window->currentUndoStack() || !m_window->currentUndoStack()->canUndo());
    QVERIFY2(m_window->savedLabel()->text().contains(QStringLiteral("cannot be undone")),
             qPrintable(m_window->savedLabel()->text()));
    AgendaItem extra;
    extra.meeting = meeting.id;
    extra.kind = AgendaItemKind::MajorityJudgmentVote;
    extra.title = QStringLiteral("Choix du lieu de l'AG");
    QVERIFY(AddAgendaItemCommand::tryPush(*m_stack, m_doc->meetings(), extra, -1).ok());
    QVERIFY(m_stack->canUndo());

    m_window->closeMeeting();
    QVERIFY(!shownMessages().isEmpty());
    QVERIFY2(shownMessages().constFirst().contains(QStringLiteral("Closing makes the record final.")),
             qPrintable(shownMessages().join(QStringLiteral(" | "))));
    QCOMPARE(m_doc->meetings().meeting(meeting.id)->status, MeetingStatus::Closed);
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(!m_stack->canUndo());
    QVERIFY(!m_stack->canRedo());

    const QString path = m_doc->database().path();
    const QByteArray bytes = readBytes(path);
    const QByteArray tables = dumpTables(m_doc->database().connection());

    // Ctrl+Z in the facilitation screen, then the main window's undo (the stack itself): nothing changes.
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    m_stack->undo();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(readBytes(path), bytes);
    QCOMPARE(dumpTables(m_doc->database().connection()), tables);
    QCOMPARE(m_doc->meetings().meeting(meeting.id)->status, MeetingStatus::Closed);
    QCOMPARE(int(m_doc->meetings().meeting(meeting.id)->agenda.size()), 2);
    // The election panel of the closed meeting no longer records.
    QVERIFY(m_window->electionPanel());
    QVERIFY(!m_window->electionPanel()->isEnabled());
}

/// The projector follows the item in front (issue 9): an election's steps, each nomination once its author
/// says it (never the written names before), a vote's options while it is open (no grade, no count), its
/// ranking and merit chart once closed; it never takes the keyboard from the facilitation window.
void TestFacilitationKinds::projectorShowsElectionsAndVotes()
{
    const Meeting meeting = planMeeting(*m_doc, circleId(*m_doc, "Conseil de Coordination"));
    const AgendaItemId electionItem =
        addItem(*m_doc, meeting.id, AgendaItemKind::Election, QStringLiteral("Élection du trésorier"));
    const AgendaItemId voteItem =
        addItem(*m_doc, meeting.id, AgendaItemKind::MajorityJudgmentVote, QStringLiteral("Lieu de l'AG"));
    open(meeting.id);
    PresentationWindow* projector = m_window->showPresentation();
    QVERIFY(projector->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::activeWindow(), m_window.get()); // one screen: the keyboard stays here
    auto shown = [&] {
        QCoreApplication::processEvents();
        return QStringList{projector->phaseLabel()->text(), projector->proposalLabel()->text(),
                           projector->itemsLabel()->isVisible() ? projector->itemsLabel()->text() : QString(),
                           projector->tallyLabel()->isVisible() ? projector->tallyLabel()->text() : QString()}
            .join(QLatin1Char('\n'));
    };
    const Organisation& org = m_doc->organisation().organisation();
    const QList<PersonId> present = m_doc->meetings().meeting(meeting.id)->present();
    const QString first = org.person(present[0])->name, second = org.person(present[1])->name,
                  third = org.person(present[2])->name;

    m_window->selectItem(electionItem);
    ElectionService& elections = m_doc->elections();
    const ElectionId election =
        elections
            .start(electionItem,
                   ElectionDescription{QStringLiteral("Trésorerie"), QStringLiteral("Tient les comptes"),
                                       QDate(2027, 1, 1), QDate(2027, 12, 31), QString()})
            .value();
    const QDateTime at = elections.now();
    QVERIFY(elections.record(election, ElectionEvent::opening(at, present)));
    QVERIFY(elections.record(election, ElectionEvent::written(at, present[0], present[1])));
    QVERIFY(elections.record(election, ElectionEvent::written(at, present[1], present[2])));
    QString text = shown();
    QVERIFY2(text.contains(QStringLiteral("Trésorerie")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 of %1 names written").arg(present.size())), qPrintable(text));
    QVERIFY2(!text.contains(second) && !text.contains(third), qPrintable(text)); // nobody sees whom
    for (int i = 2; i < present.size(); ++i)
        QVERIFY(elections.record(election, ElectionEvent::written(at, present[i], present[1])));
    QVERIFY(
        elections.record(election, ElectionEvent::roundStart(ElectionEventKind::NominationRoundStarted, at)));
    text = shown();
    QVERIFY2(!text.contains(second), qPrintable(text)); // still hidden until said aloud
    QVERIFY(elections.record(
        election, ElectionEvent::explained(at, present[0], QStringLiteral("Elle est rigoureuse"))));
    text = shown();
    QVERIFY2(text.contains(QStringLiteral("%1 names %2: Elle est rigoureuse").arg(first, second)),
             qPrintable(text));
    QVERIFY2(!text.contains(third), qPrintable(text)); // the next written names are not said yet

    m_window->selectItem(voteItem);
    const VoteId vote =
        m_doc->votes()
            .createVote(voteItem, VoteDefinition{QStringLiteral("Lieu"),
                                                 {QStringLiteral("Lyon"), QStringLiteral("Grenoble")},
                                                 {},
                                                 {}})
            .value();
    QVERIFY(m_doc->votes().castBallot(vote, present[0], {6, 1}));
    text = shown();
    QVERIFY2(text.contains(QStringLiteral("Lyon\nGrenoble")), qPrintable(text));
    const GradeScale scale = GradeScale::frenchDefault();
    for (int grade = 0; grade < scale.size(); ++grade)
        QVERIFY2(!text.contains(scale.name(grade)), qPrintable(text));
    QVERIFY(!projector->chart()->isVisible());
    QVERIFY(m_doc->votes().close(vote).ok());
    text = shown();
    QVERIFY2(text.contains(QStringLiteral("1. Lyon \u2014 %1").arg(scale.name(6))), qPrintable(text));
    QVERIFY(projector->chart()->isVisible());
    QVERIFY(projector->chart()->data().has_value());
    QCOMPARE(QApplication::activeWindow(), m_window.get());

    // F5 hides it, and shows it again (also once minimised), the keyboard staying here.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(!projector->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(projector->isVisible());
    projector->showMinimized();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(projector->isVisible() && !projector->isMinimized());
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::activeWindow(), m_window.get());
}

QTEST_MAIN(TestFacilitationKinds)
#include "tst_facilitationkinds.moc"
