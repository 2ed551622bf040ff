// The consent engine's state machine (processes.md section 1): every (phase, event kind) pair is either
// accepted, leading to a stated phase, or refused, leaving the process unchanged.
#include "consentfixtures.h"
#include "testsupport.h"

#include <QTest>

#include <map>

using namespace cercles;
using namespace cercles::test;

namespace {
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
} // namespace

class TestConsentTransitions : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
    void fixturesCoverEveryPhase();
    void transitions_data();
    void transitions();
    void keysRoundTrip();
};

void TestConsentTransitions::fixturesCoverEveryPhase()
{
    QList<P> phases;
    for (const QString& fixture : fixtures)
        phases << processAt(fixture).phase();
    for (P phase : allConsentPhases)
        QVERIFY2(phases.contains(phase), qPrintable(phaseKey(phase)));
}

void TestConsentTransitions::transitions_data()
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

void TestConsentTransitions::transitions()
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

void TestConsentTransitions::keysRoundTrip()
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

QTEST_GUILESS_MAIN(TestConsentTransitions)
#include "tst_consenttransitions.moc"
