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
    /// Takes the stack, the service, the meeting as the dialog showed it and as the user left it; stores
    /// only the fields the user changed (mergeMeetingEdits), then pushes the command. Nothing is written or
    /// pushed when nothing changes. Returns the error (a field changed elsewhere too, the service's) with
    /// nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, MeetingService& service, const Meeting& shown,
                                const Meeting& edited);
};

} // namespace cercles::ui
