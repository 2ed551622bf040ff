// The reference organisation's consent rules (organisation.md, processes.md sections 1 and 2) end to end
// through MeetingService and ConsentService, on a real demo file.
#include "domain/scopecheck.h"
#include "services/decisionregister.h"
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QTest>

using namespace cercles;

namespace {
const PersonId amandine{1}, chloe{3}, denise{4}, etienne{5}, fatou{6}, gaelle{7}, hugo{8}, ines{9}, jules{10};
const CircleId assembly{1}, council{2}, communication{3};
const QDate meetingDay{2026, 12, 1};

QDateTime at(int minute)
{
    return QDateTime(meetingDay, QTime(18, 0), Qt::UTC).addSecs(60 * minute);
}

/// A demo file opened through a Document, with a fixed clock.
struct DemoFile
{
    test::TempDir dir;
    QString path = dir.file(QStringLiteral("demo.cercles"));
    std::unique_ptr<Document> doc;

    DemoFile()
    {
        if (auto created = createDemoFile(path); !created)
            qFatal("%s", qPrintable(created.error()));
        auto opened = Document::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        doc = std::move(opened).value();
        doc->consent().setClock([] { return at(0); });
    }

    /// Opens a meeting of `circle` on meetingDay with every member present except `absent`.
    MeetingId openMeeting(CircleId circle, const QList<PersonId>& absent = {})
    {
        Meeting m = doc->meetings().draftMeeting(circle, meetingDay, QTime(19, 0), "Europe/Paris");
        for (Attendance& a : m.attendance) {
            if (absent.contains(a.person))
                a.status = AttendanceStatus::Absent;
        }
        m.status = MeetingStatus::Open;
        auto id = doc->meetings().createMeeting(m);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }

    AgendaItemId addItem(MeetingId meeting, AgendaItemKind kind, const QString& title,
                         PersonId concerned = {})
    {
        AgendaItem item;
        item.meeting = meeting;
        item.kind = kind;
        item.title = title;
        item.personConcerned = concerned;
        auto id = doc->meetings().addAgendaItem(item);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }

    /// Starts a proposal and takes it through the questions and reactions rounds (everyone passes) up to
    /// an open consent round with those present in `present`.
    ConsentProcessId toConsentRound(AgendaItemId item, const QString& text, const QList<PersonId>& present)
    {
        auto id = doc->consent().startProcess(item, Proposal{text, {}, {}, {}, {}});
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        const QList<ConsentEvent> steps = {
            ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, at(1), present),
            ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, at(2), {}),
            ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, at(3), {})};
        for (const ConsentEvent& e : steps) {
            if (auto r = doc->consent().record(*id, e); !r)
                qFatal("%s", qPrintable(r.error()));
        }
        return *id;
    }

    ConsentPhase phase(ConsentProcessId id) const { return doc->consent().process(id)->phase(); }

    std::optional<Membership> membership(PersonId person, CircleId circle, QDate day) const
    {
        return doc->organisation().organisation().activeMembership(person, circle, day);
    }
};

} // namespace

class TestConsentService : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void exclusion_data()
    {
        QTest::addColumn<qint64>("circle");
        QTest::addColumn<QList<PersonId>>("absent");
        QTest::addColumn<qint64>("concerned");
        QTest::addColumn<QString>("outcome");
        // Council exit: consent of all its members except the person concerned, present or not.
        QTest::newRow("council, one member absent")
            << council.value() << QList<PersonId>{hugo} << ines.value() << "pending";
        QTest::newRow("council, all present")
            << council.value() << QList<PersonId>{} << ines.value() << "adopted";
        // Assembly exit: the members present suffice.
        QTest::newRow("assembly, two members absent")
            << assembly.value() << QList<PersonId>{hugo, gaelle} << amandine.value() << "adopted";
    }
    void exclusion()
    {
        QFETCH(qint64, circle);
        QFETCH(QList<PersonId>, absent);
        QFETCH(qint64, concerned);
        QFETCH(QString, outcome);
        DemoFile f;
        const MeetingId meeting = f.openMeeting(CircleId(circle), absent);
        const QList<PersonId> present = f.doc->meetings().meeting(meeting)->present();
        const AgendaItemId item = f.addItem(meeting, AgendaItemKind::MembershipExit,
                                            QStringLiteral("Exclusion"), PersonId(concerned));
        const ConsentProcessId id = f.toConsentRound(item, QStringLiteral("Exclure la personne."), present);

        // The person concerned may not consent on their own exclusion.
        const auto own = f.doc->consent().record(id, ConsentEvent::consent(at(4), PersonId(concerned)));
        QVERIFY(!own);
        QVERIFY2(own.error().contains(QStringLiteral("person concerned")), qPrintable(own.error()));
        for (PersonId p : present) {
            if (p != PersonId(concerned))
                QVERIFY(f.doc->consent().record(id, ConsentEvent::consent(at(5), p)));
        }
        QVERIFY(f.doc->consent().record(id, ConsentEvent::roundClose(at(6))));
        QCOMPARE(phaseKey(f.phase(id)), outcome);
        const bool adopted = outcome == QLatin1String("adopted");
        QCOMPARE(f.membership(PersonId(concerned), CircleId(circle), meetingDay.addDays(1)).has_value(),
                 !adopted);
        if (adopted)
            QCOMPARE(f.membership(PersonId(concerned), CircleId(circle), meetingDay.addDays(-1))->to,
                     meetingDay);
    }

    void pendingUntilTheAbsentMemberConsents()
    {
        DemoFile f;
        const MeetingId meeting = f.openMeeting(council, {hugo});
        const QList<PersonId> present{chloe, denise, etienne, ines};
        const AgendaItemId item = f.addItem(meeting, AgendaItemKind::MembershipExit,
                                            QString::fromUtf8("Sortie d’Inès Bonnet"), ines);
        const ConsentProcessId id =
            f.toConsentRound(item, QString::fromUtf8("Inès Bonnet quitte le Conseil."), present);
        for (PersonId p : {chloe, denise, etienne})
            QVERIFY(f.doc->consent().record(id, ConsentEvent::consent(at(5), p)));
        QVERIFY(f.doc->consent().record(id, ConsentEvent::roundClose(at(6))));
        QCOMPARE(f.phase(id), ConsentPhase::Pending);
        QCOMPARE(f.doc->consent().process(id)->awaitedAbsent(), QList<PersonId>{hugo});
        QVERIFY(f.membership(ines, council, meetingDay.addDays(10)));

        // The meeting closes: its record is final, new events and undo are refused.
        QVERIFY(f.doc->meetings().setStatus(meeting, MeetingStatus::Closed));
        const QByteArray closed = test::readBytes(f.path);
        auto refused = f.doc->consent().record(id, ConsentEvent::consent(at(7), hugo));
        QVERIFY(!refused); // not marked as given after the meeting
        QVERIFY2(refused.error().contains(QStringLiteral("closed")), qPrintable(refused.error()));
        QVERIFY(!f.doc->consent().record(id, ConsentEvent::withdrawal(at(7))));
        QVERIFY(!f.doc->consent().undoLast(id));
        QCOMPARE(test::readBytes(f.path), closed);

        // Hugo's late consent, three days later (Paris time), is the last one required.
        const QDateTime late(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC);
        QVERIFY(f.doc->consent().record(id, ConsentEvent::consent(late, hugo, {}, true)));
        QCOMPARE(f.phase(id), ConsentPhase::Adopted);
        QCOMPARE(f.doc->consent().process(id)->decidedAt(), late);
        const auto ended = f.membership(ines, council, QDate(2026, 12, 3));
        QVERIFY(ended);
        QCOMPARE(ended->to, QDate(2026, 12, 4));
        QVERIFY(!f.membership(ines, council, QDate(2026, 12, 5)));
        // The late consent is linked to the sealed chain at once: the record still verifies, and the
        // meeting's head (taken at the close) is unchanged.
        QVERIFY2(f.doc->verifyRecord()->ok(), qPrintable(f.doc->verifyRecord()->firstBreak));

        // The late response can itself be undone (a recording mistake), which reverts the membership.
        QVERIFY(f.doc->consent().undoLast(id));
        QCOMPARE(f.phase(id), ConsentPhase::Pending);
        QVERIFY(f.membership(ines, council, QDate(2026, 12, 5)));
        QVERIFY(!f.membership(ines, council, QDate(2026, 12, 5))->to.isValid());
        QVERIFY2(f.doc->verifyRecord()->ok(), qPrintable(f.doc->verifyRecord()->firstBreak));
    }

    /// A decision made in a meeting carries the meeting's date in its zone, whatever the computer's clock
    /// said when it was recorded (issue 9): in the register and for the membership it ends.
    void decisionCarriesTheMeetingsDate_data()
    {
        QTest::addColumn<QDateTime>("recordedAt");
        QTest::newRow("two days before (clock behind)")
            << QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
        QTest::newRow("late evening, already the next day in UTC+1")
            << QDateTime(QDate(2026, 12, 1), QTime(23, 30), Qt::UTC);
        QTest::newRow("a week later (typed up afterwards)")
            << QDateTime(QDate(2026, 12, 8), QTime(9, 0), Qt::UTC);
    }
    void decisionCarriesTheMeetingsDate()
    {
        QFETCH(QDateTime, recordedAt);
        DemoFile f;
        const MeetingId meeting = f.openMeeting(council);
        const QList<PersonId> present = f.doc->meetings().meeting(meeting)->present();
        const AgendaItemId item = f.addItem(meeting, AgendaItemKind::MembershipExit,
                                            QString::fromUtf8("Sortie d’Inès Bonnet"), ines);
        const ConsentProcessId id =
            f.toConsentRound(item, QString::fromUtf8("Inès Bonnet quitte le Conseil."), present);
        for (PersonId p : f.doc->consent().process(id)->awaitedPresent())
            QVERIFY(f.doc->consent().record(id, ConsentEvent::consent(recordedAt, p)));
        QVERIFY(f.doc->consent().record(id, ConsentEvent::roundClose(recordedAt)));
        QCOMPARE(f.phase(id), ConsentPhase::Adopted);
        QVERIFY(!f.doc->consent().process(id)->decidedAfterMeeting());
        Result<QList<DecisionEntry>> entries = loadRegister(*f.doc, QDate(2026, 12, 10));
        QVERIFY(entries);
        const auto entry = std::find_if(entries->cbegin(), entries->cend(),
                                        [id](const DecisionEntry& e) { return e.process == id; });
        QVERIFY(entry != entries->cend());
        QCOMPARE(entry->date, meetingDay);
        QCOMPARE(f.membership(ines, council, meetingDay.addDays(-1))->to, meetingDay);
    }

    void employeeCannotBeProposedForTheCouncil()
    {
        DemoFile f;
        const MeetingId meeting = f.openMeeting(council);
        const AgendaItemId item = f.addItem(meeting, AgendaItemKind::MembershipEntry,
                                            QStringLiteral("Entrée d’Amandine Roux"), amandine);
        const QByteArray before = test::readBytes(f.path);
        auto started = f.doc->consent().startProcess(
            item, Proposal{QStringLiteral("Admettre Amandine Roux."), {}, {}, {}, {}});
        QVERIFY(!started);
        QVERIFY2(started.error().contains(QStringLiteral("employee")), qPrintable(started.error()));
        QVERIFY2(started.error().contains(QStringLiteral("Amandine Roux")), qPrintable(started.error()));
        QCOMPARE(test::readBytes(f.path), before);
        QVERIFY(!f.doc->consent().processOf(item)->isValid());
    }

    void budgetInCommunicationIsReferredToTheCouncil()
    {
        DemoFile f;
        const Organisation& org = f.doc->organisation().organisation();
        const Circle* com = org.circle(communication);
        const ScopeItemId posts = com->scope.at(1).id; // "Publications sur les réseaux sociaux"
        const ScopeCheck check =
            checkScope(org, communication, posts, AgendaItemKind::ConsentDecision, QStringLiteral("budget"));
        QVERIFY(!check.withinScope);
        QCOMPARE(check.referTo, council);
        QVERIFY2(check.message.contains(QStringLiteral("Conseil de Coordination")),
                 qPrintable(check.message));
        QVERIFY(checkScope(org, communication, posts).withinScope);

        const MeetingId meeting = f.openMeeting(communication);
        const QString title = QString::fromUtf8("Payer des publications sponsorisées");
        const AgendaItemId item = f.addItem(meeting, AgendaItemKind::ConsentDecision, title);
        auto id = f.doc->consent().startProcess(
            item,
            Proposal{QString::fromUtf8("Payer 100 € de publications sponsorisées."), {}, gaelle, {}, posts});
        QVERIFY(id);
        const qsizetype backlogBefore = f.doc->meetings().backlog(council)->size();
        // Only the parent circle can take it over, not a sibling circle.
        const auto sibling = f.doc->consent().record(*id, ConsentEvent::referral(at(2), CircleId(4)));
        QVERIFY(!sibling);
        QVERIFY2(sibling.error().contains(QStringLiteral("Conseil de Coordination")),
                 qPrintable(sibling.error()));
        QVERIFY(f.doc->consent().record(*id, ConsentEvent::referral(at(2), check.referTo, check.message)));
        QCOMPARE(f.phase(*id), ConsentPhase::ReferredToParent);
        const QList<BacklogItem> backlog = *f.doc->meetings().backlog(council);
        QCOMPARE(backlog.size(), backlogBefore + 1);
        QCOMPARE(backlog.last().title, title);
        QCOMPARE(backlog.last().referredFrom, *id);
        QVERIFY(backlog.last().isOpen());
        QVERIFY(f.doc->meetings().backlog(communication)->isEmpty());

        // Undone while the meeting is open: the point leaves the Council's backlog.
        QVERIFY(f.doc->consent().undoLast(*id));
        QCOMPARE(f.doc->meetings().backlog(council)->size(), backlogBefore);
    }

    void undoRevertsAnAdoptedEntry()
    {
        DemoFile f;
        const MeetingId meeting = f.openMeeting(assembly);
        const QList<PersonId> present = f.doc->meetings().meeting(meeting)->present();
        const AgendaItemId item = f.addItem(meeting, AgendaItemKind::MembershipEntry,
                                            QStringLiteral("Admission de Jules Mercier"), jules);
        const ConsentProcessId id =
            f.toConsentRound(item, QStringLiteral("Admettre Jules Mercier."), present);
        for (PersonId p : present)
            QVERIFY(f.doc->consent().record(id, ConsentEvent::consent(at(5), p)));
        const Organisation before = f.doc->organisation().organisation();
        QVERIFY(f.doc->consent().record(id, ConsentEvent::roundClose(at(6))));
        QCOMPARE(f.phase(id), ConsentPhase::Adopted);
        const auto joined = f.membership(jules, assembly, meetingDay);
        QVERIFY(joined);
        QCOMPARE(joined->from, meetingDay);

        QVERIFY(f.doc->consent().undoLast(id));
        QCOMPARE(f.phase(id), ConsentPhase::ConsentRound);
        QVERIFY(!f.membership(jules, assembly, meetingDay));
        QCOMPARE(f.doc->organisation().organisation().memberships, before.memberships);
    }

    void closedMeetingRefusesNewEvents_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("question") << int(ConsentEventKind::QuestionAsked);
        QTest::newRow("withdrawal") << int(ConsentEventKind::Withdrawn);
        QTest::newRow("consent in the meeting") << int(ConsentEventKind::ConsentGiven);
    }
    void closedMeetingRefusesNewEvents()
    {
        QFETCH(int, kind);
        DemoFile f;
        const MeetingId meeting = f.openMeeting(communication);
        const AgendaItemId item =
            f.addItem(meeting, AgendaItemKind::ConsentDecision, QStringLiteral("Charte"));
        auto id = f.doc->consent().startProcess(
            item, Proposal{QStringLiteral("Adopter la charte."), {}, {}, {}, {}});
        QVERIFY(id);
        QVERIFY(
            f.doc->consent().record(*id, ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted,
                                                                  at(1), {chloe, etienne, fatou, gaelle})));
        const auto action = f.doc->meetings().addAction(
            Action{{}, item, fatou, QStringLiteral("Diffuser la charte"), {}, {}});
        QVERIFY(action);
        QVERIFY(f.doc->meetings().setStatus(meeting, MeetingStatus::Closed));
        QVERIFY(!f.doc->meetings().removeAction(*action)); // the minutes' actions are part of the record
        QCOMPARE(f.doc->meetings().actions(meeting)->size(), 1);
        ConsentEvent e;
        e.kind = ConsentEventKind(kind);
        e.at = at(3);
        e.person = fatou;
        e.text = QStringLiteral("Texte");
        const auto r = f.doc->consent().record(*id, e);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("closed")), qPrintable(r.error()));
        QVERIFY(!f.doc->consent().startProcess(f.doc->meetings().meeting(meeting)->agenda.first().id,
                                               Proposal{QStringLiteral("x"), {}, {}, {}, {}}));
        QVERIFY(!f.doc->meetings().addAgendaItem(AgendaItem{
            {}, meeting, AgendaItemKind::Information, QStringLiteral("Ajout"), {}, {}, {}, {}, {}}));
        QCOMPARE(f.doc->consent().stored(*id)->events.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConsentService)
#include "tst_consentservice.moc"
