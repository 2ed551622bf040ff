#pragma once

#include "ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace cercles {

/// How a person attended a meeting (processes.md section 5: présents, excusés, absents, invités).
enum class AttendanceStatus
{
    Present,
    Excused,
    Absent,
    Guest
};

/// Takes a status; returns its storage key ("present", "excused", "absent", "guest").
QString attendanceKey(AttendanceStatus status);
/// Takes a storage key; returns the status, or std::nullopt.
std::optional<AttendanceStatus> attendanceFromKey(const QString& key);
/// Takes a status; returns its name in the current UI language.
QString attendanceName(AttendanceStatus status);

struct Attendance
{
    PersonId person;
    AttendanceStatus status = AttendanceStatus::Absent;

    friend bool operator==(const Attendance&, const Attendance&) = default;
};

/// What an agenda item is for (processes.md section 5).
enum class AgendaItemKind
{
    Information,
    Discussion,
    ConsentDecision,
    MembershipEntry,
    MembershipExit,
    Election,
    MajorityJudgmentVote,
};

/// Takes a kind; returns its storage key ("information", "consent-decision", ...).
QString agendaKindKey(AgendaItemKind kind);
/// Takes a storage key; returns the kind, or std::nullopt.
std::optional<AgendaItemKind> agendaKindFromKey(const QString& key);
/// Takes a kind; returns its name in the current UI language.
QString agendaKindName(AgendaItemKind kind);
/// Takes a kind; returns whether items of that kind are decided by a consent process.
bool isConsentKind(AgendaItemKind kind);

/// Where an agenda item stands in its meeting: its outcome (issue 10). Stored for the items set by hand
/// (information, discussion) and for deferral; for a consent, election or vote item it follows from what
/// was recorded (outcomeOf).
enum class AgendaItemState
{
    Planned,    ///< on the agenda, not dealt with yet (prévu)
    InProgress, ///< being dealt with (en cours)
    Done,       ///< dealt with in this meeting (traité)
    Deferred,   ///< put on the circle's backlog (reporté)
    Referred,   ///< referred to the parent circle (renvoyé)
};
/// Takes a state; returns its storage key ("planned", "in-progress", "done", "deferred", "referred").
QString agendaStateKey(AgendaItemState state);
/// Takes a storage key; returns the state, or std::nullopt.
std::optional<AgendaItemState> agendaStateFromKey(const QString& key);
/// Takes a state; returns its name in the current UI language.
QString agendaStateName(AgendaItemState state);
/// Takes a state; returns whether the item is still to be dealt with (planned or in progress): the
/// facilitation window resumes at the first such item.
bool isUnfinished(AgendaItemState state);

/// One item of a meeting's agenda (ordre du jour).
struct AgendaItem
{
    AgendaItemId id;
    MeetingId meeting;
    AgendaItemKind kind = AgendaItemKind::Information;
    QString title;
    QString notes;            ///< the secretary's notes: what was said, written live, plain text
    PersonId personConcerned; ///< membership entry / exit: the person the decision is about
    AgendaItemState state = AgendaItemState::Planned;
    BacklogItemId takenUpFrom; ///< the backlog item this item takes up, if any
    QString content;           ///< an information item's content, prepared before the meeting, plain text

    friend bool operator==(const AgendaItem&, const AgendaItem&) = default;
};

/// A point put off to a later meeting of a circle (point reporté), or referred to it by a sub-circle.
struct BacklogItem
{
    BacklogItemId id;
    CircleId circle;
    AgendaItemKind kind = AgendaItemKind::Discussion;
    QString title;
    PersonId personConcerned;
    AgendaItemId source;           ///< the agenda item it was deferred from (or the referred proposal's item)
    ConsentProcessId referredFrom; ///< set when a sub-circle referred its proposal here
    QDateTime createdAt;           ///< UTC
    AgendaItemId takenUpBy;        ///< the later agenda item that took it up; invalid while open

    bool isOpen() const { return !takenUpBy.isValid(); }
    friend bool operator==(const BacklogItem&, const BacklogItem&) = default;
};

/// A task decided in a meeting: who does what, by when (processes.md section 5, "actions").
struct Action
{
    ActionId id;
    AgendaItemId agendaItem;
    PersonId person;
    QString text;
    QDate due;    ///< local calendar date; may be null
    QDate doneOn; ///< local calendar date it was done; null while open (follow-up, not the sealed record)

    /// Takes today's local date; returns whether the action is open and past its due date.
    bool isLate(QDate today) const { return doneOn.isNull() && due.isValid() && due < today; }
    friend bool operator==(const Action&, const Action&) = default;
};

/// Where a meeting stands.
enum class MeetingStatus
{
    Planned, ///< prepared, not started
    Open,    ///< in progress: recording and undo allowed
    Closed,  ///< the record is final (later consents of absent members can still arrive)
};
QString meetingStatusKey(MeetingStatus status);
std::optional<MeetingStatus> meetingStatusFromKey(const QString& key);
QString meetingStatusName(MeetingStatus status);

/// A meeting (réunion) of one circle. The start is stored as a UTC instant plus the IANA time zone it was
/// planned in, so it shows the same local time wherever the file is opened.
struct Meeting
{
    MeetingId id;
    CircleId circle;
    QDateTime start;                      ///< UTC
    QByteArray timeZone = "Europe/Paris"; ///< IANA id, e.g. "Europe/Paris"
    QString place;
    PersonId facilitator;
    PersonId secretary;
    QString language = QStringLiteral("fr"); ///< language of the minutes: "fr" or "en"
    MeetingStatus status = MeetingStatus::Planned;
    QString nextMeeting;          ///< the next meeting as announced (date, place), free text
    QList<Attendance> attendance; ///< one entry per person listed, members first
    QList<AgendaItem> agenda;     ///< in order

    /// The start in the meeting's own time zone (invalid zone: UTC).
    QDateTime localStart() const;
    /// The meeting's calendar date in its own time zone.
    QDate localDate() const { return localStart().date(); }
    /// Takes a person; returns their attendance status, or std::nullopt if not listed.
    std::optional<AttendanceStatus> attendanceOf(PersonId person) const;
    /// The people marked present (guests excluded), in the order of `attendance`.
    QList<PersonId> present() const;

    friend bool operator==(const Meeting&, const Meeting&) = default;
};

/// Takes a local date and time and an IANA zone id; returns the UTC instant (the zone's rules for that
/// day, daylight saving included). A time in a daylight-saving gap gives the first valid time after it;
/// a time that occurs twice gives the first occurrence (see resolveLocalTime, which tells these cases
/// apart so the dialog can say so). An invalid zone is treated as UTC.
QDateTime toUtc(QDate localDate, QTime localTime, const QByteArray& timeZone);

} // namespace cercles
