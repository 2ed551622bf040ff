#include "itemoutcome.h"

namespace cercles {

AgendaItemState outcomeOf(AgendaItemState stored, const ItemProgress& progress)
{
    if (progress.consent) {
        switch (*progress.consent) {
        case ConsentPhase::Adopted:
        case ConsentPhase::Pending:
        case ConsentPhase::Withdrawn:
            return AgendaItemState::Done;
        case ConsentPhase::Deferred:
            return AgendaItemState::Deferred;
        case ConsentPhase::ReferredToParent:
            return AgendaItemState::Referred;
        default:
            return AgendaItemState::InProgress;
        }
    }
    if (progress.election) {
        return *progress.election == ElectionPhase::Elected || *progress.election == ElectionPhase::Cancelled
                   ? AgendaItemState::Done
                   : AgendaItemState::InProgress;
    }
    if (progress.vote)
        return *progress.vote == VoteStatus::Closed ? AgendaItemState::Done : AgendaItemState::InProgress;
    return stored;
}

} // namespace cercles
