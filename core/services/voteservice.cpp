#include "voteservice.h"

#include "meetingservice.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/voterepository.h"

#include <QCoreApplication>
#include <QSet>

namespace cercles {

namespace Repo = VoteRepository;

VoteService::VoteService(Database& db, MeetingService& meetings, QObject* parent)
    : QObject(parent), m_db(db), m_meetings(meetings)
{}

Result<VoteId> VoteService::createVote(AgendaItemId itemId, const VoteDefinition& d)
{
    const QSqlDatabase db = m_db.connection();
    VoteId id;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<MeetingService::ItemInMeeting> found = m_meetings.editableItem(itemId);
        if (!found)
            return Error{found.error()};
        const AgendaItem* item = &found->item;
        if (item->kind != AgendaItemKind::MajorityJudgmentVote)
            return Error{tr("\u201c%1\u201d is not a majority-judgment vote.").arg(item->title)};
        auto existing = Repo::voteOf(db, itemId);
        if (!existing)
            return Error{existing.error()};
        if (existing->isValid())
            return Error{tr("A vote is already recorded on \u201c%1\u201d.").arg(item->title)};
        if (d.title.trimmed().isEmpty())
            return Error{tr("Give the vote a title.")};
        if (d.options.size() < 2)
            return Error{tr("A vote needs at least two options.")};
        QSet<QString> seen;
        Vote v;
        for (const QString& raw : d.options) {
            const QString option = raw.trimmed();
            if (option.isEmpty() || seen.contains(option))
                return Error{tr("Every option needs its own, non-empty label.")};
            seen.insert(option);
            v.options << option;
        }
        int gradeCount = GradeScale::frenchDefault().size();
        if (!d.gradeNamesBestFirst.isEmpty()) {
            JudgmentResult<GradeScale> scale = GradeScale::custom(d.gradeNamesBestFirst);
            if (!scale)
                return Error{scale.error().message};
            gradeCount = scale->size();
            v.gradeNamesBestFirst = scale->namesBestFirst();
        }
        if (d.fill.rule == FillRule::Static && (d.fill.grade < 0 || d.fill.grade >= gradeCount))
            return Error{tr("The grade given to missing judgments is not on the scale.")};
        if (d.fill.participants < 0)
            return Error{tr("The number of participants cannot be negative.")};
        v.agendaItem = itemId;
        v.title = d.title.trimmed();
        v.fill = d.fill;
        v.createdAt = now();
        auto inserted = Repo::insertVote(db, v);
        if (!inserted)
            return Error{inserted.error()};
        id = *inserted;
        return {};
    });
    if (!r)
        return Error{r.error()};
    emit voteChanged(id);
    return id;
}

Result<Vote> VoteService::editableVote(VoteId id) const
{
    Result<Vote> v = Repo::load(m_db.connection(), id);
    if (!v)
        return v;
    // Ballots, counts and closing are part of the meeting's record: a closed meeting refuses them all.
    if (Result<MeetingService::ItemInMeeting> open = m_meetings.editableItem(v->agendaItem); !open)
        return Error{open.error()};
    if (v->status == VoteStatus::Closed)
        return Error{tr("The vote is closed: no more ballots or counts can be added.")};
    return v;
}

Result<void> VoteService::removeVote(VoteId id)
{
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Vote> v = editableVote(id);
        if (!v)
            return Error{v.error()};
        if (!v->ballots.isEmpty() || !v->paperTallies.isEmpty() || !v->reopenings.isEmpty())
            return Error{tr("Ballots are recorded in this vote; it stays in the record.")};
        return Repo::deleteVote(m_db.connection(), id);
    });
    if (r)
        emit voteChanged(id);
    return r;
}

Result<VoteId> VoteService::voteOf(AgendaItemId item) const
{
    return Repo::voteOf(m_db.connection(), item);
}

Result<Vote> VoteService::vote(VoteId id) const
{
    return Repo::load(m_db.connection(), id);
}

Result<void> VoteService::castBallot(VoteId id, PersonId voter, const QList<int>& grades)
{
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Vote> v = editableVote(id);
        if (!v)
            return Error{v.error()};
        if (auto fits = v->checkBallot(grades); !fits)
            return fits;
        if (voter.isValid()) {
            Result<MeetingService::ItemInMeeting> found = m_meetings.editableItem(v->agendaItem);
            if (!found)
                return Error{found.error()};
            if (!found->meeting.present().contains(voter))
                return Error{tr("Only a participant present at the meeting can vote.")};
            if (v->voters.contains(voter))
                return Error{tr("This participant has already voted.")};
        }
        return Repo::insertBallot(m_db.connection(), id, voter, CastBallot{grades});
    });
    if (r)
        emit voteChanged(id);
    return r;
}

Result<void> VoteService::withdrawBallot(VoteId id, PersonId voter, const QList<int>& grades)
{
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Vote> v = editableVote(id);
        if (!v)
            return Error{v.error()};
        if (voter.isValid() && !v->voters.contains(voter))
            return Error{tr("This participant has not voted.")};
        return Repo::removeBallot(m_db.connection(), id, voter, CastBallot{grades});
    });
    if (r)
        emit voteChanged(id);
    return r;
}

Result<void> VoteService::setPaperTallies(VoteId id, const QList<Tally>& tallies)
{
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Vote> v = editableVote(id);
        if (!v)
            return Error{v.error()};
        if (auto fits = v->checkPaperTallies(tallies); !fits)
            return fits;
        return Repo::replacePaperTallies(m_db.connection(), id, tallies);
    });
    if (r)
        emit voteChanged(id);
    return r;
}

Result<MajorityJudgment> VoteService::close(VoteId id)
{
    std::optional<MajorityJudgment> result;
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Vote> v = editableVote(id);
        if (!v)
            return Error{v.error()};
        JudgmentResult<MajorityJudgment> judgment = v->judgment();
        if (!judgment)
            return Error{tr("The vote cannot be closed: %1").arg(judgment.error().message)};
        result = std::move(judgment).value();
        return Repo::setStatus(m_db.connection(), id, VoteStatus::Closed, now());
    });
    if (!r)
        return Error{r.error()};
    emit voteChanged(id);
    return std::move(*result);
}

Result<void> VoteService::reopen(VoteId id, const QString& reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{
            tr("Say why the vote is reopened: the reason stays in the record with the first result.")};
    if (why.size() > maxReasonLength)
        return Error{tr("The reason is too long (at most %1 characters).").arg(maxReasonLength)};
    Result<void> r = m_db.transact([&]() -> Result<void> {
        Result<Vote> v = vote(id);
        if (!v)
            return Error{v.error()};
        if (Result<MeetingService::ItemInMeeting> open = m_meetings.editableItem(v->agendaItem); !open)
            return Error{open.error()};
        if (v->status != VoteStatus::Closed)
            return Error{tr("The vote is already open.")};
        return Repo::insertReopening(m_db.connection(), id,
                                     VoteReopening{v->closedAt, now(), why, v->tallies()});
    });
    if (r)
        emit voteChanged(id);
    return r;
}

Result<MajorityJudgment> VoteService::result(VoteId id) const
{
    Result<Vote> v = vote(id);
    if (!v)
        return Error{v.error()};
    if (v->status != VoteStatus::Closed)
        return Error{tr("The result is shown once the facilitator closes the vote.")};
    JudgmentResult<MajorityJudgment> judgment = v->judgment();
    if (!judgment)
        return Error{judgment.error().message};
    return std::move(judgment).value();
}

} // namespace cercles
