#pragma once

#include "domain/consentphase.h"
#include "domain/consentprocess.h"
#include "domain/meeting.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cercles {

/// One line of the decision register (registre des décisions, processes.md section 5): a consent process
/// of any circle (decision, membership entry or exit), as its recorded events leave it.
struct DecisionEntry
{
    ConsentProcessId process;
    ConsentProcessKind kind = ConsentProcessKind::Decision;
    /// Where it stands: Adopted, Pending, Withdrawn, Deferred, ReferredToParent, or a meeting step
    /// (Presentation ... IntegratingObjections) while it is still in progress (see isInProgress()).
    ConsentPhase status = ConsentPhase::Presentation;
    CircleId circle;
    QString circleName;
    /// The decision date for an adopted proposal (the closing of the round or the last late consent, as
    /// a calendar date in the meeting's time zone); otherwise the meeting's local date.
    QDate date;
    MeetingId meeting;
    AgendaItemId agendaItem;
    QString title;         ///< the agenda item's title
    QString text;          ///< the final (adopted) or current version of the proposal
    QString proposalText;  ///< the proposal as first presented (version 1)
    ScopeItemId scopeItem; ///< the circle's scope item the proposal names; invalid for none
    QString scopeItemText; ///< that scope item's text; empty for none
    PersonId responsible;
    QString responsibleName;  ///< empty when no one is responsible
    QDate reviewDate;         ///< the current version's review date (local calendar date); may be null
    bool reviewDue = false;   ///< isReviewDue(status, reviewDate, the day the register was loaded for)
    PersonId personConcerned; ///< entry / exit: the person the decision is about
    QString personConcernedName;
    CircleId referredTo; ///< ReferredToParent: the circle the proposal went to
    /// ReferredToParent: the name of the circle the proposal went to and its French article key
    /// (domain/frenchgrammar.h). Read with the entry.
    QString referredToName;
    QString referredToArticle;
    /// A proposal referred by a sub-circle: that circle's name and article key (empty otherwise). Read with
    /// the entry.
    QString referredByName;
    QString referredByArticle;
    /// A proposal referred to the parent circle and taken up there: the parent's name and article key, and
    /// where the proposal stands there (the parent's outcome links back). Read with the entry.
    QString continuedInName;
    QString continuedInArticle;
    std::optional<ConsentPhase> continuedStatus;
    QDateTime startedAt; ///< when the process started (UTC): the register's order within a day
    /// The chain head of the meeting's approved minutes (64 hex characters, storage/recordchain.h); empty
    /// while the minutes are not approved. Filled by loadRegister (services/decisionregister.h).
    QString approvalHead;
    /// Why this record cannot be read (translated; its log, agenda item or meeting is damaged), or empty.
    /// A damaged entry has only `process`, `damage` and `text` (which says it is damaged) set.
    QString damage;

    /// Returns whether the proposal is still in one of the meeting's steps (no outcome yet).
    bool isInProgress() const;

    friend bool operator==(const DecisionEntry&, const DecisionEntry&) = default;
};

/// Takes a register entry's status, its review date (local calendar date, may be null) and the day the
/// register is looked at; returns whether the decision is due for review (date de révision,
/// processes.md section 1): only a decision in force, that is adopted, can be reviewed, and only once its
/// date has passed. A proposal withdrawn, deferred, referred, pending or still in the meeting carries the
/// review date it was proposed with, but nothing is due on it. Pure.
bool isReviewDue(ConsentPhase status, QDate reviewDate, QDate today);

/// What the register shows. Every criterion left at its default lets everything through; the criteria
/// combine with "and".
struct RegisterFilter
{
    CircleId circle;              ///< only this circle's decisions (invalid: every circle)
    QList<ConsentPhase> statuses; ///< only these statuses (empty: every status)
    bool reviewDueOnly = false;   ///< only the decisions due for review (isReviewDue)
    QDate from;                   ///< only dates on or after this day (null: no lower bound)
    QDate to;                     ///< only dates on or before this day (null: no upper bound)
    /// Words that must all appear in the title, the proposal as first presented or the final text,
    /// ignoring case, accents and the ligatures œ / æ in French and English ("coeur" finds "cœur" and
    /// "cœur" finds "coeur", "ETE" finds "été"). Blank: no text criterion.
    QString search;

    /// Returns whether a status, review or date criterion is set: with the words (a text can be amended),
    /// what a change to a process can make it pass or fail. A process never changes circle.
    bool hasStatusOrDateCriteria() const
    {
        return !statuses.isEmpty() || reviewDueOnly || from.isValid() || to.isValid();
    }
};

/// Takes a filter; returns why no decision could ever pass it, translated ("The start date … is after the
/// end date …"), or an empty string when it is consistent. An export refuses such a filter before writing
/// anything, rather than write an empty document.
QString registerFilterContradiction(const RegisterFilter& filter);

/// Takes a process rebuilt from its log, its id, its agenda item and its meeting; returns its register
/// entry as stored in the register projection: names (circle, responsible, person concerned, scope item)
/// are left empty, since they are read with the entry, and reviewDue is left false. The date is the
/// decision date in the meeting's time zone when adopted, the meeting's local date otherwise. Pure.
DecisionEntry decisionEntryFor(ConsentProcessId id, const ConsentProcess& process, const AgendaItem& item,
                               const Meeting& meeting);

/// Takes a process and its meeting; returns the decision date as a calendar date in the meeting's time zone
/// (issue 9): the meeting's own date for a proposal adopted in the meeting, whatever the computer's clock
/// said when it was recorded; the date of the last required consent for one adopted after the meeting,
/// with an absent member's late answer. Null unless the process is adopted. Pure.
QDate decisionDate(const ConsentProcess& process, const Meeting& meeting);

/// Takes a text; returns it with the ligatures œ and æ spelt out (oe, ae, in both cases), the folding
/// the register's full-text index adds to its own case and accent folding (SQLite's unicode61 tokenizer
/// keeps ligatures as single letters).
QString spellOutLigatures(QString text);

} // namespace cercles
