#include "servicecommand.h"

#include "common/messages.h"

namespace cercles::ui {

ServiceCommand::ServiceCommand(const QString& text, QUndoCommand* parent) : QUndoCommand(text, parent) {}

void ServiceCommand::redo()
{
    if (m_firstRedoDone) {
        m_firstRedoDone = false;
        return;
    }
    report(doRedo());
}

void ServiceCommand::undo()
{
    report(doUndo());
}

void ServiceCommand::report(const Result<void>& result)
{
    if (result)
        return;
    setObsolete(true);
    messages::showError(nullptr, result.error());
}

} // namespace cercles::ui
