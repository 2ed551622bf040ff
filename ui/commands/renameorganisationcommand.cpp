#include "renameorganisationcommand.h"

#include "changevaluecommand.h"
#include "services/organisationservice.h"

namespace cercles::ui {

Result<void> RenameOrganisationCommand::tryPush(QUndoStack& stack, OrganisationService& service,
                                                const QString& name)
{
    return ChangeValueCommand<QString>::tryPush(
        stack, tr("Rename the organisation “%1”").arg(name), service.organisation().name, name,
        [&service](const QString& n) { return service.setOrganisationName(n); },
        [&service] { return std::optional<QString>(service.organisation().name); });
}

} // namespace cercles::ui
