#include "voterepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>

namespace cercles::VoteRepository {

using namespace sql;

namespace {

/// Takes a vote; returns its option row ids in position order.
Result<QList<qint64>> optionIds(const QSqlDatabase& db, VoteId vote)
{
    auto q = exec(db, QStringLiteral("SELECT id FROM vote_option WHERE vote_id = ? ORDER BY position"),
                  {vote.value()});
    if (!q)
        return Error{q.error()};
    QList<qint64> ids;
    for (QSqlQuery rows = std::move(q).value(); rows.next();)
        ids << rows.value(0).toLongLong();
    return ids;
}

} // namespace

Result<VoteId> insertVote(const QSqlDatabase& db, const Vote& v)
{
    auto id = insertedId<VoteId>(exec(
        db,
        QStringLiteral(
            "INSERT INTO vote (agenda_item_id, title, default_scale, fill_rule, fill_grade, participants, "
            "status, created_utc) VALUES (?, ?, ?, ?, ?, ?, 'open', ?)"),
        {v.agendaItem.value(), v.title, v.gradeNamesBestFirst.isEmpty(), fillRuleKey(v.fill.rule),
         v.fill.grade, v.fill.participants, toSql(v.createdAt)}));
    if (!id)
        return id;
    for (qsizetype i = 0; i < v.gradeNamesBestFirst.size(); ++i) {
        if (auto r =
                run(db, QStringLiteral("INSERT INTO vote_grade (vote_id, position, name) VALUES (?, ?, ?)"),
                    {id->value(), qint64(i), v.gradeNamesBestFirst.at(i)});
            !r)
            return Error{r.error()};
    }
    for (qsizetype i = 0; i < v.options.size(); ++i) {
        if (auto r =
                run(db, QStringLiteral("INSERT INTO vote_option (vote_id, position, label) VALUES (?, ?, ?)"),
                    {id->value(), qint64(i), v.options.at(i)});
            !r)
            return Error{r.error()};
    }
    return id;
}

Result<void> deleteVote(const QSqlDatabase& db, VoteId id)
{
    for (const char* table : {"vote_grade", "vote_option"}) {
        if (auto r = run(db, QStringLiteral("DELETE FROM %1 WHERE vote_id = ?").arg(QLatin1String(table)),
                         {id.value()});
            !r)
            return r;
    }
    return run(db, QStringLiteral("DELETE FROM vote WHERE id = ?"), {id.value()});
}

Result<Vote> load(const QSqlDatabase& db, VoteId id)
{
    auto q = exec(
        db,
        QStringLiteral("SELECT agenda_item_id, title, default_scale, fill_rule, fill_grade, participants, "
                       "status, created_utc, closed_utc FROM vote WHERE id = ?"),
        {id.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return Error{QCoreApplication::translate("VoteRepository", "The vote no longer exists in the file.")};
    Vote v;
    v.id = id;
    v.agendaItem = AgendaItemId(row.value(0).toLongLong());
    v.title = row.value(1).toString();
    v.fill.rule = fillRuleFromKey(row.value(3).toString());
    v.fill.grade = row.value(4).toInt();
    v.fill.participants = row.value(5).toLongLong();
    v.status = row.value(6).toString() == QLatin1String("closed") ? VoteStatus::Closed : VoteStatus::Open;
    v.createdAt = instantFromSql(row.value(7));
    v.closedAt = instantFromSql(row.value(8));

    auto grades = exec(db, QStringLiteral("SELECT name FROM vote_grade WHERE vote_id = ? ORDER BY position"),
                       {id.value()});
    if (!grades)
        return Error{grades.error()};
    for (QSqlQuery rows = std::move(grades).value(); rows.next();)
        v.gradeNamesBestFirst << rows.value(0).toString();

    auto options =
        exec(db, QStringLiteral("SELECT id, label FROM vote_option WHERE vote_id = ? ORDER BY position"),
             {id.value()});
    if (!options)
        return Error{options.error()};
    QList<qint64> optionRows;
    for (QSqlQuery rows = std::move(options).value(); rows.next();) {
        optionRows << rows.value(0).toLongLong();
        v.options << rows.value(1).toString();
    }

    auto ballots = exec(
        db,
        QStringLiteral("SELECT b.id, b.cast_utc, g.option_id, g.grade FROM ballot b LEFT JOIN ballot_grade g "
                       "ON g.ballot_id = b.id WHERE b.vote_id = ? ORDER BY b.position"),
        {id.value()});
    if (!ballots)
        return Error{ballots.error()};
    qint64 current = 0;
    for (QSqlQuery rows = std::move(ballots).value(); rows.next();) {
        if (rows.value(0).toLongLong() != current) {
            current = rows.value(0).toLongLong();
            v.ballots << CastBallot{QList<int>(v.options.size(), -1), instantFromSql(rows.value(1))};
        }
        const qsizetype option = optionRows.indexOf(rows.value(2).toLongLong());
        if (option >= 0)
            v.ballots.last().grades[option] = rows.value(3).toInt();
    }

    auto voters =
        exec(db, QStringLiteral("SELECT person_id FROM vote_voter WHERE vote_id = ? ORDER BY rowid"),
             {id.value()});
    if (!voters)
        return Error{voters.error()};
    for (QSqlQuery rows = std::move(voters).value(); rows.next();)
        v.voters << PersonId(rows.value(0).toLongLong());

    auto tallies = exec(
        db, QStringLiteral("SELECT option_id, grade, count FROM vote_tally WHERE vote_id = ?"), {id.value()});
    if (!tallies)
        return Error{tallies.error()};
    const int gradeCount = v.scale().size();
    for (QSqlQuery rows = std::move(tallies).value(); rows.next();) {
        if (v.paperTallies.isEmpty())
            v.paperTallies = QList<Tally>(v.options.size(), Tally(gradeCount, 0));
        const qsizetype option = optionRows.indexOf(rows.value(0).toLongLong());
        const int grade = rows.value(1).toInt();
        if (option >= 0 && grade < gradeCount)
            v.paperTallies[option][grade] = rows.value(2).toLongLong();
    }
    return v;
}

Result<VoteId> voteOf(const QSqlDatabase& db, AgendaItemId item)
{
    auto q = exec(db, QStringLiteral("SELECT id FROM vote WHERE agenda_item_id = ?"), {item.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    return row.next() ? VoteId(row.value(0).toLongLong()) : VoteId();
}

Result<void> insertBallot(const QSqlDatabase& db, VoteId vote, PersonId voter, const CastBallot& ballot)
{
    Result<QList<qint64>> options = optionIds(db, vote);
    if (!options)
        return Error{options.error()};
    auto id = exec(
        db,
        QStringLiteral(
            "INSERT INTO ballot (vote_id, position, cast_utc) VALUES (?, (SELECT coalesce(max(position), "
            "0) + 1 FROM ballot WHERE vote_id = ?), ?)"),
        {vote.value(), vote.value(), toSql(ballot.castAt)});
    if (!id)
        return Error{id.error()};
    const qint64 ballotId = id->lastInsertId().toLongLong();
    for (qsizetype i = 0; i < ballot.grades.size() && i < options->size(); ++i) {
        if (ballot.grades.at(i) < 0)
            continue;
        if (auto r = run(
                db, QStringLiteral("INSERT INTO ballot_grade (ballot_id, option_id, grade) VALUES (?, ?, ?)"),
                {ballotId, options->at(i), ballot.grades.at(i)});
            !r)
            return r;
    }
    if (!voter.isValid())
        return {};
    return run(db, QStringLiteral("INSERT INTO vote_voter (vote_id, person_id) VALUES (?, ?)"),
               {vote.value(), voter.value()});
}

Result<void> replacePaperTallies(const QSqlDatabase& db, VoteId vote, const QList<Tally>& tallies)
{
    Result<QList<qint64>> options = optionIds(db, vote);
    if (!options)
        return Error{options.error()};
    if (auto r = run(db, QStringLiteral("DELETE FROM vote_tally WHERE vote_id = ?"), {vote.value()}); !r)
        return r;
    for (qsizetype option = 0; option < tallies.size() && option < options->size(); ++option) {
        for (qsizetype grade = 0; grade < tallies.at(option).size(); ++grade) {
            if (tallies.at(option).at(grade) == 0)
                continue;
            if (auto r =
                    run(db,
                        QStringLiteral(
                            "INSERT INTO vote_tally (vote_id, option_id, grade, count) VALUES (?, ?, ?, ?)"),
                        {vote.value(), options->at(option), qint64(grade), tallies.at(option).at(grade)});
                !r)
                return r;
        }
    }
    return {};
}

Result<void> setStatus(const QSqlDatabase& db, VoteId vote, VoteStatus status, const QDateTime& closedAt)
{
    return run(db, QStringLiteral("UPDATE vote SET status = ?, closed_utc = ? WHERE id = ?"),
               {voteStatusKey(status), toSql(closedAt), vote.value()});
}

} // namespace cercles::VoteRepository
