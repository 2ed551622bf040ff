#include "endmembershipcommand.h"

#include "commandtexts.h"
#include "lookup.h"
#include "services/organisationservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> EndMembershipCommand::tryPush(QUndoStack& stack, OrganisationService& service, MembershipId id,
                                           QDate lastDay)
{
    const std::optional<Membership> before = findMembership(service.organisation(), id);
    if (!before)
        return Error{tr("This membership no longer exists.")};
    Membership after = *before;
    after.to = lastDay;
    Result<void> result = service.updateMembership(after);
    if (result)
        stack.push(new EndMembershipCommand(service, *before, after));
    return result;
}

EndMembershipCommand::EndMembershipCommand(OrganisationService& service, const Membership& before,
                                           const Membership& after, QUndoCommand* parent)
    : ServiceCommand(
          fillPhrase(tr("End membership of %1 in %2"), {personName(service.organisation(), after.person),
                                                        circleNoun(service.organisation(), after.circle)}),
          parent),
      m_service(service), m_before(before), m_after(after)
{}

Result<void> EndMembershipCommand::doRedo()
{
    return m_service.updateMembership(m_after);
}

Result<void> EndMembershipCommand::doUndo()
{
    return m_service.updateMembership(m_before);
}

} // namespace cercles::ui
