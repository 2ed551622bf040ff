#pragma once

#include <QString>
#include <QStringList>

namespace cercles::ui {

/// What the presentation screen shows, as the facilitation screen computes it: only what is said aloud in
/// the room (the proposal, the step, whose turn it is, the timer, the tally, objection reasons); never the
/// secretary's typing in progress or private notes.
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

    friend bool operator==(const PresentationState&, const PresentationState&) = default;
};

} // namespace cercles::ui
