#pragma once

#include "commands/servicecommand.h"

#include "domain/ids.h"
#include "domain/vote.h"

#include <QCoreApplication>

class QUndoStack;

namespace cercles {
class VoteService;
}

namespace cercles::ui {

/// Casts one ballot of a majority-judgment vote; undo takes that ballot back out of the box (the voter may
/// vote again), which VoteService allows while the vote is open and the meeting not closed. The step is
/// named after the voter, never after the grades: the Edit menu is on the screen the next voter sees.
class CastBallotCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(CastBallotCommand)
public:
    /// Takes the stack, the service, a vote, the voter (invalid: not recorded), their name and the grades;
    /// casts the ballot (saved before the call returns), then pushes the command. Returns the service's
    /// error with nothing written or pushed.
    static Result<void> tryPush(QUndoStack& stack, VoteService& service, VoteId vote, PersonId voter,
                                const QString& voterName, const QList<int>& grades);

    CastBallotCommand(VoteService& service, VoteId vote, PersonId voter, const QString& voterName,
                      const QList<int>& grades, QUndoCommand* parent = nullptr);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    VoteService& m_service;
    VoteId m_vote;
    PersonId m_voter;
    QList<int> m_grades;
};

} // namespace cercles::ui
