#pragma once

#include "domain/election.h"
#include "domain/organisation.h"
#include "domain/vote.h"
#include "presentationstate.h"

namespace cercles::ui {

/// Takes an agenda item's title, its election and the organisation (for names); returns what the room sees
/// of it (issue 9): the role and term, the step; while names are written, only how many are written; from
/// the nomination round, each nomination as its author says it; from the change round, the counts; the
/// proposal, the consent round's tally and whose turn it is; the mandate once decided.
PresentationState electionPresentation(const QString& title, const Election& election,
                                       const Organisation& org);

/// Takes an agenda item's title and its vote; returns what the room sees of it: while it is open, the
/// options and how many ballots were cast (never a grade); once closed, the ranking with majority grades
/// and the merit profiles.
PresentationState votePresentation(const QString& title, const Vote& vote);

} // namespace cercles::ui
