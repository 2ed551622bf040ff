#include "enterpapercountscommand.h"

#include "services/voteservice.h"

#include <QUndoStack>

namespace cercles::ui {

Result<void> EnterPaperCountsCommand::tryPush(QUndoStack& stack, VoteService& service, VoteId vote,
                                              const QList<Tally>& tallies)
{
    Result<Vote> stored = service.vote(vote);
    if (!stored)
        return Error{stored.error()};
    // No paper count yet: the undo puts back zeros of the same shape, which store nothing.
    QList<Tally> before = stored->paperTallies;
    if (before.isEmpty())
        before = QList<Tally>(stored->options.size(), Tally(stored->scale().size(), 0));
    if (Result<void> r = service.setPaperTallies(vote, tallies); !r)
        return r;
    stack.push(new EnterPaperCountsCommand(service, vote, before, tallies));
    return {};
}

EnterPaperCountsCommand::EnterPaperCountsCommand(VoteService& service, VoteId vote,
                                                 const QList<Tally>& before, const QList<Tally>& after,
                                                 QUndoCommand* parent)
    : ServiceCommand(tr("Vote: paper counts"), parent), m_service(service), m_vote(vote), m_before(before),
      m_after(after)
{}

Result<void> EnterPaperCountsCommand::doRedo()
{
    return m_service.setPaperTallies(m_vote, m_after);
}

Result<void> EnterPaperCountsCommand::doUndo()
{
    return m_service.setPaperTallies(m_vote, m_before);
}

} // namespace cercles::ui
