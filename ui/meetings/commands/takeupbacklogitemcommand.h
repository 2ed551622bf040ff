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

/// Takes up a backlog item into a meeting's agenda; undo puts it back on the backlog.
class TakeUpBacklogItemCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(TakeUpBacklogItemCommand)
public:
    /// Takes the stack, the service, an open backlog item and a meeting of its circle; takes it up, then
    /// pushes the command. Returns the new agenda item, or the service's error with nothing pushed.
    static Result<AgendaItemId> tryPush(QUndoStack& stack, MeetingService& service, const BacklogItem& item,
                                        MeetingId meeting);

    TakeUpBacklogItemCommand(MeetingService& service, const BacklogItem& item, MeetingId meeting,
                             AgendaItemId agendaItem, QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    MeetingService& m_service;
    BacklogItemId m_backlogItem;
    MeetingId m_meeting;
    AgendaItemId m_agendaItem;
};

} // namespace cercles::ui
