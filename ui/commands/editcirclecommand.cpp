#include "editcirclecommand.h"

#include "services/organisationservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> EditCircleCommand::tryPush(QUndoStack& stack, OrganisationService& service, const Circle& edited)
{
    const Circle* current = service.organisation().circle(edited.id);
    if (!current)
        return Error{tr("This circle no longer exists.")};
    const Circle before = *current;
    Result<void> result = service.updateCircle(edited);
    // The stored circle, not `edited`: new scope items got their ids, which redo must reuse.
    if (result)
        stack.push(new EditCircleCommand(service, before, *service.organisation().circle(edited.id)));
    return result;
}

EditCircleCommand::EditCircleCommand(OrganisationService& service, const Circle& before, const Circle& after,
                                     QUndoCommand* parent)
    : ServiceCommand(service, tr("Edit circle “%1”").arg(after.name), parent), m_before(before),
      m_after(after)
{}

Result<void> EditCircleCommand::doRedo()
{
    return service().updateCircle(m_after);
}

Result<void> EditCircleCommand::doUndo()
{
    return service().updateCircle(m_before);
}

} // namespace cercles::ui
