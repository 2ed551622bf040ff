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

/// Opens a planned meeting or closes an open one; undo reverts the status (reopening a closed meeting
/// makes its records undoable again).
class ChangeMeetingStatusCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeMeetingStatusCommand)
public:
    /// Takes the stack, the service, a meeting and the next status (Open or Closed); changes it, then
    /// pushes the command. Returns the service's error with nothing pushed.
    static Result<void> tryPush(QUndoStack& stack, MeetingService& service, MeetingId meeting,
                                MeetingStatus status);

    ChangeMeetingStatusCommand(MeetingService& service, MeetingId meeting, MeetingStatus from,
                               MeetingStatus to, QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    MeetingService& m_service;
    MeetingId m_meeting;
    MeetingStatus m_from;
    MeetingStatus m_to;
};

} // namespace cercles::ui
