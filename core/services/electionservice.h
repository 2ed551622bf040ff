#pragma once

#include "domain/election.h"
#include "domain/result.h"
#include "storage/electionrepository.h"

#include <QObject>

#include <functional>

namespace cercles {

class Database;
class MeetingService;
class OrganisationService;

/// The role and term described at step 1 of an election (processes.md section 3).
struct ElectionDescription
{
    QString roleName;        ///< an existing role of the circle, or a new one (created at adoption)
    QString roleDescription; ///< ignored for an existing role, whose own description is kept
    QDate termStart;         ///< local calendar dates; the end is the last day of the mandate
    QDate termEnd;
    QString qualifications;
};

/// The use cases of a live election without candidates (processes.md section 3): start it on an election
/// agenda item, record each nomination, change, proposal and answer as it happens, undo the last record
/// while the meeting is open. Every record is one transaction committed before the call returns. When the
/// consent round elects the nominee, the mandate (and the role, if new) is created in the same transaction.
class ElectionService : public QObject
{
    Q_OBJECT
public:
    ElectionService(Database& db, OrganisationService& organisation, MeetingService& meetings,
                    QObject* parent = nullptr);

    /// Replaces the clock that stamps events (UTC). Tests use a fixed clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    /// Takes an election agenda item of a meeting that is not closed and the role and term; starts its
    /// election with the circle's members on the meeting's date as who can be named. Errors: not an
    /// election item, meeting closed, an election already recorded on the item, the engine's (empty role
    /// name, bad term).
    Result<ElectionId> start(AgendaItemId item, const ElectionDescription& description);
    /// Takes an election with no recorded event; deletes it (undo of start).
    Result<void> cancelStart(ElectionId id);

    /// Takes an agenda item; returns its election id (invalid when none).
    Result<ElectionId> electionOf(AgendaItemId item) const;
    /// Takes an id; returns the stored setup and log.
    Result<ElectionRepository::StoredElection> stored(ElectionId id) const;
    /// Takes an id; returns the election rebuilt from its log.
    Result<Election> election(ElectionId id) const;

    /// Takes an election and an event; stamps the event with now() when its time is unset, checks it with
    /// the engine and appends it in one transaction. When it elects the nominee, the mandate (person, role,
    /// circle, start, end) is added in the same transaction, creating the role in the circle when no role
    /// of that name exists. Errors: the engine's refusal, the meeting being closed.
    Result<void> record(ElectionId id, ElectionEvent event);
    /// Takes an election; deletes its last event and removes the mandate (and new role) it created.
    /// Refused once the meeting is closed.
    Result<void> undoLast(ElectionId id);

signals:
    void electionChanged(cercles::ElectionId id);

private:
    Result<void> checkMeetingOpen(AgendaItemId item) const;
    Database& m_db;
    OrganisationService& m_org;
    MeetingService& m_meetings;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace cercles
