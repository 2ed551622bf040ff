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

        QTest::newRow("add item, then a proposal started on it") << Scenario([](Document& doc,
                                                                                QUndoStack& stack) {
            const Meeting m = planMeeting(doc, circleId(doc, "Conseil de Coordination"));
            AgendaItem item;
            item.meeting = m.id;
            item.kind = AgendaItemKind::ConsentDecision;
            item.title = QStringLiteral("Budget");
            const AgendaItemId id = AddAgendaItemCommand::tryPush(stack, doc.meetings(), item).value();
            QVERIFY(doc.consent().startProcess(id, Proposal{QStringLiteral("Adopter."), {}, {}, {}, {}}));
        }) << true << QStringLiteral("Something has been recorded on");
        QTest::newRow("add item, then the meeting closed") << Scenario([](Document& doc, QUndoStack& stack) {
            const Meeting m = planMeeting(doc, circleId(doc, "Conseil de Coordination"));
            AgendaItem item;
            item.meeting = m.id;
            item.kind = AgendaItemKind::Discussion;
            item.title = QStringLiteral("Fête");
            QVERIFY(AddAgendaItemCommand::tryPush(stack, doc.meetings(), item));
            QVERIFY(doc.meetings().setStatus(m.id, MeetingStatus::Open));
            QVERIFY(doc.meetings().setStatus(m.id, MeetingStatus::Closed));
        }) << true << QStringLiteral("closed");
        QTest::newRow("plan a meeting, then an item recorded in it") << Scenario([](Document& doc,
                                                                                    QUndoStack& stack) {
            const Meeting draft = doc.meetings().draftMeeting(
                circleId(doc, "Conseil de Coordination"), QDate(2026, 12, 10), QTime(18, 30), "Europe/Paris");
            const MeetingId id = CreateMeetingCommand::tryPush(stack, doc.meetings(), draft).value();
            const AgendaItemId item =
                addItem(doc, id, AgendaItemKind::ConsentDecision, QStringLiteral("Budget"));
            QVERIFY(doc.consent().startProcess(item, Proposal{QStringLiteral("Adopter."), {}, {}, {}, {}}));
        }) << true << QString();
        QTest::newRow("add item, undo, then the meeting closed: the redo")
            << Scenario([](Document& doc, QUndoStack& stack) {
                   const Meeting m = planMeeting(doc, circleId(doc, "Conseil de Coordination"));
                   AgendaItem item;
                   item.meeting = m.id;
                   item.kind = AgendaItemKind::Discussion;
                   item.title = QStringLiteral("Fête");
                   QVERIFY(AddAgendaItemCommand::tryPush(stack, doc.meetings(), item));
                   QVERIFY(undoStep(stack));
                   QVERIFY(doc.meetings().setStatus(m.id, MeetingStatus::Open));
                   QVERIFY(doc.meetings().setStatus(m.id, MeetingStatus::Closed));
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
