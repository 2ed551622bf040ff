#include "editmeetingcommand.h"

#include "services/meetingservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> EditMeetingCommand::tryPush(QUndoStack& stack, MeetingService& service, const Meeting& edited)
{
    Result<Meeting> before = service.meeting(edited.id);
    if (!before)
        return Error{before.error()};
    Meeting after = edited;
    after.agenda = before->agenda; // the agenda has its own commands
    if (after == before.value())
        return {};
    if (Result<void> r = service.updateMeeting(after); !r)
        return r;
    stack.push(new EditMeetingCommand(service, before.value(), after));
    return {};
}

EditMeetingCommand::EditMeetingCommand(MeetingService& service, const Meeting& before, const Meeting& after,
                                       QUndoCommand* parent)
    : MeetingCommand(tr("Edit meeting"), parent), m_service(service), m_before(before), m_after(after)
{}

Result<void> EditMeetingCommand::doRedo()
{
    return m_service.updateMeeting(m_after);
}

Result<void> EditMeetingCommand::doUndo()
{
    return m_service.updateMeeting(m_before);
}

} // namespace cercles::ui
