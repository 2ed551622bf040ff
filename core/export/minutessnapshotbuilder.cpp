#include "minutessnapshotbuilder.h"

#include "domain/decisionentry.h"
#include "domain/frenchgrammar.h"
#include "domain/localtime.h"
#include "services/consentservice.h"
#include "services/document.h"
#include "services/electionservice.h"
#include "services/itemoutcomes.h"
#include "services/meetingservice.h"
#include "services/minutesservice.h"
#include "services/organisationservice.h"
#include "services/voteservice.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace cercles {

namespace {

/// Resolves what the minutes name: people, circles, scope items, and local dates of the meeting's zone.
class Names
{
public:
    Names(const Organisation& org, const QByteArray& zone) : m_org(org), m_zone(QTimeZone(zone))
    {
        if (!m_zone.isValid())
            m_zone = QTimeZone::utc();
    }
    QString person(PersonId id) const
    {
        if (!id.isValid())
            return {};
        const Person* p = m_org.person(id);
        return p ? p->name : QStringLiteral("#%1").arg(id.value());
    }
    QStringList people(const QList<PersonId>& ids) const
    {
        QStringList names;
        for (PersonId id : ids)
            names << person(id);
        return names;
    }
    QString circle(CircleId id) const
    {
        const Circle* c = m_org.circle(id);
        return c ? c->name : QString();
    }
    /// Takes a circle; returns its French article key (domain/frenchgrammar.h), empty for none.
    QString article(CircleId id) const
    {
        const Circle* c = m_org.circle(id);
        return c ? articleKey(c->article) : QString();
    }
    QString scopeItem(CircleId circleId, ScopeItemId id) const
    {
        if (!id.isValid())
            return {};
        if (const Circle* c = m_org.circle(circleId)) {
            for (const ScopeItem& s : c->scope) {
                if (s.id == id)
                    return s.text;
            }
        }
        for (const Circle& c : m_org.circles) { // a referred proposal names its sub-circle's scope item
            for (const ScopeItem& s : c.scope) {
                if (s.id == id)
                    return s.text;
            }
        }
        return {};
    }
    QTime localTime(const QDateTime& utc) const
    {
        return utc.isValid() ? utc.toTimeZone(m_zone).time() : QTime();
    }
    QDate localDate(const QDateTime& utc) const
    {
        return utc.isValid() ? utc.toTimeZone(m_zone).date() : QDate();
    }

private:
    const Organisation& m_org;
    QTimeZone m_zone;
};

MinutesSnapshot::Decision decisionOf(const ConsentProcess& p, const Meeting& meeting, const Names& names,
                                     const QList<PersonId>& excused)
{
    const ConsentSetup& setup = p.setup();
    MinutesSnapshot::Decision d;
    d.kind = processKindKey(setup.kind);
    d.text = p.currentVersion().text;
    d.version = p.currentVersion().number;
    d.driver = setup.proposal.driver;
    d.scopeItem = names.scopeItem(setup.circle, setup.proposal.scopeItem);
    d.responsible = names.person(setup.proposal.responsible);
    d.reviewDate = p.currentVersion().reviewDate;
    d.indicators = p.currentVersion().indicators;
    d.personConcerned = names.person(setup.personConcerned);
    d.outcome = phaseKey(p.phase());
    // The meeting's date for what was decided in it (not the computer's clock when it was recorded); the
    // day of the last late consent for a decision completed after the meeting (issue 9).
    d.outcomeDate = p.phase() == ConsentPhase::Adopted ? decisionDate(p, meeting)
                    : p.outcomeAt().isValid()          ? meeting.localDate()
                                                       : QDate();
    d.decidedAfterMeeting = p.phase() == ConsentPhase::Adopted && p.decidedAfterMeeting();
    d.referredTo = names.circle(p.referredTo());
    if (p.referredTo().isValid())
        d.referredToArticle = names.article(p.referredTo());
    if (p.phase() == ConsentPhase::Deferred || p.phase() == ConsentPhase::ReferredToParent ||
        p.phase() == ConsentPhase::Withdrawn) {
        for (auto e = p.history().crbegin(); e != p.history().crend(); ++e) {
            if (e->kind == ConsentEventKind::Deferred || e->kind == ConsentEventKind::ReferredToParent ||
                e->kind == ConsentEventKind::Withdrawn) {
                d.outcomeReason = e->text;
                break;
            }
        }
    }
    // What was asked about a proposal that goes elsewhere travels with it (issue 10): the minutes of the
    // meeting that deferred or referred it say it, as the later meeting's minutes do.
    if (p.phase() == ConsentPhase::Deferred || p.phase() == ConsentPhase::ReferredToParent) {
        for (const ConsentEvent& e : p.history()) {
            if (e.kind == ConsentEventKind::QuestionAsked)
                d.questions << MinutesSnapshot::Said{names.person(e.person), e.text};
            else if (e.kind == ConsentEventKind::ReactionGiven)
                d.reactions << MinutesSnapshot::Said{names.person(e.person), e.text};
        }
    }
    d.rule = basisKey(setup.rule.basis);

    for (const Objection& o : p.objections()) {
        MinutesSnapshot::Objection x;
        x.person = names.person(o.person);
        x.reason = o.reason;
        x.round = o.round;
        x.version = o.version;
        x.givenAfterMeeting = o.givenAfterMeeting;
        if (o.integration) {
            x.integrated = true;
            x.method = integrationMethodKey(o.integration->method);
            x.integrationText = o.integration->text;
            x.newReviewDate = o.integration->reviewDate;
            x.resultingVersion = o.integration->version;
        }
        d.objections << x;
    }

    if (p.versions().size() > 1) {
        for (const ProposalVersion& v : p.versions()) {
            MinutesSnapshot::Version version{v.number, v.text, {}};
            for (const ConsentRound& round : p.consentRounds()) {
                if (round.version != v.number)
                    continue;
                MinutesSnapshot::RoundCount count{round.number, 0, 0, 0};
                for (PersonId person : round.eligible) {
                    switch (round.responseOf(person)) {
                    case ResponseKind::Consent:
                        ++count.consents;
                        break;
                    case ResponseKind::ConsentWithConcern:
                        ++count.concerns;
                        break;
                    case ResponseKind::Objection:
                        ++count.objections;
                        break;
                    case ResponseKind::None:
                        break;
                    }
                }
                version.rounds << count;
            }
            d.versions << version;
        }
    }

    for (const ConsentRound& round : p.consentRounds()) {
        for (PersonId person : round.eligible) {
            MinutesSnapshot::ChangedAnswer changed{names.person(person), round.number, {}, {}};
            for (const ConsentResponse& r : round.responses) {
                if (r.person != person)
                    continue;
                changed.kinds << (r.kind == ResponseKind::Objection            ? QStringLiteral("objection")
                                  : r.kind == ResponseKind::ConsentWithConcern ? QStringLiteral("concern")
                                                                               : QStringLiteral("consent"));
                changed.texts << r.text;
            }
            if (changed.kinds.size() > 1)
                d.changedAnswers << changed;
        }
    }

    if (const ConsentRound* round = p.currentRound()) {
        for (PersonId person : round->eligible) {
            const std::optional<ConsentResponse> r = round->latestResponse(person);
            if (r && (r->kind == ResponseKind::Consent || r->kind == ResponseKind::ConsentWithConcern)) {
                d.consents << MinutesSnapshot::Consent{names.person(person), r->text, r->givenAfterMeeting,
                                                       names.localDate(r->at)};
            }
        }
        // Awaited: present people who did not answer yet (round still open) and absent eligible members.
        d.pending = names.people(round->awaitedPresent() + round->awaitedAbsent());
        if (setup.rule.excludesPersonConcerned && setup.personConcerned.isValid() &&
            setup.kind != ConsentProcessKind::Decision) {
            d.excluded << MinutesSnapshot::Exclusion{names.person(setup.personConcerned),
                                                     QStringLiteral("person-concerned")};
        }
        if (setup.rule.basis == ConsentBasis::MembersPresent) {
            for (PersonId member : setup.members) {
                if (!round->isEligible(member) && member != setup.personConcerned)
                    // An excused member is told apart from an absent one, as in the attendance.
                    d.excluded << MinutesSnapshot::Exclusion{
                        names.person(member), excused.contains(member)
                                                  ? QStringLiteral("excused-members-present-rule")
                                                  : QStringLiteral("absent-members-present-rule")};
            }
        }
    }
    return d;
}

QList<MinutesSnapshot::NominationTurn> turnsOf(const QList<NominationTurn>& turns, const Names& names)
{
    QList<MinutesSnapshot::NominationTurn> list;
    for (const NominationTurn& t : turns)
        list << MinutesSnapshot::NominationTurn{names.person(t.person), names.person(t.nominee), t.text,
                                                t.changed};
    return list;
}

MinutesSnapshot::ElectionRecord electionOf(const Election& e, const Names& names)
{
    const ElectionSetup& setup = e.setup();
    MinutesSnapshot::ElectionRecord r;
    r.role = setup.roleName;
    r.termStart = setup.termStart;
    r.termEnd = setup.termEnd;
    r.qualifications = setup.qualifications;
    r.phase = electionPhaseKey(e.phase());
    r.nominations = turnsOf(e.explanations(), names);
    r.changes = turnsOf(e.changes(), names);
    for (const ElectionProposal& p : e.proposals())
        r.proposals << MinutesSnapshot::ElectionProposal{
            p.number, names.person(p.nominee), p.start, p.end, p.roleName, p.reasons};
    for (const ElectionConsentRound& round : e.consentRounds()) {
        MinutesSnapshot::ElectionRound x{round.number, round.proposal, {}};
        PersonId nominee;
        for (const ElectionProposal& p : e.proposals()) {
            if (p.number == round.proposal)
                nominee = p.nominee;
        }
        for (const ElectionResponse& a : round.responses)
            x.answers << MinutesSnapshot::ElectionAnswer{names.person(a.person), a.objection, a.text,
                                                         a.person == nominee};
        r.rounds << x;
    }
    for (const ElectionIntegration& i : e.integrations())
        r.integrations << MinutesSnapshot::ElectionIntegration{
            electionEventKindKey(i.kind), i.round, i.start, i.end, i.roleName, i.text};
    if (const std::optional<ElectionOutcome> o = e.outcome()) {
        r.elected = names.person(o->person);
        r.mandateRole = o->roleName;
        r.mandateStart = o->start;
        r.mandateEnd = o->end;
    }
    return r;
}

QString decisionKey(Decision d)
{
    switch (d) {
    case Decision::MajorityGrade:
        return QStringLiteral("majority-grade");
    case Decision::Adhesion:
        return QStringLiteral("adhesion");
    case Decision::Contestation:
        return QStringLiteral("contestation");
    case Decision::Tied:
        break;
    }
    return QStringLiteral("tied");
}

Result<MinutesSnapshot::VoteRecord> voteRecordOf(VoteService& votes, const Vote& v, const Names& names)
{
    MinutesSnapshot::VoteRecord r;
    r.title = v.title;
    r.options = v.options;
    r.grades = v.gradeNamesBestFirst;
    r.fillRule = fillRuleKey(v.fill.rule);
    r.fillGrade = v.fill.grade;
    r.participants = v.fill.participants;
    r.ballots = int(v.ballots.size());
    r.closed = v.status == VoteStatus::Closed;
    for (const VoteReopening& reopening : v.reopenings) {
        JudgmentResult<MajorityJudgment> before = v.judgmentBefore(reopening);
        if (!before)
            return Error{before.error().message};
        r.earlier << MinutesSnapshot::VoteEarlierResult{names.localTime(reopening.closedAt),
                                                        names.localTime(reopening.reopenedAt),
                                                        reopening.reason,
                                                        before->majorityGrades,
                                                        before->ranks,
                                                        before->order};
    }
    if (!r.closed)
        return r;
    Result<MajorityJudgment> result = votes.result(v.id);
    if (!result)
        return Error{result.error()};
    const MajorityJudgment& j = result.value();
    r.profiles = j.profiles;
    r.majorityGrades = j.majorityGrades;
    r.ranks = j.ranks;
    r.order = j.order;
    for (const Explanation& x : j.explanations) {
        const Comparison& c = x.comparison;
        r.explanations << MinutesSnapshot::VoteExplanation{
            x.ahead, x.next, decisionKey(c.decision), c.grade, c.behindGrade, c.aheadCount, c.behindCount};
    }
    return r;
}

/// The meeting an agenda item belongs to, as the minutes name it.
struct MeetingDay
{
    QDate date;      ///< local
    QString circle;  ///< its circle's name (empty when it is missing)
    QString article; ///< the circle's French article key
};

/// Takes an agenda item; returns its meeting's local date and circle.
MeetingDay meetingDayOf(MeetingService& meetings, AgendaItemId item)
{
    Result<AgendaItem> a = MeetingRepository::loadAgendaItem(meetings.database().connection(), item);
    Result<Meeting> m = a ? meetings.meeting(a->meeting) : Result<Meeting>(Error{a.error()});
    if (!m)
        return {};
    const Circle* c = meetings.organisation().organisation().circle(m->circle);
    return {m->localDate(), c ? c->name : QString(), c ? articleKey(c->article) : QString()};
}

/// Takes an item's process; fills what it continues (an earlier deferred or referred proposal, with what
/// was said there) and what continued it afterwards (issue 10: both meetings' minutes say so).
Result<void> linkProposal(MeetingService& meetings, ConsentService& consent, ConsentProcessId process,
                          const Names& names, MinutesSnapshot::Item& item)
{
    Result<ConsentRepository::StoredProcess> stored = consent.stored(process);
    if (!stored)
        return Error{stored.error()};
    if (stored->referredFrom.isValid()) {
        Result<ConsentProcess> earlier = consent.process(stored->referredFrom);
        if (!earlier)
            return Error{earlier.error()};
        Result<ConsentRepository::StoredProcess> earlierStored = consent.stored(stored->referredFrom);
        if (!earlierStored)
            return Error{earlierStored.error()};
        MinutesSnapshot::Continuation c;
        c.how = earlier->setup().circle == stored->setup.circle ? QStringLiteral("deferred")
                                                                : QStringLiteral("referred");
        const MeetingDay earlierDay = meetingDayOf(meetings, earlierStored->agendaItem);
        c.date = earlierDay.date;
        c.circle = earlierDay.circle;
        c.circleArticle = earlierDay.article;
        c.versions = earlier->currentVersion().number;
        for (const ConsentEvent& e : earlier->history()) {
            if (e.kind == ConsentEventKind::QuestionAsked)
                c.questions << MinutesSnapshot::Said{names.person(e.person), e.text};
            else if (e.kind == ConsentEventKind::ReactionGiven)
                c.reactions << MinutesSnapshot::Said{names.person(e.person), e.text};
            else if (e.kind == ConsentEventKind::Deferred || e.kind == ConsentEventKind::ReferredToParent)
                c.reason = e.text;
        }
        item.continued = c;
    }
    Result<QList<ConsentProcessId>> later = consent.continuationsOf(process);
    if (!later)
        return Error{later.error()};
    if (!later->isEmpty()) {
        Result<ConsentRepository::StoredProcess> next = consent.stored(later->constLast());
        Result<ConsentProcess> nextProcess = consent.process(later->constLast());
        if (!next || !nextProcess)
            return Error{next ? nextProcess.error() : next.error()};
        const MeetingDay nextDay = meetingDayOf(meetings, next->agendaItem);
        item.followUp = MinutesSnapshot::FollowUp{nextDay.circle, nextDay.article, nextDay.date,
                                                  phaseKey(nextProcess->phase())};
    }
    return {};
}

} // namespace

Result<MinutesSnapshot> buildMinutesSnapshot(MeetingService& meetings, ConsentService& consent, MeetingId id,
                                             ElectionService* elections, VoteService* votes)
{
    Result<Meeting> loaded = meetings.meeting(id);
    if (!loaded)
        return Error{loaded.error()};
    const Meeting& m = loaded.value();
    const Organisation& org = meetings.organisation().organisation();
    const Names names(org, m.timeZone);

    MinutesSnapshot s;
    s.meetingId = m.id.value();
    s.language = m.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr");
    s.organisation = org.name;
    s.circle = names.circle(m.circle);
    const QDateTime local = m.localStart();
    s.date = local.date();
    s.time = local.time();
    s.timeZone = QString::fromLatin1(m.timeZone);
    // A wall-clock time the zone shows twice (clocks going back) is told apart by its UTC offset.
    if (resolveLocalTime(s.date, s.time, m.timeZone).kind == LocalTimeResolution::Kind::Ambiguous)
        s.timeZone += QStringLiteral(", ") + utcOffsetText(local.offsetFromUtc());
    s.place = m.place;
    s.facilitator = names.person(m.facilitator);
    s.secretary = names.person(m.secretary);
    s.meetingStatus = meetingStatusKey(m.status);
    for (const Attendance& a : m.attendance) {
        QStringList* group = a.status == AttendanceStatus::Present   ? &s.present
                             : a.status == AttendanceStatus::Excused ? &s.excused
                             : a.status == AttendanceStatus::Absent  ? &s.absent
                                                                     : &s.guests;
        *group << names.person(a.person);
    }
    s.nextMeeting = m.nextMeeting;
    QList<PersonId> excusedPeople;
    for (const Attendance& a : m.attendance)
        if (a.status == AttendanceStatus::Excused)
            excusedPeople << a.person;

    QHash<AgendaItemId, int> numbers;
    for (qsizetype i = 0; i < m.agenda.size(); ++i) {
        const AgendaItem& a = m.agenda[i];
        numbers.insert(a.id, int(i + 1));
        MinutesSnapshot::Item item;
        item.number = int(i + 1);
        item.kind = agendaKindKey(a.kind);
        Result<AgendaItemState> outcome = itemOutcome(a, consent, elections, votes);
        if (!outcome)
            return Error{outcome.error()};
        item.state = agendaStateKey(*outcome);
        item.title = a.title;
        item.notes = a.notes;
        item.content = a.content;
        if (isConsentKind(a.kind)) {
            Result<ConsentProcessId> pid = consent.processOf(a.id);
            if (!pid)
                return Error{pid.error()};
            if (pid->isValid()) {
                Result<ConsentProcess> p = consent.process(pid.value());
                if (!p)
                    return Error{p.error()};
                item.decision = decisionOf(p.value(), m, names, excusedPeople);
                if (auto linked = linkProposal(meetings, consent, *pid, names, item); !linked)
                    return Error{linked.error()};
                if (a.kind != AgendaItemKind::ConsentDecision) {
                    s.membershipChanges << MinutesSnapshot::MembershipChange{
                        item.decision->personConcerned, a.kind == AgendaItemKind::MembershipEntry,
                        item.decision->outcome, item.decision->outcomeDate};
                }
            }
        }
        if (a.kind == AgendaItemKind::Election && elections) {
            Result<ElectionId> eid = elections->electionOf(a.id);
            if (!eid)
                return Error{eid.error()};
            if (eid->isValid()) {
                Result<Election> e = elections->election(eid.value());
                if (!e)
                    return Error{e.error()};
                item.election = electionOf(e.value(), names);
            }
        }
        if (a.kind == AgendaItemKind::MajorityJudgmentVote && votes) {
            Result<VoteId> vid = votes->voteOf(a.id);
            if (!vid)
                return Error{vid.error()};
            if (vid->isValid()) {
                Result<Vote> v = votes->vote(vid.value());
                if (!v)
                    return Error{v.error()};
                Result<MinutesSnapshot::VoteRecord> record = voteRecordOf(*votes, v.value(), names);
                if (!record)
                    return Error{record.error()};
                item.vote = record.value();
            }
        }
        s.agenda << item;
    }

    Result<QList<Action>> actions = meetings.actions(id);
    if (!actions)
        return Error{actions.error()};
    for (const Action& a : actions.value())
        s.actions << MinutesSnapshot::Action{names.person(a.person), a.text, a.due,
                                             numbers.value(a.agendaItem)};

    Result<QList<BacklogItem>> backlog = meetings.backlog(m.circle);
    if (!backlog)
        return Error{backlog.error()};
    for (const BacklogItem& b : backlog.value()) {
        // The backlog as it stood after this meeting: put there by then, and not taken up here or earlier.
        const QDate since = names.localDate(b.createdAt);
        if (since > s.date || numbers.contains(b.takenUpBy))
            continue;
        if (!b.isOpen()) {
            // Taken up by another meeting: still on the backlog here only if that meeting came later.
            Result<AgendaItem> by =
                MeetingRepository::loadAgendaItem(meetings.database().connection(), b.takenUpBy);
            Result<Meeting> later = by ? meetings.meeting(by->meeting) : Result<Meeting>(Error{by.error()});
            if (!later || later->start <= m.start)
                continue;
        }
        MinutesSnapshot::BacklogEntry entry{
            b.title, agendaKindKey(b.kind), since, numbers.contains(b.source), {}, {}};
        if (b.referredFrom.isValid()) {
            if (Result<ConsentRepository::StoredProcess> from = consent.stored(b.referredFrom)) {
                entry.referredBy = names.circle(from->setup.circle);
                if (const Circle* c = org.circle(from->setup.circle))
                    entry.referredByArticle = articleKey(c->article);
            }
        }
        s.backlog << entry;
    }
    return s;
}

Result<MinutesSnapshot> loadMinutes(MeetingService& meetings, ConsentService& consent,
                                    MinutesService& minutes, MeetingId meeting, ElectionService* elections,
                                    VoteService* votes)
{
    Result<MinutesSnapshot> live = buildMinutesSnapshot(meetings, consent, meeting, elections, votes);
    if (!live)
        return live;
    Result<MinutesStatus> status = minutes.status(meeting);
    if (!status)
        return Error{status.error()};
    if (!status->isApproved())
        return live;
    std::optional<MinutesSnapshot> frozen = MinutesSnapshot::fromJson(status->approval->frozen);
    if (!frozen || MinutesService::sha256Hex(status->approval->frozen) != status->approval->frozenSha256) {
        return Error{QCoreApplication::translate("Minutes",
                                                 "The approved minutes stored in the file cannot be read: "
                                                 "the file may be damaged.")};
    }
    MinutesSnapshot s = *frozen;
    s.approvedOn = status->approval->approvedOn;
    s.chainHead = status->approval->chainHead;
    // Minutes approved in an earlier format are compared with the live record as that format wrote it, so
    // an older file's approved minutes are not reported as changed: format 1 knew no outcomes, content or
    // continuations, format 2 no article for the circle that referred a backlog point.
    const int frozenFormat = MinutesSnapshot::formatOf(status->approval->frozen);
    const QByteArray liveJson = frozenFormat == 1
                                    ? live->withStatesOf(s).toJson(1)
                                    : live->toJson(std::min(frozenFormat, MinutesSnapshot::currentFormat));
    s.changedSinceApproval = liveJson != status->approval->frozen;
    // What became of a deferred or referred item happens after the approval: taken from the live record.
    for (MinutesSnapshot::Item& item : s.agenda) {
        for (const MinutesSnapshot::Item& now : live->agenda) {
            if (now.number == item.number && now.title == item.title)
                item.followUp = now.followUp;
        }
    }
    const Organisation& org = meetings.organisation().organisation();
    for (const MinutesAmendment& a : status->amendments) {
        const Person* by = org.person(a.by);
        s.amendments << MinutesSnapshot::Amendment{a.date, by ? by->name : QString(), a.text};
    }
    return s;
}

Result<MinutesSnapshot> loadMinutes(Document& document, MeetingId meeting)
{
    MinutesService minutes(document.database(), document.meetings());
    return loadMinutes(document.meetings(), document.consent(), minutes, meeting, &document.elections(),
                       &document.votes());
}

Result<void> approveMinutes(MeetingService& meetings, ConsentService& consent, MinutesService& minutes,
                            MeetingId meeting, QDate approvedOn, ElectionService* elections,
                            VoteService* votes)
{
    Result<MinutesSnapshot> live = buildMinutesSnapshot(meetings, consent, meeting, elections, votes);
    if (!live)
        return Error{live.error()};
    return minutes.approve(meeting, approvedOn, live->toJson());
}

} // namespace cercles
