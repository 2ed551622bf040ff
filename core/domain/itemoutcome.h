#pragma once

#include "consentphase.h"
#include "electionevent.h"
#include "meeting.h"
#include "vote.h"

#include <optional>

namespace cercles {

/// What is recorded on an agenda item: the phase of its consent process, of its election, the status of
/// its vote (each std::nullopt when the item has none).
struct ItemProgress
{
    std::optional<ConsentPhase> consent;
    std::optional<ElectionPhase> election;
    std::optional<VoteStatus> vote;
};

/// Takes an item's stored state and what is recorded on it; returns its outcome (issue 10): a proposal
/// adopted, pending late consents or withdrawn is done, deferred or referred is so, and in progress in any
/// step of the meeting; an election is done once elected or cancelled; a vote once closed. An item with
/// nothing recorded keeps its stored state (set by hand, or deferred). Deriving it, rather than storing it,
/// keeps it right after an undo and for meetings recorded before format 8.
AgendaItemState outcomeOf(AgendaItemState stored, const ItemProgress& progress);

} // namespace cercles
