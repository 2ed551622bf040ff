#include "createmeetingcommand.h"

#include "services/meetingservice.h"

#include <QLocale>
#include <QUndoStack>

namespace cercles::ui {

Result<MeetingId> CreateMeetingCommand::tryPush(QUndoStack& stack, MeetingService& service,
                                                const Meeting& meeting)
{
    Result<MeetingId> id = service.createMeeting(meeting);
    if (id) {
        Meeting created = meeting;
        created.id = *id;
        stack.push(new CreateMeetingCommand(service, created));
    }
    return id;
}

CreateMeetingCommand::CreateMeetingCommand(MeetingService& service, const Meeting& created,
                                           QUndoCommand* parent)
    : ServiceCommand(
          tr("Plan meeting of %1").arg(QLocale().toString(created.localDate(), QLocale::ShortFormat)),
          parent),
      m_service(service), m_meeting(created)
{}

Result<void> CreateMeetingCommand::doRedo()
{
    return withoutValue(m_service.createMeeting(m_meeting));
}

Result<void> CreateMeetingCommand::doUndo()
{
    return m_service.removeMeeting(m_meeting.id);
}

} // namespace cercles::ui
