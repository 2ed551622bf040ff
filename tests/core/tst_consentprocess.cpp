// The consent engine's state machine (processes.md section 1): every (phase, event kind) pair, and the
// rules of a round. The reference organisation's cases are in tst_consentreference.cpp.
#include "domain/consentprocess.h"

#include <QTest>

#include <map>

using namespace cercles;

namespace {
const PersonId A{1}, B{2}, C{3}, D{4};
const CircleId parentCircle{10};

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC).addSecs(60 * minute);
}

/// A, B, C and D are members; the rule counts all members, so D, absent, answers afterwards.
ConsentSetup setup(ConsentBasis basis = ConsentBasis::AllMembers)
{
    ConsentSetup s;
    s.kind = ConsentProcessKind::Decision;
    s.circle = CircleId{11};
    s.proposal = {QStringLiteral("Publish the newsletter monthly"), QStringLiteral("Members ask for news"), B,
                  QDate(2027, 6, 30), ScopeItemId{5}};
    s.rule = {basis, false};
    s.members = {A, B, C, D};
    s.createdAt = at(0);
    return s;
}

const QList<PersonId> present = {A, B, C};

QList<ConsentEvent> reactionsEvents()
{
    return {ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, at(1), present),
            ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, at(2), {})};
}

/// Takes a fixture name; returns the events that lead to it from a fresh process of setup().
QList<ConsentEvent> fixtureEvents(const QString& name)
{
    const QList<ConsentEvent> reactions = reactionsEvents();
    const QList<ConsentEvent> round =
        reactions +
        QList<ConsentEvent>{ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, at(3), present),
                            ConsentEvent::consent(at(4), A), ConsentEvent::consent(at(5), B),
                            ConsentEvent::consent(at(6), C)};
    const QList<ConsentEvent> pending = round + QList<ConsentEvent>{ConsentEvent::roundClose(at(7))};
    if (name == QLatin1String("presentation"))
        return {};
    if (name == QLatin1String("questions"))
        return reactions.mid(0, 1);
    if (name == QLatin1String("reactions"))
        return reactions;
    if (name == QLatin1String("amendment"))
        return reactions + QList<ConsentEvent>{ConsentEvent::amendmentStart(at(3))};
    if (name == QLatin1String("round"))
        return round;
    if (name == QLatin1String("integrating") || name == QLatin1String("integrated")) {
        const bool cObjects = name == QLatin1String("integrating");
        return reactions +
               QList<ConsentEvent>{
                   ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, at(3), present),
                   ConsentEvent::consent(at(4), A),
                   ConsentEvent::objection(at(5), B, QStringLiteral("Too often for our volunteers")),
                   cObjects ? ConsentEvent::objection(at(6), C, QStringLiteral("No budget"))
                            : ConsentEvent::consent(at(6), C),
                   ConsentEvent::roundClose(at(7)),
                   ConsentEvent::integration(at(8), B, IntegrationMethod::ModifyProposal,
                                             QStringLiteral("Publish the newsletter quarterly"))};
    }
    if (name == QLatin1String("pending"))
        return pending;
    if (name == QLatin1String("adopted"))
        return pending + QList<ConsentEvent>{ConsentEvent::consent(at(600), D, {}, true)};
    if (name == QLatin1String("withdrawn"))
        return {ConsentEvent::withdrawal(at(1))};
    if (name == QLatin1String("deferred"))
        return {ConsentEvent::deferral(at(1))};
    if (name == QLatin1String("referred"))
        return {ConsentEvent::referral(at(1), parentCircle)};
    qFatal("unknown fixture");
}

const QStringList fixtures = {
    QStringLiteral("presentation"), QStringLiteral("questions"), QStringLiteral("reactions"),
    QStringLiteral("amendment"),    QStringLiteral("round"),     QStringLiteral("integrating"),
    QStringLiteral("integrated"),   QStringLiteral("adopted"),   QStringLiteral("pending"),
    QStringLiteral("withdrawn"),    QStringLiteral("deferred"),  QStringLiteral("referred")};

/// Takes a fixture and a kind; returns a well-formed event of that kind, by the participant who could give
/// it.
ConsentEvent sampleEvent(const QString& fixture, ConsentEventKind kind)
{
    const QDateTime t = at(900);
    const PersonId responder = fixture == QLatin1String("pending") ? D : A;
    switch (kind) {
    case ConsentEventKind::ClarifyingRoundStarted:
    case ConsentEventKind::ReactionsRoundStarted:
    case ConsentEventKind::ConsentRoundStarted:
        return ConsentEvent::roundStart(kind, t, present);
    case ConsentEventKind::QuestionAsked:
        return ConsentEvent::question(t, A, QStringLiteral("Which day?"));
    case ConsentEventKind::ReactionGiven:
        return ConsentEvent::reaction(t, A, QStringLiteral("Good idea"));
    case ConsentEventKind::TurnPassed:
        return ConsentEvent::pass(t, A);
    case ConsentEventKind::AmendmentStarted:
        return ConsentEvent::amendmentStart(t);
    case ConsentEventKind::ProposalAmended:
        return ConsentEvent::amendment(t, QStringLiteral("New text"));
    case ConsentEventKind::ConsentGiven:
        return ConsentEvent::consent(t, responder, {}, responder == D);
    case ConsentEventKind::ObjectionRaised:
        return ConsentEvent::objection(t, responder, QStringLiteral("A reason"), responder == D);
    case ConsentEventKind::ConsentRoundClosed:
        return ConsentEvent::roundClose(t);
    case ConsentEventKind::ObjectionIntegrated:
        return ConsentEvent::integration(t, C, IntegrationMethod::MeasureConcern,
                                         QStringLiteral("Count readers"));
    case ConsentEventKind::Withdrawn:
        return ConsentEvent::withdrawal(t);
    case ConsentEventKind::Deferred:
        return ConsentEvent::deferral(t);
    case ConsentEventKind::Resumed:
        return ConsentEvent::resumption(t);
    case ConsentEventKind::ReferredToParent:
        return ConsentEvent::referral(t, parentCircle);
    }
    return {};
}

using K = ConsentEventKind;
using P = ConsentPhase;
using Transitions = std::map<std::pair<QString, K>, P>;

/// The accepted (fixture, event) pairs and the phase they lead to; every other pair is refused.
Transitions acceptedTransitions()
{
    Transitions t;
    auto facilitatorExits = [&t](const QString& fixture) {
        t[{fixture, K::Withdrawn}] = P::Withdrawn;
        t[{fixture, K::Deferred}] = P::Deferred;
        t[{fixture, K::ReferredToParent}] = P::ReferredToParent;
    };
    const QString presentation = QStringLiteral("presentation"), questions = QStringLiteral("questions"),
                  reactions = QStringLiteral("reactions"), amendment = QStringLiteral("amendment"),
                  round = QStringLiteral("round"), integrating = QStringLiteral("integrating"),
                  integrated = QStringLiteral("integrated"), pending = QStringLiteral("pending");
    t[{presentation, K::ClarifyingRoundStarted}] = P::ClarifyingQuestions;
    t[{questions, K::QuestionAsked}] = P::ClarifyingQuestions;
    t[{questions, K::TurnPassed}] = P::ClarifyingQuestions;
    t[{questions, K::ReactionsRoundStarted}] = P::Reactions;
    t[{reactions, K::ReactionGiven}] = P::Reactions;
    t[{reactions, K::TurnPassed}] = P::Reactions;
    t[{reactions, K::AmendmentStarted}] = P::Amendment;
    t[{reactions, K::ConsentRoundStarted}] = P::ConsentRound;
    t[{amendment, K::ProposalAmended}] = P::Amendment;
    t[{amendment, K::ConsentRoundStarted}] = P::ConsentRound;
    t[{round, K::ConsentGiven}] = P::ConsentRound;    // A answers again: the latest answer counts
    t[{round, K::ObjectionRaised}] = P::ConsentRound; // the round goes on until the facilitator closes it
    t[{round, K::ConsentRoundClosed}] = P::Pending;   // D, absent, must still consent
    t[{round, K::AmendmentStarted}] = P::Amendment;
    t[{integrating, K::ObjectionIntegrated}] = P::IntegratingObjections; // C's objection, the last one
    t[{integrated, K::ConsentRoundStarted}] = P::ConsentRound;
    t[{pending, K::ConsentGiven}] = P::Adopted;                  // D was the last required consent
    t[{pending, K::ObjectionRaised}] = P::IntegratingObjections; // a late objection
    t[{QStringLiteral("deferred"), K::Resumed}] = P::Presentation;
    for (const QString& fixture :
         {presentation, questions, reactions, amendment, round, integrating, integrated, pending})
        facilitatorExits(fixture);
    return t;
}

ConsentProcess processAt(const QString& fixture, ConsentBasis basis = ConsentBasis::AllMembers)
{
    auto process = ConsentProcess::replay(setup(basis), fixtureEvents(fixture));
    if (!process)
        qFatal("fixture %s: %s", qPrintable(fixture), qPrintable(process.error()));
    return process.value();
}
} // namespace

class TestConsentProcess : public QObject
{
    Q_OBJECT

private slots:
    void fixturesCoverEveryPhase();
    void transitions_data();
    void transitions();
    void speakingRoundsRecordOneTurnEach();
    void newVersionStartsWithNoResponses();
    void latestResponseCounts();
    void objectionNeedsReason_data();
    void objectionNeedsReason();
    void concernAccompaniesConsent();
    void silenceIsNeverConsent();
    void closingWithoutAbsentMembersAdopts_data();
    void closingWithoutAbsentMembersAdopts();
    void integrationMethods_data();
    void integrationMethods();
    void lateObjectionReturnsToIntegration();
    void replayRebuildsTheSameState();
    void replayReportsTheRefusedEvent();
    void startChecksTheSetup();
    void keysRoundTrip();
};

void TestConsentProcess::fixturesCoverEveryPhase()
{
    QList<P> phases;
    for (const QString& fixture : fixtures)
        phases << processAt(fixture).phase();
    for (P phase : allConsentPhases)
        QVERIFY2(phases.contains(phase), qPrintable(phaseKey(phase)));
}

void TestConsentProcess::transitions_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ConsentEvent>("event");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<P>("phaseAfter");
    const Transitions accepted = acceptedTransitions();
    int rows = 0;
    for (const QString& fixture : fixtures) {
        for (K kind : allConsentEventKinds) {
            const auto it = accepted.find({fixture, kind});
            const bool ok = it != accepted.end();
            const P after = ok ? it->second : processAt(fixture).phase();
            QTest::addRow("%s/%s", qPrintable(fixture), qPrintable(eventKindKey(kind)))
                << fixture << sampleEvent(fixture, kind) << ok << after;
            ++rows;
        }
    }
    QCOMPARE(qsizetype(rows), fixtures.size() * qsizetype(std::size(allConsentEventKinds)));
}

void TestConsentProcess::transitions()
{
    QFETCH(QString, fixture);
    QFETCH(ConsentEvent, event);
    QFETCH(bool, accepted);
    QFETCH(P, phaseAfter);

    ConsentProcess process = processAt(fixture);
    const ConsentProcess before = process;
    QCOMPARE(bool(process.check(event)), accepted);
    const Result<void> result = process.apply(event);
    QCOMPARE(result.ok(), accepted);
    QCOMPARE(process.phase(), phaseAfter);
    if (accepted) {
        QCOMPARE(process.history().size(), before.history().size() + 1);
        QCOMPARE(process.history().constLast(), event);
    } else {
        QVERIFY(!result.error().isEmpty());
        QVERIFY2(process == before, "a refused event must leave the process unchanged");
    }
}

void TestConsentProcess::speakingRoundsRecordOneTurnEach()
{
    ConsentProcess process = processAt(QStringLiteral("questions"));
    QCOMPARE(process.currentSpeakingRound()->nextSpeaker(), A);
    QVERIFY(process.apply(ConsentEvent::question(at(10), A, QStringLiteral("Which day?"))));
    QVERIFY(!process.apply(ConsentEvent::question(at(11), A, QStringLiteral("And the time?"))));
    QVERIFY(!process.apply(ConsentEvent::question(at(11), B, QStringLiteral("   "))));
    QVERIFY(!process.apply(ConsentEvent::question(at(11), D, QStringLiteral("I am absent"))));
    QVERIFY(process.apply(ConsentEvent::pass(at(12), B)));
    const SpeakingRound* round = process.currentSpeakingRound();
    QCOMPARE(round->spoken(), (QList<PersonId>{A, B}));
    QCOMPARE(round->awaited(), QList<PersonId>{C});
    QCOMPARE(round->nextSpeaker(), C);
    QVERIFY(round->turns.at(1).passed);

    // The reactions round starts afresh with the same attendance.
    QVERIFY(process.apply(ConsentEvent::roundStart(K::ReactionsRoundStarted, at(13), {})));
    QCOMPARE(process.currentSpeakingRound()->awaited(), present);
    QVERIFY(process.apply(ConsentEvent::reaction(at(14), A, QStringLiteral("Fine by me"))));
    QCOMPARE(process.speakingRounds().size(), 2);
    QCOMPARE(process.speakingRounds().constFirst().turns.size(), 2);
}

void TestConsentProcess::newVersionStartsWithNoResponses()
{
    ConsentProcess process = processAt(QStringLiteral("round"));
    QCOMPARE(process.responseOf(A), ResponseKind::Consent);
    QVERIFY(process.apply(ConsentEvent::amendmentStart(at(20))));
    QVERIFY(!process.apply(ConsentEvent::amendment(at(21), process.currentVersion().text)));
    QVERIFY(process.apply(ConsentEvent::amendment(at(21), QStringLiteral("Publish it every two months"))));
    QCOMPARE(process.currentVersion().number, 2);
    QCOMPARE(process.versions().constFirst().text, QStringLiteral("Publish the newsletter monthly"));
    QVERIFY(process.apply(ConsentEvent::roundStart(K::ConsentRoundStarted, at(22), present)));
    QCOMPARE(process.currentRound()->version, 2);
    for (PersonId person : present)
        QCOMPARE(process.responseOf(person), ResponseKind::None);
    QCOMPARE(process.awaitedPresent(), present);
    // The first round keeps its answers, on version 1.
    QCOMPARE(process.consentRounds().constFirst().version, 1);
    QCOMPARE(process.consentRounds().constFirst().responseOf(A), ResponseKind::Consent);
}

void TestConsentProcess::latestResponseCounts()
{
    ConsentProcess process = processAt(QStringLiteral("round"), ConsentBasis::MembersPresent);
    QVERIFY(process.apply(ConsentEvent::objection(at(10), A, QStringLiteral("Too costly"))));
    QCOMPARE(process.responseOf(A), ResponseKind::Objection);
    QVERIFY(process.apply(ConsentEvent::consent(at(11), A, QStringLiteral("Watch the cost"))));
    QCOMPARE(process.responseOf(A), ResponseKind::ConsentWithConcern);
    QCOMPARE(process.currentRound()->responses.size(), 5); // A twice more, all kept
    QVERIFY(process.apply(ConsentEvent::roundClose(at(12))));
    QCOMPARE(process.phase(), P::Adopted);
    QVERIFY(process.objections().isEmpty());
}

void TestConsentProcess::objectionNeedsReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral(" \t\n") << false;
    QTest::newRow("reason") << QStringLiteral("We cannot afford it") << true;
}

void TestConsentProcess::objectionNeedsReason()
{
    QFETCH(QString, reason);
    QFETCH(bool, accepted);
    ConsentProcess process = processAt(QStringLiteral("round"));
    const Result<void> result = process.apply(ConsentEvent::objection(at(10), B, reason));
    QCOMPARE(result.ok(), accepted);
    QCOMPARE(process.responseOf(B), accepted ? ResponseKind::Objection : ResponseKind::Consent);
}

void TestConsentProcess::concernAccompaniesConsent()
{
    ConsentProcess process = processAt(QStringLiteral("reactions"));
    QVERIFY(process.apply(ConsentEvent::roundStart(K::ConsentRoundStarted, at(10), present)));
    QVERIFY(process.apply(ConsentEvent::consent(at(11), A, QStringLiteral("Check the mailing costs"))));
    QCOMPARE(process.responseOf(A), ResponseKind::ConsentWithConcern);
    QCOMPARE(process.currentRound()->latestResponse(A)->text, QStringLiteral("Check the mailing costs"));
}

void TestConsentProcess::silenceIsNeverConsent()
{
    ConsentProcess process = processAt(QStringLiteral("reactions"));
    QVERIFY(process.apply(ConsentEvent::roundStart(K::ConsentRoundStarted, at(10), present)));
    QCOMPARE(process.eligible(), (QList<PersonId>{A, B, C, D}));
    QVERIFY(process.apply(ConsentEvent::consent(at(11), A)));
    QVERIFY(process.apply(ConsentEvent::consent(at(12), B)));
    QCOMPARE(process.awaitedPresent(), QList<PersonId>{C});
    QCOMPARE(process.awaitedAbsent(), QList<PersonId>{D});
    QVERIFY(!process.apply(ConsentEvent::roundClose(at(13))));
    // D is absent: their answer waits until the round is closed and the decision pending.
    QVERIFY(!process.apply(ConsentEvent::consent(at(13), D)));
    QVERIFY(process.apply(ConsentEvent::consent(at(14), C)));
    QVERIFY(process.apply(ConsentEvent::roundClose(at(15))));
    QCOMPARE(process.phase(), P::Pending);
    QVERIFY(!process.decidedAt().isValid());
    // Those present already answered; only D may answer now.
    QVERIFY(!process.apply(ConsentEvent::consent(at(16), A, {}, true)));
}

void TestConsentProcess::closingWithoutAbsentMembersAdopts_data()
{
    QTest::addColumn<ConsentBasis>("basis");
    QTest::addColumn<QList<PersonId>>("attendance");
    QTest::addColumn<P>("phase");
    QTest::newRow("members present, D absent") << ConsentBasis::MembersPresent << present << P::Adopted;
    QTest::newRow("all members, D absent") << ConsentBasis::AllMembers << present << P::Pending;
    QTest::newRow("all members, all present")
        << ConsentBasis::AllMembers << QList<PersonId>{A, B, C, D} << P::Adopted;
}

void TestConsentProcess::closingWithoutAbsentMembersAdopts()
{
    QFETCH(ConsentBasis, basis);
    QFETCH(QList<PersonId>, attendance);
    QFETCH(P, phase);
    ConsentProcess process = ConsentProcess::start(setup(basis)).value();
    QVERIFY(process.apply(ConsentEvent::roundStart(K::ClarifyingRoundStarted, at(1), attendance)));
    QVERIFY(process.apply(ConsentEvent::roundStart(K::ReactionsRoundStarted, at(2), {})));
    QVERIFY(process.apply(ConsentEvent::roundStart(K::ConsentRoundStarted, at(3), {})));
    for (PersonId person : attendance)
        QVERIFY(process.apply(ConsentEvent::consent(at(4), person)));
    QVERIFY(process.apply(ConsentEvent::roundClose(at(5))));
    QCOMPARE(process.phase(), phase);
    QCOMPARE(process.decidedAt(), phase == P::Adopted ? at(5) : QDateTime());
}

void TestConsentProcess::integrationMethods_data()
{
    QTest::addColumn<IntegrationMethod>("method");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reviewDate");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("textAfter");
    QTest::addColumn<QDate>("reviewAfter");
    QTest::addColumn<QStringList>("indicatorsAfter");
    const QString v2 = QStringLiteral("Publish the newsletter quarterly");
    const QDate term(2027, 6, 30);
    QTest::newRow("modify") << IntegrationMethod::ModifyProposal << QStringLiteral("Publish it twice a year")
                            << QDate() << true << QStringLiteral("Publish it twice a year") << term
                            << QStringList();
    QTest::newRow("modify, unchanged")
        << IntegrationMethod::ModifyProposal << v2 << QDate() << false << v2 << term << QStringList();
    QTest::newRow("shorten") << IntegrationMethod::ShortenTerm << QString() << QDate(2027, 1, 31) << true
                             << v2 << QDate(2027, 1, 31) << QStringList();
    QTest::newRow("shorten, later date") << IntegrationMethod::ShortenTerm << QString() << QDate(2027, 12, 31)
                                         << false << v2 << term << QStringList();
    QTest::newRow("measure") << IntegrationMethod::MeasureConcern << QStringLiteral("Readers per issue")
                             << QDate() << true << v2 << term
                             << QStringList{QStringLiteral("Readers per issue")};
    QTest::newRow("measure, no indicator")
        << IntegrationMethod::MeasureConcern << QString() << QDate() << false << v2 << term << QStringList();
    QTest::newRow("no method") << IntegrationMethod::None << v2 << QDate() << false << v2 << term
                               << QStringList();
}

void TestConsentProcess::integrationMethods()
{
    QFETCH(IntegrationMethod, method);
    QFETCH(QString, text);
    QFETCH(QDate, reviewDate);
    QFETCH(bool, accepted);
    QFETCH(QString, textAfter);
    QFETCH(QDate, reviewAfter);
    QFETCH(QStringList, indicatorsAfter);

    ConsentProcess process = processAt(QStringLiteral("integrating")); // B integrated (v2), C left
    QCOMPARE(process.objectionsToIntegrate().size(), 1);
    QVERIFY(!process.apply(ConsentEvent::roundStart(K::ConsentRoundStarted, at(20), present)));
    QCOMPARE(process.apply(ConsentEvent::integration(at(21), C, method, text, reviewDate)).ok(), accepted);
    QCOMPARE(process.currentVersion().number, accepted ? 3 : 2);
    QCOMPARE(process.currentVersion().text, textAfter);
    QCOMPARE(process.currentVersion().reviewDate, reviewAfter);
    QCOMPARE(process.currentVersion().indicators, indicatorsAfter);
    QCOMPARE(process.objectionsToIntegrate().isEmpty(), accepted);
    if (!accepted)
        return;
    const Objection& objection = process.objections().constLast();
    QCOMPARE(objection.person, C);
    QCOMPARE(objection.integration->method, method);
    QCOMPARE(objection.integration->version, 3);
    QVERIFY(!process.apply(ConsentEvent::integration(at(22), C, method, text, reviewDate)));
    QVERIFY(process.apply(ConsentEvent::roundStart(K::ConsentRoundStarted, at(23), present)));
    QCOMPARE(process.currentRound()->version, 3);
}

void TestConsentProcess::lateObjectionReturnsToIntegration()
{
    ConsentProcess process = processAt(QStringLiteral("pending"));
    QVERIFY(process.apply(ConsentEvent::objection(at(600), D, QStringLiteral("Nobody to write it"), true)));
    QCOMPARE(process.phase(), P::IntegratingObjections);
    QCOMPARE(process.objectionsToIntegrate().size(), 1);
    QCOMPARE(process.objectionsToIntegrate().constFirst().person, D);
    QVERIFY(process.objectionsToIntegrate().constFirst().givenAfterMeeting);
    QVERIFY(process.currentRound()->latestResponse(D)->givenAfterMeeting);
    QVERIFY(!process.decidedAt().isValid());
}

void TestConsentProcess::replayRebuildsTheSameState()
{
    ConsentProcess live = processAt(QStringLiteral("integrating"));
    const QList<ConsentEvent> more = {
        ConsentEvent::integration(at(9), C, IntegrationMethod::ShortenTerm, {}, QDate(2027, 3, 31)),
        ConsentEvent::roundStart(K::ConsentRoundStarted, at(10), present),
        ConsentEvent::consent(at(11), A),
        ConsentEvent::objection(at(12), B, QStringLiteral("Still too often")),
        ConsentEvent::consent(at(13), B, QStringLiteral("We will see")),
        ConsentEvent::consent(at(14), C),
        ConsentEvent::roundClose(at(15)),
        ConsentEvent::consent(at(2000), D, QStringLiteral("Late but fine"), true)};
    for (const ConsentEvent& event : more)
        QVERIFY(live.apply(event));
    QCOMPARE(live.phase(), P::Adopted);
    QCOMPARE(live.decidedAt(), at(2000));

    const Result<ConsentProcess> replayed = ConsentProcess::replay(live.setup(), live.history());
    QVERIFY2(replayed.ok(), qPrintable(replayed.error()));
    QVERIFY(*replayed == live);
    QCOMPARE(replayed->versions().size(), 3);
    QCOMPARE(replayed->consentRounds().size(), 2);
    QCOMPARE(replayed->objections().size(), 2);
}

void TestConsentProcess::replayReportsTheRefusedEvent()
{
    QList<ConsentEvent> events = reactionsEvents();
    events << ConsentEvent::objection(at(3), A, QStringLiteral("No round yet"));
    const Result<ConsentProcess> replayed = ConsentProcess::replay(setup(), events);
    QVERIFY(!replayed.ok());
    QVERIFY2(replayed.error().contains(QLatin1String("3")), qPrintable(replayed.error()));
}

void TestConsentProcess::startChecksTheSetup()
{
    ConsentSetup s = setup();
    s.proposal.text = QStringLiteral("  ");
    QVERIFY(!ConsentProcess::start(s).ok());
    s = setup();
    s.kind = ConsentProcessKind::MembershipExit;
    QVERIFY(!ConsentProcess::start(s).ok()); // no person concerned
    s.personConcerned = PersonId{99};
    QVERIFY(!ConsentProcess::start(s).ok()); // not a member
    s.personConcerned = D;
    QVERIFY(ConsentProcess::start(s).ok());
    s.kind = ConsentProcessKind::MembershipEntry;
    QVERIFY(!ConsentProcess::start(s).ok()); // already a member
    s.personConcerned = PersonId{99};
    const auto started = ConsentProcess::start(s);
    QVERIFY(started.ok());
    QCOMPARE(started->phase(), P::Presentation);
    QCOMPARE(started->currentVersion().number, 1);
    QCOMPARE(started->currentVersion().reviewDate, QDate(2027, 6, 30));
}

void TestConsentProcess::keysRoundTrip()
{
    QSet<QString> keys;
    for (K kind : allConsentEventKinds) {
        keys.insert(eventKindKey(kind));
        QCOMPARE(eventKindFromKey(eventKindKey(kind)), kind);
        QVERIFY(!eventKindName(kind).isEmpty());
    }
    QCOMPARE(keys.size(), qsizetype(std::size(allConsentEventKinds)));
    QCOMPARE(eventKindKey(K::ConsentGiven), QStringLiteral("consent-given"));
    QVERIFY(!eventKindFromKey(QStringLiteral("abstention")));
    for (IntegrationMethod method : {IntegrationMethod::None, IntegrationMethod::ModifyProposal,
                                     IntegrationMethod::ShortenTerm, IntegrationMethod::MeasureConcern})
        QCOMPARE(integrationMethodFromKey(integrationMethodKey(method)), method);
    QCOMPARE(integrationMethodKey(IntegrationMethod::ShortenTerm), QStringLiteral("shorten-term"));
    for (P phase : allConsentPhases)
        QCOMPARE(phaseFromKey(phaseKey(phase)), phase);
    QVERIFY(!phaseFromKey(QStringLiteral("voted")));
    for (ConsentProcessKind kind : {ConsentProcessKind::Decision, ConsentProcessKind::MembershipEntry,
                                    ConsentProcessKind::MembershipExit})
        QCOMPARE(processKindFromKey(processKindKey(kind)), kind);
}

QTEST_GUILESS_MAIN(TestConsentProcess)
#include "tst_consentprocess.moc"
