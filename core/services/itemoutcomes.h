#pragma once

#include "domain/meeting.h"
#include "domain/result.h"

#include <QHash>

namespace cercles {

class ConsentService;
class ElectionService;
class VoteService;

/// Takes an agenda item and the services of its file (elections, votes: optional, nullptr to ignore them);
/// returns its outcome (domain/itemoutcome.h: from its consent process, election or vote, otherwise its
/// stored state). Errors: SQL errors, a stored log that cannot be replayed.
Result<AgendaItemState> itemOutcome(const AgendaItem& item, ConsentService& consent,
                                    ElectionService* elections = nullptr, VoteService* votes = nullptr);
/// Takes a meeting; returns the outcome of each of its agenda items. Errors: as itemOutcome.
Result<QHash<AgendaItemId, AgendaItemState>> itemOutcomes(const Meeting& meeting, ConsentService& consent,
                                                          ElectionService* elections = nullptr,
                                                          VoteService* votes = nullptr);
/// Takes a meeting and its items' outcomes; returns the index of the first item still to be dealt with
/// (planned or in progress), or -1 when every item is treated: where the facilitation window resumes.
int firstUnfinishedItem(const Meeting& meeting, const QHash<AgendaItemId, AgendaItemState>& outcomes);

} // namespace cercles
