#pragma once

#include "ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cercles {

/// Where an election without candidates stands (processes.md section 3). Stored by key (electionPhaseKey).
enum class ElectionPhase
{
    Description,           ///< step 1: the role, its term and the qualifications are described
    Nominations,           ///< step 2: each participant present writes one name
    NominationRound,       ///< step 3: each says whom they named and why
    ChangeRound,           ///< step 4: each keeps or changes their nomination, and says why
    ConsentRound,          ///< steps 5-6: consent round on the facilitator's proposal, nominee last
    IntegratingObjections, ///< step 6: change the term or the role, or propose another person
    Elected,               ///< outcome: the nominee holds the role for the term (step 7)
    Cancelled,             ///< outcome: the facilitator ended the election without a mandate
};

/// Every phase, in the order of the process.
inline constexpr ElectionPhase allElectionPhases[] = {
    ElectionPhase::Description, ElectionPhase::Nominations,  ElectionPhase::NominationRound,
    ElectionPhase::ChangeRound, ElectionPhase::ConsentRound, ElectionPhase::IntegratingObjections,
    ElectionPhase::Elected,     ElectionPhase::Cancelled};

/// Takes a phase; returns whether nothing more can happen (Elected, Cancelled).
bool isFinal(ElectionPhase phase);
/// Takes a phase; returns its stable storage key, e.g. "change-round".
QString electionPhaseKey(ElectionPhase phase);
/// Takes a phase; returns its name in the current UI language, e.g. "Change round".
QString electionPhaseName(ElectionPhase phase);

/// What happened in an election (processes.md section 3). An election is stored as an append-only log of
/// these events and rebuilt by replaying them (Election::replay). Stored by key, never by value.
enum class ElectionEventKind
{
    NominationsOpened, ///< facilitator opens the written nominations; `present` = attendance, seating order
    NominationWritten, ///< `person` writes `nominee` (themselves allowed)
    NominationRoundStarted, ///< facilitator opens the nomination round (every written name is in)
    NominationExplained,    ///< `person` says whom they named and why (`text`, required)
    ChangeRoundStarted,     ///< facilitator opens the change round (everyone explained)
    NominationKept,         ///< `person` keeps their nomination; `text` = why (may be empty)
    NominationChanged,      ///< `person` changes to `nominee`; `text` = why (required)
    Proposed,               ///< facilitator proposes `nominee` for `start`..`end`, `text` = reasons; opens a
                            ///< consent round (the nominee answers last)
    ConsentGiven,           ///< `person` consents; `text` = concern, may be empty
    ObjectionRaised,        ///< `person` objects; `text` = reason, required (the nominee may object too)
    ConsentRoundClosed,     ///< facilitator closes the round once everyone present answered
    TermChanged,            ///< objection integrated by a new term `start`..`end`; `text` = why
    RoleChanged,            ///< objection integrated by a changed role: `roleName`, `text` = its description
    ConsentRoundStarted,    ///< facilitator opens a new consent round on the same nominee after changes
    Cancelled,              ///< facilitator ends the election without a mandate; `text` = why
};

/// Every event kind, in the order of the process.
inline constexpr ElectionEventKind allElectionEventKinds[] = {ElectionEventKind::NominationsOpened,
                                                              ElectionEventKind::NominationWritten,
                                                              ElectionEventKind::NominationRoundStarted,
                                                              ElectionEventKind::NominationExplained,
                                                              ElectionEventKind::ChangeRoundStarted,
                                                              ElectionEventKind::NominationKept,
                                                              ElectionEventKind::NominationChanged,
                                                              ElectionEventKind::Proposed,
                                                              ElectionEventKind::ConsentGiven,
                                                              ElectionEventKind::ObjectionRaised,
                                                              ElectionEventKind::ConsentRoundClosed,
                                                              ElectionEventKind::TermChanged,
                                                              ElectionEventKind::RoleChanged,
                                                              ElectionEventKind::ConsentRoundStarted,
                                                              ElectionEventKind::Cancelled};

/// Takes an event kind; returns its stable storage key, e.g. "nomination-written".
QString electionEventKindKey(ElectionEventKind kind);
/// Takes a storage key; returns the event kind, or std::nullopt for an unknown key.
std::optional<ElectionEventKind> electionEventKindFromKey(const QString& key);
/// Takes an event kind; returns its name in the current UI language, e.g. "Nomination changed".
QString electionEventKindName(ElectionEventKind kind);

/// One recorded step of an election. Which fields matter depends on `kind` (see ElectionEventKind); unused
/// fields stay empty. Build events with the named constructors.
struct ElectionEvent
{
    ElectionEventKind kind = ElectionEventKind::NominationsOpened;
    QDateTime at;            ///< UTC
    PersonId person;         ///< who writes, speaks or answers
    PersonId nominee;        ///< the person named or proposed
    QString text;            ///< reason, concern, objection, role description, why
    QList<PersonId> present; ///< attendance when nominations open, seating order
    QDate start;             ///< term start (proposal, term change), local calendar date
    QDate end;               ///< term end, last day of the mandate
    QString roleName;        ///< the changed role's name

    // Named constructors: each takes the time (UTC) and the fields its kind uses.
    static ElectionEvent opening(const QDateTime& at, const QList<PersonId>& present);
    static ElectionEvent written(const QDateTime& at, PersonId person, PersonId nominee);
    static ElectionEvent roundStart(ElectionEventKind kind, const QDateTime& at);
    static ElectionEvent explained(const QDateTime& at, PersonId person, const QString& why);
    static ElectionEvent kept(const QDateTime& at, PersonId person, const QString& why = {});
    static ElectionEvent changed(const QDateTime& at, PersonId person, PersonId nominee, const QString& why);
    static ElectionEvent proposal(const QDateTime& at, PersonId nominee, QDate start, QDate end,
                                  const QString& reasons);
    static ElectionEvent consent(const QDateTime& at, PersonId person, const QString& concern = {});
    static ElectionEvent objection(const QDateTime& at, PersonId person, const QString& reason);
    static ElectionEvent roundClose(const QDateTime& at);
    static ElectionEvent termChange(const QDateTime& at, QDate start, QDate end, const QString& why = {});
    static ElectionEvent roleChange(const QDateTime& at, const QString& roleName, const QString& description);
    static ElectionEvent cancellation(const QDateTime& at, const QString& why = {});

    friend bool operator==(const ElectionEvent&, const ElectionEvent&) = default;
};

} // namespace cercles
