#pragma once

#include "commands/servicecommand.h"

#include "domain/election.h"
#include "domain/electionevent.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class ElectionService;
}

namespace cercles::ui {

/// Records one event of an election (a nomination, a change, a consent...); undo deletes it again with
/// ElectionService::undoLast, which the service allows until the meeting is closed.
class RecordElectionEventCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordElectionEventCommand)
public:
    /// Takes the stack, the service, an election and an event; stamps the event with the service's clock
    /// when its time is unset, records it (saved before the call returns), then pushes the command.
    /// Returns the service's error with nothing written or pushed.
    static Result<void> tryPush(QUndoStack& stack, ElectionService& service, ElectionId election,
                                ElectionEvent event);

    RecordElectionEventCommand(ElectionService& service, ElectionId election, const ElectionEvent& event,
                               QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    ElectionService& m_service;
    ElectionId m_election;
    ElectionEvent m_event;
};

} // namespace cercles::ui
