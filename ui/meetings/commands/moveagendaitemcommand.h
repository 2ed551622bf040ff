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

/// Moves an agenda item to another position; undo moves it back.
class MoveAgendaItemCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveAgendaItemCommand)
public:
    /// Takes the stack, the service, a meeting, an item of its agenda and the item's new 0-based position;
    /// moves it, then pushes the command (nothing when the position is the same). Returns the service's
    /// error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, MeetingService& service, MeetingId meeting,
                                AgendaItemId item, int to);

    MoveAgendaItemCommand(MeetingService& service, const AgendaItem& item, int from, int to,
                          QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    MeetingService& m_service;
    AgendaItemId m_item;
    int m_from;
    int m_to;
};

} // namespace cercles::ui
