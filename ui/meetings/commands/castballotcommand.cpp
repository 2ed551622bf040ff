#include "castballotcommand.h"

#include "services/voteservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> CastBallotCommand::tryPush(QUndoStack& stack, VoteService& service, VoteId vote, PersonId voter,
                                        const QString& voterName, const QList<int>& grades)
{
    if (Result<void> r = service.castBallot(vote, voter, grades); !r)
        return r;
    stack.push(new CastBallotCommand(service, vote, voter, voterName, grades));
    return {};
}

CastBallotCommand::CastBallotCommand(VoteService& service, VoteId vote, PersonId voter,
                                     const QString& voterName, const QList<int>& grades, QUndoCommand* parent)
    : ServiceCommand(voter.isValid() ? tr("Vote: ballot of %1").arg(voterName) : tr("Vote: a ballot"),
                     parent),
      m_service(service), m_vote(vote), m_voter(voter), m_grades(grades)
{}

Result<void> CastBallotCommand::doRedo()
{
    return m_service.castBallot(m_vote, m_voter, m_grades);
}

Result<void> CastBallotCommand::doUndo()
{
    return m_service.withdrawBallot(m_vote, m_voter, m_grades);
}

} // namespace cercles::ui
