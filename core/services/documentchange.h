#pragma once

#include "domain/consentevent.h"
#include "domain/consentphase.h"

#include <QObject>

#include <optional>

namespace cercles {

/// What one committed change did to an open document (the Tiled pattern: a small typed event, so each
/// view updates the rows concerned instead of reloading the history). Published once per change, after
/// the commit, by DocumentChanges.
struct DocumentChange
{
    enum class Subject
    {
        ConsentProcess, ///< `id` is the process
        Meeting,        ///< `id` is the meeting: its details, attendance, agenda or status
        Meetings,       ///< meetings or backlogs of several circles (a referral, a take-up); `id` is 0
        Organisation,   ///< circles, people, memberships, roles or mandates; `id` is 0
    };
    enum class How
    {
        Started,       ///< a process started on an agenda item
        EventRecorded, ///< an event was appended to the process's log (`event` says which)
        EventUndone,   ///< the process's last event was deleted (`event` says which)
        Cancelled,     ///< a process with no event was deleted
        Changed,       ///< anything else
    };

    Subject subject = Subject::Organisation;
    How how = How::Changed;
    qint64 id = 0;
    std::optional<ConsentEventKind> event; ///< EventRecorded, EventUndone: the event's kind
    /// ConsentProcess (except Cancelled): where the process stands after the change.
    std::optional<ConsentPhase> phase;
    /// ConsentProcess: false when the process's decision register entry is as it was (most turns and
    /// answers of a round), so a register view has nothing to read again.
    bool registerEntryChanged = true;
};

/// The open document's one stream of changes: every service's commits, as DocumentChange values.
class DocumentChanges : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void changed(const cercles::DocumentChange& change);
};

} // namespace cercles
