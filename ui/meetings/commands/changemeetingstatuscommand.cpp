#include "changemeetingstatuscommand.h"

#include "services/meetingservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> ChangeMeetingStatusCommand::tryPush(QUndoStack& stack, MeetingService& service,
                                                 MeetingId meeting, MeetingStatus status)
{
    Result<Meeting> stored = service.meeting(meeting);
    if (!stored)
        return Error{stored.error()};
    const MeetingStatus from = stored->status;
    if (Result<void> r = service.setStatus(meeting, status); !r)
        return r;
    stack.push(new ChangeMeetingStatusCommand(service, meeting, from, status));
    return {};
}

ChangeMeetingStatusCommand::ChangeMeetingStatusCommand(MeetingService& service, MeetingId meeting,
                                                       MeetingStatus from, MeetingStatus to,
                                                       QUndoCommand* parent)
    : ServiceCommand(to == MeetingStatus::Closed ? tr("Close meeting") : tr("Open meeting"), parent),
      m_service(service), m_meeting(meeting), m_from(from), m_to(to)
{}

Result<void> ChangeMeetingStatusCommand::doRedo()
{
    return m_service.setStatus(m_meeting, m_to);
}

Result<void> ChangeMeetingStatusCommand::doUndo()
{
    return m_service.setStatus(m_meeting, m_from, true);
}

} // namespace cercles::ui
