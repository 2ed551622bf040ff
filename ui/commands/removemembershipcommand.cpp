#include "removemembershipcommand.h"

#include "commandtexts.h"
#include "lookup.h"
#include "services/organisationservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> RemoveMembershipCommand::tryPush(QUndoStack& stack, OrganisationService& service,
                                              MembershipId id)
{
    const std::optional<Membership> removed = findMembership(service.organisation(), id);
    if (!removed)
        return Error{tr("This membership no longer exists.")};
    // The text names the person and circle, so build the command while both are still known.
    auto* command = new RemoveMembershipCommand(service, *removed);
    Result<void> result = service.removeMembership(id);
    if (result)
        stack.push(command);
    else
        delete command;
    return result;
}

RemoveMembershipCommand::RemoveMembershipCommand(OrganisationService& service, const Membership& removed,
                                                 QUndoCommand* parent)
    : ServiceCommand(fillPhrase(tr("Remove membership of %1 in %2"),
                                {personName(service.organisation(), removed.person),
                                 circleNoun(service.organisation(), removed.circle)}),
                     parent),
      m_service(service), m_membership(removed)
{}

Result<void> RemoveMembershipCommand::doRedo()
{
    return m_service.removeMembership(m_membership.id);
}

Result<void> RemoveMembershipCommand::doUndo()
{
    return withoutValue(m_service.addMembership(m_membership));
}

} // namespace cercles::ui
