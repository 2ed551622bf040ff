#include "editcirclecommand.h"

#include "changevaluecommand.h"
#include "services/organisationservice.h"

namespace cercles::ui {

Result<void> EditCircleCommand::tryPush(QUndoStack& stack, OrganisationService& service, const Circle& edited)
{
    const Circle* current = service.organisation().circle(edited.id);
    if (!current)
        return Error{tr("This circle no longer exists.")};
    // Redo stores the circle as stored, not `edited`: new scope items got their ids, which redo reuses.
    return ChangeValueCommand<Circle>::tryPush(
        stack, tr("Edit circle “%1”").arg(edited.name), *current, edited,
        [&service](const Circle& c) { return service.updateCircle(c); },
        [&service, id = edited.id]() -> std::optional<Circle> {
            const Circle* stored = service.organisation().circle(id);
            return stored ? std::optional<Circle>(*stored) : std::nullopt;
        });
}

} // namespace cercles::ui
