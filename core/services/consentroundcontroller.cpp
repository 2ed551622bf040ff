#include "consentroundcontroller.h"

#include "consentservice.h"
#include "domain/frenchgrammar.h"
#include "organisationservice.h"

#include <QCoreApplication>

namespace cercles {

namespace {

/// Translations of this file, in the "ConsentRoundController" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRoundController)
};

bool isSpeakingPhase(ConsentPhase phase)
{
    return phase == ConsentPhase::ClarifyingQuestions || phase == ConsentPhase::Reactions;
}

QString answerPhrase(const ConsentResponse& r)
{
    switch (r.kind) {
    case ResponseKind::Objection:
        return Text::tr("objected: \u201c%1\u201d").arg(r.text);
    case ResponseKind::ConsentWithConcern:
        return Text::tr("consented with a concern: \u201c%1\u201d").arg(r.text);
    case ResponseKind::Consent:
    case ResponseKind::None:
        break;
    }
    return Text::tr("consented");
}

} // namespace

ConsentRoundController::ConsentRoundController(ConsentService& consent,
                                               const OrganisationService& organisation)
    : m_consent(consent), m_organisation(organisation),
      m_recorder([&consent](ConsentProcessId id, const ConsentEvent& e) { return consent.record(id, e); })
{}

void ConsentRoundController::setProcess(ConsentProcessId process, const QList<PersonId>& attendance)
{
    if (process != m_processId) {
        m_speaker = {};
        m_roundKey.clear();
    }
    m_processId = process;
    m_attendance = attendance;
    reload();
}

void ConsentRoundController::reload()
{
    m_process.reset();
    if (m_processId.isValid()) {
        if (Result<ConsentProcess> p = m_consent.process(m_processId))
            m_process = std::move(p).value();
    }
    chooseSpeaker();
}

QString ConsentRoundController::roundKey() const
{
    if (!m_process)
        return {};
    if (isSpeakingPhase(m_process->phase()))
        return QStringLiteral("speaking-%1").arg(m_process->speakingRounds().size());
    if (m_process->phase() == ConsentPhase::ConsentRound)
        return QStringLiteral("consent-%1").arg(m_process->consentRounds().size());
    return {};
}

void ConsentRoundController::chooseSpeaker()
{
    const QString key = roundKey();
    const bool sameRound = key == m_roundKey && !key.isEmpty();
    m_roundKey = key;
    if (sameRound && m_speaker.isValid() && canSelect(m_speaker))
        return;
    m_speaker = {};
    if (!m_process)
        return;
    if (const SpeakingRound* round = m_process->currentSpeakingRound())
        m_speaker = round->nextSpeaker();
    else if (m_process->phase() == ConsentPhase::ConsentRound && !m_process->awaitedPresent().isEmpty())
        m_speaker = m_process->awaitedPresent().constFirst();
}

QList<PersonId> ConsentRoundController::speakingOrder() const
{
    if (!m_process)
        return {};
    if (const SpeakingRound* round = m_process->currentSpeakingRound())
        return round->order;
    if (const ConsentRound* round = m_process->currentRound())
        return round->eligible;
    return {};
}

QList<PersonId> ConsentRoundController::presentInConsentRound() const
{
    QList<PersonId> present;
    if (!m_process || m_process->phase() != ConsentPhase::ConsentRound)
        return present;
    const ConsentRound* round = m_process->currentRound();
    for (PersonId person : round->eligible) {
        if (round->isPresent(person))
            present << person;
    }
    return present;
}

bool ConsentRoundController::canSelect(PersonId person) const
{
    if (!m_process || !person.isValid())
        return false;
    if (const SpeakingRound* round = m_process->currentSpeakingRound())
        return round->order.contains(person) && !round->hasSpoken(person);
    return presentInConsentRound().contains(person);
}

bool ConsentRoundController::select(PersonId person)
{
    if (!canSelect(person))
        return false;
    m_speaker = person;
    return true;
}

PersonId ConsentRoundController::nextAwaitedAfter(PersonId person) const
{
    if (!m_process || m_process->phase() != ConsentPhase::ConsentRound)
        return {};
    const QList<PersonId> order = presentInConsentRound();
    const QList<PersonId> awaited = m_process->awaitedPresent();
    const qsizetype from = order.indexOf(person);
    for (qsizetype i = 1; i <= order.size(); ++i) {
        const PersonId candidate = order[(from + i) % order.size()];
        if (awaited.contains(candidate))
            return candidate;
    }
    return {};
}

QString ConsentRoundController::nameOf(PersonId person) const
{
    const Person* p = m_organisation.organisation().person(person);
    return p ? p->name : QString();
}

Result<ConsentEvent> ConsentRoundController::eventFor(RoundCommand command, const QString& rawText) const
{
    if (!m_process)
        return Error{Text::tr("No proposal is being decided on this item.")};
    if (!m_recordingAllowed)
        return Error{Text::tr("The meeting is closed: nothing more can be recorded in it.")};
    const QString text = rawText.trimmed();
    const ConsentPhase phase = m_process->phase();
    const QString who = nameOf(m_speaker);
    auto needsSpeaker = [&]() -> Result<void> {
        if (!m_speaker.isValid())
            return Error{Text::tr("Nobody is shown as speaking: choose the participant in the list first.")};
        return {};
    };
    ConsentEvent event;
    switch (command) {
    case RoundCommand::Consent:
    case RoundCommand::Objection:
    case RoundCommand::Concern:
        if (phase != ConsentPhase::ConsentRound)
            return Error{Text::tr("Answers are recorded during a consent round (Ctrl+Shift+C opens it).")};
        if (auto r = needsSpeaker(); !r)
            return Error{r.error()};
        if (command == RoundCommand::Consent && !text.isEmpty())
            return Error{fillPhrase(
                Text::tr("The field holds text: Ctrl+3 records it as %1's concern; empty the field "
                         "to record a plain consent."),
                {who})};
        if (command == RoundCommand::Objection && text.isEmpty())
            return Error{fillPhrase(
                Text::tr("An objection needs a reason: type %1's reason in the field, then Ctrl+2."), {who})};
        if (command == RoundCommand::Concern && text.isEmpty())
            return Error{fillPhrase(Text::tr("Type %1's concern in the field, then Ctrl+3."), {who})};
        event = command == RoundCommand::Objection ? ConsentEvent::objection({}, m_speaker, text)
                                                   : ConsentEvent::consent({}, m_speaker, text);
        break;
    case RoundCommand::RecordText:
        if (phase == ConsentPhase::ConsentRound)
            return Error{Text::tr("In the consent round Ctrl+1 records a consent, Ctrl+2 this text as an "
                                  "objection reason, Ctrl+3 as a concern.")};
        if (!isSpeakingPhase(phase))
            return Error{Text::tr("No questions or reactions round is open.")};
        if (auto r = needsSpeaker(); !r)
            return Error{r.error()};
        if (text.isEmpty())
            return Error{fillPhrase(
                Text::tr("The field is empty: type %1's words, or Ctrl+Down records that they pass."),
                {who})};
        event = phase == ConsentPhase::ClarifyingQuestions ? ConsentEvent::question({}, m_speaker, text)
                                                           : ConsentEvent::reaction({}, m_speaker, text);
        break;
    case RoundCommand::NextSpeaker:
        if (!isSpeakingPhase(phase))
            return Error{Text::tr("No questions or reactions round is open.")};
        if (auto r = needsSpeaker(); !r)
            return Error{r.error()};
        if (!text.isEmpty())
            return Error{fillPhrase(
                Text::tr("The field holds %1's words: Enter records them; empty the field to let them pass."),
                {who})};
        event = ConsentEvent::pass({}, m_speaker);
        break;
    case RoundCommand::PreviousSpeaker:
        return Error{Text::tr("No questions or reactions round is open.")};
    case RoundCommand::StartClarifying:
        event = ConsentEvent::roundStart(ConsentEventKind::ClarifyingRoundStarted, {}, m_attendance);
        break;
    case RoundCommand::StartReactions:
        event = ConsentEvent::roundStart(ConsentEventKind::ReactionsRoundStarted, {}, m_attendance);
        break;
    case RoundCommand::StartConsentRound:
        event = ConsentEvent::roundStart(ConsentEventKind::ConsentRoundStarted, {}, m_attendance);
        break;
    case RoundCommand::CloseRound:
        event = ConsentEvent::roundClose({});
        break;
    }
    ConsentEvent stamped = event;
    stamped.at = m_consent.now();
    if (Result<void> engine = m_process->check(stamped); !engine)
        return Error{engine.error()};
    return event;
}

Result<void> ConsentRoundController::check(RoundCommand command, const QString& text) const
{
    const bool moving = command == RoundCommand::NextSpeaker || command == RoundCommand::PreviousSpeaker;
    if (moving && m_process && m_process->phase() == ConsentPhase::ConsentRound) {
        if (!m_recordingAllowed)
            return Error{Text::tr("The meeting is closed: nothing more can be recorded in it.")};
        if (presentInConsentRound().isEmpty())
            return Error{Text::tr("Nobody present takes part in this round.")};
        return {};
    }
    if (Result<ConsentEvent> e = eventFor(command, text); !e)
        return Error{e.error()};
    return {};
}

QString ConsentRoundController::describe(const ConsentEvent& event) const
{
    const QString who = nameOf(event.person);
    switch (event.kind) {
    case ConsentEventKind::ConsentGiven:
        return event.text.trimmed().isEmpty()
                   ? Text::tr("%1: consent").arg(who)
                   : Text::tr("%1: consent with a concern, \u201c%2\u201d").arg(who, event.text);
    case ConsentEventKind::ObjectionRaised:
        return Text::tr("%1: objection, \u201c%2\u201d").arg(who, event.text);
    case ConsentEventKind::QuestionAsked:
        return fillPhrase(Text::tr("%1's question"), {who});
    case ConsentEventKind::ReactionGiven:
        return fillPhrase(Text::tr("%1's reaction"), {who});
    case ConsentEventKind::TurnPassed:
        return fillPhrase(Text::tr("%1 passes"), {who});
    default:
        return eventKindName(event.kind);
    }
}

QString ConsentRoundController::confirmationOf(const ConsentEvent& event, ResponseKind before) const
{
    QString what = Text::tr("Recorded — %1").arg(describe(event));
    if (before != ResponseKind::None)
        what += QStringLiteral(" ") + Text::tr("(their earlier answer, %1, stays in the record)")
                                          .arg(responseKindName(before).toLower());
    return what;
}

RoundOutcome ConsentRoundController::run(RoundCommand command, const QString& text)
{
    RoundOutcome outcome;
    if (m_process && m_process->phase() == ConsentPhase::ConsentRound &&
        (command == RoundCommand::NextSpeaker || command == RoundCommand::PreviousSpeaker)) {
        if (Result<void> allowed = check(command, text); !allowed) {
            outcome.message = allowed.error();
            return outcome;
        }
        // Moving the turn records nothing and keeps the text: it is the facilitator's pointer.
        const QList<PersonId> order = presentInConsentRound();
        const qsizetype from = order.indexOf(m_speaker);
        const qsizetype step = command == RoundCommand::NextSpeaker ? 1 : order.size() - 1;
        m_speaker = from < 0 ? order.constFirst() : order[(from + step) % order.size()];
        outcome.message = Text::tr("Turn: %1").arg(nameOf(m_speaker));
        return outcome;
    }
    Result<ConsentEvent> event = eventFor(command, text);
    if (!event) {
        outcome.message = event.error();
        return outcome;
    }
    return recordEvent(*event, {});
}

RoundOutcome ConsentRoundController::recordEvent(const ConsentEvent& event, const QString& confirmation)
{
    RoundOutcome outcome;
    if (!m_process || !m_recordingAllowed) {
        outcome.message = m_process ? Text::tr("The meeting is closed: nothing more can be recorded in it.")
                                    : Text::tr("No proposal is being decided on this item.");
        return outcome;
    }
    const bool answer =
        event.kind == ConsentEventKind::ConsentGiven || event.kind == ConsentEventKind::ObjectionRaised;
    const ResponseKind before = answer ? m_process->responseOf(event.person) : ResponseKind::None;
    if (Result<void> r = m_recorder(m_processId, event); !r) {
        outcome.message = r.error();
        return outcome;
    }
    outcome.recorded = true;
    outcome.textUsed = true;
    outcome.message = confirmation.isEmpty() ? confirmationOf(event, before) : confirmation;
    outcome.what = describe(event);
    reload();
    // The turn goes on from the person who just answered, never back to someone who has.
    if (answer && m_process && m_process->phase() == ConsentPhase::ConsentRound)
        m_speaker = nextAwaitedAfter(event.person);
    return outcome;
}

RoundTally ConsentRoundController::tally() const
{
    RoundTally t;
    if (!m_process)
        return t;
    const ConsentProcess& p = *m_process;
    const ConsentRound* round = p.currentRound();
    t.applies = round && !p.currentSpeakingRound() && p.phase() != ConsentPhase::Amendment &&
                p.phase() != ConsentPhase::Presentation;
    if (!t.applies)
        return t;
    for (PersonId person : round->eligible) {
        switch (round->responseOf(person)) {
        case ResponseKind::Consent:
            ++t.consents;
            break;
        case ResponseKind::ConsentWithConcern:
            ++t.concerns;
            break;
        case ResponseKind::Objection:
            ++t.objections;
            // Objections are said aloud in the round (processes.md section 1): their reasons are shown.
            t.objectionReasons << Text::tr("%1: %2").arg(nameOf(person), round->latestResponse(person)->text);
            break;
        case ResponseKind::None:
            ++t.awaited;
            break;
        }
    }
    return t;
}

QString ConsentRoundController::answerStory(const ConsentRound& round, PersonId person)
{
    QStringList parts;
    for (const ConsentResponse& r : round.responses) {
        if (r.person != person)
            continue;
        parts << (parts.isEmpty() ? Text::tr("first %1").arg(answerPhrase(r))
                                  : Text::tr("then %1").arg(answerPhrase(r)));
    }
    return parts.size() < 2 ? QString() : parts.join(QStringLiteral(", "));
}

} // namespace cercles
