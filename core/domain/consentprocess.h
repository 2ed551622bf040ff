#pragma once

#include "consentevent.h"
#include "consentphase.h"
#include "consentround.h"
#include "consentrule.h"
#include "ids.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cercles {

/// What a consent process decides (processes.md sections 1 and 2).
enum class ConsentProcessKind
{
    Decision,        ///< an ordinary consent decision
    MembershipEntry, ///< admitting the person concerned into the circle
    MembershipExit,  ///< excluding the person concerned from the circle
};

/// Takes a kind; returns its stable storage key ("decision", "membership-entry", "membership-exit").
QString processKindKey(ConsentProcessKind kind);
/// Takes a storage key; returns the kind, or std::nullopt for an unknown key.
std::optional<ConsentProcessKind> processKindFromKey(const QString& key);

/// A proposal as it is brought to the circle (processes.md section 1).
struct Proposal
{
    QString text;
    QString driver;        ///< the driver / reason (raison / besoin)
    PersonId responsible;  ///< who carries it out (responsable); may be invalid
    QDate reviewDate;      ///< term / review date (date de révision), local calendar date; may be null
    ScopeItemId scopeItem; ///< the circle's scope item it falls under; invalid for none

    friend bool operator==(const Proposal&, const Proposal&) = default;
};

/// Everything fixed when a consent process starts; stored once, next to the event log.
struct ConsentSetup
{
    ConsentProcessKind kind = ConsentProcessKind::Decision;
    CircleId circle;
    Proposal proposal;
    ConsentRule rule;         ///< the circle's rule for this kind (decisionRule, entryRule or exitRule)
    QList<PersonId> members;  ///< the circle's members on the day
    PersonId personConcerned; ///< required for entry and exit, invalid otherwise
    QDateTime createdAt;      ///< UTC; the date of the first version

    friend bool operator==(const ConsentSetup&, const ConsentSetup&) = default;
};

/// One version of the proposal. Any change of text, term or indicators makes a new version; responses
/// given to an older version never carry over (processes.md section 1, step 4).
struct ProposalVersion
{
    int number = 1;
    QString text;
    QDate reviewDate;
    QStringList indicators; ///< indicators measuring concerns, from integrated objections
    QDateTime createdAt;

    friend bool operator==(const ProposalVersion&, const ProposalVersion&) = default;
};

/// The consent process of one proposal: a state machine fed with ConsentEvents (processes.md section 1).
/// Pure: no storage, no clock. Rebuild a stored process with replay().
class ConsentProcess
{
public:
    /// Takes a setup; returns a process in the Presentation phase with version 1 of the proposal.
    /// Errors (translated): empty proposal text; no person concerned for an entry or exit; the person
    /// concerned already a member (entry) or not a member (exit).
    static Result<ConsentProcess> start(const ConsentSetup& setup);

    /// Takes a setup and the recorded events in order; returns the process they lead to. Errors: the
    /// setup's, or the first refused event's, prefixed with its 1-based position in the log.
    static Result<ConsentProcess> replay(const ConsentSetup& setup, const QList<ConsentEvent>& events);

    /// Takes an event; applies it and appends it to the history, or refuses it, leaving the process
    /// unchanged, with a translated message saying why (event not allowed in the current phase, person not
    /// eligible, objection without reason, participants still awaited, ...).
    Result<void> apply(const ConsentEvent& event);

    /// Takes an event; returns whether apply() would accept it, with the same message, changing nothing.
    Result<void> check(const ConsentEvent& event) const;

    const ConsentSetup& setup() const { return m_setup; }
    ConsentPhase phase() const { return m_phase; }

    /// Returns the proposal's current version (the last one).
    const ProposalVersion& currentVersion() const { return m_versions.constLast(); }
    /// Returns every version, oldest first.
    const QList<ProposalVersion>& versions() const { return m_versions; }

    /// Returns every clarifying questions and reactions round, oldest first.
    const QList<SpeakingRound>& speakingRounds() const { return m_speakingRounds; }
    /// Returns the open questions or reactions round, or nullptr outside those phases.
    const SpeakingRound* currentSpeakingRound() const;

    /// Returns every consent round, oldest first.
    const QList<ConsentRound>& consentRounds() const { return m_rounds; }
    /// Returns the latest consent round (still the one awaited members answer while Pending), or nullptr
    /// before the first round.
    const ConsentRound* currentRound() const;
    /// Returns the eligible participants of the current round (empty before the first round).
    QList<PersonId> eligible() const;
    /// Takes a person; returns their latest answer in the current round (None if none or no round).
    ResponseKind responseOf(PersonId person) const;
    /// Returns the eligible participants present in the current round who have not answered.
    QList<PersonId> awaitedPresent() const;
    /// Returns the eligible members absent from the current round who have not answered.
    QList<PersonId> awaitedAbsent() const;

    /// Returns every objection that ended a round, with its integration, oldest first.
    const QList<Objection>& objections() const { return m_objections; }
    /// Returns the objections still to integrate before a new consent round, in order.
    QList<Objection> objectionsToIntegrate() const;

    /// Returns every applied event, in order: the log to store.
    const QList<ConsentEvent>& history() const { return m_history; }

    /// Returns when the proposal was adopted (UTC): the closing of the round, or the last required late
    /// consent. Invalid unless the phase is Adopted.
    QDateTime decidedAt() const { return m_decidedAt; }
    /// Returns whether the adoption came after the meeting, with the last required late consent (its date
    /// is then the decision's date); false when the round closed with every consent in the meeting.
    bool decidedAfterMeeting() const { return m_decidedAfterMeeting; }
    /// Returns when the process reached its current outcome phase (Adopted, Pending, Withdrawn, Deferred,
    /// ReferredToParent), UTC; invalid in a meeting step.
    QDateTime outcomeAt() const { return m_outcomeAt; }
    /// Returns the circle the proposal was referred to (invalid unless ReferredToParent).
    CircleId referredTo() const { return m_referredTo; }

    friend bool operator==(const ConsentProcess&, const ConsentProcess&) = default;

private:
    explicit ConsentProcess(const ConsentSetup& setup);

    Result<void> applySpeakingRoundStart(const ConsentEvent& event);
    Result<void> applyTurn(const ConsentEvent& event);
    Result<void> applyAmendment(const ConsentEvent& event);
    Result<void> applyConsentRoundStart(const ConsentEvent& event);
    Result<void> applyResponse(const ConsentEvent& event);
    Result<void> applyRoundClose(const ConsentEvent& event);
    Result<void> applyIntegration(const ConsentEvent& event);
    Result<void> applyConclusion(const ConsentEvent& event);

    /// Takes a round-start event; returns its attendance, or the last one given when it carries none.
    QList<PersonId> attendanceFor(const ConsentEvent& event) const;
    void addVersion(const QString& text, const QDate& reviewDate, const QStringList& indicators,
                    const QDateTime& at);
    ConsentRound& lastRound() { return m_rounds.last(); }

    ConsentSetup m_setup;
    ConsentPhase m_phase = ConsentPhase::Presentation;
    QList<ProposalVersion> m_versions;
    QList<SpeakingRound> m_speakingRounds;
    QList<ConsentRound> m_rounds;
    QList<Objection> m_objections;
    QList<ConsentEvent> m_history;
    QList<PersonId> m_attendance; ///< the last attendance given, reused when a round start gives none
    QDateTime m_decidedAt;
    bool m_decidedAfterMeeting = false;
    QDateTime m_outcomeAt;
    CircleId m_referredTo;
};

} // namespace cercles
