#include "recordconsenteventcommand.h"

#include "services/consentservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> RecordConsentEventCommand::tryPush(QUndoStack& stack, ConsentService& service,
                                                ConsentProcessId process, ConsentEvent event,
                                                const QString& what)
{
    // Stamp it here, so that a redo records exactly the same event again.
    if (!event.at.isValid())
        event.at = service.now();
    if (Result<void> r = service.record(process, event); !r)
        return r;
    stack.push(new RecordConsentEventCommand(service, process, event, what));
    return {};
}

RecordConsentEventCommand::RecordConsentEventCommand(ConsentService& service, ConsentProcessId process,
                                                     const ConsentEvent& event, const QString& what,
                                                     QUndoCommand* parent)
    // The undo history puts "Undo" before it: the description alone ("Denise Faure: consent").
    : ServiceCommand(what.isEmpty() ? eventKindName(event.kind) : what, parent), m_service(service),
      m_process(process), m_event(event)
{}

Result<void> RecordConsentEventCommand::doRedo()
{
    return m_service.record(m_process, m_event);
}

Result<void> RecordConsentEventCommand::doUndo()
{
    return m_service.undoLast(m_process);
}

} // namespace cercles::ui
