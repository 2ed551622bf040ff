#include "editmandatecommand.h"

#include "changevaluecommand.h"
#include "commandtexts.h"
#include "lookup.h"
#include "services/organisationservice.h"

namespace cercles::ui {

Result<void> EditMandateCommand::tryPush(QUndoStack& stack, OrganisationService& service,
                                         const Mandate& edited)
{
    const std::optional<Mandate> before = findMandate(service.organisation(), edited.id);
    if (!before)
        return Error{tr("This mandate no longer exists.")};
    const QString text = tr("Edit mandate “%1” of %2")
                             .arg(roleName(service.organisation(), edited.role),
                                  personName(service.organisation(), edited.person));
    return ChangeValueCommand<Mandate>::tryPush(
        stack, text, *before, edited, [&service](const Mandate& m) { return service.updateMandate(m); },
        [&service, id = edited.id] { return findMandate(service.organisation(), id); });
}

} // namespace cercles::ui
