#include "minutesrepository.h"

#include "recordchain.h"
#include "sqlhelpers.h"

namespace cercles::MinutesRepository {

using namespace sql;

Result<std::optional<MinutesApproval>> approval(const QSqlDatabase& db, MeetingId meeting)
{
    auto q = exec(db,
                  QStringLiteral("SELECT approved_on, recorded_utc, frozen_text, frozen_sha256 "
                                 "FROM minutes_approval WHERE meeting_id = ?"),
                  {meeting.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery rows = std::move(q).value();
    if (!rows.next())
        return std::optional<MinutesApproval>();
    MinutesApproval a;
    a.meeting = meeting;
    a.approvedOn = dateFromSql(rows.value(0));
    a.recordedAt = instantFromSql(rows.value(1));
    a.frozen = rows.value(2).toString().toUtf8();
    a.frozenSha256 = rows.value(3).toString().toLatin1();
    auto head = RecordChain::approvalHead(db, meeting);
    if (!head)
        return Error{head.error()};
    a.chainHead = head.value();
    return std::optional<MinutesApproval>(a);
}

Result<QList<MinutesAmendment>> amendments(const QSqlDatabase& db, MeetingId meeting)
{
    auto q =
        exec(db,
             QStringLiteral("SELECT id, amended_on, recorded_utc, text, by_person_id FROM minutes_amendment "
                            "WHERE meeting_id = ? ORDER BY id"),
             {meeting.value()});
    if (!q)
        return Error{q.error()};
    QList<MinutesAmendment> result;
    for (QSqlQuery rows = std::move(q).value(); rows.next();) {
        MinutesAmendment a;
        a.id = rows.value(0).toLongLong();
        a.meeting = meeting;
        a.date = dateFromSql(rows.value(1));
        a.recordedAt = instantFromSql(rows.value(2));
        a.text = rows.value(3).toString();
        a.by = PersonId(rows.value(4).toLongLong());
        result << a;
    }
    return result;
}

Result<QDateTime> latestApprovalRecorded(const QSqlDatabase& db, CircleId circle)
{
    auto q =
        exec(db,
             QStringLiteral("SELECT max(a.recorded_utc) FROM minutes_approval a JOIN meeting m ON m.id = "
                            "a.meeting_id WHERE m.circle_id = ?"),
             {circle.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    return row.next() ? instantFromSql(row.value(0)) : QDateTime();
}

Result<void> insertApproval(const QSqlDatabase& db, const MinutesApproval& a)
{
    return run(
        db,
        QStringLiteral("INSERT INTO minutes_approval (meeting_id, approved_on, recorded_utc, frozen_text, "
                       "frozen_sha256) VALUES (?, ?, ?, ?, ?)"),
        {a.meeting.value(), toSql(a.approvedOn), toSql(a.recordedAt), QString::fromUtf8(a.frozen),
         QString::fromLatin1(a.frozenSha256)});
}

Result<qint64> insertAmendment(const QSqlDatabase& db, const MinutesAmendment& a)
{
    auto q = exec(db,
                  QStringLiteral("INSERT INTO minutes_amendment (meeting_id, amended_on, recorded_utc, text, "
                                 "by_person_id) VALUES (?, ?, ?, ?, ?)"),
                  {a.meeting.value(), toSql(a.date), toSql(a.recordedAt), a.text, idToSql(a.by)});
    if (!q)
        return Error{q.error()};
    return q->lastInsertId().toLongLong();
}

Result<QHash<MeetingId, QDate>> approvalDates(const QSqlDatabase& db)
{
    auto q = exec(db, QStringLiteral("SELECT meeting_id, approved_on FROM minutes_approval"));
    if (!q)
        return Error{q.error()};
    QHash<MeetingId, QDate> dates;
    for (QSqlQuery rows = std::move(q).value(); rows.next();)
        dates.insert(MeetingId(rows.value(0).toLongLong()), dateFromSql(rows.value(1)));
    return dates;
}

} // namespace cercles::MinutesRepository
