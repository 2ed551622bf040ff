#pragma once

#include "electionevent.h"
#include "ids.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cercles {

using ElectionId = Id<struct ElectionTag>;

/// Everything described when an election starts (processes.md section 3, step 1); stored once, next to the
/// event log.
struct ElectionSetup
{
    CircleId circle;
    RoleId role;             ///< the circle's existing role, or invalid when the role is new
    QString roleName;        ///< e.g. "Co-présidence"
    QString roleDescription; ///< what the role does
    QDate termStart;         ///< the term as described, local calendar dates; the end is the last day
    QDate termEnd;
    QString qualifications;  ///< the agreed qualifications (critères)
    QList<PersonId> members; ///< the circle's members on the day: who can be named
    QDateTime createdAt;     ///< UTC

    friend bool operator==(const ElectionSetup&, const ElectionSetup&) = default;
};

/// One participant's turn in the written nominations, the nomination round or the change round.
struct NominationTurn
{
    PersonId person;
    PersonId nominee;     ///< whom they name (after this turn)
    QString text;         ///< why; empty for a written nomination
    bool changed = false; ///< change round: the nomination changed
    QDateTime at;

    friend bool operator==(const NominationTurn&, const NominationTurn&) = default;
};

/// The facilitator's proposal (step 5), with the term and role as they stand after integrations.
struct ElectionProposal
{
    int number = 0; ///< 1 for the first proposal
    PersonId nominee;
    QDate start;
    QDate end;
    QString roleName;
    QString roleDescription;
    QString reasons;
    QDateTime at;

    friend bool operator==(const ElectionProposal&, const ElectionProposal&) = default;
};

/// One answer in an election's consent round.
struct ElectionResponse
{
    PersonId person;
    bool objection = false;
    QString text; ///< concern or objection reason
    QDateTime at;

    friend bool operator==(const ElectionResponse&, const ElectionResponse&) = default;
};

/// A consent round on a proposal: everyone present answers, the nominee last (step 6).
struct ElectionConsentRound
{
    int number = 0;
    int proposal = 0;      ///< ElectionProposal::number
    QList<PersonId> order; ///< those present in seating order, the nominee moved to the end
    QList<ElectionResponse> responses;
    QDateTime startedAt;
    QDateTime closedAt; ///< invalid while open

    bool isClosed() const { return closedAt.isValid(); }
    /// Takes a person; returns their answer in this round, if any.
    std::optional<ElectionResponse> responseOf(PersonId person) const;
    /// Returns who has not answered, in speaking order (the nominee last).
    QList<PersonId> awaited() const;
    /// Returns those who objected, in the order they answered.
    QList<PersonId> objectors() const;

    friend bool operator==(const ElectionConsentRound&, const ElectionConsentRound&) = default;
};

/// How objections were integrated: a new term or a changed role (step 6).
struct ElectionIntegration
{
    ElectionEventKind kind = ElectionEventKind::TermChanged; ///< TermChanged or RoleChanged
    int round = 0; ///< the consent round whose objections it answers
    QDate start;
    QDate end;
    QString roleName;
    QString text;
    QDateTime at;

    friend bool operator==(const ElectionIntegration&, const ElectionIntegration&) = default;
};

/// What an election decides: a person holding a role for a term (step 7).
struct ElectionOutcome
{
    PersonId person;
    QString roleName;
    QString roleDescription;
    QDate start;
    QDate end;
    QDateTime at; ///< when the deciding consent round closed, UTC

    friend bool operator==(const ElectionOutcome&, const ElectionOutcome&) = default;
};

/// An election without candidates: a state machine fed with ElectionEvents (processes.md section 3).
/// Pure: no storage, no clock. Rebuild a stored election with replay().
class Election
{
public:
    /// Takes a setup; returns an election in the Description phase. Errors (translated): empty role name,
    /// a term without both dates or ending before it starts.
    static Result<Election> start(const ElectionSetup& setup);
    /// Takes a setup and the recorded events in order; returns the election they lead to. Errors: the
    /// setup's, or the first refused event's, prefixed with its 1-based position in the log.
    static Result<Election> replay(const ElectionSetup& setup, const QList<ElectionEvent>& events);

    /// Takes an event; applies it and appends it to the history, or refuses it with a translated message
    /// (not possible in this phase, participant not present, already had their turn, reason missing,
    /// participants still awaited, the nominee answering before the others, ...), leaving it unchanged.
    Result<void> apply(const ElectionEvent& event);
    /// Takes an event; returns whether apply() would accept it, changing nothing.
    Result<void> check(const ElectionEvent& event) const;

    const ElectionSetup& setup() const { return m_setup; }
    ElectionPhase phase() const { return m_phase; }
    /// Returns those present when nominations opened, seating order (empty before).
    const QList<PersonId>& attendance() const { return m_attendance; }

    /// Returns the written nominations (step 2), in the order written.
    const QList<NominationTurn>& written() const { return m_written; }
    /// Returns the nomination round's turns (step 3), in speaking order.
    const QList<NominationTurn>& explanations() const { return m_explanations; }
    /// Returns the change round's turns (step 4), in speaking order.
    const QList<NominationTurn>& changes() const { return m_changes; }
    /// Takes a person; returns whom they name now (after the change round), or an invalid id.
    PersonId nominationOf(PersonId person) const;
    /// Returns each person named now with their number of nominations, most named first (ties by first
    /// named). Informative only: the facilitator may propose someone else (step 5).
    QList<std::pair<PersonId, int>> nominationCounts() const;

    /// Returns who is still expected to act in the current step, in order: to write (Nominations), to speak
    /// (nomination and change rounds), to answer (consent round, nominee last). Empty otherwise.
    QList<PersonId> awaited() const;

    /// Returns every proposal, oldest first.
    const QList<ElectionProposal>& proposals() const { return m_proposals; }
    /// Returns the current proposal, or nullptr before the first.
    const ElectionProposal* currentProposal() const;
    /// Returns every consent round, oldest first.
    const QList<ElectionConsentRound>& consentRounds() const { return m_rounds; }
    /// Returns the latest consent round, or nullptr before the first.
    const ElectionConsentRound* currentRound() const;
    /// Returns every integration (term or role change), oldest first.
    const QList<ElectionIntegration>& integrations() const { return m_integrations; }

    /// Returns the mandate decided, once the phase is Elected.
    std::optional<ElectionOutcome> outcome() const { return m_outcome; }
    /// Returns every applied event, in order: the log to store.
    const QList<ElectionEvent>& history() const { return m_history; }

    friend bool operator==(const Election&, const Election&) = default;

private:
    explicit Election(const ElectionSetup& setup) : m_setup(setup) {}

    Result<void> applyOpening(const ElectionEvent& event);
    Result<void> applyNominationTurn(const ElectionEvent& event);
    Result<void> applyStepStart(const ElectionEvent& event);
    Result<void> applyProposal(const ElectionEvent& event);
    Result<void> applyResponse(const ElectionEvent& event);
    Result<void> applyRoundClose(const ElectionEvent& event);
    Result<void> applyIntegration(const ElectionEvent& event);
    Result<void> checkNominee(PersonId nominee) const;
    void openRound(const QDateTime& at);

    ElectionSetup m_setup;
    ElectionPhase m_phase = ElectionPhase::Description;
    QList<PersonId> m_attendance;
    QList<NominationTurn> m_written;
    QList<NominationTurn> m_explanations;
    QList<NominationTurn> m_changes;
    QList<ElectionProposal> m_proposals;
    QList<ElectionConsentRound> m_rounds;
    QList<ElectionIntegration> m_integrations;
    std::optional<ElectionOutcome> m_outcome;
    QList<ElectionEvent> m_history;
};

} // namespace cercles

Q_DECLARE_METATYPE(cercles::ElectionId)
