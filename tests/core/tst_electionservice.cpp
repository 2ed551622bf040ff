// Elections without candidates through ElectionService on a real demo file (processes.md section 3): a whole
// election recorded and read back from the file, the co-presidents' election at the Assemblée Populaire
// producing two mandates, undo reverting the mandate, and the mandates that end soon or have ended.
#include "domain/mandateexpiry.h"
#include "services/demodata.h"
#include "services/demoelection.h"
#include "services/document.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace cercles;

namespace {
const PersonId amandine{1}, bastien{2}, chloe{3}, denise{4}, etienne{5}, hugo{8}, ines{9};
const CircleId assembly{1}, council{2};
const RoleId coPresidency{1};
const QDate meetingDay{2027, 3, 13};

QDateTime at(int minute)
{
    return QDateTime(meetingDay, QTime(13, 0), Qt::UTC).addSecs(60 * minute);
}

struct DemoFile
{
    test::TempDir dir;
    QString path = dir.file(QStringLiteral("demo.cercles"));
    std::unique_ptr<Document> doc;

    DemoFile()
    {
        if (auto created = createDemoFile(path); !created)
            qFatal("%s", qPrintable(created.error()));
        reopen();
    }

    void reopen()
    {
        doc.reset();
        auto opened = Document::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        doc = std::move(opened).value();
        doc->elections().setClock([] { return at(0); });
    }

    /// Opens a meeting of `circle` on meetingDay, every member present.
    MeetingId openMeeting(CircleId circle)
    {
        Meeting m = doc->meetings().draftMeeting(circle, meetingDay, QTime(14, 0), "Europe/Paris");
        m.status = MeetingStatus::Open;
        auto id = doc->meetings().createMeeting(m);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }

    AgendaItemId addItem(MeetingId meeting, AgendaItemKind kind, const QString& title)
    {
        AgendaItem item;
        item.meeting = meeting;
        item.kind = kind;
        item.title = title;
        auto id = doc->meetings().addAgendaItem(item);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }

    QList<PersonId> present(MeetingId meeting) { return doc->meetings().meeting(meeting)->present(); }
};

ElectionDescription facilitation()
{
    return {QStringLiteral("Facilitation"), QString(), QDate(2027, 4, 1), QDate(2028, 3, 31),
            QStringLiteral("Patience, neutralité")};
}

void must(Result<void> r)
{
    QVERIFY2(r.ok(), qPrintable(r.error()));
}

/// Records everything up to a consent round on `nominee`, everyone keeping their nomination.
void upToConsentRound(Document& doc, ElectionId id, const QList<PersonId>& present, PersonId nominee)
{
    ElectionService& s = doc.elections();
    must(s.record(id, ElectionEvent::opening(at(1), present)));
    for (PersonId p : present)
        must(s.record(id, ElectionEvent::written(at(2), p, nominee)));
    must(s.record(id, ElectionEvent::roundStart(ElectionEventKind::NominationRoundStarted, at(3))));
    for (PersonId p : present)
        must(s.record(id, ElectionEvent::explained(at(4), p, QStringLiteral("reasons"))));
    must(s.record(id, ElectionEvent::roundStart(ElectionEventKind::ChangeRoundStarted, at(5))));
    for (PersonId p : present)
        must(s.record(id, ElectionEvent::kept(at(6), p)));
    must(s.record(id, ElectionEvent::proposal(at(7), nominee, QDate(2027, 4, 1), QDate(2028, 3, 31),
                                              QStringLiteral("named by all"))));
}

QList<Mandate> mandatesOf(const Organisation& org, RoleId role)
{
    QList<Mandate> result;
    for (const Mandate& m : org.mandates) {
        if (m.role == role)
            result << m;
    }
    return result;
}

} // namespace

class TestElectionService : public QObject
{
    Q_OBJECT
private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void wholeElectionIsRecordedAndReadBack()
    {
        DemoFile f;
        const MeetingId meeting = f.openMeeting(council);
        const AgendaItemId item =
            f.addItem(meeting, AgendaItemKind::Election, QStringLiteral("Facilitation"));
        auto started = f.doc->elections().start(item, facilitation());
        QVERIFY2(started.ok(), qPrintable(started.error()));
        const ElectionId id = *started;
        const QList<PersonId> present = f.present(meeting);
        for (PersonId p : {chloe, denise, etienne, hugo, ines})
            QVERIFY(present.contains(p));
        QCOMPARE(present.size(), 5);
        ElectionService& s = f.doc->elections();
        must(s.record(id, ElectionEvent::opening(at(1), present)));
        must(s.record(id, ElectionEvent::written(at(2), chloe, etienne)));
        must(s.record(id, ElectionEvent::written(at(2), denise, hugo)));
        must(s.record(id, ElectionEvent::written(at(2), etienne, etienne)));
        must(s.record(id, ElectionEvent::written(at(2), hugo, etienne)));
        must(s.record(id, ElectionEvent::written(at(2), ines, hugo)));
        must(s.record(id, ElectionEvent::roundStart(ElectionEventKind::NominationRoundStarted, at(3))));
        for (PersonId p : present)
            must(s.record(id, ElectionEvent::explained(at(4), p, QStringLiteral("because"))));
        must(s.record(id, ElectionEvent::roundStart(ElectionEventKind::ChangeRoundStarted, at(5))));
        must(s.record(id, ElectionEvent::kept(at(6), chloe)));
        must(s.record(
            id, ElectionEvent::changed(at(6), denise, etienne, QStringLiteral("Étienne knows the role"))));
        for (PersonId p : {etienne, hugo, ines})
            must(s.record(id, ElectionEvent::kept(at(6), p)));
        must(s.record(id, ElectionEvent::proposal(at(7), etienne, QDate(2027, 4, 1), QDate(2028, 3, 31),
                                                  QStringLiteral("four nominations, experience"))));
        for (PersonId p : {chloe, denise, hugo, ines})
            must(s.record(id, ElectionEvent::consent(at(8), p)));
        must(
            s.record(id, ElectionEvent::objection(at(9), etienne, QStringLiteral("six months, not a year"))));
        must(s.record(id, ElectionEvent::roundClose(at(10))));
        must(s.record(id, ElectionEvent::termChange(at(11), QDate(2027, 4, 1), QDate(2027, 9, 30))));
        must(s.record(id, ElectionEvent::roundStart(ElectionEventKind::ConsentRoundStarted, at(12))));
        for (PersonId p : {chloe, denise, hugo, ines, etienne})
            must(s.record(id, ElectionEvent::consent(at(13), p)));
        must(s.record(id, ElectionEvent::roundClose(at(14))));

        const Election before = *s.election(id);
        QCOMPARE(before.phase(), ElectionPhase::Elected);

        f.reopen(); // the file alone holds the election
        QCOMPARE(*f.doc->elections().electionOf(item), id);
        const Result<Election> after = f.doc->elections().election(id);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QVERIFY(after.value() == before);
        QCOMPARE(after->written().size(), 5);
        QCOMPARE(after->changes().at(1).nominee, etienne);
        QVERIFY(after->changes().at(1).changed);
        QCOMPARE(after->setup().qualifications, QStringLiteral("Patience, neutralité"));
        QCOMPARE(after->setup().role, RoleId(2)); // the council's existing Facilitation role
        const ElectionOutcome outcome = *after->outcome();
        QCOMPARE(outcome.person, etienne);
        QCOMPARE(outcome.end, QDate(2027, 9, 30));

        const Organisation& org = f.doc->organisation().organisation();
        bool found = false;
        for (const Mandate& m : org.mandates)
            found = found || (m.person == etienne && m.role == RoleId(2) && m.start == QDate(2027, 4, 1) &&
                              m.end == QDate(2027, 9, 30));
        QVERIFY2(found, "the elected mandate is in the organisation");
    }

    void coPresidentsElectionProducesTwoMandates()
    {
        DemoFile f;
        const MeetingId meeting = f.openMeeting(assembly);
        const qsizetype before = mandatesOf(f.doc->organisation().organisation(), coPresidency).size();
        const Result<void> r = recordDemoElection(*f.doc, meeting);
        QVERIFY2(r.ok(), qPrintable(r.error()));

        f.reopen();
        const QList<Mandate> mandates = mandatesOf(f.doc->organisation().organisation(), coPresidency);
        QCOMPARE(mandates.size(), before + 2);
        QList<Mandate> fresh;
        for (const Mandate& m : mandates) {
            if (m.start == meetingDay)
                fresh << m;
        }
        QCOMPARE(fresh.size(), 2);
        std::sort(fresh.begin(), fresh.end(),
                  [](const Mandate& a, const Mandate& b) { return a.person < b.person; });
        QCOMPARE(fresh.at(0).person, chloe);
        QCOMPARE(fresh.at(0).end, QDate(2028, 3, 12));
        QCOMPARE(fresh.at(1).person, denise);
        QCOMPARE(fresh.at(1).end, QDate(2028, 1, 31)); // her own objection shortened the term

        const Meeting m = *f.doc->meetings().meeting(meeting);
        QList<AgendaItem> elections;
        for (const AgendaItem& a : m.agenda) {
            if (a.kind == AgendaItemKind::Election)
                elections << a;
        }
        QCOMPARE(elections.size(), 2);
        const Election second =
            *f.doc->elections().election(*f.doc->elections().electionOf(elections.at(1).id));
        QCOMPARE(second.consentRounds().size(), 2);
        QCOMPARE(second.consentRounds().constFirst().objectors(), QList<PersonId>{denise});
        QCOMPARE(second.consentRounds().constFirst().order.constLast(), denise); // the nominee answered last
        QCOMPARE(elections.at(0).state, AgendaItemState::Done);
    }

    void undoRevertsTheMandateAndTheNewRole()
    {
        DemoFile f;
        const MeetingId meeting = f.openMeeting(council);
        const AgendaItemId item = f.addItem(meeting, AgendaItemKind::Election, QStringLiteral("Trésorerie"));
        const qsizetype roles = f.doc->organisation().organisation().roles.size();
        const qsizetype mandates = f.doc->organisation().organisation().mandates.size();
        auto id =
            f.doc->elections().start(item, {QStringLiteral("Trésorerie"), QStringLiteral("Tient les comptes"),
                                            QDate(2027, 4, 1), QDate(2028, 3, 31), QString()});
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QVERIFY(!f.doc->elections().stored(*id)->setup.role.isValid()); // a new role
        const QList<PersonId> present = f.present(meeting);
        upToConsentRound(*f.doc, *id, present, hugo);
        for (PersonId p : f.doc->elections().election(*id)->awaited())
            must(f.doc->elections().record(*id, ElectionEvent::consent(at(8), p)));
        QSignalSpy changed(&f.doc->organisation(), &OrganisationService::changed);
        must(f.doc->elections().record(*id, ElectionEvent::roundClose(at(9))));
        QCOMPARE(changed.size(), 1);
        const Organisation& org = f.doc->organisation().organisation();
        QCOMPARE(org.roles.size(), roles + 1);
        QCOMPARE(org.mandates.size(), mandates + 1);
        QCOMPARE(org.roles.constLast().name, QStringLiteral("Trésorerie"));
        QCOMPARE(org.roles.constLast().description, QStringLiteral("Tient les comptes"));

        must(f.doc->elections().undoLast(*id));
        QCOMPARE(f.doc->organisation().organisation().roles.size(), roles);
        QCOMPARE(f.doc->organisation().organisation().mandates.size(), mandates);
        QCOMPARE(f.doc->elections().election(*id)->phase(), ElectionPhase::ConsentRound);
        f.reopen();
        QCOMPARE(f.doc->organisation().organisation().mandates.size(), mandates);
        // Redo: closing the round again elects again.
        must(f.doc->elections().record(*id, ElectionEvent::roundClose(at(10))));
        QCOMPARE(f.doc->organisation().organisation().mandates.size(), mandates + 1);
    }

    void refusals()
    {
        DemoFile f;
        const MeetingId meeting = f.openMeeting(council);
        const AgendaItemId discussion =
            f.addItem(meeting, AgendaItemKind::Discussion, QStringLiteral("Talk"));
        QVERIFY(!f.doc->elections().start(discussion, facilitation()).ok());
        const AgendaItemId item =
            f.addItem(meeting, AgendaItemKind::Election, QStringLiteral("Facilitation"));
        ElectionDescription bad = facilitation();
        bad.termEnd = bad.termStart.addDays(-1);
        QVERIFY(!f.doc->elections().start(item, bad).ok());
        const ElectionId id = *f.doc->elections().start(item, facilitation());
        QVERIFY(!f.doc->elections().start(item, facilitation()).ok()); // one election per item
        QVERIFY(!f.doc->elections().undoLast(id).ok());                // nothing recorded yet
        const Result<void> early = f.doc->elections().record(id, ElectionEvent::roundClose(at(1)));
        QVERIFY(!early.ok());
        QVERIFY(f.doc->elections().stored(id)->events.isEmpty());
        must(f.doc->elections().record(id, ElectionEvent::opening(at(1), f.present(meeting))));
        QVERIFY(!f.doc->elections().cancelStart(id).ok()); // it has events now

        must(f.doc->meetings().setStatus(meeting, MeetingStatus::Closed));
        const Result<void> closed = f.doc->elections().record(id, ElectionEvent::written(at(2), chloe, hugo));
        QVERIFY(!closed.ok());
        QVERIFY(closed.error().contains(QStringLiteral("closed")));
        QVERIFY(!f.doc->elections().undoLast(id).ok());
        QCOMPARE(f.doc->elections().stored(id)->events.size(), 1);
    }

    void eventsAreAppendOnlyInTheFile()
    {
        DemoFile f;
        const MeetingId meeting = f.openMeeting(council);
        const AgendaItemId item =
            f.addItem(meeting, AgendaItemKind::Election, QStringLiteral("Facilitation"));
        const ElectionId id = *f.doc->elections().start(item, facilitation());
        must(f.doc->elections().record(id, ElectionEvent::opening(at(1), f.present(meeting))));
        QSqlQuery q(f.doc->database().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE election_event SET text = 'forged'")));
    }

    void mandatesEndingSoonAndEnded()
    {
        DemoFile f;
        const Organisation& org = f.doc->organisation().organisation();
        const MandateExpiries e = mandateExpiries(org, QDate(2026, 12, 1));
        // Étienne's facilitation ends on 31 December 2026 (30 days); Fatou's first link ended on 30
        // September.
        QCOMPARE(e.endingSoon.size(), 1);
        QCOMPARE(e.endingSoon.constFirst().person, etienne);
        QCOMPARE(e.ended.size(), 1);
        QCOMPARE(e.ended.constFirst().person, PersonId(6));
        // The horizon is inclusive: 60 days before 31 December is 1 November.
        QCOMPARE(mandateExpiries(org, QDate(2026, 11, 1)).endingSoon.size(), 1);
        QCOMPARE(mandateExpiries(org, QDate(2026, 10, 31)).endingSoon.size(), 0);
        // One circle only: the council has Étienne's facilitation, the assembly nothing due.
        QCOMPARE(mandateExpiries(org, QDate(2026, 12, 1), 60, council).endingSoon.size(), 1);
        QCOMPARE(mandateExpiries(org, QDate(2026, 12, 1), 60, assembly).endingSoon.size(), 0);
        // In March 2027 the co-presidencies end on the 13th and Bastien's first link on 9 April: soonest
        // first.
        const MandateExpiries march = mandateExpiries(org, QDate(2027, 3, 1));
        QCOMPARE(march.endingSoon.size(), 3);
        QCOMPARE(march.endingSoon.at(0).role, coPresidency);
        QCOMPARE(march.endingSoon.at(1).role, coPresidency);
        QCOMPARE(march.endingSoon.at(2).person, bastien);
        QVERIFY(march.ended.size() >= 2);
        QVERIFY(march.ended.at(0).end >= march.ended.at(1).end); // most recent first
        Q_UNUSED(amandine);
    }
};

QTEST_GUILESS_MAIN(TestElectionService)
#include "tst_electionservice.moc"
