#include "editmeetingcommand.h"

#include "commands/changevaluecommand.h"
#include "domain/meetingedits.h"
#include "services/meetingservice.h"

namespace cercles::ui {

Result<void> EditMeetingCommand::tryPush(QUndoStack& stack, MeetingService& service, const Meeting& shown,
                                         const Meeting& edited)
{
    Result<Meeting> before = service.meeting(edited.id);
    if (!before)
        return Error{before.error()};
    // Only what the user changed: the agenda and status have their own commands, and a field changed
    // meanwhile elsewhere is kept (or, changed on both sides, refuses the edit).
    Result<Meeting> after = mergeMeetingEdits(before.value(), shown, edited);
    if (!after)
        return Error{after.error()};
    return ChangeValueCommand<Meeting>::tryPush(
        stack, tr("Edit meeting"), before.value(), after.value(),
        [&service](const Meeting& m) { return service.updateMeeting(m); },
        [&service, id = edited.id]() -> std::optional<Meeting> {
            Result<Meeting> stored = service.meeting(id);
            return stored ? std::optional<Meeting>(stored.value()) : std::nullopt;
        });
}

} // namespace cercles::ui
