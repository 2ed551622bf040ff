// A refused undo or redo loses nothing (session 4): when the service refuses to take a change back (something
// was recorded on the item since, the meeting was closed meanwhile), undoStep() and redoStep() say why once
// and leave the undo stack (index, count, texts) and every table of the file exactly as they were, so that
// the step is still the next one. Real demo file; the steps the tester took through the main window's
// commands.

#include "meetingfixture.h"

#include "commands/servicecommand.h"
#include "meetings/commands/addagendaitemcommand.h"
#include "meetings/commands/createmeetingcommand.h"

#include <QUndoStack>

#include <functional>

using namespace cercles;
using namespace cercles::test;
using namespace cercles::ui;

namespace {

/// What a user sees of the undo stack.
struct StackState
{
    int index;
    int count;
    QString undoText;
    QString redoText;
    friend bool operator==(const StackState&, const StackState&) = default;
};

StackState stateOf(const QUndoStack& stack)
{
    return {stack.index(), stack.count(), stack.undoText(), stack.redoText()};
}

Meeting plannedMeeting(Document& doc)
{
    return planMeeting(doc, circleId(doc, "Conseil de Coordination"));
}

Proposal proposal()
{
    return Proposal{QStringLiteral("Adopter."), {}, {}, {}, {}};
}

/// Takes a document, a stack, a meeting and a kind; adds an item through its undo command (as the main
/// window's "Add item" does) and returns its id.
AgendaItemId addItemUndoably(Document& doc, QUndoStack& stack, MeetingId meeting, AgendaItemKind kind)
{
    AgendaItem item;
    item.meeting = meeting;
    item.kind = kind;
    item.title = QStringLiteral("Budget");
    return AddAgendaItemCommand::tryPush(stack, doc.meetings(), item).value();
}

/// Takes a document and a planned meeting; opens it, then closes it (its record becomes final).
void close(Document& doc, MeetingId meeting)
{
    QVERIFY(doc.meetings().setStatus(meeting, MeetingStatus::Open));
    QVERIFY(doc.meetings().setStatus(meeting, MeetingStatus::Closed));
}

/// One of the tester's steps: a command pushed, then a change behind it that makes its undo (or, once
/// undone, its redo) impossible.
using Scenario = std::function<void(Document&, QUndoStack&)>;

} // namespace

Q_DECLARE_METATYPE(Scenario)

class TestRefusedUndo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ui::messages::setHook(&answerYes); }
    void init()
    {
        failOnUnexpectedWarnings();
        shownMessages().clear();
    }

    void refusedStepLeavesEverything_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<bool>("undo"); // true: the undo is refused; false: the redo
        QTest::addColumn<QString>("said");

        QTest::newRow("add item, then a proposal started on it")
            << Scenario([](Document& doc, QUndoStack& stack) {
                   const AgendaItemId id =
                       addItemUndoably(doc, stack, plannedMeeting(doc).id, AgendaItemKind::ConsentDecision);
                   QVERIFY(doc.consent().startProcess(id, proposal()));
               })
            << true << QStringLiteral("Something has been recorded on");
        QTest::newRow("add item, then the meeting closed") << Scenario([](Document& doc, QUndoStack& stack) {
            const MeetingId m = plannedMeeting(doc).id;
            addItemUndoably(doc, stack, m, AgendaItemKind::Discussion);
            close(doc, m);
        }) << true << QStringLiteral("closed");
        QTest::newRow("plan a meeting, then an item recorded in it") << Scenario([](Document& doc,
                                                                                    QUndoStack& stack) {
            const Meeting draft = doc.meetings().draftMeeting(
                circleId(doc, "Conseil de Coordination"), QDate(2026, 12, 10), QTime(18, 30), "Europe/Paris");
            const MeetingId id = CreateMeetingCommand::tryPush(stack, doc.meetings(), draft).value();
            const AgendaItemId item =
                addItem(doc, id, AgendaItemKind::ConsentDecision, QStringLiteral("Budget"));
            QVERIFY(doc.consent().startProcess(item, proposal()));
        }) << true << QStringLiteral("This meeting has an agenda");
        QTest::newRow("add item, undo, then the meeting closed: the redo")
            << Scenario([](Document& doc, QUndoStack& stack) {
                   const MeetingId m = plannedMeeting(doc).id;
                   addItemUndoably(doc, stack, m, AgendaItemKind::Discussion);
                   QVERIFY(undoStep(stack));
                   close(doc, m);
               })
            << false << QStringLiteral("closed");
    }
    void refusedStepLeavesEverything()
    {
        QFETCH(Scenario, scenario);
        QFETCH(bool, undo);
        QFETCH(QString, said);
        TempDir dir;
        std::unique_ptr<Document> doc = openDemo(dir.file(QStringLiteral("demo.cercles")));
        QUndoStack stack;
        scenario(*doc, stack);
        if (QTest::currentTestFailed())
            return;
        shownMessages().clear();
        const StackState stackBefore = stateOf(stack);
        const QByteArray tablesBefore = dumpTables(doc->database().connection());

        QVERIFY(!(undo ? undoStep(stack) : redoStep(stack)));

        QCOMPARE(stateOf(stack), stackBefore);
        QCOMPARE(dumpTables(doc->database().connection()), tablesBefore);
        QCOMPARE(shownMessages().size(), 1); // said once, in words
        QVERIFY2(shownMessages().constFirst().contains(said), qPrintable(shownMessages().constFirst()));
        // Asked again, it is refused again: still the next step, nothing lost meanwhile.
        QVERIFY(!(undo ? undoStep(stack) : redoStep(stack)));
        QCOMPARE(stateOf(stack), stackBefore);
        QCOMPARE(dumpTables(doc->database().connection()), tablesBefore);
    }
};

QTEST_MAIN(TestRefusedUndo)
#include "tst_refusedundo.moc"
