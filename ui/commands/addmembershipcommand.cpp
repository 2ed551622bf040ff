#include "addmembershipcommand.h"

#include "commandtexts.h"
#include "lookup.h"
#include "services/organisationservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<MembershipId> AddMembershipCommand::tryPush(QUndoStack& stack, OrganisationService& service,
                                                   const Membership& membership)
{
    Result<MembershipId> id = service.addMembership(membership);
    if (id)
        stack.push(new AddMembershipCommand(service, *findMembership(service.organisation(), *id)));
    return id;
}

AddMembershipCommand::AddMembershipCommand(OrganisationService& service, const Membership& added,
                                           QUndoCommand* parent)
    : ServiceCommand(fillPhrase(tr("Add %1 to %2"), {personName(service.organisation(), added.person),
                                                     circleNoun(service.organisation(), added.circle)}),
                     parent),
      m_service(service), m_membership(added)
{}

Result<void> AddMembershipCommand::doRedo()
{
    return withoutValue(m_service.addMembership(m_membership));
}

Result<void> AddMembershipCommand::doUndo()
{
    return m_service.removeMembership(m_membership.id);
}

} // namespace cercles::ui
