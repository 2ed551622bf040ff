#include "meeting.h"

#include "keytable.h"
#include "localtime.h"

#include <QCoreApplication>

namespace cercles {

namespace {
constexpr KeyEntry<AttendanceStatus> attendanceKeys[] = {{AttendanceStatus::Present, "present"},
                                                         {AttendanceStatus::Excused, "excused"},
                                                         {AttendanceStatus::Absent, "absent"},
                                                         {AttendanceStatus::Guest, "guest"}};
constexpr KeyEntry<AgendaItemKind> kindKeys[] = {{AgendaItemKind::Information, "information"},
                                                 {AgendaItemKind::Discussion, "discussion"},
                                                 {AgendaItemKind::ConsentDecision, "consent-decision"},
                                                 {AgendaItemKind::MembershipEntry, "membership-entry"},
                                                 {AgendaItemKind::MembershipExit, "membership-exit"},
                                                 {AgendaItemKind::Election, "election"},
                                                 {AgendaItemKind::MajorityJudgmentVote, "majority-judgment"}};
constexpr KeyEntry<AgendaItemState> stateKeys[] = {{AgendaItemState::Planned, "planned"},
                                                   {AgendaItemState::InProgress, "in-progress"},
                                                   {AgendaItemState::Done, "done"},
                                                   {AgendaItemState::Deferred, "deferred"},
                                                   {AgendaItemState::Referred, "referred"}};
constexpr KeyEntry<MeetingStatus> statusKeys[] = {
    {MeetingStatus::Planned, "planned"}, {MeetingStatus::Open, "open"}, {MeetingStatus::Closed, "closed"}};

} // namespace

QString attendanceKey(AttendanceStatus status)
{
    return keyOf(attendanceKeys, status);
}
std::optional<AttendanceStatus> attendanceFromKey(const QString& key)
{
    return valueOf(attendanceKeys, key);
}
QString attendanceName(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return QCoreApplication::translate("Attendance", "present");
    case AttendanceStatus::Excused:
        return QCoreApplication::translate("Attendance", "excused");
    case AttendanceStatus::Absent:
        return QCoreApplication::translate("Attendance", "absent");
    case AttendanceStatus::Guest:
        return QCoreApplication::translate("Attendance", "guest");
    }
    return {};
}

QString agendaKindKey(AgendaItemKind kind)
{
    return keyOf(kindKeys, kind);
}
std::optional<AgendaItemKind> agendaKindFromKey(const QString& key)
{
    return valueOf(kindKeys, key);
}
QString agendaKindName(AgendaItemKind kind)
{
    switch (kind) {
    case AgendaItemKind::Information:
        return QCoreApplication::translate("AgendaItemKind", "Information");
    case AgendaItemKind::Discussion:
        return QCoreApplication::translate("AgendaItemKind", "Discussion");
    case AgendaItemKind::ConsentDecision:
        return QCoreApplication::translate("AgendaItemKind", "Consent decision");
    case AgendaItemKind::MembershipEntry:
        return QCoreApplication::translate("AgendaItemKind", "Membership entry");
    case AgendaItemKind::MembershipExit:
        return QCoreApplication::translate("AgendaItemKind", "Membership exit");
    case AgendaItemKind::Election:
        return QCoreApplication::translate("AgendaItemKind", "Election");
    case AgendaItemKind::MajorityJudgmentVote:
        return QCoreApplication::translate("AgendaItemKind", "Majority-judgment vote");
    }
    return {};
}
bool isConsentKind(AgendaItemKind kind)
{
    return kind == AgendaItemKind::ConsentDecision || kind == AgendaItemKind::MembershipEntry ||
           kind == AgendaItemKind::MembershipExit;
}

QString agendaStateKey(AgendaItemState state)
{
    return keyOf(stateKeys, state);
}
std::optional<AgendaItemState> agendaStateFromKey(const QString& key)
{
    return valueOf(stateKeys, key);
}
QString agendaStateName(AgendaItemState state)
{
    switch (state) {
    case AgendaItemState::Planned:
        return QCoreApplication::translate("AgendaItemState", "planned");
    case AgendaItemState::InProgress:
        return QCoreApplication::translate("AgendaItemState", "in progress");
    case AgendaItemState::Done:
        return QCoreApplication::translate("AgendaItemState", "done");
    case AgendaItemState::Deferred:
        return QCoreApplication::translate("AgendaItemState", "deferred");
    case AgendaItemState::Referred:
        return QCoreApplication::translate("AgendaItemState", "referred to the parent circle");
    }
    return {};
}

bool isUnfinished(AgendaItemState state)
{
    return state == AgendaItemState::Planned || state == AgendaItemState::InProgress;
}

QString meetingStatusKey(MeetingStatus status)
{
    return keyOf(statusKeys, status);
}
std::optional<MeetingStatus> meetingStatusFromKey(const QString& key)
{
    return valueOf(statusKeys, key);
}
QString meetingStatusName(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned:
        return QCoreApplication::translate("MeetingStatus", "planned");
    case MeetingStatus::Open:
        return QCoreApplication::translate("MeetingStatus", "in progress");
    case MeetingStatus::Closed:
        return QCoreApplication::translate("MeetingStatus", "closed");
    }
    return {};
}

QDateTime Meeting::localStart() const
{
    const QTimeZone zone(timeZone);
    return zone.isValid() ? start.toTimeZone(zone) : start.toUTC();
}

std::optional<AttendanceStatus> Meeting::attendanceOf(PersonId person) const
{
    for (const Attendance& a : attendance) {
        if (a.person == person)
            return a.status;
    }
    return std::nullopt;
}

QList<PersonId> Meeting::present() const
{
    QList<PersonId> result;
    for (const Attendance& a : attendance) {
        if (a.status == AttendanceStatus::Present)
            result << a.person;
    }
    return result;
}

QDateTime toUtc(QDate localDate, QTime localTime, const QByteArray& timeZone)
{
    const LocalTimeResolution resolved = resolveLocalTime(localDate, localTime, timeZone);
    if (resolved.kind == LocalTimeResolution::Kind::UnknownZone)
        return QDateTime(localDate, localTime, Qt::UTC);
    return resolved.instant;
}

} // namespace cercles
