#include "voterepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>

#include <algorithm>

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

/// Takes a ballot's grades (-1: no judgment); returns its line in the ballot box: one character per option,
/// 'a' + grade or '-', then a newline. Every ballot of a vote has the same width, so the box grows by the
/// same number of bytes whatever is cast.
QString encodeBallot(const QList<int>& grades)
{
    QString line;
    for (int g : grades)
        line += g < 0 ? QLatin1Char('-') : QChar(u'a' + g);
    return line + QLatin1Char('\n');
}

QList<int> decodeBallot(const QString& line, qsizetype options)
{
    QList<int> grades(options, -1);
    for (qsizetype i = 0; i < options && i < line.size(); ++i)
        grades[i] = line.at(i) == QLatin1Char('-') ? -1 : line.at(i).unicode() - u'a';
    return grades;
}

/// Takes a voter; returns their line in the list of who voted: the id on 19 digits (fixed width, like
/// ballots), then a newline.
QString encodeVoter(PersonId voter)
{
    return QStringLiteral("%1\n").arg(voter.value(), 19, 10, QLatin1Char('0'));
}

/// Takes a box's text; returns its lines, each with its newline.
QStringList ballotLines(const QString& box)
{
    QStringList lines;
    for (qsizetype start = 0, end; (end = box.indexOf(QLatin1Char('\n'), start)) >= 0; start = end + 1)
        lines << box.mid(start, end - start + 1);
    return lines;
}

QList<Tally> decodeTallies(const QString& text)
{
    QList<Tally> tallies;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        Tally tally;
        for (const QString& count : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            tally << count.toLongLong();
        tallies << tally;
    }
    return tallies;
}

/// Takes lines; returns them sorted (the canonical order: by content, never by arrival) and joined.
QString canonicalBox(QStringList lines)
{
    std::sort(lines.begin(), lines.end());
    return lines.join(QString());
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
    for (const char* table : {"vote_ballots (vote_id, ballots)", "vote_voters (vote_id, person_ids)"}) {
        if (auto r = run(db, QStringLiteral("INSERT INTO %1 VALUES (?, '')").arg(QLatin1String(table)),
                         {id->value()});
            !r)
            return Error{r.error()};
    }
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
    for (const char* table : {"vote_ballots", "vote_voters", "vote_grade", "vote_option"}) {
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

    auto box = exec(db, QStringLiteral("SELECT ballots FROM vote_ballots WHERE vote_id = ?"), {id.value()});
    if (!box)
        return Error{box.error()};
    if (QSqlQuery row = std::move(box).value(); row.next()) {
        for (const QString& line : ballotLines(row.value(0).toString()))
            v.ballots << CastBallot{decodeBallot(line, v.options.size())};
    }

    auto voters =
        exec(db, QStringLiteral("SELECT person_ids FROM vote_voters WHERE vote_id = ?"), {id.value()});
    if (!voters)
        return Error{voters.error()};
    if (QSqlQuery row = std::move(voters).value(); row.next()) {
        for (const QString& line : ballotLines(row.value(0).toString()))
            v.voters << PersonId(line.trimmed().toLongLong());
    }

    auto reopenings =
        exec(db,
             QStringLiteral("SELECT closed_utc, reopened_utc, reason, tallies FROM vote_reopening "
                            "WHERE vote_id = ? ORDER BY seq"),
             {id.value()});
    if (!reopenings)
        return Error{reopenings.error()};
    for (QSqlQuery rows = std::move(reopenings).value(); rows.next();) {
        v.reopenings << VoteReopening{instantFromSql(rows.value(0)), instantFromSql(rows.value(1)),
                                      rows.value(2).toString(), decodeTallies(rows.value(3).toString())};
    }

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
    // The whole ballot box is rewritten in its canonical order, so where the new ballot lands says nothing
    // of when it was cast; secure_delete (Database) zeroes the box's previous copy in the file.
    auto box = exec(db,
                    QStringLiteral("SELECT b.ballots, w.person_ids FROM vote_ballots b JOIN vote_voters w "
                                   "ON w.vote_id = b.vote_id WHERE b.vote_id = ?"),
                    {vote.value()});
    if (!box)
        return Error{box.error()};
    QSqlQuery row = std::move(box).value();
    if (!row.next())
        return Error{QCoreApplication::translate("VoteRepository", "The vote no longer exists in the file.")};
    QStringList ballots = ballotLines(row.value(0).toString());
    QStringList voters = ballotLines(row.value(1).toString());
    ballots << encodeBallot(ballot.grades);
    if (auto r = run(db, QStringLiteral("UPDATE vote_ballots SET ballots = ? WHERE vote_id = ?"),
                     {canonicalBox(ballots), vote.value()});
        !r)
        return r;
    if (!voter.isValid())
        return {};
    voters << encodeVoter(voter);
    return run(db, QStringLiteral("UPDATE vote_voters SET person_ids = ? WHERE vote_id = ?"),
               {canonicalBox(voters), vote.value()});
}

Result<void> removeBallot(const QSqlDatabase& db, VoteId vote, PersonId voter, const CastBallot& ballot)
{
    auto box = exec(db,
                    QStringLiteral("SELECT b.ballots, w.person_ids FROM vote_ballots b JOIN vote_voters w "
                                   "ON w.vote_id = b.vote_id WHERE b.vote_id = ?"),
                    {vote.value()});
    if (!box)
        return Error{box.error()};
    QSqlQuery row = std::move(box).value();
    if (!row.next())
        return Error{QCoreApplication::translate("VoteRepository", "The vote no longer exists in the file.")};
    QStringList ballots = ballotLines(row.value(0).toString());
    QStringList voters = ballotLines(row.value(1).toString());
    if (!ballots.removeOne(encodeBallot(ballot.grades)) ||
        (voter.isValid() && !voters.removeOne(encodeVoter(voter))))
        return Error{QCoreApplication::translate("VoteRepository", "This ballot is not in the ballot box.")};
    if (auto r = run(db, QStringLiteral("UPDATE vote_ballots SET ballots = ? WHERE vote_id = ?"),
                     {canonicalBox(ballots), vote.value()});
        !r)
        return r;
    if (!voter.isValid())
        return {};
    return run(db, QStringLiteral("UPDATE vote_voters SET person_ids = ? WHERE vote_id = ?"),
               {canonicalBox(voters), vote.value()});
}

QString encodeTallies(const QList<Tally>& tallies)
{
    QString text;
    for (const Tally& tally : tallies) {
        QStringList counts;
        for (qint64 count : tally)
            counts << QString::number(count);
        text += counts.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    return text;
}

Result<void> insertReopening(const QSqlDatabase& db, VoteId vote, const VoteReopening& reopening)
{
    if (auto r =
            run(db,
                QStringLiteral("INSERT INTO vote_reopening (vote_id, seq, closed_utc, reopened_utc, reason, "
                               "tallies) VALUES (?, (SELECT 1 + count(*) FROM vote_reopening WHERE "
                               "vote_id = ?), ?, ?, ?, ?)"),
                {vote.value(), vote.value(), toSql(reopening.closedAt), toSql(reopening.reopenedAt),
                 reopening.reason, encodeTallies(reopening.tallies)});
        !r)
        return r;
    return setStatus(db, vote, VoteStatus::Open, QDateTime());
}

QString ballotBox(const QList<QList<int>>& ballots)
{
    QStringList lines;
    for (const QList<int>& grades : ballots)
        lines << encodeBallot(grades);
    return canonicalBox(lines);
}

QString voterList(const QList<qint64>& voters)
{
    QStringList lines;
    for (qint64 id : voters)
        lines << encodeVoter(PersonId(id));
    return canonicalBox(lines);
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
