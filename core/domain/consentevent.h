#pragma once

#include "ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cercles {

/// What happened in a consent process (processes.md section 1). A process is stored as an append-only log
/// of these events and rebuilt by replaying them (ConsentProcess::replay). Stored by key (eventKindKey),
/// never by numeric value, so the order of the enumerators may change.
enum class ConsentEventKind
{
    ClarifyingRoundStarted, ///< facilitator opens the clarifying questions round; `present` = attendance
    QuestionAsked,          ///< `person` asks `text` in the clarifying round
    ReactionsRoundStarted,  ///< facilitator opens the quick reactions round; `present` = attendance
    ReactionGiven,          ///< `person` reacts with `text` in the reactions round
    TurnPassed,             ///< `person` passes their turn in the questions or reactions round
    AmendmentStarted,       ///< facilitator opens the amendment step (abandons a running consent round)
    ProposalAmended,        ///< new proposal `text` (and optionally `reviewDate`): a new version
    ConsentRoundStarted, ///< facilitator opens a consent round on the current version; `present` = attendance
    ConsentGiven,        ///< `person` consents; `text` = concern (préoccupation), may be empty
    ObjectionRaised,     ///< `person` objects; `text` = reason, required
    ConsentRoundClosed,  ///< facilitator closes the round once every eligible participant present answered
    ObjectionIntegrated, ///< the objection of `person` is integrated by `method`: a new version
    Withdrawn,           ///< facilitator withdraws the proposal; `text` = why
    Deferred,            ///< facilitator defers the proposal to a later meeting (backlog); `text` = why
    Resumed,             ///< a deferred proposal is taken up again, back to its presentation
    ReferredToParent,    ///< facilitator refers the proposal to `circle` (the parent circle); `text` = why
};

/// Every event kind, in the order of the process.
inline constexpr ConsentEventKind allConsentEventKinds[] = {ConsentEventKind::ClarifyingRoundStarted,
                                                            ConsentEventKind::QuestionAsked,
                                                            ConsentEventKind::ReactionsRoundStarted,
                                                            ConsentEventKind::ReactionGiven,
                                                            ConsentEventKind::TurnPassed,
                                                            ConsentEventKind::AmendmentStarted,
                                                            ConsentEventKind::ProposalAmended,
                                                            ConsentEventKind::ConsentRoundStarted,
                                                            ConsentEventKind::ConsentGiven,
                                                            ConsentEventKind::ObjectionRaised,
                                                            ConsentEventKind::ConsentRoundClosed,
                                                            ConsentEventKind::ObjectionIntegrated,
                                                            ConsentEventKind::Withdrawn,
                                                            ConsentEventKind::Deferred,
                                                            ConsentEventKind::Resumed,
                                                            ConsentEventKind::ReferredToParent};

/// How an objection is integrated (processes.md section 1, step 6).
enum class IntegrationMethod
{
    None,           ///< not an integration event
    ModifyProposal, ///< `text` is the modified proposal text
    ShortenTerm,    ///< `reviewDate` is the new, earlier review date; `text` optionally a new proposal text
    MeasureConcern, ///< `text` is the indicator that will measure the concern
};

/// One recorded step of a consent process. Which fields matter depends on `kind` (see ConsentEventKind);
/// unused fields stay empty. Build events with the named constructors below.
struct ConsentEvent
{
    ConsentEventKind kind = ConsentEventKind::ClarifyingRoundStarted;
    QDateTime at;            ///< when it happened, UTC
    PersonId person;         ///< who speaks, answers or whose objection is integrated
    QString text;            ///< question, reaction, concern, objection reason, proposal text, indicator, why
    QList<PersonId> present; ///< attendance at a round start, in seating (speaking) order
    IntegrationMethod method = IntegrationMethod::None;
    QDate reviewDate;               ///< new review date (amendment, shortened term)
    bool givenAfterMeeting = false; ///< a response recorded after the meeting, from an absent member
    CircleId circle;                ///< the circle a proposal is referred to

    // Named constructors: each takes the time (UTC) and the fields its kind uses (see ConsentEventKind),
    // and returns the event; roundStart takes ClarifyingRoundStarted, ReactionsRoundStarted or
    // ConsentRoundStarted, with an empty attendance meaning "same attendance as the previous round".
    static ConsentEvent roundStart(ConsentEventKind kind, const QDateTime& at,
                                   const QList<PersonId>& present);
    static ConsentEvent question(const QDateTime& at, PersonId person, const QString& text);
    static ConsentEvent reaction(const QDateTime& at, PersonId person, const QString& text);
    static ConsentEvent pass(const QDateTime& at, PersonId person);
    static ConsentEvent amendmentStart(const QDateTime& at);
    static ConsentEvent amendment(const QDateTime& at, const QString& text, const QDate& reviewDate = {});
    static ConsentEvent consent(const QDateTime& at, PersonId person, const QString& concern = {},
                                bool givenAfterMeeting = false);
    static ConsentEvent objection(const QDateTime& at, PersonId person, const QString& reason,
                                  bool givenAfterMeeting = false);
    static ConsentEvent roundClose(const QDateTime& at);
    static ConsentEvent integration(const QDateTime& at, PersonId objector, IntegrationMethod method,
                                    const QString& text, const QDate& reviewDate = {});
    static ConsentEvent withdrawal(const QDateTime& at, const QString& why = {});
    static ConsentEvent deferral(const QDateTime& at, const QString& why = {});
    static ConsentEvent resumption(const QDateTime& at);
    static ConsentEvent referral(const QDateTime& at, CircleId parent, const QString& why = {});

    friend bool operator==(const ConsentEvent&, const ConsentEvent&) = default;
};

/// Takes an event kind; returns its stable storage key, e.g. "consent-given".
QString eventKindKey(ConsentEventKind kind);
/// Takes a storage key; returns the event kind, or std::nullopt for an unknown key.
std::optional<ConsentEventKind> eventKindFromKey(const QString& key);
/// Takes an event kind; returns its name in the current UI language, e.g. "Objection raised".
QString eventKindName(ConsentEventKind kind);

/// Takes a method; returns its stable storage key ("none", "modify-proposal", "shorten-term",
/// "measure-concern").
QString integrationMethodKey(IntegrationMethod method);
/// Takes a storage key; returns the method, or std::nullopt for an unknown key.
std::optional<IntegrationMethod> integrationMethodFromKey(const QString& key);
/// Takes a method; returns its name in the current UI language, e.g. "Shorten the term".
QString integrationMethodName(IntegrationMethod method);

} // namespace cercles
