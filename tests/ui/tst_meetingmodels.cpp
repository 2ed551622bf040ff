// Every item model of the meetings and facilitation UI under QAbstractItemModelTester, on the demo file,
// through the edits that reset or change them.

#include "meetingfixture.h"
#include "testsupport.h"

#include "actions/actionsmodel.h"
#include "facilitation/participantsmodel.h"
#include "meetings/agendamodel.h"
#include "meetings/attendancemodel.h"
#include "meetings/backlogmodel.h"
#include "meetings/meetingsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

#include <functional>

using namespace cercles;
using namespace cercles::test;
using namespace cercles::ui;

using ModelFactory = std::function<QAbstractItemModel*(Document&, const Meeting&)>;
Q_DECLARE_METATYPE(ModelFactory)

class TestMeetingModels : public QObject
{
    Q_OBJECT
private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void passModelTester_data();
    void passModelTester();
    void attendanceColumnsActAsRadioButtons();
    void meetingsListFollowsOneMeetingAtATime();
    void circleListsIgnoreOtherCirclesMeetings();
    void agendaNamesThePersonConcernedOnce_data();
    void agendaNamesThePersonConcernedOnce();
};

void TestMeetingModels::passModelTester_data()
{
    QTest::addColumn<ModelFactory>("factory");
    QTest::addColumn<int>("rows"); // expected rows before the edits; -1: at least one; -2: any (demo history)
    QTest::newRow("meetings") << ModelFactory([](Document& doc, const Meeting& m) -> QAbstractItemModel* {
        auto* model = new MeetingsModel(&doc.meetings());
        model->setCircle(m.circle);
        return model;
    }) << -1;
    QTest::newRow("meetings of no circle")
        << ModelFactory([](Document& doc, const Meeting&) -> QAbstractItemModel* {
               return new MeetingsModel(&doc.meetings());
           })
        << 0;
    QTest::newRow("agenda") << ModelFactory([](Document& doc, const Meeting& m) -> QAbstractItemModel* {
        auto* model = new AgendaModel(&doc.meetings());
        model->setMeeting(m.id);
        return model;
    }) << 2;
    QTest::newRow("backlog") << ModelFactory([](Document& doc, const Meeting& m) -> QAbstractItemModel* {
        auto* model = new BacklogModel(&doc.meetings());
        model->setCircle(m.circle);
        return model;
    }) << -2;
    QTest::newRow("attendance") << ModelFactory([](Document& doc, const Meeting& m) -> QAbstractItemModel* {
        auto* model = new AttendanceModel;
        model->setAttendance(&doc.organisation().organisation(), m.attendance);
        model->addGuest(doc.organisation().organisation().people.constLast().id);
        return model;
    }) << -1;
    QTest::newRow("participants") << ModelFactory([](Document& doc, const Meeting& m) -> QAbstractItemModel* {
        const AgendaItemId item = m.agenda[1].id;
        Proposal proposal;
        proposal.text = QStringLiteral("Adopter la charte.");
        const ConsentProcessId id = doc.consent().startProcess(item, proposal).value();
        if (!doc.consent().record(
                id, ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, {}, m.present())))
            return nullptr;
        const ConsentProcess process = doc.consent().process(id).value();
        auto* model = new ParticipantsModel;
        model->setRound(&doc.organisation().organisation(), &process, m.present()[0]);
        return model;
    }) << -1;
}

void TestMeetingModels::passModelTester()
{
    QFETCH(ModelFactory, factory);
    QFETCH(int, rows);
    TempDir dir;
    std::unique_ptr<Document> doc = openDemo(dir.file(QStringLiteral("demo.cercles")));
    Meeting meeting = planMeeting(*doc, circleId(*doc, "Conseil de Coordination"));
    addItem(*doc, meeting.id, AgendaItemKind::Information, QStringLiteral("Nouvelles"));
    addItem(*doc, meeting.id, AgendaItemKind::ConsentDecision, QStringLiteral("Charte"));
    meeting = doc->meetings().meeting(meeting.id).value();

    std::unique_ptr<QAbstractItemModel> model(factory(*doc, meeting));
    QVERIFY(model);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (rows == -1)
        QVERIFY(model->rowCount() > 0);
    else if (rows >= 0)
        QCOMPARE(model->rowCount(), rows);
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            QVERIFY(model->index(row, column).data().isValid() || column > 0);
    }

    // Edits that make the models reload: a move, a deferral, a new meeting, an undone deferral.
    const Meeting m = doc->meetings().meeting(meeting.id).value();
    QVERIFY(doc->meetings().moveAgendaItem(m.agenda[0].id, 1).ok());
    Result<BacklogItemId> deferred = doc->meetings().deferAgendaItem(m.agenda[0].id);
    QVERIFY(deferred.ok());
    planMeeting(*doc, meeting.circle, QDate(2027, 2, 4));
    QVERIFY(doc->meetings().undeferAgendaItem(m.agenda[0].id, *deferred).ok());
}

void TestMeetingModels::meetingsListFollowsOneMeetingAtATime()
{
    // Issue 14: a change of one meeting updates its row; nothing reads the circle's meetings again.
    TempDir dir;
    std::unique_ptr<Document> doc = openDemo(dir.file(QStringLiteral("demo.cercles")));
    const CircleId council = circleId(*doc, "Conseil de Coordination");
    MeetingsModel model(&doc->meetings());
    model.setCircle(council);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto sameAsFresh = [&] {
        MeetingsModel fresh(&doc->meetings());
        fresh.setCircle(council);
        QList<MeetingId> ours, theirs;
        for (int row = 0; row < model.rowCount(); ++row)
            ours << model.meetingAt(row);
        for (int row = 0; row < fresh.rowCount(); ++row)
            theirs << fresh.meetingAt(row);
        return ours == theirs;
    };
    const int before = model.rowCount();
    Meeting early = planMeeting(*doc, council, QDate(2020, 1, 9)); // before every demo meeting
    QCOMPARE(model.rowCount(), before + 1); // a meeting created or removed reads the list again
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.meetingAt(0), early.id);
    QVERIFY(sameAsFresh());

    const AgendaItemId item =
        addItem(*doc, early.id, AgendaItemKind::Information, QStringLiteral("Nouvelles"));
    QVERIFY(doc->meetings().setItemNotes(item, QStringLiteral("Le local est trouvé.")));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().at(0).toModelIndex().row(), 0);

    early = doc->meetings().meeting(early.id).value();
    early.start = QDateTime(QDate(2030, 1, 10), QTime(17, 30), QTimeZone::utc()); // after every one
    early.place = QStringLiteral("Salle des fêtes");
    QVERIFY(doc->meetings().updateMeeting(early));
    QCOMPARE(model.meetingAt(model.rowCount() - 1), early.id);
    QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(),
             QLocale().toString(QDate(2030, 1, 10), QLocale::LongFormat));
    QVERIFY(sameAsFresh());
    QCOMPARE(resets.size(), 0);
}

void TestMeetingModels::circleListsIgnoreOtherCirclesMeetings()
{
    // A note typed in another circle's meeting reads neither this circle's actions nor its backlog again.
    TempDir dir;
    std::unique_ptr<Document> doc = openDemo(dir.file(QStringLiteral("demo.cercles")));
    const CircleId council = circleId(*doc, "Conseil de Coordination");
    const CircleId communication = circleId(*doc, "Cercle Communication");
    ActionsModel actions(doc->meetings());
    actions.setCircle(council);
    BacklogModel backlog(&doc->meetings());
    backlog.setCircle(council);
    QSignalSpy actionResets(&actions, &QAbstractItemModel::modelReset);
    QSignalSpy backlogResets(&backlog, &QAbstractItemModel::modelReset);
    const Meeting elsewhere = planMeeting(*doc, communication);
    actionResets.clear();
    backlogResets.clear();
    const AgendaItemId there =
        addItem(*doc, elsewhere.id, AgendaItemKind::Information, QStringLiteral("Affiches"));
    QVERIFY(doc->meetings().setItemNotes(there, QStringLiteral("Imprimées.")));
    QCOMPARE(actionResets.size(), 0);
    QCOMPARE(backlogResets.size(), 0);
    // The council's own meeting: both follow it.
    const Meeting here = planMeeting(*doc, council, QDate(2026, 12, 10));
    actionResets.clear();
    backlogResets.clear();
    const AgendaItemId item =
        addItem(*doc, here.id, AgendaItemKind::Information, QStringLiteral("Nouvelles"));
    QVERIFY(doc->meetings().setItemNotes(item, QStringLiteral("Le local est trouvé.")));
    QVERIFY(actionResets.size() > 0);
    QVERIFY(backlogResets.size() > 0);
}

void TestMeetingModels::agendaNamesThePersonConcernedOnce_data()
{
    // « Sortie de Lina Martin — Lina Martin » named her twice (tester's report).
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("shown");
    QTest::newRow("title names her") << "Sortie de Lina Martin"
                                     << "Sortie de Lina Martin";
    QTest::newRow("in other case") << "Sortie de LINA MARTIN"
                                   << "Sortie de LINA MARTIN";
    QTest::newRow("title does not") << QString::fromUtf8("Départ d’une membre")
                                    << QString::fromUtf8("Départ d’une membre — Lina Martin");
}

void TestMeetingModels::agendaNamesThePersonConcernedOnce()
{
    QFETCH(QString, title);
    QFETCH(QString, shown);
    TempDir dir;
    std::unique_ptr<Document> doc = openDemo(dir.file(QStringLiteral("demo.cercles")));
    const Meeting meeting = planMeeting(*doc, circleId(*doc, "Assemblée Populaire"));
    addItem(*doc, meeting.id, AgendaItemKind::MembershipExit, title,
            personId(*doc, QStringLiteral("Lina Martin")));
    AgendaModel model(&doc->meetings());
    model.setMeeting(meeting.id);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, AgendaModel::TitleColumn).data().toString(), shown);
}

void TestMeetingModels::attendanceColumnsActAsRadioButtons()
{
    TempDir dir;
    std::unique_ptr<Document> doc = openDemo(dir.file(QStringLiteral("demo.cercles")));
    const Meeting meeting = planMeeting(*doc, circleId(*doc, "Conseil de Coordination"));
    AttendanceModel model;
    model.setAttendance(&doc->organisation().organisation(), meeting.attendance);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int column = AttendanceModel::PresentColumn; column <= AttendanceModel::GuestColumn; ++column) {
        QVERIFY(model.setData(model.index(0, column), Qt::Checked, Qt::CheckStateRole));
        for (int other = AttendanceModel::PresentColumn; other <= AttendanceModel::GuestColumn; ++other)
            QCOMPARE(model.index(0, other).data(Qt::CheckStateRole).toInt(),
                     int(other == column ? Qt::Checked : Qt::Unchecked));
        QCOMPARE(model.attendance()[0].status, AttendanceModel::statusOf(column));
    }
    // Unchecking the current status does not leave the person without one.
    QVERIFY(!model.setData(model.index(0, AttendanceModel::GuestColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.attendance()[0].status, AttendanceStatus::Guest);
    QVERIFY(!model.addGuest(meeting.attendance[0].person));
}

QTEST_MAIN(TestMeetingModels)
#include "tst_meetingmodels.moc"
