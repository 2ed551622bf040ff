#include "startproposalcommand.h"

#include "services/consentservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<ConsentProcessId> StartProposalCommand::tryPush(QUndoStack& stack, ConsentService& service,
                                                       AgendaItemId item, const Proposal& proposal)
{
    Result<ConsentProcessId> process = service.startProcess(item, proposal);
    if (process)
        stack.push(new StartProposalCommand(service, item, proposal, *process));
    return process;
}

StartProposalCommand::StartProposalCommand(ConsentService& service, AgendaItemId item,
                                           const Proposal& proposal, ConsentProcessId process,
                                           QUndoCommand* parent)
    : ServiceCommand(tr("Start proposal"), parent), m_service(service), m_item(item), m_proposal(proposal),
      m_process(process)
{}

Result<void> StartProposalCommand::doRedo()
{
    Result<ConsentProcessId> process = m_service.startProcess(m_item, m_proposal);
    if (process)
        m_process = *process;
    return withoutValue(process);
}

Result<void> StartProposalCommand::doUndo()
{
    return m_service.cancelProcess(m_process);
}

} // namespace cercles::ui
