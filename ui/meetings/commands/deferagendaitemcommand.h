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

/// Defers an agenda item to its circle's backlog (points reportés); undo brings it back.
class DeferAgendaItemCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeferAgendaItemCommand)
public:
    /// Takes the stack, the service and an item; defers it, then pushes the command. Returns the backlog
    /// item, or the service's error with nothing pushed.
    static Result<BacklogItemId> tryPush(QUndoStack& stack, MeetingService& service, const AgendaItem& item);

    DeferAgendaItemCommand(MeetingService& service, const AgendaItem& item, BacklogItemId backlogItem,
                           QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    MeetingService& m_service;
    AgendaItemId m_item;
    BacklogItemId m_backlogItem;
};

} // namespace cercles::ui
