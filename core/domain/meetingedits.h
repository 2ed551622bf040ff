#pragma once

#include "meeting.h"
#include "result.h"

namespace cercles {

/// Takes a meeting as stored now, as the user was shown it (when the dialog opened) and as they left it;
/// returns the meeting to store: the stored one with only the fields the user changed (details and
/// attendance; the agenda and status have calls of their own) taken from the edit. A field the user did not
/// touch keeps what is stored, even if it changed meanwhile elsewhere; a field the user changed that was
/// also changed elsewhere to another value refuses the edit with a translated message (issue 11: "updates
/// change only the fields the user edited, so nothing is silently overwritten").
Result<Meeting> mergeMeetingEdits(const Meeting& stored, const Meeting& shown, const Meeting& edited);

} // namespace cercles
