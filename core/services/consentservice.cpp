#include "consentservice.h"

#include "domain/eligibility.h"
#include "meetingservice.h"
#include "organisationservice.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/organisationrepository.h"
#include "storage/recordchain.h"
#include "storage/registerrepository.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace cercles {

namespace Repo = ConsentRepository;

namespace {

/// Translations of this file, in the "ConsentService" context (a struct so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConsentService)
};

std::optional<ConsentProcessKind> processKindFor(AgendaItemKind kind)
{
    switch (kind) {
    case AgendaItemKind::ConsentDecision:
        return ConsentProcessKind::Decision;
    case AgendaItemKind::MembershipEntry:
        return ConsentProcessKind::MembershipEntry;
    case AgendaItemKind::MembershipExit:
        return ConsentProcessKind::MembershipExit;
    default:
        return std::nullopt;
    }
}

bool isResponse(ConsentEventKind kind)
{
    return kind == ConsentEventKind::ConsentGiven || kind == ConsentEventKind::ObjectionRaised;
}

} // namespace

ConsentService::ConsentService(Database& db, OrganisationService& organisation, MeetingService& meetings,
                               QObject* parent)
    : QObject(parent), m_db(db), m_org(organisation), m_meetings(meetings)
{}

Result<void> ConsentService::checkRedLines(const ConsentSetup& setup, QDate day) const
{
    if (setup.kind != ConsentProcessKind::MembershipEntry)
        return {};
    const EntryCheck check = checkEntry(m_org.organisation(), setup.personConcerned, setup.circle, day);
    if (!check.isEligible())
        return Error{check.message};
    return {};
}

Result<ConsentProcessId> ConsentService::startProcess(AgendaItemId itemId, const Proposal& proposal,
                                                      ConsentProcessId referredFrom)
{
    const QSqlDatabase db = m_db.connection();
    ConsentProcessId id;
    std::optional<ConsentPhase> phase;
    ConsentProcessId continued; // the process this one continues, if any
    // Every check reads the file after BEGIN IMMEDIATE: no other writer can change what was checked
    // before the process is stored (issue 9).
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<MeetingService::ItemInMeeting> found = m_meetings.editableItem(itemId);
        if (!found)
            return Error{found.error()};
        const AgendaItem* item = &found->item;
        const Meeting* meeting = &found->meeting;
        const auto kind = processKindFor(item->kind);
        if (!kind)
            return Error{Text::tr("\u201c%1\u201d is not an item decided by consent.").arg(item->title)};
        auto existing = Repo::processOf(db, itemId);
        if (!existing)
            return Error{existing.error()};
        if (existing->isValid())
            return Error{Text::tr("A proposal is already recorded on \u201c%1\u201d.").arg(item->title)};

        const Organisation& org = m_org.organisation();
        const Circle* circle = org.circle(meeting->circle);
        if (!circle)
            return Error{Text::tr("The meeting's circle no longer exists.")};
        ConsentSetup setup;
        setup.kind = *kind;
        setup.circle = circle->id;
        setup.proposal = proposal;
        setup.rule = *kind == ConsentProcessKind::MembershipEntry  ? circle->entryRule
                     : *kind == ConsentProcessKind::MembershipExit ? circle->exitRule
                                                                   : circle->decisionRule;
        setup.members = org.membersOn(circle->id, meeting->localDate());
        setup.personConcerned = item->personConcerned;
        setup.createdAt = now();
        if (auto redLines = checkRedLines(setup, meeting->localDate()); !redLines)
            return Error{redLines.error()};
        Result<ConsentProcess> started = ConsentProcess::start(setup);
        if (!started)
            return Error{started.error()};
        continued = referredFrom;
        if (!continued.isValid()) {
            auto continuation = continuationOf(itemId);
            if (!continuation)
                return Error{continuation.error()};
            if (continuation->has_value())
                continued = (*continuation)->from;
        }
        auto inserted = Repo::insertProcess(db, itemId, setup, continued);
        if (!inserted)
            return Error{inserted.error()};
        id = *inserted;
        phase = started->phase();
        return RegisterRepository::store(db, decisionEntryFor(id, *started, *item, *meeting), 0);
    });
    if (!r)
        return Error{r.error()};
    publish(id, DocumentChange::How::Started, std::nullopt, phase);
    if (continued.isValid()) // a proposal referred up now shows that it was taken up
        publish(continued, DocumentChange::How::Changed, std::nullopt, std::nullopt);
    return id;
}

Result<void> ConsentService::cancelProcess(ConsentProcessId id)
{
    ConsentProcessId continued;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Repo::StoredProcess> stored = Repo::load(m_db.connection(), id);
        if (!stored)
            return Error{stored.error()};
        continued = stored->referredFrom;
        if (auto open = m_meetings.editableItem(stored->agendaItem); !open)
            return Error{open.error()};
        if (!stored->events.isEmpty())
            return Error{Text::tr("Events are recorded on this proposal; it stays in the record.")};
        if (auto removed = RegisterRepository::remove(m_db.connection(), id); !removed)
            return removed;
        return Repo::deleteProcess(m_db.connection(), id);
    });
    m_live.remove(id);
    if (r)
        publish(id, DocumentChange::How::Cancelled, std::nullopt, std::nullopt);
    if (r && continued.isValid()) // a proposal referred up is back to "not taken up yet"
        publish(continued, DocumentChange::How::Changed, std::nullopt, std::nullopt);
    return r;
}

Result<std::optional<ConsentService::Continuation>> ConsentService::continuationOf(AgendaItemId itemId) const
{
    const QSqlDatabase db = m_db.connection();
    Result<AgendaItem> item = MeetingRepository::loadAgendaItem(db, itemId);
    if (!item)
        return Error{item.error()};
    if (!item->takenUpFrom.isValid())
        return std::optional<Continuation>();
    Result<BacklogItem> b = MeetingRepository::loadBacklogItem(db, item->takenUpFrom);
    if (!b)
        return Error{b.error()};
    Continuation c;
    c.referral = b->referredFrom.isValid();
    if (c.referral) {
        c.from = b->referredFrom;
    } else if (b->source.isValid()) {
        auto deferred = Repo::processOf(db, b->source);
        if (!deferred)
            return Error{deferred.error()};
        c.from = *deferred;
    }
    if (!c.from.isValid())
        return std::optional<Continuation>();
    Result<ConsentProcess> earlier = process(c.from);
    if (!earlier)
        return Error{earlier.error()};
    c.proposal = earlier->setup().proposal;
    c.proposal.text = earlier->currentVersion().text;
    c.proposal.reviewDate = earlier->currentVersion().reviewDate;
    return std::optional<Continuation>(c);
}

Result<QList<ConsentProcessId>> ConsentService::continuationsOf(ConsentProcessId id) const
{
    return Repo::continuationsOf(m_db.connection(), id);
}

Result<ConsentProcessId> ConsentService::processOf(AgendaItemId item) const
{
    return Repo::processOf(m_db.connection(), item);
}

Result<Repo::StoredProcess> ConsentService::stored(ConsentProcessId id) const
{
    return Repo::load(m_db.connection(), id);
}

Result<ConsentService::Live*> ConsentService::live(ConsentProcessId id,
                                                   const ConsentRepository::Context& context) const
{
    auto found = m_live.find(id);
    if (found != m_live.end() && found->lastSeq == context.lastSeq &&
        found->lastEventRow == context.lastEventRow)
        return &found.value();
    Result<Repo::StoredProcess> s = Repo::load(m_db.connection(), id);
    if (!s)
        return Error{s.error()};
    Result<ConsentProcess> replayed = ConsentProcess::replay(s->setup, s->events);
    if (!replayed)
        return Error{replayed.error()};
    if (m_live.size() >= 64) // a meeting has a few processes; old ones are cheap to rebuild once
        m_live.clear();
    return &m_live
                .insert(id, Live{context.lastSeq, context.lastEventRow, std::move(replayed).value(),
                                 s->referredFrom})
                .value();
}

Result<ConsentProcess> ConsentService::process(ConsentProcessId id) const
{
    Result<Repo::Context> context = Repo::context(m_db.connection(), id);
    if (!context)
        return Error{context.error()};
    Result<Live*> state = live(id, *context);
    if (!state)
        return Error{state.error()};
    return (*state)->process;
}

Result<void> ConsentService::record(ConsentProcessId id, ConsentEvent event)
{
    const QSqlDatabase db = m_db.connection();
    if (!event.at.isValid())
        event.at = now();
    Live* current = nullptr;
    std::optional<Repo::Context> context;
    bool adopted = false;
    ConsentProcessKind kind = ConsentProcessKind::Decision;
    qint64 eventRow = 0;
    bool entryChanged = false;
    bool statusChanged = false;
    // Every check reads the file after BEGIN IMMEDIATE: no other writer can change what was checked
    // before the event is appended (issue 9).
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Repo::Context> read = Repo::context(db, id);
        if (!read)
            return Error{read.error()};
        context = std::move(read).value();
        const AgendaItem* item = &context->item;
        const Meeting* meeting = &context->meeting;
        if (meeting->status == MeetingStatus::Closed && !(event.givenAfterMeeting && isResponse(event.kind)))
            return Error{Text::tr(
                "This meeting is closed: only consents or objections given after the meeting can be added.")};
        Result<Live*> state = live(id, *context);
        if (!state)
            return Error{state.error()};
        current = *state;
        ConsentProcess& process = current->process;
        const ConsentSetup setup = process.setup();
        kind = setup.kind;
        if (event.kind == ConsentEventKind::ConsentRoundStarted) {
            if (auto redLines = checkRedLines(setup, meeting->localDate()); !redLines)
                return redLines;
        }
        if (event.kind == ConsentEventKind::ReferredToParent) {
            // processes.md section 1: a proposal is referred to the parent circle, and only there.
            const Circle* circle = m_org.organisation().circle(setup.circle);
            const Circle* parent = circle ? m_org.organisation().circle(circle->parent) : nullptr;
            if (!parent)
                return Error{Text::tr("This circle has no parent circle to refer the proposal to.")};
            if (event.circle != parent->id)
                return Error{Text::tr("A proposal is referred to the parent circle, %1.").arg(parent->name)};
        }
        const ConsentPhase before = process.phase();
        // The register entry as it stands: most events (turns, answers) leave it as it is, and are not
        // rewritten.
        const DecisionEntry entryBefore = decisionEntryFor(id, process, *item, *meeting);
        if (auto applied = process.apply(event); !applied) {
            current = nullptr; // nothing was applied: the memory still matches the file
            return applied;
        }
        const DecisionEntry entryAfter = decisionEntryFor(id, process, *item, *meeting);
        adopted = before != ConsentPhase::Adopted && process.phase() == ConsentPhase::Adopted;
        const QDate decisionDay = adopted ? decisionDate(process, *meeting) : QDate();
        const Organisation& org = m_org.organisation();
        if (adopted) {
            if (auto redLines = checkRedLines(setup, decisionDay); !redLines)
                return redLines;
        }
        Result<qint64> row = Repo::appendEvent(db, id, event);
        if (!row)
            return Error{row.error()};
        eventRow = *row;
        // A consent given after a sealed meeting is linked at once to its process's chain.
        if (meeting->status == MeetingStatus::Closed) {
            if (auto linked = RecordChain::extend(db, QStringLiteral("consent/%1").arg(id.value())); !linked)
                return linked;
        }
        if (adopted && setup.kind == ConsentProcessKind::MembershipEntry) {
            auto membership = OrganisationRepository::insertMembership(
                db, Membership{{}, setup.personConcerned, setup.circle, decisionDay, {}});
            if (!membership)
                return Error{membership.error()};
            if (auto e = Repo::insertEffect(db, {*row, *membership, {}, true}); !e)
                return e;
        }
        if (adopted && setup.kind == ConsentProcessKind::MembershipExit) {
            const auto active = org.activeMembership(setup.personConcerned, setup.circle, decisionDay);
            if (active) {
                Membership ended = *active;
                ended.to = decisionDay;
                if (auto u = OrganisationRepository::updateMembership(db, *active, ended); !u)
                    return u;
                if (auto e = Repo::insertEffect(db, {*row, ended.id, active->to, false}); !e)
                    return e;
            }
        }
        if (event.kind == ConsentEventKind::Deferred) {
            // issue 10: the deferred proposal waits on its circle's backlog, where a later meeting takes
            // it up with its whole history (continuationOf).
            BacklogItem b;
            b.circle = meeting->circle;
            b.kind = item->kind;
            b.title = item->title;
            b.personConcerned = item->personConcerned;
            b.source = item->id;
            b.createdAt = event.at;
            if (auto inserted = MeetingRepository::insertBacklogItem(db, b); !inserted)
                return Error{inserted.error()};
        }
        if (event.kind == ConsentEventKind::Resumed) {
            if (auto removed = removeDeferral(item->id); !removed)
                return removed;
        }
        if (event.kind == ConsentEventKind::ReferredToParent) {
            BacklogItem b;
            b.circle = event.circle;
            b.kind = item->kind;
            b.title = item->title;
            b.personConcerned = item->personConcerned;
            b.source = item->id;
            b.referredFrom = id;
            b.createdAt = event.at;
            auto inserted = MeetingRepository::insertBacklogItem(db, b);
            if (!inserted)
                return Error{inserted.error()};
        }
        // The row always records where the log ends, so a log changed behind Cercles' back is seen.
        const bool newWords = entryAfter.text != entryBefore.text;
        entryChanged = entryAfter != entryBefore;
        statusChanged = entryAfter.status != entryBefore.status;
        return !entryChanged ? RegisterRepository::advance(db, id, context->lastSeq + 1)
                             : RegisterRepository::store(db, entryAfter, context->lastSeq + 1, newWords);
    });
    if (!r) {
        if (current)
            m_live.remove(id); // the memory holds the event the file refused
        return r;
    }
    current->lastSeq = context->lastSeq + 1;
    current->lastEventRow = eventRow;
    if (adopted && kind != ConsentProcessKind::Decision)
        m_org.reload();
    if (event.kind == ConsentEventKind::ReferredToParent || event.kind == ConsentEventKind::Deferred ||
        event.kind == ConsentEventKind::Resumed)
        emit m_meetings.meetingsChanged();
    publish(id, DocumentChange::How::EventRecorded, event.kind, current->process.phase(), entryChanged);
    // The register entry of a proposal referred up shows where its continuation stands.
    if (statusChanged && current->referredFrom.isValid())
        publish(current->referredFrom, DocumentChange::How::Changed, std::nullopt, std::nullopt);
    return {};
}

Result<void> ConsentService::undoLast(ConsentProcessId id)
{
    const QSqlDatabase db = m_db.connection();
    ConsentEvent last;
    bool membershipChanged = false;
    ConsentProcessId referredFrom;
    // Every check reads the file after BEGIN IMMEDIATE (issue 9).
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Repo::StoredProcess> s = Repo::load(db, id);
        if (!s)
            return Error{s.error()};
        if (s->events.isEmpty())
            return Error{Text::tr("Nothing is recorded on this proposal yet.")};
        last = s->events.constLast();
        referredFrom = s->referredFrom;
        const qint64 lastRow = s->eventRowIds.constLast();
        Result<AgendaItem> item = MeetingRepository::loadAgendaItem(db, s->agendaItem);
        if (!item)
            return Error{item.error()};
        Result<Meeting> meeting = m_meetings.meeting(item->meeting);
        if (!meeting)
            return Error{meeting.error()};
        if (meeting->status == MeetingStatus::Closed && !last.givenAfterMeeting)
            return Error{Text::tr("This meeting is closed: its record can no longer change.")};
        auto effect = Repo::effectOf(db, lastRow);
        if (!effect)
            return Error{effect.error()};
        if (const auto& e = effect.value()) {
            membershipChanged = true;
            if (auto d = Repo::deleteEffect(db, lastRow); !d)
                return d;
            if (e->created) {
                if (auto d = OrganisationRepository::deleteMembership(db, e->membership); !d)
                    return d;
            } else { // SQL stays in storage/: restore the end date through the repository
                const QList<Membership>& all = m_org.organisation().memberships;
                const auto ended = std::find_if(all.cbegin(), all.cend(),
                                                [&](const Membership& m) { return m.id == e->membership; });
                if (ended == all.cend())
                    return Error{Text::tr("The membership this decision ended no longer exists.")};
                Membership restored = *ended;
                restored.to = e->previousTo;
                if (auto u = OrganisationRepository::updateMembership(db, *ended, restored); !u)
                    return u;
            }
        }
        if (last.kind == ConsentEventKind::Deferred) {
            if (auto removed = removeDeferral(s->agendaItem); !removed)
                return removed;
        }
        if (last.kind == ConsentEventKind::Resumed) {
            // Undoing the resumption puts the proposal back on the backlog, as the deferral had.
            BacklogItem b;
            b.circle = meeting->circle;
            b.kind = item->kind;
            b.title = item->title;
            b.personConcerned = item->personConcerned;
            b.source = item->id;
            b.createdAt = now();
            if (auto inserted = MeetingRepository::insertBacklogItem(db, b); !inserted)
                return Error{inserted.error()};
        }
        if (last.kind == ConsentEventKind::ReferredToParent) {
            auto referred = MeetingRepository::backlogReferredFrom(db, id);
            if (!referred)
                return Error{referred.error()};
            for (const BacklogItem& b : *referred) {
                if (!b.isOpen())
                    return Error{Text::tr(
                        "The parent circle has already taken up this proposal; the referral stays.")};
                if (auto d = MeetingRepository::deleteBacklogItem(db, b.id); !d)
                    return d;
            }
        }
        if (auto d = Repo::deleteLastEvent(db, id); !d)
            return d;
        if (meeting->status == MeetingStatus::Closed) {
            if (auto t = RecordChain::truncate(db, QStringLiteral("consent/%1").arg(id.value())); !t)
                return t;
        }
        return RegisterRepository::refresh(db, id);
    });
    m_live.remove(id);
    if (!r)
        return r;
    if (membershipChanged)
        m_org.reload();
    if (last.kind == ConsentEventKind::ReferredToParent || last.kind == ConsentEventKind::Deferred ||
        last.kind == ConsentEventKind::Resumed)
        emit m_meetings.meetingsChanged();
    const Result<ConsentProcess> now = process(id);
    publish(id, DocumentChange::How::EventUndone, last.kind,
            now ? std::optional<ConsentPhase>(now->phase()) : std::nullopt);
    if (referredFrom.isValid()) // the proposal referred up shows where this one stands
        publish(referredFrom, DocumentChange::How::Changed, std::nullopt, std::nullopt);
    return {};
}

Result<void> ConsentService::removeDeferral(AgendaItemId item)
{
    auto deferred = MeetingRepository::backlogDeferredFrom(m_db.connection(), item);
    if (!deferred)
        return Error{deferred.error()};
    for (const BacklogItem& b : *deferred) {
        if (!b.isOpen())
            return Error{Text::tr("A later meeting has already taken up this proposal from the backlog.")};
        if (auto d = MeetingRepository::deleteBacklogItem(m_db.connection(), b.id); !d)
            return d;
    }
    return {};
}

void ConsentService::publish(ConsentProcessId id, DocumentChange::How how,
                             std::optional<ConsentEventKind> event, std::optional<ConsentPhase> phase,
                             bool entryChanged)
{
    emit processChanged(id);
    DocumentChange change;
    change.subject = DocumentChange::Subject::ConsentProcess;
    change.how = how;
    change.id = id.value();
    change.event = event;
    change.phase = phase;
    change.registerEntryChanged = entryChanged;
    emit changed(change);
}

} // namespace cercles
