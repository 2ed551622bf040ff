#pragma once

#include "commands/servicecommand.h"

#include "domain/meeting.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class MeetingService;
}

namespace cercles::ui {

/// Changes an agenda item's title or kind while its meeting is not closed; undo puts the previous back.
class EditAgendaItemCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAgendaItemCommand)
public:
    /// Takes the stack, the service, the item as stored and as changed; stores the change, then pushes the
    /// command. Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, MeetingService& service, const AgendaItem& before,
                                const AgendaItem& after);

    EditAgendaItemCommand(MeetingService& service, const AgendaItem& before, const AgendaItem& after,
                          QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    MeetingService& m_service;
    AgendaItem m_before;
    AgendaItem m_after;
};

} // namespace cercles::ui
