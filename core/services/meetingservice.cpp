#include "meetingservice.h"

#include "organisationservice.h"
#include "storage/consentrepository.h"
#include "storage/database.h"
#include "storage/electionrepository.h"
#include "storage/recordchain.h"
#include "storage/registerrepository.h"
#include "storage/voterepository.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace cercles {

namespace Repo = MeetingRepository;

namespace {
/// Translations of this file, in the "MeetingService" context (a struct so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MeetingService)
};

template <typename T> Result<void> discard(const Result<T>& r)
{
    if (!r)
        return Error{r.error()};
    return {};
}
} // namespace

MeetingService::MeetingService(Database& db, OrganisationService& organisation, QObject* parent)
    : QObject(parent), m_db(db), m_org(organisation)
{}

Result<QList<Repo::MeetingSummary>> MeetingService::meetings(CircleId circle) const
{
    return Repo::list(m_db.connection(), circle);
}

Result<Meeting> MeetingService::meeting(MeetingId id) const
{
    return Repo::load(m_db.connection(), id);
}

Result<CircleId> MeetingService::circleOf(MeetingId id) const
{
    return Repo::circleOf(m_db.connection(), id);
}

Result<Meeting> MeetingService::editableMeeting(MeetingId id) const
{
    Result<Meeting> m = meeting(id);
    if (m && m->status == MeetingStatus::Closed)
        return Error{Text::tr("This meeting is closed: its record can no longer change.")};
    return m;
}

Result<MeetingService::ItemInMeeting> MeetingService::editableItem(AgendaItemId id) const
{
    Result<AgendaItem> item = Repo::loadAgendaItem(m_db.connection(), id);
    if (!item)
        return Error{item.error()};
    Result<Meeting> meeting = editableMeeting(item->meeting);
    if (!meeting)
        return Error{meeting.error()};
    return ItemInMeeting{std::move(item).value(), std::move(meeting).value()};
}

/// Takes a meeting and an item to leave out (invalid: none); returns the ids of its agenda, in order.
static QList<AgendaItemId> agendaOrder(const Meeting& meeting, AgendaItemId except = {})
{
    QList<AgendaItemId> order;
    for (const AgendaItem& existing : meeting.agenda) {
        if (existing.id != except)
            order << existing.id;
    }
    return order;
}

QByteArray MeetingService::usualTimeZone(CircleId circle, const QByteArray& fallback) const
{
    const Result<QByteArray> latest = Repo::latestTimeZone(m_db.connection(), circle);
    return latest && !latest->isEmpty() && QTimeZone(*latest).isValid() ? *latest : fallback;
}

Meeting MeetingService::draftMeeting(CircleId circle, QDate localDate, QTime localTime,
                                     const QByteArray& timeZone) const
{
    Meeting m;
    m.circle = circle;
    m.timeZone = timeZone;
    m.start = toUtc(localDate, localTime, timeZone);
    for (PersonId member : m_org.organisation().membersOn(circle, localDate))
        m.attendance << Attendance{member, AttendanceStatus::Present};
    return m;
}

static Result<void> validate(const Organisation& org, const Meeting& m)
{
    if (!org.circle(m.circle))
        return Error{Text::tr("Choose the circle that meets.")};
    if (!m.start.isValid())
        return Error{Text::tr("The meeting needs a date and a start time.")};
    if (!QTimeZone(m.timeZone).isValid())
        return Error{Text::tr("Unknown time zone \u201c%1\u201d.").arg(QString::fromUtf8(m.timeZone))};
    if (m.language != QLatin1String("fr") && m.language != QLatin1String("en"))
        return Error{Text::tr("The minutes can be written in French or English.")};
    QList<PersonId> seen;
    for (const Attendance& a : m.attendance) {
        if (!org.person(a.person))
            return Error{Text::tr("The attendance list names someone who is not in the organisation.")};
        if (seen.contains(a.person))
            return Error{Text::tr("%1 is listed twice in the attendance.").arg(org.person(a.person)->name)};
        seen << a.person;
    }
    return {};
}

Result<MeetingId> MeetingService::createMeeting(const Meeting& meeting)
{
    if (auto valid = validate(m_org.organisation(), meeting); !valid)
        return Error{valid.error()};
    MeetingId id;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Meeting stored = meeting;
        stored.agenda.clear();
        auto inserted = Repo::insertMeeting(m_db.connection(), stored);
        if (!inserted)
            return Error{inserted.error()};
        id = *inserted;
        for (qsizetype i = 0; i < meeting.agenda.size(); ++i) {
            AgendaItem item = meeting.agenda[i];
            item.meeting = id;
            if (auto added = discard(Repo::insertAgendaItem(m_db.connection(), item, int(i))); !added)
                return added;
        }
        return {};
    });
    if (!r)
        return Error{r.error()};
    emit meetingsChanged();
    emit meetingChanged(id);
    return id;
}

Result<void> MeetingService::updateMeeting(const Meeting& meeting)
{
    bool changed = false;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Meeting> stored = editableMeeting(meeting.id);
        if (!stored)
            return Error{stored.error()};
        Meeting details = meeting;
        details.agenda = stored->agenda; // the agenda changes through its own calls
        details.status = stored->status; // the status only moves forward, through setStatus
        if (details == stored.value())
            return {}; // nothing changed: nothing written
        if (auto valid = validate(m_org.organisation(), details); !valid)
            return valid;
        changed = true;
        if (auto u = Repo::updateMeeting(m_db.connection(), details); !u)
            return u;
        // A new date moves the meeting's register entries that are not adopted yet.
        if (details.start == stored->start && details.timeZone == stored->timeZone)
            return {};
        return RegisterRepository::refreshMeeting(m_db.connection(), meeting.id);
    });
    if (r && changed)
        emit meetingChanged(meeting.id);
    return r;
}

Result<void> MeetingService::removeMeeting(MeetingId id)
{
    Result<Meeting> stored = editableMeeting(id);
    if (!stored)
        return Error{stored.error()};
    if (!stored->agenda.isEmpty())
        return Error{Text::tr("This meeting has an agenda; remove its items first.")};
    Result<void> r = m_db.transact([&] { return Repo::deleteMeeting(m_db.connection(), id); });
    if (r)
        emit meetingsChanged();
    return r;
}

Result<void> MeetingService::setStatus(MeetingId id, MeetingStatus status)
{
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Meeting> stored = meeting(id);
        if (!stored)
            return Error{stored.error()};
        const MeetingStatus from = stored->status;
        // A closed meeting's record is final: nothing, not even an undo, reopens it.
        if (from == MeetingStatus::Closed)
            return Error{Text::tr("This meeting is closed: its record can no longer change.")};
        // Forward only: what was recorded while the meeting was open stays recorded in an open meeting.
        if (int(status) != int(from) + 1) {
            return Error{Text::tr("A meeting cannot go from \u201c%1\u201d to \u201c%2\u201d.")
                             .arg(meetingStatusName(from), meetingStatusName(status))};
        }
        Meeting changed = stored.value();
        changed.status = status;
        if (auto u = Repo::updateMeeting(m_db.connection(), changed); !u)
            return u;
        // Closing seals the record (storage/recordchain.h): from then on the file refuses to change it.
        if (status != MeetingStatus::Closed)
            return {};
        return RecordChain::sealMeeting(m_db.connection(), id);
    });
    if (r) {
        emit meetingChanged(id);
        emit meetingsChanged();
    }
    return r;
}

Result<AgendaItemId> MeetingService::addAgendaItem(const AgendaItem& item, int position)
{
    Result<Meeting> m = editableMeeting(item.meeting);
    if (!m)
        return Error{m.error()};
    if (item.title.trimmed().isEmpty())
        return Error{Text::tr("An agenda item needs a title.")};
    if ((item.kind == AgendaItemKind::MembershipEntry || item.kind == AgendaItemKind::MembershipExit) &&
        !m_org.organisation().person(item.personConcerned))
        return Error{Text::tr("Choose the person this membership decision is about.")};
    QList<AgendaItemId> order;
    for (const AgendaItem& existing : m->agenda)
        order << existing.id;
    const int at = position < 0 || position > order.size() ? int(order.size()) : position;
    AgendaItemId id;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        // An item that took up a backlog point (put back by undoing its removal) takes it up again: the
        // point must still be open, on this circle's backlog.
        if (item.takenUpFrom.isValid()) {
            Result<BacklogItem> b = Repo::loadBacklogItem(m_db.connection(), item.takenUpFrom);
            if (!b)
                return Error{b.error()};
            if (b->circle != m->circle)
                return Error{Text::tr("This point is on the backlog of another circle.")};
            if (!b->isOpen())
                return Error{Text::tr("\u201c%1\u201d has already been taken up.").arg(b->title)};
        }
        auto inserted = Repo::insertAgendaItem(m_db.connection(), item, at);
        if (!inserted)
            return Error{inserted.error()};
        id = *inserted;
        if (item.takenUpFrom.isValid()) {
            if (auto u = Repo::setBacklogTakenUp(m_db.connection(), item.takenUpFrom, id); !u)
                return u;
        }
        order.insert(at, id);
        return Repo::reorderAgenda(m_db.connection(), order);
    });
    if (!r)
        return Error{r.error()};
    emit meetingChanged(item.meeting);
    if (item.takenUpFrom.isValid())
        emit meetingsChanged();
    return id;
}

/// Takes an item; returns whether a proposal, an election or a vote is recorded on it.
static Result<bool> hasRecord(const QSqlDatabase& db, AgendaItemId id)
{
    auto process = ConsentRepository::processOf(db, id);
    if (!process)
        return Error{process.error()};
    auto election = ElectionRepository::electionOf(db, id);
    if (!election)
        return Error{election.error()};
    auto vote = VoteRepository::voteOf(db, id);
    if (!vote)
        return Error{vote.error()};
    return process->isValid() || election->isValid() || vote->isValid();
}

Result<void> MeetingService::updateAgendaItem(const AgendaItem& item)
{
    if (item.title.trimmed().isEmpty())
        return Error{Text::tr("An agenda item needs a title.")};
    MeetingId meeting;
    bool changed = false;
    // Every check reads the file after BEGIN IMMEDIATE: no other writer can record on the item between the
    // check and the write.
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<ItemInMeeting> found = editableItem(item.id);
        if (!found)
            return Error{found.error()};
        const AgendaItem& stored = found->item;
        meeting = stored.meeting;
        if (item == stored)
            return {};
        if (item.kind != stored.kind) {
            auto recorded = hasRecord(m_db.connection(), item.id);
            if (!recorded)
                return Error{recorded.error()};
            if (*recorded)
                return Error{
                    Text::tr("Something is recorded on \u201c%1\u201d: its kind can no longer change.")
                        .arg(stored.title)};
        }
        if ((item.kind == AgendaItemKind::MembershipEntry || item.kind == AgendaItemKind::MembershipExit) &&
            !m_org.organisation().person(item.personConcerned))
            return Error{Text::tr("Choose the person this membership decision is about.")};
        AgendaItem changedItem = item;
        changedItem.meeting = stored.meeting;
        changed = true;
        if (auto u = Repo::updateAgendaItem(m_db.connection(), changedItem); !u)
            return u;
        if (item.title == stored.title)
            return {};
        // The register shows the item's title: its entry follows a rename.
        auto process = ConsentRepository::processOf(m_db.connection(), item.id);
        if (!process)
            return Error{process.error()};
        return process->isValid() ? RegisterRepository::refresh(m_db.connection(), *process) : Result<void>();
    });
    if (r && changed)
        emit meetingChanged(meeting);
    return r;
}

Result<void> MeetingService::setItemText(AgendaItemId id, QString AgendaItem::*field, const QString& text)
{
    MeetingId meeting;
    bool changed = false;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<ItemInMeeting> found = editableItem(id);
        if (!found)
            return Error{found.error()};
        meeting = found->item.meeting;
        if (found->item.*field == text)
            return {};
        AgendaItem item = found->item;
        item.*field = text;
        changed = true;
        return Repo::updateAgendaItem(m_db.connection(), item);
    });
    if (r && changed)
        emit meetingChanged(meeting);
    return r;
}

Result<void> MeetingService::setItemNotes(AgendaItemId id, const QString& notes)
{
    return setItemText(id, &AgendaItem::notes, notes);
}

Result<void> MeetingService::setItemContent(AgendaItemId id, const QString& content)
{
    return setItemText(id, &AgendaItem::content, content);
}

Result<void> MeetingService::setItemOutcome(AgendaItemId id, AgendaItemState outcome)
{
    if (outcome != AgendaItemState::Planned && outcome != AgendaItemState::InProgress &&
        outcome != AgendaItemState::Done)
        return Error{
            Text::tr("An item goes to the backlog by deferring it; it is referred through its proposal.")};
    MeetingId meeting;
    bool changed = false;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<ItemInMeeting> found = editableItem(id);
        if (!found)
            return Error{found.error()};
        const AgendaItem& stored = found->item;
        meeting = stored.meeting;
        // The outcome of a decision, an election or a vote is what was recorded on it, not a choice.
        if (stored.kind != AgendaItemKind::Information && stored.kind != AgendaItemKind::Discussion)
            return Error{Text::tr("The outcome of \u201c%1\u201d follows from what is recorded on it.")
                             .arg(stored.title)};
        if (stored.state == AgendaItemState::Deferred)
            return Error{Text::tr("\u201c%1\u201d is on the backlog; take it back first.").arg(stored.title)};
        if (stored.state == outcome)
            return {};
        AgendaItem item = stored;
        item.state = outcome;
        changed = true;
        return Repo::updateAgendaItem(m_db.connection(), item);
    });
    if (r && changed)
        emit meetingChanged(meeting);
    return r;
}

Result<void> MeetingService::removeAgendaItem(AgendaItemId id)
{
    MeetingId meeting;
    bool backlogChanged = false;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<ItemInMeeting> found = editableItem(id);
        if (!found)
            return Error{found.error()};
        meeting = found->item.meeting;
        auto recorded = hasRecord(m_db.connection(), id);
        if (!recorded)
            return Error{recorded.error()};
        if (*recorded)
            return Error{Text::tr("Something has been recorded on \u201c%1\u201d; it stays in the record. "
                                  "Defer or withdraw it instead.")
                             .arg(found->item.title)};
        return deleteUnrecordedItem(found->item, found->meeting, &backlogChanged);
    });
    if (r) {
        emit meetingChanged(meeting);
        if (backlogChanged)
            emit meetingsChanged();
    }
    return r;
}

Result<void> MeetingService::deleteUnrecordedItem(const AgendaItem& item, const Meeting& meeting,
                                                  bool* backlogChanged)
{
    const QSqlDatabase& db = m_db.connection();
    // A deferred item is the source of its backlog point (open or taken up since): the point keeps it.
    auto sourceOf = Repo::backlogItemsFrom(db, item.id);
    if (!sourceOf)
        return Error{sourceOf.error()};
    if (*sourceOf > 0)
        return Error{Text::tr("\u201c%1\u201d was deferred: its point on the backlog comes from it, so it "
                              "stays on this agenda.")
                         .arg(item.title)};
    // Its actions would go with it, and undo could not bring back their follow-up: they are removed
    // first, one by one, by whoever decided them.
    auto actions = Repo::actionsOn(db, item.id);
    if (!actions)
        return Error{actions.error()};
    if (*actions > 0)
        return Error{Text::tr("\u201c%1\u201d has %n action(s) decided on it: remove them first, or defer "
                              "the item.",
                              nullptr, *actions)
                         .arg(item.title)};
    // An item that took up a backlog point gives it back: the point is open again on the backlog.
    if (item.takenUpFrom.isValid()) {
        Result<BacklogItem> b = Repo::loadBacklogItem(db, item.takenUpFrom);
        if (!b)
            return Error{b.error()};
        if (b->takenUpBy == item.id) {
            if (auto u = Repo::setBacklogTakenUp(db, b->id, AgendaItemId()); !u)
                return u;
            *backlogChanged = true;
        }
    }
    if (auto d = Repo::deleteAgendaItem(db, item.id); !d)
        return d;
    return Repo::reorderAgenda(db, agendaOrder(meeting, item.id));
}

Result<void> MeetingService::moveAgendaItem(AgendaItemId id, int newPosition)
{
    Result<ItemInMeeting> found = editableItem(id);
    if (!found)
        return Error{found.error()};
    const AgendaItem* stored = &found->item;
    const Meeting* m = &found->meeting;
    QList<AgendaItemId> order = agendaOrder(*m);
    const qsizetype from = order.indexOf(id);
    if (newPosition < 0 || newPosition >= order.size())
        return Error{Text::tr("There is no position %1 in this agenda.").arg(newPosition + 1)};
    if (from == newPosition)
        return {};
    order.move(from, newPosition);
    Result<void> r = m_db.transact([&] { return Repo::reorderAgenda(m_db.connection(), order); });
    if (r)
        emit meetingChanged(stored->meeting);
    return r;
}

Result<BacklogItemId> MeetingService::deferAgendaItem(AgendaItemId id)
{
    Result<ItemInMeeting> found = editableItem(id);
    if (!found)
        return Error{found.error()};
    const AgendaItem* stored = &found->item;
    const Meeting* m = &found->meeting;
    if (stored->state == AgendaItemState::Deferred)
        return Error{Text::tr("\u201c%1\u201d is already on the backlog.").arg(stored->title)};
    BacklogItemId backlogId;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        // A proposal, an election or a vote is deferred by its own process, which keeps its history.
        auto recorded = hasRecord(m_db.connection(), id);
        if (!recorded)
            return Error{recorded.error()};
        if (*recorded)
            return Error{Text::tr("Something is recorded on \u201c%1\u201d: defer it from the facilitation "
                                  "window, where its history goes with it.")
                             .arg(stored->title)};
        AgendaItem deferred = *stored;
        deferred.state = AgendaItemState::Deferred;
        if (auto u = Repo::updateAgendaItem(m_db.connection(), deferred); !u)
            return u;
        BacklogItem b;
        b.circle = m->circle;
        b.kind = stored->kind;
        b.title = stored->title;
        b.personConcerned = stored->personConcerned;
        b.source = id;
        b.createdAt = QDateTime::currentDateTimeUtc();
        auto inserted = Repo::insertBacklogItem(m_db.connection(), b);
        if (inserted)
            backlogId = *inserted;
        return discard(inserted);
    });
    if (!r)
        return Error{r.error()};
    emit meetingChanged(stored->meeting);
    emit meetingsChanged();
    return backlogId;
}

Result<void> MeetingService::undeferAgendaItem(AgendaItemId id, BacklogItemId backlogItem)
{
    Result<AgendaItem> stored = Repo::loadAgendaItem(m_db.connection(), id);
    if (!stored)
        return Error{stored.error()};
    if (auto m = editableMeeting(stored->meeting); !m)
        return Error{m.error()};
    Result<BacklogItem> b = Repo::loadBacklogItem(m_db.connection(), backlogItem);
    if (!b)
        return Error{b.error()};
    if (!b->isOpen())
        return Error{Text::tr("\u201c%1\u201d has already been taken up in another meeting.").arg(b->title)};
    Result<void> r = m_db.transact([&]() -> Result<void> {
        if (auto d = Repo::deleteBacklogItem(m_db.connection(), backlogItem); !d)
            return d;
        AgendaItem item = stored.value();
        item.state = AgendaItemState::Planned;
        return Repo::updateAgendaItem(m_db.connection(), item);
    });
    if (r) {
        emit meetingChanged(stored->meeting);
        emit meetingsChanged();
    }
    return r;
}

Result<QList<BacklogItem>> MeetingService::backlog(CircleId circle) const
{
    return Repo::backlog(m_db.connection(), circle);
}

Result<AgendaItemId> MeetingService::takeUp(BacklogItemId backlogItem, MeetingId meetingId)
{
    Result<BacklogItem> b = Repo::loadBacklogItem(m_db.connection(), backlogItem);
    if (!b)
        return Error{b.error()};
    if (!b->isOpen())
        return Error{Text::tr("\u201c%1\u201d has already been taken up.").arg(b->title)};
    Result<Meeting> m = editableMeeting(meetingId);
    if (!m)
        return Error{m.error()};
    if (m->circle != b->circle)
        return Error{Text::tr("This point is on the backlog of another circle.")};
    AgendaItem item;
    item.meeting = meetingId;
    item.kind = b->kind;
    item.title = b->title;
    item.personConcerned = b->personConcerned;
    item.takenUpFrom = backlogItem;
    AgendaItemId id;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        auto inserted = Repo::insertAgendaItem(m_db.connection(), item, int(m->agenda.size()));
        if (!inserted)
            return Error{inserted.error()};
        id = *inserted;
        return Repo::setBacklogTakenUp(m_db.connection(), backlogItem, id);
    });
    if (!r)
        return Error{r.error()};
    emit meetingChanged(meetingId);
    emit meetingsChanged();
    return id;
}

Result<void> MeetingService::releaseTakeUp(AgendaItemId id)
{
    MeetingId meeting;
    bool backlogChanged = false;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<AgendaItem> stored = Repo::loadAgendaItem(m_db.connection(), id);
        if (!stored)
            return Error{stored.error()};
        meeting = stored->meeting;
        if (!stored->takenUpFrom.isValid())
            return Error{Text::tr("This item was not taken up from the backlog.")};
        Result<Meeting> m = editableMeeting(stored->meeting);
        if (!m)
            return Error{m.error()};
        auto process = ConsentRepository::processOf(m_db.connection(), id);
        if (!process)
            return Error{process.error()};
        if (process->isValid())
            return Error{Text::tr("A proposal has been recorded on this item; it stays in the record.")};
        auto recorded = hasRecord(m_db.connection(), id);
        if (!recorded)
            return Error{recorded.error()};
        if (*recorded)
            return Error{Text::tr("Something has been recorded on \u201c%1\u201d; it stays in the record.")
                             .arg(stored->title)};
        return deleteUnrecordedItem(*stored, *m, &backlogChanged);
    });
    if (r) {
        emit meetingChanged(meeting);
        emit meetingsChanged();
    }
    return r;
}

Result<QList<Action>> MeetingService::actions(MeetingId meeting) const
{
    return Repo::actions(m_db.connection(), meeting);
}

Result<QList<Repo::CircleAction>> MeetingService::circleActions(CircleId circle) const
{
    return Repo::circleActions(m_db.connection(), circle);
}

Result<ActionId> MeetingService::addAction(const Action& action)
{
    if (action.text.trimmed().isEmpty())
        return Error{Text::tr("Say what is to be done.")};
    if (action.person.isValid() && !m_org.organisation().person(action.person))
        return Error{Text::tr("The person responsible for the action is not in the organisation.")};
    ActionId id;
    MeetingId meeting;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<ItemInMeeting> found = editableItem(action.agendaItem);
        if (!found)
            return Error{found.error()};
        meeting = found->item.meeting;
        Action stored = action;
        stored.doneOn = {};
        auto inserted = Repo::insertAction(m_db.connection(), stored);
        if (inserted)
            id = *inserted;
        return discard(inserted);
    });
    if (!r)
        return Error{r.error()};
    emit meetingChanged(meeting);
    return id;
}

Result<std::optional<AgendaItem>> MeetingService::actionFollowUpItem(CircleId circle, QDate day) const
{
    Result<QList<Repo::CircleAction>> actions = circleActions(circle);
    if (!actions)
        return Error{actions.error()};
    QStringList lines;
    for (const Repo::CircleAction& c : *actions) {
        if (c.action.doneOn.isValid())
            continue;
        const Person* who = m_org.organisation().person(c.action.person);
        QString line =
            QStringLiteral("• ") + (who ? who->name + QStringLiteral(" — ") : QString()) + c.action.text;
        if (c.action.due.isValid())
            line +=
                QStringLiteral(" — ") + (c.action.isLate(day) ? Text::tr("late since %1") : Text::tr("by %1"))
                                            .arg(c.action.due.toString(Qt::ISODate));
        lines << line;
    }
    if (lines.isEmpty())
        return std::optional<AgendaItem>();
    AgendaItem item;
    item.kind = AgendaItemKind::Information;
    item.title = Text::tr("Action follow-up");
    item.content = lines.join(QLatin1Char('\n'));
    return std::optional<AgendaItem>(item);
}

Result<void> MeetingService::setActionDone(ActionId id, QDate doneOn)
{
    MeetingId meeting;
    bool changed = false;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Action> action = Repo::loadAction(m_db.connection(), id);
        if (!action)
            return Error{action.error()};
        Result<AgendaItem> item = Repo::loadAgendaItem(m_db.connection(), action->agendaItem);
        if (!item)
            return Error{item.error()};
        meeting = item->meeting;
        if (action->doneOn == doneOn)
            return {};
        changed = true;
        return Repo::setActionDone(m_db.connection(), id, doneOn, QDateTime::currentDateTimeUtc());
    });
    if (r && changed)
        emit meetingChanged(meeting);
    return r;
}

Result<void> MeetingService::removeAction(ActionId id)
{
    // Like every edit, refused once the meeting is closed: the minutes' actions are part of its record.
    MeetingId meeting;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Action> action = Repo::loadAction(m_db.connection(), id);
        if (!action)
            return Error{action.error()};
        Result<ItemInMeeting> found = editableItem(action->agendaItem);
        if (!found)
            return Error{found.error()};
        meeting = found->item.meeting;
        return Repo::deleteAction(m_db.connection(), id);
    });
    if (r)
        emit meetingChanged(meeting);
    return r;
}

} // namespace cercles
