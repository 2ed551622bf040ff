#pragma once

#include "domain/result.h"

#include "domain/meeting.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class MeetingService;
}

namespace cercles::ui {

/// Changes a meeting's details and attendance; undo restores them.
/// It goes through ChangeValueCommand: an edit that changes nothing writes nothing and pushes nothing.
class EditMeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditMeetingCommand)
public:
    /// Takes the stack, the service and the edited meeting; stores it, then pushes the command. Nothing is
    /// written or pushed when the meeting is unchanged. Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, MeetingService& service, const Meeting& edited);
};

} // namespace cercles::ui
