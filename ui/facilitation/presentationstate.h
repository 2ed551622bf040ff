#pragma once

#include "export/meritprofilepainter.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cercles::ui {

/// What the presentation screen shows, as the facilitation screen computes it (presentationcontent.h for
/// elections and votes): only what is said aloud in the room (the proposal, the step, whose turn it is, the
/// timer, the tally, objection reasons, the names said in an election, a vote's options and, once closed,
/// its result); never the secretary's typing in progress, private notes, a written nomination before it is
/// said, nor a vote's ballots or running counts.
struct PresentationState
{
    QString title;    ///< the agenda item
    QString proposal; ///< the current version's text
    QString version;  ///< e.g. "Version 2 — review 2027-01-31"
    QString phase;    ///< the step or outcome, e.g. "Consent round 2"
    QString speaker;  ///< whose turn it is (empty: nobody)
    QString timer;    ///< "m:ss / m:ss"
    bool overTime = false;
    int consents = 0;
    int concerns = 0;
    int objections = 0;
    int awaited = 0;
    bool tally = false;           ///< whether the counts apply (a consent round or its outcome)
    QStringList objectionReasons; ///< "Name: reason", as said in the round
    QStringList items; ///< an election's nominations said aloud and its mandate; a vote's options or ranking
    std::optional<MeritProfileData> merit; ///< a closed vote's merit profiles
};

} // namespace cercles::ui
