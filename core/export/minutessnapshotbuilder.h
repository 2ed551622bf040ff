#pragma once

#include "domain/ids.h"
#include "domain/result.h"
#include "minutessnapshot.h"

namespace cercles {

class ConsentService;
class Document;
class ElectionService;
class MeetingService;
class MinutesService;
class VoteService;

/// Takes the meeting and consent services of an open file and a meeting id; returns the live minutes of
/// that meeting as a snapshot (processes.md section 5): names resolved, times in the meeting's own zone,
/// each consent item's final version, objections with their integration, consents, exclusions and pending
/// consents; the circle's backlog as it stood after the meeting. The approval fields are left empty.
/// With `elections`, each election item's record (processes.md section 3: nominations and changes with
/// their reasons, proposals, consent rounds, integrations, the resulting mandate); with `votes`, each vote
/// item's options, scale, fill rule and, once closed, its result (section 4). Without them those items
/// carry only their title and state.
/// Errors: the meeting does not exist, a stored process cannot be replayed, SQL errors.
Result<MinutesSnapshot> buildMinutesSnapshot(MeetingService& meetings, ConsentService& consent,
                                             MeetingId meeting, ElectionService* elections = nullptr,
                                             VoteService* votes = nullptr);

/// Takes the services and a meeting; returns the minutes to show: while a draft, the live snapshot; once
/// approved, the frozen copy with its approval date, the amendments, and changedSinceApproval set when the
/// live record no longer matches it. Errors: as buildMinutesSnapshot; an unreadable frozen copy.
Result<MinutesSnapshot> loadMinutes(MeetingService& meetings, ConsentService& consent,
                                    MinutesService& minutes, MeetingId meeting,
                                    ElectionService* elections = nullptr, VoteService* votes = nullptr);
/// Same, on an open document.
Result<MinutesSnapshot> loadMinutes(Document& document, MeetingId meeting);

/// Takes the services, a closed meeting and the local date the circle approved its minutes; freezes the
/// live snapshot (see MinutesService::approve for the rules and errors).
Result<void> approveMinutes(MeetingService& meetings, ConsentService& consent, MinutesService& minutes,
                            MeetingId meeting, QDate approvedOn, ElectionService* elections = nullptr,
                            VoteService* votes = nullptr);

} // namespace cercles
