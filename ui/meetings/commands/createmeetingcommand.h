#pragma once

#include "commands/servicecommand.h"

#include "domain/meeting.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class MeetingService;
}

namespace cercles::ui {

/// Plans a new meeting; undo removes it again (its agenda is empty then).
class CreateMeetingCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateMeetingCommand)
public:
    /// Takes the stack, the service and a new meeting; creates it, then pushes the command. Returns the new
    /// id, or the service's error with nothing pushed.
    static Result<MeetingId> tryPush(QUndoStack& stack, MeetingService& service, const Meeting& meeting);

    CreateMeetingCommand(MeetingService& service, const Meeting& created, QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    MeetingService& m_service;
    Meeting m_meeting;
};

} // namespace cercles::ui
