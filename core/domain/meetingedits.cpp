#include "meetingedits.h"

#include <QCoreApplication>

namespace cercles {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MeetingEdits)
};

} // namespace

Result<Meeting> mergeMeetingEdits(const Meeting& stored, const Meeting& shown, const Meeting& edited)
{
    Meeting merged = stored;
    bool conflict = false;
    // One field: the user's value if they changed it (unless it was changed elsewhere to something else),
    // otherwise what is stored.
    const auto take = [&](auto Meeting::*field) {
        if (edited.*field == shown.*field)
            return;
        if (stored.*field != shown.*field && stored.*field != edited.*field)
            conflict = true;
        merged.*field = edited.*field;
    };
    take(&Meeting::circle);
    take(&Meeting::start);
    take(&Meeting::timeZone);
    take(&Meeting::place);
    take(&Meeting::facilitator);
    take(&Meeting::secretary);
    take(&Meeting::language);
    take(&Meeting::nextMeeting);
    take(&Meeting::attendance);
    if (conflict)
        return Error{Text::tr("This meeting was changed elsewhere since it was shown here (another copy of "
                              "Cercles on a shared folder, or another program), in a field you changed too: "
                              "nothing was saved. Close the dialog, look at it again and redo your change.")};
    return merged;
}

} // namespace cercles
