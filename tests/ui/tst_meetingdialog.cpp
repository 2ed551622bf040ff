// The meeting dialog and the agenda editor on the demo file: opening and confirming a meeting without an
// edit writes nothing (whatever its time zone); attendance edits persist and undo exactly; agenda reorder,
// defer and take-up round-trip through undo and redo to the exact database state.

#include "meetingfixture.h"
#include "testsupport.h"

#include "meetings/agendaeditor.h"
#include "meetings/agendamodel.h"
#include "meetings/attendancemodel.h"
#include "meetings/backlogmodel.h"
#include "meetings/backlogpanel.h"
#include "meetings/meetingdialog.h"
#include "meetings/meetingsmodel.h"
#include "meetings/meetingspage.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QTimeZone>
#include <QUndoStack>

using namespace cercles;
using namespace cercles::test;
using namespace cercles::ui;

class TestMeetingDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void confirmWithoutEditWritesNothing_data();
    void confirmWithoutEditWritesNothing();
    void attendanceEditsPersistAndUndo();
    void refusedEditKeepsTheDialogOpen();
    void newMeetingListsMembersInTheSystemZone();
    void newMeetingDefaultsToTheComputerZone_data();
    void newMeetingDefaultsToTheComputerZone();
    void agendaReorderRoundTrips();
    void deferAndTakeUpRoundTrip();

private:
    QByteArray dump() const { return dumpTables(m_doc->database().connection()); }

    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<Document> m_doc;
    QUndoStack m_stack;
};

void TestMeetingDialog::initTestCase()
{
    ui::messages::setHook(&answerYes);
}

void TestMeetingDialog::init()
{
    cercles::test::failOnUnexpectedWarnings();
    m_dir = std::make_unique<TempDir>();
    m_doc = openDemo(m_dir->file(QStringLiteral("demo.cercles")));
    m_stack.clear();
    shownMessages().clear();
}

void TestMeetingDialog::cleanup()
{
    m_stack.clear();
    m_doc.reset();
    m_dir.reset();
}

void TestMeetingDialog::confirmWithoutEditWritesNothing_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QTime>("time");
    QTest::newRow("Paris, winter") << QByteArray("Europe/Paris") << QDate(2026, 12, 3) << QTime(18, 30);
    QTest::newRow("Paris, summer") << QByteArray("Europe/Paris") << QDate(2027, 7, 1) << QTime(9, 0);
    QTest::newRow("Paris, day of the change")
        << QByteArray("Europe/Paris") << QDate(2027, 3, 28) << QTime(20, 15);
    QTest::newRow("Montreal, evening crossing midnight UTC")
        << QByteArray("America/Toronto") << QDate(2026, 12, 3) << QTime(21, 45);
    QTest::newRow("Kolkata, half-hour offset")
        << QByteArray("Asia/Kolkata") << QDate(2026, 12, 3) << QTime(7, 5);
    QTest::newRow("Nouméa, ahead of UTC")
        << QByteArray("Pacific/Noumea") << QDate(2027, 1, 1) << QTime(0, 30);
}

void TestMeetingDialog::confirmWithoutEditWritesNothing()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, day);
    QFETCH(QTime, time);
    Meeting m = m_doc->meetings().draftMeeting(circleId(*m_doc, "Conseil de Coordination"), day, time, zone);
    m.place = QStringLiteral("Salle « Émile Zola »");
    m.language = QStringLiteral("en");
    m.nextMeeting = QStringLiteral("<b>jeudi</b> 10 décembre");
    m.attendance[1].status = AttendanceStatus::Excused;
    for (const Person& person : m_doc->organisation().organisation().people) {
        if (!m.attendanceOf(person.id)) {
            m.attendance << Attendance{person.id, AttendanceStatus::Guest};
            break;
        }
    }
    m.facilitator = m.attendance[0].person;
    m.secretary = m.attendance[2].person;
    Result<MeetingId> created = m_doc->meetings().createMeeting(m);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const MeetingId id = *created;
    const Meeting stored = m_doc->meetings().meeting(id).value();

    const QByteArray bytes = readBytes(m_doc->database().path());
    const QByteArray tables = dump();
    MeetingDialog dialog(*m_doc, m_stack, stored);
    QCOMPARE(dialog.timeEdit()->time().hour(), time.hour());
    QCOMPARE(dialog.timeEdit()->time().minute(), time.minute());
    QCOMPARE(dialog.zoneCombo()->currentText(), QString::fromUtf8(zone));
    QCOMPARE(dialog.meeting(), stored);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(dump(), tables);
    QCOMPARE(readBytes(m_doc->database().path()), bytes);

    // The same time in another zone is another instant.
    MeetingDialog moved(*m_doc, m_stack, stored);
    moved.zoneCombo()->setCurrentText(QStringLiteral("UTC"));
    moved.accept();
    const Meeting after = m_doc->meetings().meeting(id).value();
    QCOMPARE(after.timeZone, QByteArray("UTC"));
    QCOMPARE(after.localStart().time(), QTime(time.hour(), time.minute()));
    QCOMPARE(m_stack.count(), 1);
    m_stack.undo();
    QCOMPARE(dump(), tables);
}

void TestMeetingDialog::attendanceEditsPersistAndUndo()
{
    const Meeting stored = planMeeting(*m_doc, circleId(*m_doc, "Conseil de Coordination"));
    const QByteArray before = dump();
    MeetingDialog dialog(*m_doc, m_stack, stored);
    AttendanceModel* model = dialog.attendanceModel();
    QCOMPARE(model->rowCount(), int(stored.attendance.size()));
    // Members first, in the stored order.
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->attendance()[row].person, stored.attendance[row].person);
    QVERIFY(model->setData(model->index(0, AttendanceModel::ExcusedColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->setData(model->index(1, AttendanceModel::AbsentColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model->index(1, AttendanceModel::PresentColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    const int guests = dialog.guestCombo()->count();
    QVERIFY(guests > 0);
    const PersonId guest = dialog.guestCombo()->itemData(0).value<PersonId>();
    QTest::mouseClick(dialog.addGuestButton(), Qt::LeftButton);
    QCOMPARE(dialog.guestCombo()->count(), guests - 1);
    dialog.placeEdit()->setText(QStringLiteral("Chez Lou"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Meeting edited = m_doc->meetings().meeting(stored.id).value();
    QCOMPARE(edited.attendanceOf(stored.attendance[0].person), AttendanceStatus::Excused);
    QCOMPARE(edited.attendanceOf(stored.attendance[1].person), AttendanceStatus::Absent);
    QCOMPARE(edited.attendanceOf(guest), AttendanceStatus::Guest);
    QCOMPARE(edited.attendance.constLast().person, guest);
    QCOMPARE(edited.place, QStringLiteral("Chez Lou"));
    const QByteArray after = dump();

    m_stack.undo();
    QCOMPARE(dump(), before);
    m_stack.redo();
    QCOMPARE(dump(), after);
}

void TestMeetingDialog::refusedEditKeepsTheDialogOpen()
{
    const Meeting stored = planMeeting(*m_doc, circleId(*m_doc, "Conseil de Coordination"));
    const QByteArray before = dump();
    MeetingDialog dialog(*m_doc, m_stack, stored);
    dialog.show();
    dialog.placeEdit()->setText(QStringLiteral("Salle des fêtes"));
    dialog.zoneCombo()->setCurrentText(QStringLiteral("Mars/Olympus"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(shownMessages().constLast().contains(QStringLiteral("Mars/Olympus")));
    QCOMPARE(dialog.placeEdit()->text(), QStringLiteral("Salle des fêtes"));
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(dump(), before);
}

void TestMeetingDialog::newMeetingDefaultsToTheComputerZone_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<QByteArray>("expected"); // empty: a fixed offset of the computer's clock
    QTest::newRow("Paris") << QByteArray("Europe/Paris") << QByteArray("Europe/Paris");
    QTest::newRow("Montréal") << QByteArray("America/Montreal") << QByteArray("America/Montreal");
    QTest::newRow("Nouméa") << QByteArray("Pacific/Noumea") << QByteArray("Pacific/Noumea");
    QTest::newRow("POSIX rule") << QByteArray("CET-1CEST,M3.5.0,M10.5.0/3") << QByteArray();
}

void TestMeetingDialog::newMeetingDefaultsToTheComputerZone()
{
    QFETCH(QByteArray, tz);
    QFETCH(QByteArray, expected);
    const QByteArray saved = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", tz);
    const QByteArray zone = MeetingDialog::systemZone();
    const int offsetNow = QDateTime::currentDateTime().offsetFromUtc();
    if (hadTz)
        qputenv("TZ", saved);
    else
        qunsetenv("TZ");
    if (!expected.isEmpty()) {
        QCOMPARE(zone, expected);
    } else {
        // Qt cannot name a POSIX rule: the zone is the clock's offset now (+1 h or +2 h), never UTC.
        QVERIFY2(QTimeZone(zone).isValid(), zone.constData());
        QCOMPARE(QTimeZone(zone).offsetFromUtc(QDateTime::currentDateTimeUtc()), offsetNow);
        QVERIFY(offsetNow == 3600 || offsetNow == 7200);
    }
    // The new meeting's dialog shows it.
    const Meeting draft = m_doc->meetings().draftMeeting(circleId(*m_doc, "Conseil de Coordination"),
                                                         QDate(2026, 12, 10), QTime(18, 0), zone);
    MeetingDialog dialog(*m_doc, m_stack, draft);
    QCOMPARE(dialog.zoneCombo()->currentText().toUtf8(), zone);
}

void TestMeetingDialog::newMeetingListsMembersInTheSystemZone()
{
    const CircleId council = circleId(*m_doc, "Conseil de Coordination");
    const Meeting draft = m_doc->meetings().draftMeeting(council, QDate(2026, 12, 10), QTime(18, 0),
                                                         MeetingDialog::systemZone());
    MeetingDialog dialog(*m_doc, m_stack, draft);
    QCOMPARE(dialog.zoneCombo()->currentText().toUtf8(), MeetingDialog::systemZone());
    QCOMPARE(dialog.attendanceModel()->rowCount(),
             int(m_doc->organisation().organisation().membersOn(council, QDate(2026, 12, 10)).size()));
    // Another circle lists its own members.
    const CircleId assembly = circleId(*m_doc, "Assemblée Populaire");
    dialog.circleCombo()->setCurrentIndex(dialog.circleCombo()->findData(QVariant::fromValue(assembly)));
    QCOMPARE(dialog.attendanceModel()->rowCount(),
             int(m_doc->organisation().organisation().membersOn(assembly, QDate(2026, 12, 10)).size()));
    dialog.accept();
    const MeetingId id = dialog.savedId();
    QVERIFY(id.isValid());
    QCOMPARE(m_doc->meetings().meeting(id)->circle, assembly);
    m_stack.undo();
    QVERIFY(!m_doc->meetings().meeting(id).ok());
}

void TestMeetingDialog::agendaReorderRoundTrips()
{
    const Meeting meeting = planMeeting(*m_doc, circleId(*m_doc, "Conseil de Coordination"));
    const AgendaItemId a =
        addItem(*m_doc, meeting.id, AgendaItemKind::Information, QStringLiteral("Tour météo"));
    const AgendaItemId b =
        addItem(*m_doc, meeting.id, AgendaItemKind::ConsentDecision, QStringLiteral("Budget"));
    const AgendaItemId c = addItem(*m_doc, meeting.id, AgendaItemKind::Discussion, QStringLiteral("Fête"));
    AgendaEditor editor(*m_doc, m_stack);
    editor.setMeeting(meeting.id);
    editor.show();
    QApplication::setActiveWindow(&editor);
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto order = [&] {
        QList<AgendaItemId> ids;
        const Meeting reloaded = m_doc->meetings().meeting(meeting.id).value();
        for (const AgendaItem& item : reloaded.agenda)
            ids << item.id;
        return ids;
    };
    const QByteArray before = dump();
    editor.select(a);
    editor.view()->setFocus();
    QTest::keyClick(editor.view(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(order(), (QList<AgendaItemId>{b, a, c}));
    QCOMPARE(editor.selectedItem(), a);
    QTest::keyClick(editor.view(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(order(), (QList<AgendaItemId>{b, c, a}));
    QTest::keyClick(editor.view(), Qt::Key_Down, Qt::AltModifier); // already last: nothing
    QCOMPARE(m_stack.count(), 2);
    const QByteArray moved = dump();
    editor.select(c);
    QTest::keyClick(editor.view(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(order(), (QList<AgendaItemId>{c, b, a}));

    m_stack.undo();
    QCOMPARE(dump(), moved);
    m_stack.undo();
    m_stack.undo();
    QCOMPARE(dump(), before);
    QCOMPARE(order(), (QList<AgendaItemId>{a, b, c}));
    m_stack.redo();
    m_stack.redo();
    QCOMPARE(dump(), moved);
}

void TestMeetingDialog::deferAndTakeUpRoundTrip()
{
    const CircleId council = circleId(*m_doc, "Conseil de Coordination");
    const Meeting first = planMeeting(*m_doc, council);
    const Meeting second = planMeeting(*m_doc, council, QDate(2027, 1, 7));
    const AgendaItemId item = addItem(*m_doc, first.id, AgendaItemKind::Discussion, QStringLiteral("Local"));
    MeetingsPage page(*m_doc, m_stack);
    page.setCircle(council);
    page.selectMeeting(first.id);
    QCOMPARE(page.agendaEditor()->meeting(), first.id);
    const QByteArray before = dump();

    const int backlogBefore = int(m_doc->meetings().backlog(council)->size()); // the demo history has some
    page.agendaEditor()->select(item);
    page.agendaEditor()->deferSelected();
    QCOMPARE(m_doc->meetings().meeting(first.id)->agenda[0].state, AgendaItemState::Deferred);
    const QList<BacklogItem> backlog = m_doc->meetings().backlog(council).value();
    QCOMPARE(backlog.size(), backlogBefore + 1);
    const int row = backlogBefore; // oldest first: the new point is last
    QVERIFY(backlog[row].isOpen());
    QCOMPARE(backlog[row].title, QStringLiteral("Local"));
    QCOMPARE(backlog[row].source, item);
    QCOMPARE(page.backlogPanel()->model()->rowCount(), backlogBefore + 1);
    m_stack.undo();
    QCOMPARE(dump(), before);
    m_stack.redo();
    QCOMPARE(m_doc->meetings().meeting(first.id)->agenda[0].state, AgendaItemState::Deferred);
    const QByteArray deferred = dump();

    // Take it up into the next meeting from the backlog panel.
    page.selectMeeting(second.id);
    QCOMPARE(page.agendaEditor()->meeting(), second.id);
    const AgendaItemId taken = page.backlogPanel()->takeUp(row);
    QVERIFY(taken.isValid());
    const Meeting next = m_doc->meetings().meeting(second.id).value();
    QCOMPARE(next.agenda.size(), 1);
    QCOMPARE(next.agenda[0].title, QStringLiteral("Local"));
    QVERIFY(!m_doc->meetings().backlog(council)->at(row).isOpen());
    QCOMPARE(page.agendaEditor()->selectedItem(), taken);
    const QByteArray takenUp = dump();
    // Taking it up twice is refused, shown, and writes nothing.
    QVERIFY(!page.backlogPanel()->takeUp(row).isValid());
    QVERIFY(!shownMessages().isEmpty());
    QCOMPARE(dump(), takenUp);

    m_stack.undo();
    QCOMPARE(dump(), deferred);
    m_stack.redo();
    QCOMPARE(dump(), takenUp);
}

QTEST_MAIN(TestMeetingDialog)
#include "tst_meetingdialog.moc"
