#pragma once

#include "consentevent.h"
#include "consentphase.h"
#include "ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cercles {

/// A participant's current answer in a consent round (processes.md section 1, step 5). There is no
/// abstention: None means "not answered yet", which is never consent.
enum class ResponseKind
{
    None,
    Consent,
    ConsentWithConcern,
    Objection
};

/// Takes a response kind; returns its name in the current UI language, e.g. "Consent with a concern".
QString responseKindName(ResponseKind kind);

/// One answer given in a consent round. Every answer is kept; only a person's latest one counts.
struct ConsentResponse
{
    PersonId person;
    ResponseKind kind = ResponseKind::None;
    QString text;                   ///< the concern or the objection reason
    QDateTime at;                   ///< UTC
    bool givenAfterMeeting = false; ///< recorded later, from a member absent from the round

    friend bool operator==(const ConsentResponse&, const ConsentResponse&) = default;
};

/// A consent round on one proposal version. Its eligible participants are frozen when it starts.
struct ConsentRound
{
    int number = 0;  ///< 1 for the process's first round
    int version = 0; ///< the proposal version the round is on
    QDateTime startedAt;
    QDateTime closedAt;       ///< UTC; invalid while the round is open
    QList<PersonId> present;  ///< attendance at the start, seating order
    QList<PersonId> eligible; ///< who has a consent right: those present in seating order, then absent ones
    QList<ConsentResponse> responses; ///< every answer in the order given (history)

    bool isClosed() const { return closedAt.isValid(); }
    bool isEligible(PersonId person) const { return eligible.contains(person); }
    bool isPresent(PersonId person) const { return present.contains(person); }
    /// Takes a person; returns their latest answer in this round, or std::nullopt if none.
    std::optional<ConsentResponse> latestResponse(PersonId person) const;
    /// Takes a person; returns the kind of their latest answer (None when they have not answered).
    ResponseKind responseOf(PersonId person) const;
    /// Returns the eligible participants present who have not answered, in seating order.
    QList<PersonId> awaitedPresent() const;
    /// Returns the eligible members absent from the round who have not answered yet.
    QList<PersonId> awaitedAbsent() const;
    /// Returns the eligible participants whose latest answer is an objection, in speaking order.
    QList<PersonId> objectors() const;

    friend bool operator==(const ConsentRound&, const ConsentRound&) = default;
};

/// One turn in a clarifying questions or reactions round.
struct SpeakingTurn
{
    PersonId person;
    bool passed = false; ///< the participant passed their turn
    QString text;        ///< the question or reaction; empty when passed
    QDateTime at;

    friend bool operator==(const SpeakingTurn&, const SpeakingTurn&) = default;
};

/// A clarifying questions or reactions round: one turn per participant present, in seating order
/// (processes.md section 1, steps 2 and 3).
struct SpeakingRound
{
    ConsentPhase phase = ConsentPhase::ClarifyingQuestions; ///< ClarifyingQuestions or Reactions
    int version = 0;
    QDateTime startedAt;
    QList<PersonId> order; ///< attendance, in seating (speaking) order
    QList<SpeakingTurn> turns;

    /// Takes a person; returns whether they have had their turn (spoken or passed).
    bool hasSpoken(PersonId person) const;
    /// Returns the participants who have had their turn, in the order they had it.
    QList<PersonId> spoken() const;
    /// Returns the participants still to speak, in seating order.
    QList<PersonId> awaited() const;
    /// Returns the next participant to speak, or an invalid id when everyone has had their turn.
    PersonId nextSpeaker() const;

    friend bool operator==(const SpeakingRound&, const SpeakingRound&) = default;
};

/// How an objection was integrated (processes.md section 1, step 6).
struct Integration
{
    IntegrationMethod method = IntegrationMethod::None;
    QDateTime at;
    int version = 0;  ///< the proposal version it produced
    QString text;     ///< the modified text or the indicator
    QDate reviewDate; ///< the shortened review date

    friend bool operator==(const Integration&, const Integration&) = default;
};

/// An objection that ended a consent round, with its integration once done.
struct Objection
{
    PersonId person;
    QString reason;
    int round = 0;   ///< the consent round it was raised in
    int version = 0; ///< the proposal version it was raised against
    QDateTime at;
    bool givenAfterMeeting = false;
    std::optional<Integration> integration;

    bool isIntegrated() const { return integration.has_value(); }

    friend bool operator==(const Objection&, const Objection&) = default;
};

} // namespace cercles
