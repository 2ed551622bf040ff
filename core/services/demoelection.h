#pragma once

#include "domain/ids.h"
#include "domain/result.h"

namespace cercles {

class Document;

/// Takes a document holding the demo organisation (people found by name: Chloé Garnier, Denise Faure, Inès
/// Bonnet, Hugo Perrin, all marked present) and an open meeting of its Assemblée Populaire; adds two election
/// agenda items, "Co-présidence" 1 and 2, and records both elections without candidates (processes.md
/// section 3) with French texts:
/// - Chloé Garnier elected for a year from the meeting's date (written nominations, nomination round, one
///   change in the change round, the facilitator's proposal, consent round with Chloé last);
/// - Denise Faure proposed for a year; she objects (she leaves for field research in February), the term is
///   shortened to 31 January of the next year, and the second consent round elects her.
/// Two mandates of the role "Co-présidence" result. Events are stamped from the meeting's start (UTC), so the
/// record is the same every time; afterwards the election service's clock is the system clock again. Errors:
/// the first service error, as is, or a missing person.
Result<void> recordDemoElection(Document& document, MeetingId assemblyMeeting);

} // namespace cercles
