#include "electionservice.h"

#include "meetingservice.h"
#include "organisationservice.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/organisationrepository.h"

#include <QCoreApplication>

namespace cercles {

namespace Repo = ElectionRepository;

namespace {

const Role* roleNamed(const Organisation& org, CircleId circle, const QString& name)
{
    for (const Role& role : org.roles) {
        if (role.circle == circle && role.name == name)
            return &role;
    }
    return nullptr;
}
} // namespace

ElectionService::ElectionService(Database& db, OrganisationService& organisation, MeetingService& meetings,
                                 QObject* parent)
    : QObject(parent), m_db(db), m_org(organisation), m_meetings(meetings)
{}

Result<void> ElectionService::checkMeetingOpen(AgendaItemId itemId) const
{
    Result<AgendaItem> item = MeetingRepository::loadAgendaItem(m_db.connection(), itemId);
    if (!item)
        return Error{item.error()};
    Result<Meeting> meeting = m_meetings.meeting(item->meeting);
    if (!meeting)
        return Error{meeting.error()};
    if (meeting->status == MeetingStatus::Closed)
        return Error{tr("This meeting is closed: its record can no longer change.")};
    return {};
}

Result<ElectionId> ElectionService::start(AgendaItemId itemId, const ElectionDescription& d)
{
    const QSqlDatabase db = m_db.connection();
    ElectionId id;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<MeetingService::ItemInMeeting> found = m_meetings.editableItem(itemId);
        if (!found)
            return Error{found.error()};
        const AgendaItem* item = &found->item;
        const Meeting* meeting = &found->meeting;
        if (item->kind != AgendaItemKind::Election)
            return Error{tr("\u201c%1\u201d is not an election.").arg(item->title)};
        auto existing = Repo::electionOf(db, itemId);
        if (!existing)
            return Error{existing.error()};
        if (existing->isValid())
            return Error{tr("An election is already recorded on \u201c%1\u201d.").arg(item->title)};

        const Organisation& org = m_org.organisation();
        ElectionSetup setup;
        setup.circle = meeting->circle;
        setup.roleName = d.roleName.trimmed();
        setup.roleDescription = d.roleDescription;
        if (const Role* role = roleNamed(org, meeting->circle, setup.roleName)) {
            setup.role = role->id;
            setup.roleDescription = role->description;
        }
        setup.termStart = d.termStart;
        setup.termEnd = d.termEnd;
        setup.qualifications = d.qualifications;
        setup.members = org.membersOn(meeting->circle, meeting->localDate());
        setup.createdAt = now();
        if (auto started = Election::start(setup); !started)
            return Error{started.error()};
        auto inserted = Repo::insertElection(db, itemId, setup);
        if (!inserted)
            return Error{inserted.error()};
        id = *inserted;
        return {};
    });
    if (!r)
        return Error{r.error()};
    emit electionChanged(id);
    return id;
}

Result<void> ElectionService::cancelStart(ElectionId id)
{
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Repo::StoredElection> s = Repo::load(m_db.connection(), id);
        if (!s)
            return Error{s.error()};
        if (auto open = checkMeetingOpen(s->agendaItem); !open)
            return open;
        if (!s->events.isEmpty())
            return Error{tr("Events are recorded on this election; it stays in the record.")};
        return Repo::deleteElection(m_db.connection(), id);
    });
    if (r)
        emit electionChanged(id);
    return r;
}

Result<ElectionId> ElectionService::electionOf(AgendaItemId item) const
{
    return Repo::electionOf(m_db.connection(), item);
}

Result<Repo::StoredElection> ElectionService::stored(ElectionId id) const
{
    return Repo::load(m_db.connection(), id);
}

Result<Election> ElectionService::election(ElectionId id) const
{
    Result<Repo::StoredElection> s = stored(id);
    if (!s)
        return Error{s.error()};
    return Election::replay(s->setup, s->events);
}

Result<void> ElectionService::record(ElectionId id, ElectionEvent event)
{
    const QSqlDatabase db = m_db.connection();
    if (!event.at.isValid())
        event.at = now();
    bool mandateChanged = false;
    // Every check reads the file after BEGIN IMMEDIATE (issue 9).
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Repo::StoredElection> s = Repo::load(db, id);
        if (!s)
            return Error{s.error()};
        Result<Election> replayed = Election::replay(s->setup, s->events);
        if (!replayed)
            return Error{replayed.error()};
        Election election = std::move(replayed).value();
        if (auto open = checkMeetingOpen(s->agendaItem); !open)
            return open;
        if (auto applied = election.apply(event); !applied)
            return applied;
        const std::optional<ElectionOutcome> outcome =
            election.phase() == ElectionPhase::Elected ? election.outcome() : std::nullopt;
        const Organisation& org = m_org.organisation();
        Result<qint64> row = Repo::appendEvent(db, id, event);
        if (!row)
            return Error{row.error()};
        if (!outcome)
            return {};
        mandateChanged = true;
        Repo::Effect effect;
        effect.eventRowId = *row;
        if (const Role* existing = roleNamed(org, s->setup.circle, outcome->roleName)) {
            effect.role = existing->id;
        } else {
            auto created = OrganisationRepository::insertRole(
                db, Role{{}, s->setup.circle, outcome->roleName, outcome->roleDescription});
            if (!created)
                return Error{created.error()};
            effect.role = *created;
            effect.roleCreated = true;
        }
        auto mandate = OrganisationRepository::insertMandate(
            db, Mandate{{}, outcome->person, effect.role, outcome->start, outcome->end});
        if (!mandate)
            return Error{mandate.error()};
        effect.mandate = *mandate;
        return Repo::insertEffect(db, effect);
    });
    if (!r)
        return r;
    if (mandateChanged)
        m_org.reload();
    emit electionChanged(id);
    return {};
}

Result<void> ElectionService::undoLast(ElectionId id)
{
    const QSqlDatabase db = m_db.connection();
    bool mandateChanged = false;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Repo::StoredElection> s = Repo::load(db, id);
        if (!s)
            return Error{s.error()};
        if (s->events.isEmpty())
            return Error{tr("Nothing is recorded on this election yet.")};
        if (auto open = checkMeetingOpen(s->agendaItem); !open)
            return open;
        const qint64 lastRow = s->eventRowIds.constLast();
        auto effect = Repo::effectOf(db, lastRow);
        if (!effect)
            return Error{effect.error()};
        if (const auto& e = effect.value()) {
            mandateChanged = true;
            if (auto d = Repo::deleteEffect(db, lastRow); !d)
                return d;
            if (auto d = OrganisationRepository::deleteMandate(db, e->mandate); !d)
                return d;
            if (e->roleCreated) {
                if (auto d = OrganisationRepository::deleteRole(db, e->role); !d)
                    return d;
            }
        }
        return Repo::deleteLastEvent(db, id);
    });
    if (!r)
        return r;
    if (mandateChanged)
        m_org.reload();
    emit electionChanged(id);
    return {};
}

} // namespace cercles
