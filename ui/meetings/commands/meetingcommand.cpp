#include "meetingcommand.h"

#include "common/messages.h"

namespace cercles::ui {

MeetingCommand::MeetingCommand(const QString& text, QUndoCommand* parent) : QUndoCommand(text, parent) {}

void MeetingCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    report(doRedo());
}

void MeetingCommand::undo()
{
    report(doUndo());
}

void MeetingCommand::report(const Result<void>& result)
{
    if (result)
        return;
    setObsolete(true);
    messages::showError(nullptr, result.error());
}

} // namespace cercles::ui
