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

/// Records one event of a live consent process (a question, a consent, an objection, a round start...);
/// undo deletes it again with ConsentService::undoLast, which the service allows until the meeting closes.
class RecordConsentEventCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordConsentEventCommand)
public:
    /// Takes the stack, the service, a process and an event; stamps the event with the service's clock
    /// when its time is unset, records it (saved before the call returns), then pushes the command.
    /// Returns the service's error (e.g. "an objection needs a reason") with nothing written or pushed.
    /// `what` names the step in the Edit menu (e.g. "Lina Martin: consent"); empty: the event's kind.
    static Result<void> tryPush(QUndoStack& stack, ConsentService& service, ConsentProcessId process,
                                ConsentEvent event, const QString& what = {});

    RecordConsentEventCommand(ConsentService& service, ConsentProcessId process, const ConsentEvent& event,
                              const QString& what = {}, QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    ConsentService& m_service;
    ConsentProcessId m_process;
    ConsentEvent m_event;
};

} // namespace cercles::ui
