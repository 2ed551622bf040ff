#include "election.h"

#include <QCoreApplication>

#include <algorithm>

namespace cercles {

namespace {
using K = ElectionEventKind;
using P = ElectionPhase;

/// Translations of this file, in the "Election" context (a struct so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Election)
};

/// The events each step accepts (processes.md section 3). Anything else is refused before the event's own
/// checks run. The facilitator may cancel at every step that is not an outcome.
bool allowedIn(ElectionPhase phase, ElectionEventKind kind)
{
    if (kind == K::Cancelled)
        return !isFinal(phase);
    switch (phase) {
    case P::Description:
        return kind == K::NominationsOpened;
    case P::Nominations:
        return kind == K::NominationWritten || kind == K::NominationRoundStarted;
    case P::NominationRound:
        return kind == K::NominationExplained || kind == K::ChangeRoundStarted;
    case P::ChangeRound:
        return kind == K::NominationKept || kind == K::NominationChanged || kind == K::Proposed;
    case P::ConsentRound:
        return kind == K::ConsentGiven || kind == K::ObjectionRaised || kind == K::ConsentRoundClosed;
    case P::IntegratingObjections:
        return kind == K::TermChanged || kind == K::RoleChanged || kind == K::ConsentRoundStarted ||
               kind == K::Proposed;
    case P::Elected:
    case P::Cancelled:
        return false;
    }
    return false;
}

bool hasTurn(const QList<NominationTurn>& turns, PersonId person)
{
    return std::any_of(turns.cbegin(), turns.cend(),
                       [person](const NominationTurn& t) { return t.person == person; });
}

QList<PersonId> withoutTurn(const QList<PersonId>& order, const QList<NominationTurn>& turns)
{
    QList<PersonId> result;
    for (PersonId person : order) {
        if (!hasTurn(turns, person))
            result << person;
    }
    return result;
}

Result<void> checkTerm(QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid())
        return Error{Text::tr("Give the term's start and end dates.")};
    if (end < start)
        return Error{Text::tr("The term cannot end before it starts.")};
    return {};
}

Result<void> awaitedError(qsizetype left)
{
    if (left == 0)
        return {};
    return Error{QCoreApplication::translate("Election", "%n participant(s) have not had their turn yet.",
                                             nullptr, int(left))};
}
} // namespace

std::optional<ElectionResponse> ElectionConsentRound::responseOf(PersonId person) const
{
    for (const ElectionResponse& response : responses) {
        if (response.person == person)
            return response;
    }
    return std::nullopt;
}

QList<PersonId> ElectionConsentRound::awaited() const
{
    QList<PersonId> result;
    for (PersonId person : order) {
        if (!responseOf(person))
            result << person;
    }
    return result;
}

QList<PersonId> ElectionConsentRound::objectors() const
{
    QList<PersonId> result;
    for (const ElectionResponse& response : responses) {
        if (response.objection)
            result << response.person;
    }
    return result;
}

Result<Election> Election::start(const ElectionSetup& setup)
{
    if (setup.roleName.trimmed().isEmpty())
        return Error{Text::tr("Name the role the election fills.")};
    if (auto term = checkTerm(setup.termStart, setup.termEnd); !term)
        return Error{term.error()};
    return Election(setup);
}

Result<Election> Election::replay(const ElectionSetup& setup, const QList<ElectionEvent>& events)
{
    Result<Election> started = start(setup);
    if (!started)
        return started;
    Election election = std::move(started).value();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (const Result<void> applied = election.apply(events.at(i)); !applied) {
            return Error{QCoreApplication::translate("Election", "Event %1 of the log (%2): %3")
                             .arg(i + 1)
                             .arg(electionEventKindName(events.at(i).kind), applied.error())};
        }
    }
    return election;
}

Result<void> Election::check(const ElectionEvent& event) const
{
    Election copy = *this;
    return copy.apply(event);
}

Result<void> Election::apply(const ElectionEvent& event)
{
    if (!event.at.isValid())
        return Error{Text::tr("The event has no date and time.")};
    if (isFinal(m_phase))
        return Error{Text::tr("This election is concluded (%1): nothing more can be recorded on it.")
                         .arg(electionPhaseName(m_phase))};
    if (!allowedIn(m_phase, event.kind))
        return Error{Text::tr("\u201c%1\u201d is not possible during the step \u201c%2\u201d.")
                         .arg(electionEventKindName(event.kind), electionPhaseName(m_phase))};
    // Handlers work on a copy, so a refused event leaves the election untouched.
    Election next = *this;
    Result<void> applied;
    switch (event.kind) {
    case K::NominationsOpened:
        applied = next.applyOpening(event);
        break;
    case K::NominationWritten:
    case K::NominationExplained:
    case K::NominationKept:
    case K::NominationChanged:
        applied = next.applyNominationTurn(event);
        break;
    case K::NominationRoundStarted:
    case K::ChangeRoundStarted:
    case K::ConsentRoundStarted:
        applied = next.applyStepStart(event);
        break;
    case K::Proposed:
        applied = next.applyProposal(event);
        break;
    case K::ConsentGiven:
    case K::ObjectionRaised:
        applied = next.applyResponse(event);
        break;
    case K::ConsentRoundClosed:
        applied = next.applyRoundClose(event);
        break;
    case K::TermChanged:
    case K::RoleChanged:
        applied = next.applyIntegration(event);
        break;
    case K::Cancelled:
        if (!next.m_rounds.isEmpty() && !next.m_rounds.last().isClosed())
            next.m_rounds.last().closedAt = event.at;
        next.m_phase = P::Cancelled;
        break;
    }
    if (!applied)
        return applied;
    next.m_history << event;
    *this = std::move(next);
    return {};
}

Result<void> Election::applyOpening(const ElectionEvent& event)
{
    QList<PersonId> attendance;
    for (PersonId person : event.present) {
        if (person.isValid() && !attendance.contains(person))
            attendance << person;
    }
    if (attendance.isEmpty())
        return Error{Text::tr("Record who is present before opening the nominations.")};
    m_attendance = attendance;
    m_phase = P::Nominations;
    return {};
}

Result<void> Election::checkNominee(PersonId nominee) const
{
    if (!nominee.isValid())
        return Error{Text::tr("Choose the person named.")};
    if (!m_setup.members.contains(nominee))
        return Error{Text::tr("Only a member of the circle can be named.")};
    return {};
}

Result<void> Election::applyNominationTurn(const ElectionEvent& event)
{
    if (!m_attendance.contains(event.person))
        return Error{Text::tr("This person is not present.")};
    QList<NominationTurn>& turns = event.kind == K::NominationWritten     ? m_written
                                   : event.kind == K::NominationExplained ? m_explanations
                                                                          : m_changes;
    if (hasTurn(turns, event.person))
        return Error{Text::tr("This participant has already had their turn in this step.")};
    NominationTurn turn{event.person, nominationOf(event.person), event.text, false, event.at};
    switch (event.kind) {
    case K::NominationWritten:
        if (auto nominee = checkNominee(event.nominee); !nominee)
            return nominee;
        turn.nominee = event.nominee;
        turn.text.clear();
        break;
    case K::NominationExplained:
        if (event.text.trimmed().isEmpty())
            return Error{Text::tr("Say whom the participant named and why.")};
        break;
    case K::NominationChanged:
        if (auto nominee = checkNominee(event.nominee); !nominee)
            return nominee;
        if (event.nominee == turn.nominee)
            return Error{
                Text::tr("This is the same person: record that the participant keeps their nomination.")};
        if (event.text.trimmed().isEmpty())
            return Error{Text::tr("Say why the participant changes their nomination.")};
        turn.nominee = event.nominee;
        turn.changed = true;
        break;
    default: // NominationKept: the reason may be empty
        break;
    }
    turns << turn;
    return {};
}

Result<void> Election::applyStepStart(const ElectionEvent& event)
{
    switch (event.kind) {
    case K::NominationRoundStarted:
        if (auto waiting = awaitedError(awaited().size()); !waiting)
            return waiting;
        m_phase = P::NominationRound;
        return {};
    case K::ChangeRoundStarted:
        if (auto waiting = awaitedError(awaited().size()); !waiting)
            return waiting;
        m_phase = P::ChangeRound;
        return {};
    default: { // ConsentRoundStarted after integrating the objections
        const int round = m_rounds.constLast().number;
        if (std::none_of(m_integrations.cbegin(), m_integrations.cend(),
                         [round](const ElectionIntegration& i) { return i.round == round; }))
            return Error{
                Text::tr("Integrate the objections first: change the term or the role, or propose another "
                         "person.")};
        openRound(event.at);
        return {};
    }
    }
}

void Election::openRound(const QDateTime& at)
{
    const PersonId nominee = m_proposals.constLast().nominee;
    ElectionConsentRound round;
    round.number = int(m_rounds.size()) + 1;
    round.proposal = m_proposals.constLast().number;
    round.startedAt = at;
    for (PersonId person : m_attendance) {
        if (person != nominee)
            round.order << person;
    }
    round.order << nominee; // the nominee speaks last (step 6)
    m_rounds << round;
    m_phase = P::ConsentRound;
}

Result<void> Election::applyProposal(const ElectionEvent& event)
{
    if (m_phase == P::ChangeRound) {
        if (auto waiting = awaitedError(awaited().size()); !waiting)
            return waiting;
    }
    if (auto nominee = checkNominee(event.nominee); !nominee)
        return nominee;
    if (!m_attendance.contains(event.nominee))
        return Error{Text::tr("The person proposed must be present: they answer last in the consent round.")};
    if (auto term = checkTerm(event.start, event.end); !term)
        return term;
    if (event.text.trimmed().isEmpty())
        return Error{Text::tr("Give the reasons for the proposal.")};
    const ElectionProposal* previous = currentProposal();
    ElectionProposal proposal;
    proposal.number = int(m_proposals.size()) + 1;
    proposal.nominee = event.nominee;
    proposal.start = event.start;
    proposal.end = event.end;
    proposal.roleName = previous ? previous->roleName : m_setup.roleName;
    proposal.roleDescription = previous ? previous->roleDescription : m_setup.roleDescription;
    proposal.reasons = event.text;
    proposal.at = event.at;
    m_proposals << proposal;
    openRound(event.at);
    return {};
}

Result<void> Election::applyResponse(const ElectionEvent& event)
{
    ElectionConsentRound& round = m_rounds.last();
    if (!round.order.contains(event.person))
        return Error{Text::tr("This person is not present in this round.")};
    if (round.responseOf(event.person))
        return Error{Text::tr("This participant has already answered in this round.")};
    const PersonId nominee = round.order.constLast();
    if (event.person == nominee && round.awaited().size() > 1)
        return Error{Text::tr("The person proposed answers last, once everyone else has answered.")};
    const bool objection = event.kind == K::ObjectionRaised;
    if (objection && event.text.trimmed().isEmpty())
        return Error{Text::tr("An objection needs a reason.")};
    round.responses << ElectionResponse{event.person, objection, event.text, event.at};
    return {};
}

Result<void> Election::applyRoundClose(const ElectionEvent& event)
{
    ElectionConsentRound& round = m_rounds.last();
    if (const qsizetype left = round.awaited().size(); left > 0)
        return Error{QCoreApplication::translate(
            "Election", "%n participant(s) present have not answered yet; silence is never consent.", nullptr,
            int(left))};
    round.closedAt = event.at;
    if (!round.objectors().isEmpty()) {
        m_phase = P::IntegratingObjections;
        return {};
    }
    const ElectionProposal& proposal = m_proposals.constLast();
    m_outcome = ElectionOutcome{proposal.nominee, proposal.roleName, proposal.roleDescription,
                                proposal.start,   proposal.end,      event.at};
    m_phase = P::Elected;
    return {};
}

Result<void> Election::applyIntegration(const ElectionEvent& event)
{
    ElectionProposal& proposal = m_proposals.last();
    ElectionIntegration integration;
    integration.kind = event.kind;
    integration.round = m_rounds.constLast().number;
    integration.text = event.text;
    integration.at = event.at;
    if (event.kind == K::TermChanged) {
        if (auto term = checkTerm(event.start, event.end); !term)
            return term;
        if (event.start == proposal.start && event.end == proposal.end)
            return Error{Text::tr("The term is unchanged.")};
        proposal.start = integration.start = event.start;
        proposal.end = integration.end = event.end;
    } else {
        const QString name = event.roleName.trimmed();
        if (name.isEmpty())
            return Error{Text::tr("Name the role.")};
        if (name == proposal.roleName && event.text == proposal.roleDescription)
            return Error{Text::tr("The role is unchanged.")};
        proposal.roleName = integration.roleName = name;
        proposal.roleDescription = event.text;
    }
    m_integrations << integration;
    return {};
}

PersonId Election::nominationOf(PersonId person) const
{
    for (auto turns : {&m_changes, &m_written}) {
        for (const NominationTurn& turn : *turns) {
            if (turn.person == person)
                return turn.nominee;
        }
    }
    return {};
}

QList<std::pair<PersonId, int>> Election::nominationCounts() const
{
    QList<std::pair<PersonId, int>> counts;
    for (const NominationTurn& turn : m_written) {
        const PersonId nominee = nominationOf(turn.person);
        auto it = std::find_if(counts.begin(), counts.end(),
                               [nominee](const auto& c) { return c.first == nominee; });
        if (it == counts.end())
            counts.append({nominee, 1});
        else
            ++it->second;
    }
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return counts;
}

QList<PersonId> Election::awaited() const
{
    switch (m_phase) {
    case P::Nominations:
        return withoutTurn(m_attendance, m_written);
    case P::NominationRound:
        return withoutTurn(m_attendance, m_explanations);
    case P::ChangeRound:
        return withoutTurn(m_attendance, m_changes);
    case P::ConsentRound:
        return m_rounds.constLast().awaited();
    default:
        return {};
    }
}

const ElectionProposal* Election::currentProposal() const
{
    return m_proposals.isEmpty() ? nullptr : &m_proposals.constLast();
}

const ElectionConsentRound* Election::currentRound() const
{
    return m_rounds.isEmpty() ? nullptr : &m_rounds.constLast();
}

} // namespace cercles
