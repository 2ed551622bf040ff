#include "consentprocess.h"

#include <QCoreApplication>

namespace cercles {

namespace {
using K = ConsentEventKind;
using P = ConsentPhase;

/// The events each phase accepts (processes.md section 1). Anything else is refused before the event's own
/// checks run. The facilitator may withdraw, defer or refer at every phase that is not an outcome, and
/// while pending.
bool allowedIn(ConsentPhase phase, ConsentEventKind kind)
{
    const bool facilitatorExit = kind == K::Withdrawn || kind == K::Deferred || kind == K::ReferredToParent;
    switch (phase) {
    case P::Presentation:
        return kind == K::ClarifyingRoundStarted || facilitatorExit;
    case P::ClarifyingQuestions:
        return kind == K::QuestionAsked || kind == K::TurnPassed || kind == K::ReactionsRoundStarted ||
               facilitatorExit;
    case P::Reactions:
        return kind == K::ReactionGiven || kind == K::TurnPassed || kind == K::AmendmentStarted ||
               kind == K::ConsentRoundStarted || facilitatorExit;
    case P::Amendment:
        return kind == K::ProposalAmended || kind == K::ConsentRoundStarted || facilitatorExit;
    case P::ConsentRound:
        return kind == K::ConsentGiven || kind == K::ObjectionRaised || kind == K::ConsentRoundClosed ||
               kind == K::AmendmentStarted || facilitatorExit;
    case P::IntegratingObjections:
        return kind == K::ObjectionIntegrated || kind == K::ConsentRoundStarted || facilitatorExit;
    case P::Pending:
        return kind == K::ConsentGiven || kind == K::ObjectionRaised || facilitatorExit;
    case P::Deferred:
        return kind == K::Resumed;
    case P::Adopted:
    case P::Withdrawn:
    case P::ReferredToParent:
        return false;
    }
    return false;
}

} // namespace

QString processKindKey(ConsentProcessKind kind)
{
    switch (kind) {
    case ConsentProcessKind::Decision:
        return QStringLiteral("decision");
    case ConsentProcessKind::MembershipEntry:
        return QStringLiteral("membership-entry");
    case ConsentProcessKind::MembershipExit:
        return QStringLiteral("membership-exit");
    }
    return {};
}

std::optional<ConsentProcessKind> processKindFromKey(const QString& key)
{
    for (ConsentProcessKind kind : {ConsentProcessKind::Decision, ConsentProcessKind::MembershipEntry,
                                    ConsentProcessKind::MembershipExit}) {
        if (processKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

ConsentProcess::ConsentProcess(const ConsentSetup& setup) : m_setup(setup)
{
    m_versions << ProposalVersion{1, setup.proposal.text, setup.proposal.reviewDate, {}, setup.createdAt};
}

Result<ConsentProcess> ConsentProcess::start(const ConsentSetup& setup)
{
    if (setup.proposal.text.trimmed().isEmpty())
        return Error{QCoreApplication::translate("ConsentProcess", "The proposal text cannot be empty.")};
    const bool aboutMembership = setup.kind != ConsentProcessKind::Decision;
    if (aboutMembership && !setup.personConcerned.isValid())
        return Error{
            QCoreApplication::translate("ConsentProcess", "Choose the person the decision is about.")};
    const bool isMember = setup.members.contains(setup.personConcerned);
    if (setup.kind == ConsentProcessKind::MembershipEntry && isMember)
        return Error{QCoreApplication::translate("ConsentProcess",
                                                 "The person concerned is already a member of the circle.")};
    if (setup.kind == ConsentProcessKind::MembershipExit && !isMember)
        return Error{QCoreApplication::translate("ConsentProcess",
                                                 "The person concerned is not a member of the circle.")};
    return ConsentProcess(setup);
}

Result<ConsentProcess> ConsentProcess::replay(const ConsentSetup& setup, const QList<ConsentEvent>& events)
{
    Result<ConsentProcess> started = start(setup);
    if (!started)
        return started;
    ConsentProcess process = std::move(started).value();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (const Result<void> applied = process.apply(events.at(i)); !applied) {
            return Error{QCoreApplication::translate("ConsentProcess", "Event %1 of the log (%2): %3")
                             .arg(i + 1)
                             .arg(eventKindName(events.at(i).kind), applied.error())};
        }
    }
    return process;
}

Result<void> ConsentProcess::check(const ConsentEvent& event) const
{
    ConsentProcess copy = *this;
    return copy.apply(event);
}

Result<void> ConsentProcess::apply(const ConsentEvent& event)
{
    if (!event.at.isValid())
        return Error{QCoreApplication::translate("ConsentProcess", "The event has no date and time.")};
    if (isFinal(m_phase))
        return Error{
            QCoreApplication::translate(
                "ConsentProcess", "This proposal is concluded (%1): nothing more can be recorded on it.")
                .arg(phaseName(m_phase))};
    if (!allowedIn(m_phase, event.kind)) {
        return Error{QCoreApplication::translate(
                         "ConsentProcess", "\u201c%1\u201d is not possible during the phase \u201c%2\u201d.")
                         .arg(eventKindName(event.kind), phaseName(m_phase))};
    }
    // Handlers work on a copy, so a refused event leaves the process untouched.
    ConsentProcess next = *this;
    Result<void> applied;
    switch (event.kind) {
    case K::ClarifyingRoundStarted:
    case K::ReactionsRoundStarted:
        applied = next.applySpeakingRoundStart(event);
        break;
    case K::QuestionAsked:
    case K::ReactionGiven:
    case K::TurnPassed:
        applied = next.applyTurn(event);
        break;
    case K::AmendmentStarted:
        if (!next.m_rounds.isEmpty() && !next.lastRound().isClosed())
            next.lastRound().closedAt = event.at; // the running round is abandoned, its answers kept
        next.m_phase = P::Amendment;
        break;
    case K::ProposalAmended:
        applied = next.applyAmendment(event);
        break;
    case K::ConsentRoundStarted:
        applied = next.applyConsentRoundStart(event);
        break;
    case K::ConsentGiven:
    case K::ObjectionRaised:
        applied = next.applyResponse(event);
        break;
    case K::ConsentRoundClosed:
        applied = next.applyRoundClose(event);
        break;
    case K::ObjectionIntegrated:
        applied = next.applyIntegration(event);
        break;
    case K::Withdrawn:
    case K::Deferred:
    case K::Resumed:
    case K::ReferredToParent:
        applied = next.applyConclusion(event);
        break;
    }
    if (!applied)
        return applied;
    next.m_history << event;
    *this = std::move(next);
    return {};
}

Result<void> ConsentProcess::applySpeakingRoundStart(const ConsentEvent& event)
{
    const QList<PersonId> attendance = attendanceFor(event);
    if (attendance.isEmpty())
        return Error{QCoreApplication::translate("ConsentProcess",
                                                 "Record who is present before starting the round.")};
    m_attendance = attendance;
    m_phase = event.kind == K::ClarifyingRoundStarted ? P::ClarifyingQuestions : P::Reactions;
    m_speakingRounds << SpeakingRound{m_phase, currentVersion().number, event.at, attendance, {}};
    return {};
}

Result<void> ConsentProcess::applyTurn(const ConsentEvent& event)
{
    SpeakingRound& round = m_speakingRounds.last();
    if (!round.order.contains(event.person))
        return Error{
            QCoreApplication::translate("ConsentProcess", "This person is not present in this round.")};
    if (round.hasSpoken(event.person))
        return Error{QCoreApplication::translate(
            "ConsentProcess", "This participant has already had their turn in this round.")};
    const bool passed = event.kind == K::TurnPassed;
    if (!passed && event.text.trimmed().isEmpty()) {
        return Error{
            event.kind == K::QuestionAsked
                ? QCoreApplication::translate("ConsentProcess",
                                              "Enter the question, or record that the participant passes.")
                : QCoreApplication::translate("ConsentProcess",
                                              "Enter the reaction, or record that the participant passes.")};
    }
    round.turns << SpeakingTurn{event.person, passed, passed ? QString() : event.text, event.at};
    return {};
}

Result<void> ConsentProcess::applyAmendment(const ConsentEvent& event)
{
    if (event.text.trimmed().isEmpty())
        return Error{QCoreApplication::translate("ConsentProcess", "The proposal text cannot be empty.")};
    const ProposalVersion& current = currentVersion();
    const QDate reviewDate = event.reviewDate.isValid() ? event.reviewDate : current.reviewDate;
    if (event.text == current.text && reviewDate == current.reviewDate)
        return Error{QCoreApplication::translate("ConsentProcess", "The proposal is unchanged.")};
    addVersion(event.text, reviewDate, current.indicators, event.at);
    return {};
}

Result<void> ConsentProcess::applyConclusion(const ConsentEvent& event)
{
    if (event.kind == K::ReferredToParent && !event.circle.isValid())
        return Error{
            QCoreApplication::translate("ConsentProcess", "Choose the circle the proposal is referred to.")};
    if (!m_rounds.isEmpty() && !lastRound().isClosed())
        lastRound().closedAt = event.at;
    switch (event.kind) {
    case K::Withdrawn:
        m_phase = P::Withdrawn;
        break;
    case K::Deferred:
        m_phase = P::Deferred;
        break;
    case K::ReferredToParent:
        m_phase = P::ReferredToParent;
        m_referredTo = event.circle;
        break;
    default: // Resumed: a deferred proposal is presented again
        m_phase = P::Presentation;
        m_outcomeAt = {};
        return {};
    }
    m_outcomeAt = event.at;
    return {};
}

QList<PersonId> ConsentProcess::attendanceFor(const ConsentEvent& event) const
{
    if (event.present.isEmpty())
        return m_attendance;
    QList<PersonId> result;
    for (PersonId person : event.present) {
        if (person.isValid() && !result.contains(person))
            result << person;
    }
    return result;
}

void ConsentProcess::addVersion(const QString& text, const QDate& reviewDate, const QStringList& indicators,
                                const QDateTime& at)
{
    m_versions << ProposalVersion{int(m_versions.size()) + 1, text, reviewDate, indicators, at};
}

const SpeakingRound* ConsentProcess::currentSpeakingRound() const
{
    const bool speaking = m_phase == P::ClarifyingQuestions || m_phase == P::Reactions;
    return speaking && !m_speakingRounds.isEmpty() ? &m_speakingRounds.constLast() : nullptr;
}

const ConsentRound* ConsentProcess::currentRound() const
{
    return m_rounds.isEmpty() ? nullptr : &m_rounds.constLast();
}

QList<PersonId> ConsentProcess::eligible() const
{
    const ConsentRound* round = currentRound();
    return round ? round->eligible : QList<PersonId>();
}

ResponseKind ConsentProcess::responseOf(PersonId person) const
{
    const ConsentRound* round = currentRound();
    return round ? round->responseOf(person) : ResponseKind::None;
}

QList<PersonId> ConsentProcess::awaitedPresent() const
{
    const ConsentRound* round = currentRound();
    return round ? round->awaitedPresent() : QList<PersonId>();
}

QList<PersonId> ConsentProcess::awaitedAbsent() const
{
    const ConsentRound* round = currentRound();
    return round ? round->awaitedAbsent() : QList<PersonId>();
}

QList<Objection> ConsentProcess::objectionsToIntegrate() const
{
    QList<Objection> result;
    const int round = m_rounds.isEmpty() ? 0 : m_rounds.constLast().number;
    for (const Objection& objection : m_objections) {
        if (objection.round == round && !objection.isIntegrated())
            result << objection;
    }
    return result;
}

} // namespace cercles
