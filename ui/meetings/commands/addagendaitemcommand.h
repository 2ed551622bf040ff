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

/// Adds an item to a meeting's agenda; undo removes it.
class AddAgendaItemCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAgendaItemCommand)
public:
    /// Takes the stack, the service, a new item and its position (-1: last); adds it, then pushes the
    /// command. Returns the new id, or the service's error with nothing pushed.
    static Result<AgendaItemId> tryPush(QUndoStack& stack, MeetingService& service, const AgendaItem& item,
                                        int position = -1);

    AddAgendaItemCommand(MeetingService& service, const AgendaItem& added, int position,
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
