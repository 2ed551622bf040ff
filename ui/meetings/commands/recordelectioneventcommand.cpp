#include "recordelectioneventcommand.h"

#include "services/electionservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> RecordElectionEventCommand::tryPush(QUndoStack& stack, ElectionService& service,
                                                 ElectionId election, ElectionEvent event)
{
    // Stamp it here, so that a redo records exactly the same event again.
    if (!event.at.isValid())
        event.at = service.now();
    if (Result<void> r = service.record(election, event); !r)
        return r;
    stack.push(new RecordElectionEventCommand(service, election, event));
    return {};
}

RecordElectionEventCommand::RecordElectionEventCommand(ElectionService& service, ElectionId election,
                                                       const ElectionEvent& event, QUndoCommand* parent)
    : ServiceCommand(tr("Election: %1").arg(electionEventKindName(event.kind)), parent), m_service(service),
      m_election(election), m_event(event)
{}

Result<void> RecordElectionEventCommand::doRedo()
{
    return m_service.record(m_election, m_event);
}

Result<void> RecordElectionEventCommand::doUndo()
{
    return m_service.undoLast(m_election);
}

} // namespace cercles::ui
