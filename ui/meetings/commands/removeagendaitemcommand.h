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

/// Removes an agenda item on which nothing is recorded; undo puts it back at its place.
class RemoveAgendaItemCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAgendaItemCommand)
public:
    /// Takes the stack, the service, a meeting and an item of its agenda; removes the item, then pushes the
    /// command. Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, MeetingService& service, MeetingId meeting,
                                AgendaItemId item);

    RemoveAgendaItemCommand(MeetingService& service, const AgendaItem& removed, int position,
                            QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    MeetingService& m_service;
    AgendaItem m_item;
    int m_position;
};

} // namespace cercles::ui
