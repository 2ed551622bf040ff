#pragma once

#include "commands/servicecommand.h"

#include "domain/vote.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class VoteService;
}

namespace cercles::ui {

/// Enters the counts of a paper count in a majority-judgment vote; undo puts back the counts they replaced
/// (none: all zeros), while the vote is open and the meeting not closed.
class EnterPaperCountsCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EnterPaperCountsCommand)
public:
    /// Takes the stack, the service, a vote and the counts (per option, per grade, index 0 = worst); stores
    /// them (saved before the call returns), then pushes the command. Returns the service's error with
    /// nothing written or pushed.
    static Result<void> tryPush(QUndoStack& stack, VoteService& service, VoteId vote,
                                const QList<Tally>& tallies);

    EnterPaperCountsCommand(VoteService& service, VoteId vote, const QList<Tally>& before,
                            const QList<Tally>& after, QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    VoteService& m_service;
    VoteId m_vote;
    QList<Tally> m_before, m_after;
};

} // namespace cercles::ui
