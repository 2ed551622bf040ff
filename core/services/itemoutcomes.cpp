#include "itemoutcomes.h"

#include "consentservice.h"
#include "domain/itemoutcome.h"
#include "electionservice.h"
#include "voteservice.h"

namespace cercles {

Result<AgendaItemState> itemOutcome(const AgendaItem& item, ConsentService& consent,
                                    ElectionService* elections, VoteService* votes)
{
    ItemProgress progress;
    if (isConsentKind(item.kind)) {
        Result<ConsentProcessId> process = consent.processOf(item.id);
        if (!process)
            return Error{process.error()};
        if (process->isValid()) {
            Result<ConsentProcess> p = consent.process(*process);
            if (!p)
                return Error{p.error()};
            progress.consent = p->phase();
        }
    } else if (item.kind == AgendaItemKind::Election && elections) {
        Result<ElectionId> election = elections->electionOf(item.id);
        if (!election)
            return Error{election.error()};
        if (election->isValid()) {
            Result<Election> e = elections->election(*election);
            if (!e)
                return Error{e.error()};
            progress.election = e->phase();
        }
    } else if (item.kind == AgendaItemKind::MajorityJudgmentVote && votes) {
        Result<VoteId> vote = votes->voteOf(item.id);
        if (!vote)
            return Error{vote.error()};
        if (vote->isValid()) {
            Result<Vote> v = votes->vote(*vote);
            if (!v)
                return Error{v.error()};
            progress.vote = v->status;
        }
    }
    return outcomeOf(item.state, progress);
}

Result<QHash<AgendaItemId, AgendaItemState>> itemOutcomes(const Meeting& meeting, ConsentService& consent,
                                                          ElectionService* elections, VoteService* votes)
{
    QHash<AgendaItemId, AgendaItemState> outcomes;
    for (const AgendaItem& item : meeting.agenda) {
        Result<AgendaItemState> outcome = itemOutcome(item, consent, elections, votes);
        if (!outcome)
            return Error{outcome.error()};
        outcomes.insert(item.id, *outcome);
    }
    return outcomes;
}

int firstUnfinishedItem(const Meeting& meeting, const QHash<AgendaItemId, AgendaItemState>& outcomes)
{
    for (qsizetype i = 0; i < meeting.agenda.size(); ++i) {
        if (isUnfinished(outcomes.value(meeting.agenda.at(i).id, meeting.agenda.at(i).state)))
            return int(i);
    }
    return -1;
}

} // namespace cercles
