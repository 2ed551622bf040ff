// The election without candidates (processes.md section 3) as a pure state machine: every (step, event) pair,
// the nominee answering last, the nominee's own objection, integration by term or role, another proposal.
#include "domain/election.h"
#include "testsupport.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace cercles;

Q_DECLARE_METATYPE(cercles::ElectionPhase)
Q_DECLARE_METATYPE(cercles::ElectionEventKind)
Q_DECLARE_METATYPE(cercles::ElectionEvent)

namespace {

using K = ElectionEventKind;
using P = ElectionPhase;

const PersonId p1{1}, p2{2}, p3{3}, p4{4}, outsider{9};
const QList<PersonId> present{p1, p2, p3, p4};
const QDate termStart{2026, 3, 14}, termEnd{2027, 3, 13};

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 14), QTime(10, minute), Qt::UTC);
}

ElectionSetup setup()
{
    ElectionSetup s;
    s.circle = CircleId(1);
    s.role = RoleId(1);
    s.roleName = QStringLiteral("Co-présidence");
    s.roleDescription = QStringLiteral("Représente l'association");
    s.termStart = termStart;
    s.termEnd = termEnd;
    s.qualifications = QStringLiteral("Disponible, à l'écoute");
    s.members = {p1, p2, p3, p4, PersonId(5)}; // 5 is a member absent from the meeting
    s.createdAt = at(0);
    return s;
}

void must(Election& e, const ElectionEvent& event)
{
    const Result<void> r = e.apply(event);
    QVERIFY2(r.ok(), qPrintable(r.error()));
}

/// Returns an election that has just entered `phase`, with everyone present (p1..p4).
Election reach(ElectionPhase phase)
{
    Election e = Election::start(setup()).value();
    if (phase == P::Description)
        return e;
    if (phase == P::Cancelled) {
        must(e, ElectionEvent::cancellation(at(1), QStringLiteral("postponed")));
        return e;
    }
    must(e, ElectionEvent::opening(at(1), present));
    if (phase == P::Nominations)
        return e;
    must(e, ElectionEvent::written(at(2), p1, p2));
    must(e, ElectionEvent::written(at(2), p2, p2)); // self-nomination
    must(e, ElectionEvent::written(at(2), p3, p4));
    must(e, ElectionEvent::written(at(2), p4, p2));
    must(e, ElectionEvent::roundStart(K::NominationRoundStarted, at(3)));
    if (phase == P::NominationRound)
        return e;
    for (PersonId p : present)
        must(e, ElectionEvent::explained(at(4), p, QStringLiteral("reasons")));
    must(e, ElectionEvent::roundStart(K::ChangeRoundStarted, at(5)));
    if (phase == P::ChangeRound)
        return e;
    for (PersonId p : present)
        must(e, ElectionEvent::kept(at(6), p));
    must(e, ElectionEvent::proposal(at(7), p2, termStart, termEnd, QStringLiteral("most named, available")));
    if (phase == P::ConsentRound)
        return e;
    must(e, ElectionEvent::objection(at(8), p1, QStringLiteral("one year is too long")));
    for (PersonId p : {p3, p4, p2})
        must(e, ElectionEvent::consent(at(8), p));
    if (phase == P::Elected) {
        must(e, ElectionEvent::roundClose(at(9)));
        must(e, ElectionEvent::termChange(at(10), termStart, QDate(2026, 9, 13)));
        must(e, ElectionEvent::roundStart(K::ConsentRoundStarted, at(11)));
        for (PersonId p : {p1, p3, p4, p2})
            must(e, ElectionEvent::consent(at(12), p));
    }
    must(e, ElectionEvent::roundClose(at(13)));
    return e;
}

/// Takes an election and a kind; returns an event of that kind that is well formed for the election's state
/// (the next participant awaited, a nominee who differs from the current one, a changed term...).
ElectionEvent eventFor(const Election& e, ElectionEventKind kind)
{
    const QList<PersonId> awaited = e.awaited();
    const PersonId next = awaited.isEmpty() ? p1 : awaited.constFirst();
    switch (kind) {
    case K::NominationsOpened:
        return ElectionEvent::opening(at(20), present);
    case K::NominationWritten:
        return ElectionEvent::written(at(20), next, p2);
    case K::NominationExplained:
        return ElectionEvent::explained(at(20), next, QStringLiteral("I named Bea: she listens"));
    case K::NominationKept:
        return ElectionEvent::kept(at(20), next, QStringLiteral("still convinced"));
    case K::NominationChanged:
        return ElectionEvent::changed(at(20), next, p3, QStringLiteral("heard good reasons"));
    case K::Proposed:
        return ElectionEvent::proposal(at(20), p2, termStart, termEnd, QStringLiteral("reasons"));
    case K::ConsentGiven:
        return ElectionEvent::consent(at(20), next);
    case K::ObjectionRaised:
        return ElectionEvent::objection(at(20), next, QStringLiteral("reason"));
    case K::ConsentRoundClosed:
        return ElectionEvent::roundClose(at(20));
    case K::TermChanged:
        return ElectionEvent::termChange(at(20), termStart, QDate(2026, 12, 31), QStringLiteral("shorter"));
    case K::RoleChanged:
        return ElectionEvent::roleChange(at(20), QStringLiteral("Co-présidence tournante"),
                                         QStringLiteral("d"));
    case K::Cancelled:
        return ElectionEvent::cancellation(at(20));
    case K::NominationRoundStarted:
    case K::ChangeRoundStarted:
    case K::ConsentRoundStarted:
        break;
    }
    return ElectionEvent::roundStart(kind, at(20));
}

/// Expected outcome of each event kind (columns, in allElectionEventKinds order) at the start of each step
/// (rows, in allElectionPhases order). A letter: accepted, and the step it leads to (d description,
/// n nominations, r nomination round, c change round, k consent round, i integrating objections,
/// e elected, x cancelled). "-": not possible in that step. "W": refused, participants still awaited.
/// "I": refused, objections not integrated yet. "F": refused, the election is concluded.
const char* const expectations[] = {
    /*                 Op Wr NR Ex CR Ke Ch Pr Co Ob Cl Te Ro CS Ca */
    /* Description */ "n  -  -  -  -  -  -  -  -  -  -  -  -  -  x",
    /* Nominations */ "-  n  W  -  -  -  -  -  -  -  -  -  -  -  x",
    /* NomRound    */ "-  -  -  r  W  -  -  -  -  -  -  -  -  -  x",
    /* ChangeRound */ "-  -  -  -  -  c  c  W  -  -  -  -  -  -  x",
    /* ConsentRnd  */ "-  -  -  -  -  -  -  -  k  k  W  -  -  -  x",
    /* Integrating */ "-  -  -  -  -  -  -  k  -  -  -  i  i  I  x",
    /* Elected     */ "F  F  F  F  F  F  F  F  F  F  F  F  F  F  F",
    /* Cancelled   */ "F  F  F  F  F  F  F  F  F  F  F  F  F  F  F",
};

ElectionPhase phaseOfLetter(char letter)
{
    switch (letter) {
    case 'd':
        return P::Description;
    case 'n':
        return P::Nominations;
    case 'r':
        return P::NominationRound;
    case 'c':
        return P::ChangeRound;
    case 'k':
        return P::ConsentRound;
    case 'i':
        return P::IntegratingObjections;
    case 'e':
        return P::Elected;
    default:
        return P::Cancelled;
    }
}

} // namespace

class TestElection : public QObject
{
    Q_OBJECT
private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void everyStepAndEvent_data()
    {
        QTest::addColumn<ElectionPhase>("phase");
        QTest::addColumn<ElectionEventKind>("kind");
        QTest::addColumn<char>("expected");
        int row = 0;
        for (ElectionPhase phase : allElectionPhases) {
            const QList<QByteArray> cells = QByteArray(expectations[row++]).simplified().split(' ');
            QCOMPARE(cells.size(), qsizetype(std::size(allElectionEventKinds)));
            int column = 0;
            for (ElectionEventKind kind : allElectionEventKinds) {
                const QByteArray name =
                    (electionPhaseKey(phase) + QLatin1Char('/') + electionEventKindKey(kind)).toUtf8();
                QTest::newRow(name.constData()) << phase << kind << cells.at(column++).at(0);
            }
        }
    }

    void everyStepAndEvent()
    {
        QFETCH(ElectionPhase, phase);
        QFETCH(ElectionEventKind, kind);
        QFETCH(char, expected);
        Election e = reach(phase);
        QCOMPARE(e.phase(), phase);
        const Election before = e;
        const Result<void> r = e.apply(eventFor(e, kind));
        if (QByteArray("dnrckiex").contains(expected)) {
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QCOMPARE(e.phase(), phaseOfLetter(expected));
            QCOMPARE(e.history().size(), before.history().size() + 1);
            // The log replays to the same election: this is how a stored election is rebuilt.
            const Result<Election> replayed = Election::replay(e.setup(), e.history());
            QVERIFY2(replayed.ok(), qPrintable(replayed.error()));
            QVERIFY(replayed.value() == e);
            return;
        }
        QVERIFY(!r.ok());
        QVERIFY2(e == before, "a refused event must leave the election unchanged");
        const QString message = r.error();
        switch (expected) {
        case '-':
            QVERIFY2(message.contains(QStringLiteral("is not possible during")), qPrintable(message));
            break;
        case 'W':
            QVERIFY2(message.contains(QStringLiteral("not")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("yet")), qPrintable(message));
            break;
        case 'I':
            QVERIFY2(message.contains(QStringLiteral("Integrate the objections")), qPrintable(message));
            break;
        case 'F':
            QVERIFY2(message.contains(QStringLiteral("concluded")), qPrintable(message));
            break;
        default:
            QFAIL("unknown expectation");
        }
    }

    void nomineeAnswersLast()
    {
        Election e = reach(P::ConsentRound);
        QCOMPARE(e.awaited(), (QList<PersonId>{p1, p3, p4, p2})); // seating order, the nominee moved last
        const Result<void> early = e.apply(ElectionEvent::consent(at(30), p2));
        QVERIFY(!early.ok());
        QVERIFY(early.error().contains(QStringLiteral("answers last")));
        must(e, ElectionEvent::consent(at(30), p4)); // others in any order
        must(e, ElectionEvent::consent(at(30), p1, QStringLiteral("a concern")));
        QVERIFY(!e.apply(ElectionEvent::objection(at(30), p2, QStringLiteral("no"))).ok());
        must(e, ElectionEvent::consent(at(30), p3));
        QVERIFY(!e.apply(ElectionEvent::roundClose(at(30))).ok()); // the nominee has not answered
        must(e, ElectionEvent::consent(at(31), p2));
        must(e, ElectionEvent::roundClose(at(32)));
        QCOMPARE(e.phase(), P::Elected);
        const ElectionOutcome outcome = *e.outcome();
        QCOMPARE(outcome.person, p2);
        QCOMPARE(outcome.roleName, QStringLiteral("Co-présidence"));
        QCOMPARE(outcome.start, termStart);
        QCOMPARE(outcome.end, termEnd);
        QCOMPARE(outcome.at, at(32));
    }

    void nomineeObjectsAndTheTermChanges()
    {
        Election e = reach(P::ConsentRound);
        for (PersonId p : {p1, p3, p4})
            must(e, ElectionEvent::consent(at(30), p));
        must(e, ElectionEvent::objection(at(31), p2, QStringLiteral("I can give six months, not a year")));
        must(e, ElectionEvent::roundClose(at(32)));
        QCOMPARE(e.phase(), P::IntegratingObjections);
        QCOMPARE(e.currentRound()->objectors(), QList<PersonId>{p2});
        QVERIFY(!e.outcome());
        QVERIFY(!e.apply(ElectionEvent::roundStart(K::ConsentRoundStarted, at(33))).ok());
        QVERIFY(!e.apply(ElectionEvent::termChange(at(33), termStart, termEnd)).ok()); // unchanged term
        QVERIFY(
            !e.apply(ElectionEvent::termChange(at(33), termEnd, termStart)).ok()); // ends before it starts
        const QDate shorter(2026, 9, 13);
        must(e, ElectionEvent::termChange(at(33), termStart, shorter, QStringLiteral("six months")));
        must(e, ElectionEvent::roundStart(K::ConsentRoundStarted, at(34)));
        QCOMPARE(e.consentRounds().size(), 2);
        QCOMPARE(e.awaited(), (QList<PersonId>{p1, p3, p4, p2}));
        for (PersonId p : {p1, p3, p4, p2})
            must(e, ElectionEvent::consent(at(35), p));
        must(e, ElectionEvent::roundClose(at(36)));
        QCOMPARE(e.phase(), P::Elected);
        QCOMPARE(e.outcome()->person, p2);
        QCOMPARE(e.outcome()->end, shorter);
        QCOMPARE(e.integrations().size(), 1);
        QCOMPARE(e.integrations().constFirst().round, 1);
    }

    void roleChangeIntegratesAnObjection()
    {
        Election e = reach(P::IntegratingObjections);
        QVERIFY(!e.apply(ElectionEvent::roleChange(at(30), QStringLiteral("  "), QString())).ok());
        QVERIFY(!e.apply(ElectionEvent::roleChange(at(30), QStringLiteral("Co-présidence"),
                                                   QStringLiteral("Représente l'association")))
                     .ok());
        must(e, ElectionEvent::roleChange(at(30), QStringLiteral("Co-présidence"),
                                          QStringLiteral("Représente l'association, sans la trésorerie")));
        must(e, ElectionEvent::roundStart(K::ConsentRoundStarted, at(31)));
        for (PersonId p : {p1, p3, p4, p2})
            must(e, ElectionEvent::consent(at(32), p));
        must(e, ElectionEvent::roundClose(at(33)));
        QCOMPARE(e.outcome()->roleDescription,
                 QStringLiteral("Représente l'association, sans la trésorerie"));
    }

    void anotherPersonIsProposed()
    {
        Election e = reach(P::IntegratingObjections);
        QVERIFY(
            !e.apply(ElectionEvent::proposal(at(30), PersonId(5), termStart, termEnd, QStringLiteral("r")))
                 .ok());
        must(e, ElectionEvent::proposal(at(30), p4, termStart, termEnd,
                                        QStringLiteral("also named, available")));
        QCOMPARE(e.proposals().size(), 2);
        QCOMPARE(e.awaited(), (QList<PersonId>{p1, p2, p3, p4}));
        for (PersonId p : {p1, p2, p3, p4})
            must(e, ElectionEvent::consent(at(31), p));
        must(e, ElectionEvent::roundClose(at(32)));
        QCOMPARE(e.outcome()->person, p4);
    }

    void nominationsChangeAndAreCounted()
    {
        Election e = reach(P::ChangeRound);
        QCOMPARE(e.nominationCounts(), (QList<std::pair<PersonId, int>>{{p2, 3}, {p4, 1}}));
        QVERIFY(!e.apply(ElectionEvent::changed(at(30), p1, p2, QStringLiteral("same"))).ok());
        QVERIFY(!e.apply(ElectionEvent::changed(at(30), p1, p4, QString())).ok()); // a change needs a reason
        QVERIFY(!e.apply(ElectionEvent::changed(at(30), p1, outsider, QStringLiteral("r"))).ok());
        must(e, ElectionEvent::changed(at(30), p1, p4, QStringLiteral("heard about her availability")));
        QVERIFY(!e.apply(ElectionEvent::kept(at(30), p1)).ok()); // one turn each
        must(e, ElectionEvent::changed(at(31), p2, p4, QStringLiteral("I prefer Dana")));
        must(e, ElectionEvent::kept(at(32), p3));
        must(e, ElectionEvent::kept(at(32), p4, QStringLiteral("still Bea")));
        QCOMPARE(e.nominationOf(p1), p4);
        QCOMPARE(e.nominationOf(p4), p2);
        QCOMPARE(e.nominationCounts(), (QList<std::pair<PersonId, int>>{{p4, 3}, {p2, 1}}));
        QCOMPARE(e.written().size(), 4); // the written nominations stay as written, for the minutes
        QCOMPARE(e.written().constFirst().nominee, p2);
        // The facilitator may propose someone other than the most named (step 5).
        must(e,
             ElectionEvent::proposal(at(33), p3, termStart, termEnd, QStringLiteral("balances the board")));
        QCOMPARE(e.currentProposal()->nominee, p3);
    }

    void refusals_data()
    {
        QTest::addColumn<ElectionPhase>("phase");
        QTest::addColumn<ElectionEvent>("event");
        QTest::addColumn<QString>("message");
        QTest::newRow("nobody present")
            << P::Description << ElectionEvent::opening(at(30), {}) << "Record who is present";
        QTest::newRow("writer absent")
            << P::Nominations << ElectionEvent::written(at(30), PersonId(5), p2) << "not present";
        QTest::newRow("nominee not a member")
            << P::Nominations << ElectionEvent::written(at(30), p1, outsider) << "member of the circle";
        QTest::newRow("nobody named")
            << P::Nominations << ElectionEvent::written(at(30), p1, PersonId()) << "Choose the person";
        QTest::newRow("explanation empty")
            << P::NominationRound << ElectionEvent::explained(at(30), p1, QStringLiteral(" ")) << "and why";
        QTest::newRow("proposal without reasons")
            << P::IntegratingObjections << ElectionEvent::proposal(at(30), p3, termStart, termEnd, QString())
            << "reasons";
        QTest::newRow("proposal without term")
            << P::IntegratingObjections
            << ElectionEvent::proposal(at(30), p3, QDate(), termEnd, QStringLiteral("r")) << "start and end";
        QTest::newRow("proposal of an absent member")
            << P::IntegratingObjections
            << ElectionEvent::proposal(at(30), PersonId(5), termStart, termEnd, QStringLiteral("r"))
            << "must be present";
        QTest::newRow("objection without reason")
            << P::ConsentRound << ElectionEvent::objection(at(30), p1, QString()) << "needs a reason";
        QTest::newRow("answer from outside")
            << P::ConsentRound << ElectionEvent::consent(at(30), PersonId(5)) << "not present";
        QTest::newRow("event without time")
            << P::Nominations << ElectionEvent::written(QDateTime(), p1, p2) << "no date";
    }

    void refusals()
    {
        QFETCH(ElectionPhase, phase);
        QFETCH(ElectionEvent, event);
        QFETCH(QString, message);
        Election e = reach(phase);
        const Election before = e;
        const Result<void> r = e.apply(event);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        QVERIFY(e == before);
        QVERIFY(!e.check(event).ok());
    }

    void startNeedsARoleAndATerm()
    {
        ElectionSetup s = setup();
        s.roleName = QStringLiteral(" ");
        QVERIFY(!Election::start(s).ok());
        s = setup();
        s.termEnd = s.termStart.addDays(-1);
        QVERIFY(!Election::start(s).ok());
        s = setup();
        s.termStart = {};
        QVERIFY(!Election::start(s).ok());
        s = setup();
        s.termEnd = s.termStart; // a one-day mandate is a valid term
        QVERIFY(Election::start(s).ok());
    }

    void replayReportsTheRefusedEvent()
    {
        const QList<ElectionEvent> log{ElectionEvent::opening(at(1), present),
                                       ElectionEvent::roundStart(K::NominationRoundStarted, at(2))};
        const Result<Election> r = Election::replay(setup(), log);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(QStringLiteral("Event 2 of the log")), qPrintable(r.error()));
    }

    void cancellingClosesTheRunningRound()
    {
        Election e = reach(P::ConsentRound);
        must(e, ElectionEvent::cancellation(at(30), QStringLiteral("nobody available")));
        QVERIFY(e.currentRound()->isClosed());
        QVERIFY(!e.outcome());
        QVERIFY(isFinal(e.phase()));
    }

    void keysAreStableAndDistinct()
    {
        QSet<QString> keys;
        for (ElectionEventKind kind : allElectionEventKinds) {
            const QString key = electionEventKindKey(kind);
            QVERIFY(!key.isEmpty());
            QVERIFY(!keys.contains(key));
            keys.insert(key);
            QCOMPARE(electionEventKindFromKey(key), std::optional<ElectionEventKind>(kind));
            QVERIFY(!electionEventKindName(kind).isEmpty());
        }
        QCOMPARE(electionEventKindKey(K::NominationChanged), QStringLiteral("nomination-changed"));
        QVERIFY(!electionEventKindFromKey(QStringLiteral("vote")));
        for (ElectionPhase phase : allElectionPhases)
            QVERIFY(!electionPhaseName(phase).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestElection)
#include "tst_election.moc"
