#pragma once

#include "commands/servicecommand.h"

#include "domain/consentprocess.h"
#include "domain/meeting.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class ConsentService;
class MeetingService;
} // namespace cercles

namespace cercles::ui {

/// Starts the consent process of a consent-kind agenda item with its proposal; undo cancels it (only
/// while nothing is recorded on it).
class StartProposalCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(StartProposalCommand)
public:
    /// Takes the stack, the service, the agenda item and the proposal; starts the process, then pushes the
    /// command. Returns the process, or the service's error (e.g. a red line) with nothing pushed.
    static Result<ConsentProcessId> tryPush(QUndoStack& stack, ConsentService& service, AgendaItemId item,
                                            const Proposal& proposal);

    StartProposalCommand(ConsentService& service, AgendaItemId item, const Proposal& proposal,
                         ConsentProcessId process, QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    ConsentService& m_service;
    AgendaItemId m_item;
    Proposal m_proposal;
    ConsentProcessId m_process;
};

} // namespace cercles::ui
