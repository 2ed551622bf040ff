#pragma once

#include "domain/result.h"

namespace cercles {

class Document;

/// Takes a document holding the demo organisation (demoOrganisation(), ids as assigned there) and no
/// meeting yet; records its past meetings through MeetingService and ConsentService, with a fixed clock,
/// so the file is the same every time:
/// - Assemblée Populaire, 14 March 2026: the 2025 activity report (information), Lina Martin admitted
///   by consent of the members present (membership from that day), the 2026 objectives (review date
///   30 September 2026, so due for review);
/// - Conseil de Coordination, 3 November 2026: the treasury report (information), the 2027 support tour
///   budget, objected to, integrated by shortening the term (review 30 April 2027) and adopted;
/// - Cercle Communication, 12 November 2026: a monthly newsletter adopted; paying for sponsored posts,
///   a budget matter outside the circle's scope, referred to the Conseil de Coordination, where it waits
///   on the backlog.
/// Each meeting has attendance, facilitator, secretary, place, actions, and is closed. Texts are French.
/// Each call commits on its own (see the services); errors: the first service error, as is.
Result<void> recordDemoHistory(Document& document);

} // namespace cercles
