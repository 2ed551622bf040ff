#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace cercles {

/// Everything the minutes of one meeting show (processes.md section 5), as plain values: names are
/// resolved, dates and times are local to the meeting's time zone, states are stable keys (the document
/// builder turns them into labels of the meeting's language). A snapshot is what an approval freezes, so it
/// serialises to JSON and back without loss.
struct MinutesSnapshot
{
    /// One answer that counts in the final consent round.
    struct Consent
    {
        QString person;
        QString concern;                ///< empty for a plain consent
        bool givenAfterMeeting = false; ///< an absent member's later answer
        QDate date;                     ///< local date of the answer

        friend bool operator==(const Consent&, const Consent&) = default;
    };
    /// Someone who changed their answer during a consent round: every answer, in order (the last counts).
    struct ChangedAnswer
    {
        QString person;
        int round = 0;     ///< the consent round, 1 for the first
        QStringList kinds; ///< "consent", "concern" or "objection", one per answer
        QStringList texts; ///< the concern or the reason of each answer (empty for a plain consent)

        friend bool operator==(const ChangedAnswer&, const ChangedAnswer&) = default;
    };
    /// An objection that ended a round, and how it was integrated.
    struct Objection
    {
        QString person;
        QString reason;
        int round = 0;
        int version = 0;
        bool givenAfterMeeting = false;
        bool integrated = false;
        QString method;          ///< integration method key ("modify-proposal", "shorten-term", ...)
        QString integrationText; ///< the modified text or the indicator
        QDate newReviewDate;     ///< the shortened term
        int resultingVersion = 0;

        friend bool operator==(const Objection&, const Objection&) = default;
    };
    /// One consent round in a proposal's history: the latest answer of each participant, counted.
    struct RoundCount
    {
        int round = 0;
        int consents = 0, concerns = 0, objections = 0;

        friend bool operator==(const RoundCount&, const RoundCount&) = default;
    };
    /// One version of a proposal with the consent rounds held on it (issue 9: every version stays visible).
    struct Version
    {
        int number = 1;
        QString text;
        QList<RoundCount> rounds;

        friend bool operator==(const Version&, const Version&) = default;
    };
    /// Someone who had no consent right on the decision, and why.
    struct Exclusion
    {
        QString person;
        QString
            reason; ///< "person-concerned", "absent-members-present-rule" or "excused-members-present-rule"

        friend bool operator==(const Exclusion&, const Exclusion&) = default;
    };
    /// Something said in a clarifying-questions or reactions round (of this meeting or an earlier one).
    struct Said
    {
        QString person;
        QString text;

        friend bool operator==(const Said&, const Said&) = default;
    };
    /// The consent process of an item, as it ended.
    struct Decision
    {
        QString kind;    ///< "decision", "membership-entry", "membership-exit"
        QString text;    ///< the exact text of the final version
        int version = 1; ///< the final version's number
        QString driver;
        QString scopeItem; ///< the circle's scope item, empty for none
        QString responsible;
        QDate reviewDate; ///< the final version's review date (null: none)
        QStringList indicators;
        QString personConcerned;
        QString outcome;   ///< consent phase key: "adopted", "pending", "withdrawn", ...
        QDate outcomeDate; ///< local date of the outcome: the meeting's, or the last late consent's
        bool decidedAfterMeeting = false; ///< adopted with a late consent, after the meeting
        QString referredTo;               ///< the parent circle, for a referral
        /// Its French article key (domain/frenchgrammar.h); none in minutes frozen before format 3, which
        /// name the circle in brackets after the outcome.
        std::optional<QString> referredToArticle;
        QString outcomeReason; ///< why it was deferred, referred or withdrawn (the facilitator's words)
        QString rule;          ///< rule basis key ("members-present" / "all-members")
        QList<Objection> objections;
        QList<Version> versions; ///< every version, oldest first, when there was more than one
        QList<Consent> consents;
        QList<ChangedAnswer> changedAnswers; ///< answers changed in any consent round, in order
        QList<Exclusion> excluded;
        QStringList pending; ///< eligible people whose answer is still awaited
        /// A proposal deferred or referred: the questions and reactions asked in this meeting, which go
        /// with it (format 3; empty otherwise).
        QList<Said> questions, reactions;

        friend bool operator==(const Decision&, const Decision&) = default;
    };
    /// One participant's turn in an election's nomination round or change round (processes.md section 3).
    struct NominationTurn
    {
        QString person;
        QString nominee;      ///< whom they name after this turn
        QString reason;       ///< why (may be empty for a kept nomination)
        bool changed = false; ///< change round: the nomination changed

        friend bool operator==(const NominationTurn&, const NominationTurn&) = default;
    };
    /// The facilitator's proposal of an election, with the term and role as they stood.
    struct ElectionProposal
    {
        int number = 0;
        QString nominee;
        QDate start, end;
        QString role;
        QString reasons;

        friend bool operator==(const ElectionProposal&, const ElectionProposal&) = default;
    };
    /// One answer in an election's consent round, in the order given (the nominee last).
    struct ElectionAnswer
    {
        QString person;
        bool objection = false;
        QString text; ///< concern or objection reason
        bool nominee = false;

        friend bool operator==(const ElectionAnswer&, const ElectionAnswer&) = default;
    };
    struct ElectionRound
    {
        int number = 0;
        int proposal = 0;
        QList<ElectionAnswer> answers;

        friend bool operator==(const ElectionRound&, const ElectionRound&) = default;
    };
    /// An objection integrated by a new term or a changed role.
    struct ElectionIntegration
    {
        QString kind; ///< "term-changed" or "role-changed"
        int round = 0;
        QDate start, end;
        QString role;
        QString text;

        friend bool operator==(const ElectionIntegration&, const ElectionIntegration&) = default;
    };
    /// An election without candidates as recorded (processes.md section 3).
    struct ElectionRecord
    {
        QString role;
        QDate termStart, termEnd; ///< as described at step 1
        QString qualifications;
        QString phase; ///< election phase key
        QList<NominationTurn> nominations;
        QList<NominationTurn> changes;
        QList<ElectionProposal> proposals;
        QList<ElectionRound> rounds;
        QList<ElectionIntegration> integrations;
        QString elected; ///< the resulting mandate's person; empty when none
        QString mandateRole;
        QDate mandateStart, mandateEnd;

        friend bool operator==(const ElectionRecord&, const ElectionRecord&) = default;
    };
    /// Why one option is ranked before the next (majorityjudgment.h Explanation, as plain values).
    struct VoteExplanation
    {
        int ahead = -1, next = -1; ///< option indices
        QString decision;          ///< "majority-grade", "adhesion", "contestation", "tied"
        int grade = -1, behindGrade = -1;
        qint64 aheadCount = 0, behindCount = 0;

        friend bool operator==(const VoteExplanation&, const VoteExplanation&) = default;
    };
    /// A result shown to the room and set aside when the vote was reopened (issue 9).
    struct VoteEarlierResult
    {
        QTime shownAt, reopenedAt; ///< local
        QString reason;
        QList<int> majorityGrades, ranks, order;

        friend bool operator==(const VoteEarlierResult&, const VoteEarlierResult&) = default;
    };
    /// A majority-judgment vote (processes.md section 4); the result fields are empty while it is open.
    struct VoteRecord
    {
        QString title;
        QStringList options;
        QStringList grades; ///< the vote's own scale, best first; empty = the default scale
        QString fillRule;   ///< fill rule key
        int fillGrade = 0;
        qint64 participants = 0;
        int ballots = 0; ///< ballots cast
        bool closed = false;
        QList<QList<qint64>> profiles; ///< merit profiles, index 0 = worst grade
        QList<int> majorityGrades, ranks, order;
        QList<VoteExplanation> explanations;
        QList<VoteEarlierResult> earlier; ///< results set aside by a reopening, oldest first

        friend bool operator==(const VoteRecord&, const VoteRecord&) = default;
    };
    /// The earlier proposal an item continues (issue 10): deferred in an earlier meeting of the circle, or
    /// referred by a sub-circle, with what was said there.
    struct Continuation
    {
        QString how;           ///< "deferred" or "referred"
        QString circle;        ///< the circle of the earlier meeting
        QString circleArticle; ///< its French article key (domain/frenchgrammar.h)
        QDate date;            ///< the earlier meeting's local date
        QString reason;        ///< why it was deferred or referred
        int versions = 1;      ///< versions of the proposal by then
        QList<Said> questions, reactions;

        friend bool operator==(const Continuation&, const Continuation&) = default;
    };
    /// What became of a deferred or referred item afterwards. Not frozen: it happens after the meeting.
    struct FollowUp
    {
        QString circle;        ///< the circle that took it up
        QString circleArticle; ///< its French article key (domain/frenchgrammar.h)
        QDate date;            ///< the local date of the meeting that took it up
        QString outcome;       ///< consent phase key there ("adopted", ...); empty while not started

        friend bool operator==(const FollowUp&, const FollowUp&) = default;
    };
    struct Item
    {
        int number = 0; ///< 1-based position in the agenda
        QString kind;   ///< agenda kind key
        QString state;  ///< the item's outcome: agenda state key (format 1: the stored state)
        QString title;
        QString notes;
        QString content; ///< an information item's content
        std::optional<Continuation> continued;
        std::optional<FollowUp> followUp; ///< not frozen
        std::optional<Decision> decision;
        std::optional<ElectionRecord> election;
        std::optional<VoteRecord> vote;

        friend bool operator==(const Item&, const Item&) = default;
    };
    /// A membership started or ended (or awaiting consents) by a decision of this meeting.
    struct MembershipChange
    {
        QString person;
        bool entry = true;
        QString outcome; ///< consent phase key
        QDate date;      ///< the decision date for an adopted change

        friend bool operator==(const MembershipChange&, const MembershipChange&) = default;
    };
    struct Action
    {
        QString person;
        QString text;
        QDate due;
        int itemNumber = 0;

        friend bool operator==(const Action&, const Action&) = default;
    };
    /// An open point of the circle's backlog (point reporté) after the meeting.
    struct BacklogEntry
    {
        QString title;
        QString kind; ///< agenda kind key
        QDate since;  ///< local date it was put on the backlog
        bool fromThisMeeting = false;
        QString referredBy;        ///< the sub-circle that referred it, if any
        QString referredByArticle; ///< its French article key (domain/frenchgrammar.h); format 3

        friend bool operator==(const BacklogEntry&, const BacklogEntry&) = default;
    };
    struct Amendment
    {
        QDate date;
        QString by;
        QString text;

        friend bool operator==(const Amendment&, const Amendment&) = default;
    };

    qint64 meetingId = 0;
    QString language = QStringLiteral("fr"); ///< "fr" or "en"
    QString organisation;
    QString circle;
    QDate date;       ///< local
    QTime time;       ///< local
    QString timeZone; ///< IANA id, then ", UTC+01:00" when the local time occurs twice that day
    QString place;
    QString facilitator;
    QString secretary;
    QString meetingStatus; ///< meeting status key
    QStringList present, excused, absent, guests;
    QList<Item> agenda;
    QList<MembershipChange> membershipChanges;
    QList<Action> actions;
    QList<BacklogEntry> backlog;
    QString nextMeeting;

    // Not frozen: filled from the approval record each time the minutes are shown.
    std::optional<QDate> approvedOn;
    QByteArray chainHead; ///< the approval's chain head (32 bytes), printed in every page's footer
    QList<Amendment> amendments;
    bool changedSinceApproval = false; ///< the live record no longer matches the frozen minutes

    /// Takes the JSON of a snapshot; returns its format (1: before outcomes, content and continuations; 2:
    /// before the backlog's referring circle's article).
    static int formatOf(const QByteArray& json);
    /// Takes the minutes approved in format 1; returns this (live) snapshot with their item states, which
    /// format 1 took from the stored state, to compare the two with toJson(1).
    MinutesSnapshot withStatesOf(const MinutesSnapshot& frozen) const;
    /// The format toJson writes by default: 3 gives the article of the circle that referred a backlog point
    /// and of the one a proposal was referred to, and a deferred or referred proposal's questions and
    /// reactions.
    static constexpr int currentFormat = 3;
    /// Takes a format (3, the current one; 2: without the backlog's referring circle's article and a deferred
    /// or referred proposal's questions and reactions; 1: also
    /// without content, continuations and outcome reasons), to compare the live record with minutes approved
    /// in that format; returns the frozen part (everything above the approval fields) as compact UTF-8 JSON.
    QByteArray toJson(int format = currentFormat) const;
    /// Takes what toJson returned; returns the snapshot, or std::nullopt when it cannot be read.
    static std::optional<MinutesSnapshot> fromJson(const QByteArray& json);

    friend bool operator==(const MinutesSnapshot&, const MinutesSnapshot&) = default;
};

} // namespace cercles
