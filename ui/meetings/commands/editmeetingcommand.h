#pragma once

#include "meetingcommand.h"

#include "domain/meeting.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class MeetingService;
}

namespace cercles::ui {

/// Changes a meeting's details and attendance; undo restores them.
class EditMeetingCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditMeetingCommand)
public:
    /// Takes the stack, the service and the edited meeting; stores it, then pushes the command. Nothing is
    /// written or pushed when the meeting is unchanged. Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, MeetingService& service, const Meeting& edited);

    EditMeetingCommand(MeetingService& service, const Meeting& before, const Meeting& after,
                       QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    MeetingService& m_service;
    Meeting m_before;
    Meeting m_after;
};

} // namespace cercles::ui
