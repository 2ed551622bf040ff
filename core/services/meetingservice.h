#pragma once

#include "domain/meeting.h"
#include "domain/result.h"
#include "storage/meetingrepository.h"

#include <QObject>

namespace cercles {

class Database;
class OrganisationService;

/// The use cases of meetings: planning, attendance, the agenda, the backlog (points reportés) and actions.
/// Each call is one transaction committed before it returns; errors leave the file unchanged and say why.
/// A closed meeting's record cannot change: edits to it are refused.
class MeetingService : public QObject
{
    Q_OBJECT
public:
    /// Takes the open database and the organisation service (both must outlive this object).
    MeetingService(Database& db, OrganisationService& organisation, QObject* parent = nullptr);

    Database& database() const { return m_db; }
    OrganisationService& organisation() const { return m_org; }

    /// Takes a circle (invalid: all); returns its meetings, oldest first.
    Result<QList<MeetingRepository::MeetingSummary>> meetings(CircleId circle = {}) const;
    /// Takes an id; returns the meeting with attendance and agenda.
    Result<Meeting> meeting(MeetingId id) const;
    /// Takes an id; returns the meeting's circle (invalid: no such meeting). Errors: storage errors.
    Result<CircleId> circleOf(MeetingId id) const;

    /// Takes a circle; returns the IANA time zone a new meeting of it is proposed in: that of its latest
    /// meeting, else of the organisation's latest, else `fallback` (the computer's zone). An association
    /// meets where it lives, whatever zone the laptop is set to (a machine left in UTC would otherwise
    /// plan an 18:00 meeting an hour off in Paris). A zone Qt cannot read is skipped for `fallback`.
    QByteArray usualTimeZone(CircleId circle, const QByteArray& fallback) const;
    /// Takes a circle, a local date and time and an IANA zone; returns an unsaved meeting of that circle
    /// with every member on that day listed as present (the usual case; the secretary marks the others).
    Meeting draftMeeting(CircleId circle, QDate localDate, QTime localTime, const QByteArray& timeZone) const;

    /// Takes a meeting (valid circle, valid start, known zone); stores it. Returns its id.
    Result<MeetingId> createMeeting(const Meeting& meeting);
    /// Takes a meeting with an existing id; stores its details and attendance. Writes nothing when the
    /// meeting is unchanged (opening and confirming a meeting's dialog leaves the file as it was).
    /// Refused when the stored meeting is closed. The status is never taken from `meeting`: it only
    /// changes through setStatus.
    Result<void> updateMeeting(const Meeting& meeting);
    /// Takes an id; removes a meeting whose agenda is empty. Refused otherwise.
    Result<void> removeMeeting(MeetingId id);
    /// Takes an id and a status; moves the meeting one step forward, Planned -> Open -> Closed. The status
    /// never moves back (issue 9): opening a meeting is not undone, and a closed meeting never moves again,
    /// its record being final. Errors: any other move (backwards, a skipped step), a closed meeting.
    Result<void> setStatus(MeetingId id, MeetingStatus status);

    /// Takes an item of an existing, not closed meeting and a position (-1: last); adds it. Returns its id.
    /// An item whose takenUpFrom is set (an item put back by undoing its removal) takes that backlog point
    /// up again; errors then: the point is on another circle's backlog or already taken up.
    Result<AgendaItemId> addAgendaItem(const AgendaItem& item, int position = -1);
    /// Takes an item with an existing id; stores its title, kind, notes, content, person concerned and state.
    /// Errors: the meeting is closed, an empty title, a change of kind once a proposal, election or vote is
    /// recorded on the item.
    Result<void> updateAgendaItem(const AgendaItem& item);
    /// Takes an item and the secretary's notes (plain text, kept as typed); stores them in one transaction.
    /// Writes nothing when unchanged. Errors: the item is missing, its meeting is closed.
    Result<void> setItemNotes(AgendaItemId id, const QString& notes);
    /// Takes an information item and its content (plain text); stores it. Errors: as setItemNotes.
    Result<void> setItemContent(AgendaItemId id, const QString& content);
    /// Takes an information or discussion item and its outcome set by hand: planned, in progress or done
    /// (deferral goes through deferAgendaItem; the other kinds' outcomes follow from what is recorded, see
    /// itemoutcomes.h). Errors: another kind or outcome, the meeting is closed.
    Result<void> setItemOutcome(AgendaItemId id, AgendaItemState outcome);
    /// Takes an id; removes an item on which nothing is recorded (no proposal, election or vote). An item
    /// taken up from the backlog gives its point back in the same transaction: the point is open on the
    /// backlog again (addAgendaItem with the same item takes it up again, for undo). Errors: something is
    /// recorded on the item, actions were decided on it (they would be lost with it), the item was deferred
    /// (its backlog point comes from it), the meeting is closed.
    Result<void> removeAgendaItem(AgendaItemId id);
    /// Takes an id and its new position in the agenda (0-based); moves it.
    Result<void> moveAgendaItem(AgendaItemId id, int newPosition);

    /// Takes an item; marks it deferred and puts it on its circle's backlog. Returns the backlog item.
    Result<BacklogItemId> deferAgendaItem(AgendaItemId id);
    /// Takes a deferred item and its backlog item; undoes deferAgendaItem.
    Result<void> undeferAgendaItem(AgendaItemId id, BacklogItemId backlogItem);
    /// Takes a circle; returns its backlog, oldest first (open items and those already taken up).
    Result<QList<BacklogItem>> backlog(CircleId circle) const;
    /// Takes an open backlog item and a meeting of the same circle; adds it to the meeting's agenda.
    Result<AgendaItemId> takeUp(BacklogItemId backlogItem, MeetingId meeting);
    /// Takes an agenda item created by takeUp with nothing recorded on it (no proposal, election or vote);
    /// removes it and reopens the backlog item (undo).
    Result<void> releaseTakeUp(AgendaItemId id);

    /// Takes a meeting; returns the actions decided in it, with their follow-up (done or not).
    Result<QList<Action>> actions(MeetingId meeting) const;
    /// Takes a circle; returns the actions decided in its meetings, oldest meeting first (open, done and
    /// late ones: Action::isLate says which).
    Result<QList<MeetingRepository::CircleAction>> circleActions(CircleId circle) const;
    /// Takes an action (existing agenda item of a meeting that is not closed, non-empty text, a person of
    /// the organisation or none); stores it. The action's follow-up (doneOn) is ignored: see setActionDone.
    Result<ActionId> addAction(const Action& action);
    /// Takes a circle and the local date of its next meeting; returns the "action follow-up" item (suivi des
    /// actions) to offer on that meeting's agenda: an information item whose content lists the circle's
    /// open actions (late ones marked), or std::nullopt when none is open. Nothing is stored.
    Result<std::optional<AgendaItem>> actionFollowUpItem(CircleId circle, QDate day) const;
    /// Takes an action and the local date it was done (null: open again); records its follow-up. Allowed
    /// after the meeting closed: the follow-up is not part of the sealed meeting record.
    Result<void> setActionDone(ActionId id, QDate doneOn);
    /// Takes an action id; removes it. Refused once its meeting is closed.
    Result<void> removeAction(ActionId id);

    /// An agenda item with the meeting it belongs to.
    struct ItemInMeeting
    {
        AgendaItem item;
        Meeting meeting;
    };
    /// Takes an item id; returns the item and its meeting, or why nothing can be recorded on it any more
    /// (the item is missing, or its meeting is closed).
    Result<ItemInMeeting> editableItem(AgendaItemId id) const;

signals:
    /// Emitted after every committed change of a meeting (its details, agenda, actions).
    void meetingChanged(cercles::MeetingId id);
    /// Emitted when meetings are created or removed, or a backlog changes.
    void meetingsChanged();

private:
    /// Writes one plain-text field of an open meeting's item (notes, content) in its own transaction; the
    /// meeting changes only when the text does.
    Result<void> setItemText(AgendaItemId id, QString AgendaItem::*field, const QString& text);
    Result<Meeting> editableMeeting(MeetingId id) const;
    /// Inside a transaction: deletes an item of `meeting` on which nothing is recorded, giving back the
    /// backlog point it took up (sets *backlogChanged then). Errors: the item was deferred, actions were
    /// decided on it.
    Result<void> deleteUnrecordedItem(const AgendaItem& item, const Meeting& meeting, bool* backlogChanged);
    Database& m_db;
    OrganisationService& m_org;
};

} // namespace cercles
