// The consent engine's rules within a process (processes.md section 1): speaking rounds, versions, answers,
// objections and their integration, pending decisions, replay. Every (phase, event) pair is in
// tst_consenttransitions.cpp; the reference organisation's cases in tst_consentreference.cpp.
#include "consentfixtures.h"
#include "testsupport.h"

#include <QTest>

using namespace cercles;
using namespace cercles::test;

namespace {
using K = ConsentEventKind;
using P = ConsentPhase;
} // namespace

class TestConsentProcess : public QObject
{
    Q_OBJECT

private slots:
    void init() { cercles::test::failOnUnexpectedWarnings(); }
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
    void roundsNeedAttendance();
};

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

void TestConsentProcess::roundsNeedAttendance()
{
    ConsentProcess process = ConsentProcess::start(setup()).value();
    QVERIFY(!process.apply(ConsentEvent::roundStart(K::ClarifyingRoundStarted, at(1), {})));
    // Only a guest attends: they may ask and react, but nobody present can consent.
    const PersonId guest{99};
    QVERIFY(process.apply(ConsentEvent::roundStart(K::ClarifyingRoundStarted, at(1), {guest, guest})));
    QCOMPARE(process.currentSpeakingRound()->order, QList<PersonId>{guest});
    QVERIFY(process.apply(ConsentEvent::question(at(2), guest, QStringLiteral("Who writes it?"))));
    QVERIFY(process.apply(ConsentEvent::roundStart(K::ReactionsRoundStarted, at(3), {})));
    const Result<void> refused = process.apply(ConsentEvent::roundStart(K::ConsentRoundStarted, at(4), {}));
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QLatin1String("consent right")));
    QVERIFY(process.apply(ConsentEvent::roundStart(K::ConsentRoundStarted, at(4), {guest, D})));
    QCOMPARE(process.eligible(), (QList<PersonId>{D, A, B, C})); // present first, then absent members
    QCOMPARE(process.awaitedAbsent(), (QList<PersonId>{A, B, C}));
}

QTEST_GUILESS_MAIN(TestConsentProcess)
#include "tst_consentprocess.moc"
