// The record the secretary keeps in the facilitation window (issue 10), offscreen on the demo file: the
// window opens on the first item not dealt with yet, notes are in the file after a pause in typing (or on
// leaving the item) and before "saved" is shown, actions are added from any item, a closed meeting's record
// is read-only; the circle's actions list marks an action done and exports a CSV that never runs a formula.

#include "meetingfixture.h"
#include "testsupport.h"

#include "actions/actionsmodel.h"
#include "actions/actionspage.h"
#include "facilitation/consentpanel.h"
#include "facilitation/facilitationwindow.h"
#include "facilitation/itemrecordpanel.h"
#include "facilitation/proposalform.h"
#include "meetings/commands/editagendaitemcommand.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QUndoStack>

using namespace cercles;
using namespace cercles::test;
using namespace cercles::ui;

namespace {
/// Takes a file and an item; returns its notes as another connection reads them from the file.
QString notesInFile(const QString& path, AgendaItemId item)
{
    QString notes;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT notes FROM agenda_item WHERE id = ?"));
            q.addBindValue(item.value());
            if (q.exec() && q.next())
                notes = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return notes;
}
} // namespace

class TestFacilitationRecord : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ui::messages::setHook(&answerYes); }
    void init()
    {
        cercles::test::failOnUnexpectedWarnings();
        m_dir = std::make_unique<TempDir>();
        m_path = m_dir->file(QStringLiteral("demo.cercles"));
        m_doc = openDemo(m_path);
        m_stack = std::make_unique<QUndoStack>();
        shownMessages().clear();
        m_council = circleId(*m_doc, "Conseil de Coordination");
    }
    void cleanup()
    {
        m_window.reset();
        m_stack.reset();
        m_doc.reset();
        m_dir.reset();
    }

    void agendaEditKeepsNotesTypedMeanwhile()
    {
        // The agenda dialog was opened on an item; meanwhile the secretary typed its notes in the
        // facilitation window. Renaming it from the dialog's copy, then undoing and redoing, never loses
        // those notes.
        const Meeting meeting = planMeeting(*m_doc, m_council);
        const AgendaItemId id =
            addItem(*m_doc, meeting.id, AgendaItemKind::Discussion, QStringLiteral("Fête"));
        const auto stored = [&] {
            const Result<Meeting> now = m_doc->meetings().meeting(meeting.id);
            for (const AgendaItem& a : now->agenda)
                if (a.id == id)
                    return a;
            return AgendaItem();
        };
        const AgendaItem shown = stored();
        QVERIFY(m_doc->meetings().setItemNotes(id, QStringLiteral("Date retenue : 21 juin")));
        AgendaItem edited = shown;
        edited.title = QStringLiteral("Fête de la musique");
        QVERIFY(ui::EditAgendaItemCommand::tryPush(*m_stack, m_doc->meetings(), shown, edited));
        QCOMPARE(stored().title, edited.title);
        QCOMPARE(stored().notes, QStringLiteral("Date retenue : 21 juin"));
        m_stack->undo();
        QCOMPARE(stored().title, shown.title);
        QCOMPARE(stored().notes, QStringLiteral("Date retenue : 21 juin"));
        m_stack->redo();
        QCOMPARE(stored().title, edited.title);
        QCOMPARE(stored().notes, QStringLiteral("Date retenue : 21 juin"));
    }

    void resumesAtTheFirstUnfinishedItem_data()
    {
        QTest::addColumn<int>("treated"); // how many of the three items are done before the window opens
        QTest::addColumn<int>("expected");
        QTest::newRow("nothing done") << 0 << 0;
        QTest::newRow("first done") << 1 << 1;
        QTest::newRow("two done") << 2 << 2;
        QTest::newRow("all done: the first") << 3 << 0;
    }
    void resumesAtTheFirstUnfinishedItem()
    {
        QFETCH(int, treated);
        QFETCH(int, expected);
        const Meeting meeting = planMeeting(*m_doc, m_council);
        QList<AgendaItemId> items{
            addItem(*m_doc, meeting.id, AgendaItemKind::Information, QStringLiteral("Nouvelles")),
            addItem(*m_doc, meeting.id, AgendaItemKind::ConsentDecision, QStringLiteral("Charte")),
            addItem(*m_doc, meeting.id, AgendaItemKind::Discussion, QStringLiteral("Fête"))};
        if (treated >= 1)
            QVERIFY(m_doc->meetings().setItemOutcome(items[0], AgendaItemState::Done));
        if (treated >= 2) {
            auto p =
                m_doc->consent().startProcess(items[1], Proposal{QStringLiteral("Adopter"), {}, {}, {}, {}});
            QVERIFY(p);
            QVERIFY(m_doc->consent().record(
                *p, ConsentEvent::withdrawal(m_doc->consent().now(), QStringLiteral("Non"))));
        }
        if (treated >= 3)
            QVERIFY(m_doc->meetings().setItemOutcome(items[2], AgendaItemState::Done));
        open(meeting.id);
        QCOMPARE(m_window->currentItem(), items[expected]);
    }

    void notesAreInTheFileWhenSaved()
    {
        const Meeting meeting = planMeeting(*m_doc, m_council);
        const AgendaItemId first =
            addItem(*m_doc, meeting.id, AgendaItemKind::Information, QStringLiteral("Infos"));
        const AgendaItemId second =
            addItem(*m_doc, meeting.id, AgendaItemKind::Discussion, QStringLiteral("Fête"));
        open(meeting.id);
        ItemRecordPanel* record = m_window->recordPanel();
        QVERIFY(record->contentEdit()->isVisible());
        record->notesEdit()->setFocus();
        QTest::keyClicks(record->notesEdit(), QStringLiteral("Chloe presente <b>le bilan</b>"));
        QCOMPARE(notesInFile(m_path, first), QString()); // not yet: the pause has not come
        QTRY_COMPARE_WITH_TIMEOUT(notesInFile(m_path, first),
                                  QStringLiteral("Chloe presente <b>le bilan</b>"),
                                  ItemRecordPanel::saveDelayMs * 10);
        QVERIFY(m_window->savedLabel()->text().contains(QStringLiteral("Infos")));
        // Leaving the item saves what was typed at once.
        QTest::keyClicks(record->notesEdit(), QStringLiteral(" et la suite"));
        m_window->selectItem(second);
        QCOMPARE(notesInFile(m_path, first), QStringLiteral("Chloe presente <b>le bilan</b> et la suite"));
        QVERIFY(!record->contentEdit()->isVisible()); // a discussion has no content field
        QVERIFY(record->outcomeCombo()->isVisible());
    }

    void actionsAndTheClosedRecord()
    {
        const Meeting meeting = planMeeting(*m_doc, m_council);
        const AgendaItemId item =
            addItem(*m_doc, meeting.id, AgendaItemKind::Discussion, QStringLiteral("Fête"));
        open(meeting.id);
        ItemRecordPanel* record = m_window->recordPanel();
        const PersonId chloe = personId(*m_doc, QStringLiteral("Chloé Garnier"));
        QVERIFY(record->addAction(
            Action{{}, {}, chloe, QStringLiteral("=HYPERLINK(\"x\")"), QDate(2026, 12, 10), {}}));
        QVERIFY(record->addAction(
            Action{{}, {}, {}, QStringLiteral("Réserver la salle"), QDate(2027, 1, 5), {}}));
        QCOMPARE(record->actionsList()->count(), 2);
        QVERIFY(record->actionsList()->item(0)->text().contains(QStringLiteral("=HYPERLINK")));
        record->outcomeCombo()->setCurrentIndex(record->outcomeCombo()->findData(int(AgendaItemState::Done)));
        emit record->outcomeCombo()->activated(record->outcomeCombo()->currentIndex());
        QCOMPARE(m_doc->meetings().meeting(meeting.id)->agenda.at(0).state, AgendaItemState::Done);
        QVERIFY(m_doc->meetings().setStatus(meeting.id, MeetingStatus::Open));
        QVERIFY(m_doc->meetings().setStatus(meeting.id, MeetingStatus::Closed));
        QVERIFY(record->notesEdit()->isReadOnly());
        QVERIFY(!record->addActionButton()->isEnabled());

        // The circle's actions list: done, late and open, and its CSV.
        ActionsPage page(*m_doc);
        page.setCircle(m_council);
        page.model()->setToday(QDate(2026, 12, 20));
        page.filterCombo()->setCurrentIndex(page.filterCombo()->findData(QStringLiteral("late")));
        const auto rowOfOurs = [&page] {
            for (int row = 0; row < page.model()->rowCount(); ++row) {
                if (page.model()->lineAt(row)->item == QStringLiteral("Fête"))
                    return row;
            }
            return -1;
        };
        const int lateRows = page.model()->rowCount();
        const int ours = rowOfOurs(); // the demo's circle has late actions of its own
        QVERIFY(ours >= 0);
        QCOMPARE(page.model()->lineAt(ours)->person, QStringLiteral("Chloé Garnier"));
        page.view()->setCurrentIndex(page.model()->index(ours, 0));
        page.toggleDone();
        QCOMPARE(page.model()->rowCount(), lateRows - 1); // done: no longer late
        QCOMPARE(rowOfOurs(), -1);
        page.filterCombo()->setCurrentIndex(0);
        const QString csvPath = m_dir->file(QStringLiteral("actions.csv"));
        QVERIFY(page.exportCsv(csvPath));
        const QByteArray csv = readBytes(csvPath);
        QVERIFY(csv.contains("'=HYPERLINK"));
        QVERIFY(!csv.contains(",=HYPERLINK"));
        QVERIFY(csv.contains("Réserver la salle"));
        Q_UNUSED(item);
    }

    void takenUpProposalShowsWhatWasSaidThen_data()
    {
        QTest::addColumn<bool>("referral");
        QTest::addColumn<QString>("origin");
        QTest::newRow("deferred by the Council")
            << false << "Deferred at the meeting of 3 December 2026, taken up again";
        QTest::newRow("referred by the Communication circle")
            << true << "Referred by Cercle Communication (meeting of 3 December 2026)";
    }
    void takenUpProposalShowsWhatWasSaidThen()
    {
        // Issue 10: a proposal deferred (or referred by a sub-circle) and taken up at a later meeting shows,
        // above its versions, the questions and reactions asked then, as the minutes print them.
        QFETCH(bool, referral);
        QFETCH(QString, origin);
        const CircleId from = referral ? circleId(*m_doc, "Cercle Communication") : m_council;
        const Meeting earlier = planMeeting(*m_doc, from);
        const AgendaItemId item =
            addItem(*m_doc, earlier.id, AgendaItemKind::ConsentDecision, QStringLiteral("Local"));
        const ConsentProcessId first =
            m_doc->consent()
                .startProcess(
                    item,
                    Proposal{QStringLiteral("Louer le local"), QStringLiteral("Manque de place"), {}, {}, {}})
                .value();
        const QList<PersonId> present = earlier.present();
        const QDateTime at = QDateTime(QDate(2026, 12, 3), QTime(17, 40), Qt::UTC);
        for (const ConsentEvent& e :
             {ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, at, present),
              ConsentEvent::question(at, present[0], QStringLiteral("Quel loyer ?")),
              ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, at, {}),
              ConsentEvent::reaction(at, present[1], QStringLiteral("Trop cher")),
              referral ? ConsentEvent::referral(at, m_council, QStringLiteral("Hors budget"))
                       : ConsentEvent::deferral(at, QStringLiteral("Attendre le devis"))})
            QVERIFY(m_doc->consent().record(first, e));
        QVERIFY(m_doc->meetings().setStatus(earlier.id, MeetingStatus::Open));
        QVERIFY(m_doc->meetings().setStatus(earlier.id, MeetingStatus::Closed));
        const Meeting later = planMeeting(*m_doc, m_council, QDate(2027, 1, 7));
        BacklogItemId waiting;
        const QList<BacklogItem> backlog = m_doc->meetings().backlog(m_council).value();
        for (const BacklogItem& b : backlog)
            if (b.source == item && b.isOpen())
                waiting = b.id;
        QVERIFY(waiting.isValid());
        QVERIFY(m_doc->meetings().takeUp(waiting, later.id));

        open(later.id);
        ProposalForm* form = m_window->proposalForm();
        QCOMPARE(form->textEdit()->toPlainText(), QStringLiteral("Louer le local"));
        QTest::mouseClick(form->startButton(), Qt::LeftButton);
        ConsentPanel* panel = m_window->consentPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->historyLabel()->isVisible());
        const Organisation& org = m_doc->organisation().organisation();
        const QString expected =
            origin +
            QStringLiteral(
                "\nReason given: %1\nQuestions then:\n  %2: Quel loyer ?\nReactions then:\n  %3: Trop cher")
                .arg(referral ? QStringLiteral("Hors budget") : QStringLiteral("Attendre le devis"),
                     org.person(present[0])->name, org.person(present[1])->name);
        QCOMPARE(panel->historyLabel()->text(), expected);
        QCOMPARE(panel->historyLabel()->textFormat(), Qt::PlainText);
    }

private:
    void open(MeetingId meeting)
    {
        m_window = std::make_unique<FacilitationWindow>(*m_doc, *m_stack, meeting);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    std::unique_ptr<TempDir> m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<FacilitationWindow> m_window;
    CircleId m_council;
};

QTEST_MAIN(TestFacilitationRecord)
#include "tst_facilitationrecord.moc"
