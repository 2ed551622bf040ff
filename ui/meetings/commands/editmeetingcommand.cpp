#include "editmeetingcommand.h"

#include "commands/changevaluecommand.h"
#include "services/meetingservice.h"

namespace cercles::ui {

Result<void> EditMeetingCommand::tryPush(QUndoStack& stack, MeetingService& service, const Meeting& edited)
{
    Result<Meeting> before = service.meeting(edited.id);
    if (!before)
        return Error{before.error()};
    Meeting after = edited;
    after.agenda = before->agenda; // the agenda has its own commands
    return ChangeValueCommand<Meeting>::tryPush(
        stack, tr("Edit meeting"), before.value(), after,
        [&service](const Meeting& m) { return service.updateMeeting(m); },
        [&service, id = edited.id]() -> std::optional<Meeting> {
            Result<Meeting> stored = service.meeting(id);
            return stored ? std::optional<Meeting>(stored.value()) : std::nullopt;
        });
}

} // namespace cercles::ui
