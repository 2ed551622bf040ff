// The consent round's logic without any widget (ConsentRoundController, issue 9): who speaks, which
// command is allowed, what each records, a changed answer, and 200 generated scripts of French text and
// answer commands whose stored log must equal the intended answers exactly. Real demo file, no mocks.
#include "roundscript.h"
#include "services/consentroundcontroller.h"
#include "services/demodata.h"
#include "services/document.h"
#include "testsupport.h"

#include <QTest>

using namespace cercles;
using namespace cercles::test;

namespace {

struct RoundFile
{
    TempDir dir;
    std::unique_ptr<Document> doc;
    MeetingId meeting;
    QList<PersonId> attendance;

    RoundFile()
    {
        const QString path = dir.file(QStringLiteral("demo.cercles"));
        if (auto created = createDemoFile(path); !created)
            qFatal("%s", qPrintable(created.error()));
        doc = std::move(Document::open(path)).value();
        auto tick = std::make_shared<int>(0);
        doc->consent().setClock(
            [tick] { return QDateTime(QDate(2026, 12, 3), QTime(17, 30), Qt::UTC).addSecs((*tick)++); });
        const Circle* council =
            doc->organisation().organisation().circleNamed(QStringLiteral("Conseil de Coordination"));
        Meeting m =
            doc->meetings().draftMeeting(council->id, QDate(2026, 12, 3), QTime(18, 30), "Europe/Paris");
        m.status = MeetingStatus::Open;
        meeting = doc->meetings().createMeeting(m).value();
        attendance = doc->meetings().meeting(meeting)->present();
    }

    /// Starts a proposal on a new item and opens its consent round.
    ConsentProcessId consentRound(const QString& title)
    {
        AgendaItem item;
        item.meeting = meeting;
        item.kind = AgendaItemKind::ConsentDecision;
        item.title = title;
        const AgendaItemId itemId = doc->meetings().addAgendaItem(item).value();
        const ConsentProcessId id =
            doc->consent()
                .startProcess(itemId, Proposal{QStringLiteral("Adopter le budget."), {}, {}, {}, {}})
                .value();
        // Questions and reactions first (processes.md section 1), everyone passing, then the consent round.
        for (ConsentEventKind kind :
             {ConsentEventKind::ClarifyingRoundStarted, ConsentEventKind::ReactionsRoundStarted,
              ConsentEventKind::ConsentRoundStarted}) {
            if (auto r = doc->consent().record(id, ConsentEvent::roundStart(kind, {}, attendance)); !r)
                qFatal("%s", qPrintable(r.error()));
        }
        return id;
    }

    QList<ConsentResponse> responses(ConsentProcessId id) const
    {
        return doc->consent().process(id)->currentRound()->responses;
    }
};

QList<PersonId> presentIn(const ConsentProcess& p)
{
    QList<PersonId> present;
    for (PersonId person : p.currentRound()->eligible) {
        if (p.currentRound()->isPresent(person))
            present << person;
    }
    return present;
}

RoundCommand commandOf(ScriptStep::Kind kind)
{
    switch (kind) {
    case ScriptStep::Consent:
        return RoundCommand::Consent;
    case ScriptStep::Objection:
        return RoundCommand::Objection;
    case ScriptStep::Concern:
        return RoundCommand::Concern;
    case ScriptStep::Previous:
        return RoundCommand::PreviousSpeaker;
    default:
        return RoundCommand::NextSpeaker;
    }
}

} // namespace

class TestConsentRoundController : public QObject
{
    Q_OBJECT
private slots:
    void init() { failOnUnexpectedWarnings(); }
    void refusalsKeepTheText_data()
    {
        QTest::addColumn<int>("command");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("consent with text in the field")
            << int(RoundCommand::Consent) << QStringLiteral("Coût trop élevé") << QStringLiteral("Ctrl+3");
        QTest::newRow("objection without reason")
            << int(RoundCommand::Objection) << QStringLiteral("   ") << QStringLiteral("needs a reason");
        QTest::newRow("concern without text")
            << int(RoundCommand::Concern) << QString() << QStringLiteral("concern");
        QTest::newRow("Enter in the consent round")
            << int(RoundCommand::RecordText) << QStringLiteral("Objectif") << QStringLiteral("Ctrl+2");
        QTest::newRow("a second consent round")
            << int(RoundCommand::StartConsentRound) << QString() << QString();
    }
    void refusalsKeepTheText()
    {
        QFETCH(int, command);
        QFETCH(QString, text);
        QFETCH(QString, message);
        RoundFile f;
        const ConsentProcessId id = f.consentRound(QStringLiteral("Budget"));
        ConsentRoundController round(f.doc->consent(), f.doc->organisation());
        round.setProcess(id, f.attendance);
        const PersonId speaker = round.speaker();
        QVERIFY(speaker.isValid());
        const qsizetype events = f.doc->consent().stored(id)->events.size();
        QVERIFY(!round.check(RoundCommand(command), text));
        const RoundOutcome outcome = round.run(RoundCommand(command), text);
        QVERIFY(!outcome.recorded);
        QVERIFY(!outcome.textUsed);
        QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
        QCOMPARE(f.doc->consent().stored(id)->events.size(), events);
        QCOMPARE(round.speaker(), speaker);
    }

    void recordsForTheSpeakerAndConfirms()
    {
        RoundFile f;
        const ConsentProcessId id = f.consentRound(QStringLiteral("Budget"));
        ConsentRoundController round(f.doc->consent(), f.doc->organisation());
        round.setProcess(id, f.attendance);
        const QList<PersonId> present = presentIn(*round.process());
        QVERIFY(present.size() >= 3);
        QCOMPARE(round.speaker(), present[0]);
        RoundOutcome o = round.run(RoundCommand::Objection, QStringLiteral("  Le Coût est trop élevé "));
        QVERIFY(o.recorded);
        QVERIFY(o.textUsed);
        QVERIFY2(o.message.contains(round.nameOf(present[0])), qPrintable(o.message));
        QVERIFY2(o.message.contains(QStringLiteral("Le Coût est trop élevé")), qPrintable(o.message));
        QCOMPARE(f.responses(id).constLast().text, QStringLiteral("Le Coût est trop élevé"));
        QCOMPARE(round.speaker(), present[1]);
        QVERIFY(round.run(RoundCommand::Concern, QStringLiteral("Suivre la trésorerie")).recorded);
        QCOMPARE(f.responses(id).constLast().kind, ResponseKind::ConsentWithConcern);
        while (!round.process()->awaitedPresent().isEmpty())
            QVERIFY(round.run(RoundCommand::Consent).recorded);
        // Everyone has answered: nobody is shown as speaking, so nothing can be recorded by accident.
        QVERIFY(!round.speaker().isValid());
        QVERIFY(!round.run(RoundCommand::Consent).recorded);
        const RoundTally tally = round.tally();
        QCOMPARE(tally.objections, 1);
        QCOMPARE(tally.concerns, 1);
        QCOMPARE(tally.consents, int(present.size()) - 2);
        QCOMPARE(tally.awaited, 0);
    }

    void aParticipantChangesTheirAnswer()
    {
        RoundFile f;
        const ConsentProcessId id = f.consentRound(QStringLiteral("Budget"));
        ConsentRoundController round(f.doc->consent(), f.doc->organisation());
        round.setProcess(id, f.attendance);
        const QList<PersonId> present = presentIn(*round.process());
        QVERIFY(round.run(RoundCommand::Objection, QStringLiteral("trop cher")).recorded);
        while (!round.process()->awaitedPresent().isEmpty())
            QVERIFY(round.run(RoundCommand::Consent).recorded);
        QVERIFY(round.check(RoundCommand::CloseRound).ok());

        // The first participant is selected again and consents: the latest answer counts, both stay.
        QVERIFY(round.select(present[0]));
        const RoundOutcome o = round.run(RoundCommand::Consent);
        QVERIFY(o.recorded);
        QVERIFY2(o.message.contains(QStringLiteral("earlier answer")), qPrintable(o.message));
        QCOMPARE(round.process()->responseOf(present[0]), ResponseKind::Consent);
        const QList<ConsentResponse> responses = f.responses(id);
        QCOMPARE(responses.size(), present.size() + 1);
        QCOMPARE(responses.constFirst().kind, ResponseKind::Objection);
        QCOMPARE(responses.constLast().person, present[0]);
        QCOMPARE(ConsentRoundController::answerStory(*round.process()->currentRound(), present[0]),
                 QStringLiteral("first objected: “trop cher”, then consented"));
        QCOMPARE(ConsentRoundController::answerStory(*round.process()->currentRound(), present[1]),
                 QString());
        QCOMPARE(round.tally().objections, 0);

        // Closing the round: nobody objects any more, the proposal is adopted.
        QVERIFY(round.run(RoundCommand::CloseRound).recorded);
        QCOMPARE(round.process()->phase(), ConsentPhase::Adopted);
        QVERIFY(!round.select(present[0])); // the round is closed: no answer changes any more
    }

    void closedMeetingRecordsNothing()
    {
        RoundFile f;
        const ConsentProcessId id = f.consentRound(QStringLiteral("Budget"));
        ConsentRoundController round(f.doc->consent(), f.doc->organisation());
        round.setProcess(id, f.attendance);
        round.setRecordingAllowed(false);
        const RoundOutcome o = round.run(RoundCommand::Consent);
        QVERIFY(!o.recorded);
        QVERIFY(o.message.contains(QStringLiteral("closed")));
        QVERIFY(f.responses(id).isEmpty());
    }

    void generatedScriptsStoreExactlyTheIntendedAnswers()
    {
        RoundFile f;
        const int scripts = 200;
        int passed = 0, lost = 0, steps = 0;
        for (int i = 0; i < scripts; ++i) {
            const quint32 seed = 9000 + quint32(i);
            const ConsentProcessId id = f.consentRound(QStringLiteral("Script %1").arg(seed));
            ConsentRoundController round(f.doc->consent(), f.doc->organisation());
            round.setProcess(id, f.attendance);
            const QList<PersonId> present = presentIn(*round.process());
            const QList<ScriptStep> script = generateScript(seed, int(present.size()));
            steps += int(script.size());
            QString field; // the panel's text field, as the controller sees it
            for (const ScriptStep& step : script) {
                switch (step.kind) {
                case ScriptStep::Type:
                    field += step.text;
                    break;
                case ScriptStep::Select:
                    QVERIFY(round.select(present[step.person]));
                    break;
                case ScriptStep::Clear:
                    field.clear();
                    break;
                default:
                    if (round.run(commandOf(step.kind), field).textUsed)
                        field.clear();
                }
            }
            const ScriptExpectation expected = expectedOf(script, int(present.size()));
            const QList<ScriptAnswer> stored = storedAnswers(f.responses(id), present);
            if (stored == expected.answers && field == expected.field)
                ++passed;
            else
                ++lost;
            QVERIFY2(stored == expected.answers,
                     qPrintable(QStringLiteral("seed %1: stored %2, expected %3")
                                    .arg(seed)
                                    .arg(describe(stored), describe(expected.answers))));
            QCOMPARE(field, expected.field);
        }
        qInfo("%d tried, %d passed, %d lost (%d steps)", scripts, passed, lost, steps);
    }
};

QTEST_GUILESS_MAIN(TestConsentRoundController)
#include "tst_consentroundcontroller.moc"
