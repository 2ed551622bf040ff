// The tester's steps through the real undo commands: a proposal referred to the parent circle, taken up in
// the parent's planned meeting, then its agenda item removed ("Retirer"). Undo puts the file back exactly
// as it was before the removal (the item on the agenda, the point taken up by it), redo exactly as after;
// no message box is shown and the foreign keys hold at every step.
#include "commands/servicecommand.h"
#include "common/messages.h"
#include "databasedump.h"
#include "meetings/commands/removeagendaitemcommand.h"
#include "meetings/commands/takeupbacklogitemcommand.h"
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QTest>
#include <QUndoStack>

using namespace cercles;
using namespace cercles::ui;

namespace {
const PersonId chloe{3};
const CircleId council{2}, communication{3};
const QDate meetingDay{2026, 12, 1};

QStringList shown;

QMessageBox::StandardButton record(QWidget*, messages::Kind, const QString&, const QString& text,
                                   QMessageBox::StandardButtons)
{
    shown << text;
    return QMessageBox::Ok;
}
} // namespace

class TestBacklogRemovalUndo : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        cercles::test::failOnUnexpectedWarnings();
        shown.clear();
        messages::setHook(&record);
    }
    void cleanup() { messages::setHook(nullptr); }

    void removeUndoRedo()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("demo.cercles"));
        QVERIFY(createDemoFile(path));
        auto opened = Document::open(path);
        QVERIFY(opened);
        std::unique_ptr<Document> doc = std::move(opened).value();
        const QDateTime now(meetingDay, QTime(18, 0), Qt::UTC);
        doc->consent().setClock([now] { return now; });
        MeetingService& meetings = doc->meetings();
        const auto check = [&doc] { return doc->database().integrityCheck(); };

        // Cercle Communication refers a proposal to the parent circle.
        Meeting sent = meetings.draftMeeting(communication, meetingDay, QTime(19, 0), "Europe/Paris");
        sent.status = MeetingStatus::Open;
        auto sender = meetings.createMeeting(sent);
        QVERIFY(sender);
        AgendaItem proposalItem;
        proposalItem.meeting = *sender;
        proposalItem.kind = AgendaItemKind::ConsentDecision;
        proposalItem.title = QStringLiteral("Affiches");
        auto item = meetings.addAgendaItem(proposalItem);
        QVERIFY(item);
        auto process = doc->consent().startProcess(
            *item, Proposal{QStringLiteral("Imprimer 200 affiches"), QStringLiteral("Fête"), chloe, {}, {}});
        QVERIFY(process);
        QVERIFY(
            doc->consent().record(*process, ConsentEvent::referral(now, council, QStringLiteral("Budget"))));

        // The council's new meeting takes it up from the backlog.
        auto parent = meetings.createMeeting(
            meetings.draftMeeting(council, meetingDay.addDays(7), QTime(19, 0), "Europe/Paris"));
        QVERIFY(parent);
        BacklogItem point;
        const QList<BacklogItem> backlog = meetings.backlog(council).value();
        for (const BacklogItem& b : backlog) {
            if (b.source == *item)
                point = b;
        }
        QVERIFY(point.isOpen());
        QUndoStack stack;
        auto taken = TakeUpBacklogItemCommand::tryPush(stack, meetings, point, *parent);
        QVERIFY2(taken, qPrintable(taken.error()));
        const QByteArray takenUp = test::dumpDatabase(doc->database().connection());

        // "Retirer": the item leaves the agenda, the point is open again.
        auto removed = RemoveAgendaItemCommand::tryPush(stack, meetings, *parent, *taken);
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(stack.count(), 2);
        QVERIFY(meetings.meeting(*parent)->agenda.isEmpty());
        QCOMPARE(check(), QStringList());
        const QByteArray afterRemoval = test::dumpDatabase(doc->database().connection());
        QVERIFY(afterRemoval != takenUp);

        stack.undo();
        QCOMPARE(test::dumpDatabase(doc->database().connection()), takenUp);
        QCOMPARE(check(), QStringList());
        stack.redo();
        QCOMPARE(test::dumpDatabase(doc->database().connection()), afterRemoval);
        QCOMPARE(check(), QStringList());
        // Back to before the take-up: the point is open, the meeting's agenda empty.
        stack.undo();
        stack.undo();
        QCOMPARE(stack.index(), 0);
        QVERIFY(meetings.meeting(*parent)->agenda.isEmpty());
        QCOMPARE(check(), QStringList());
        QCOMPARE(shown, QStringList());
    }
};

QTEST_MAIN(TestBacklogRemovalUndo)
#include "tst_backlogremovalundo.moc"
