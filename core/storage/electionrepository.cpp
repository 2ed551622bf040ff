#include "electionrepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QStringList>

namespace cercles::ElectionRepository {

using namespace sql;

namespace {} // namespace

Result<ElectionId> insertElection(const QSqlDatabase& db, AgendaItemId item, const ElectionSetup& s)
{
    auto id = insertedId<ElectionId>(
        exec(db,
             QStringLiteral(
                 "INSERT INTO election (agenda_item_id, circle_id, role_id, role_name, role_description, "
                 "term_start, term_end, qualifications, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {item.value(), s.circle.value(), idToSql(s.role), s.roleName, s.roleDescription,
              toSql(s.termStart), toSql(s.termEnd), s.qualifications, toSql(s.createdAt)}));
    if (!id)
        return id;
    for (qsizetype i = 0; i < s.members.size(); ++i) {
        auto r = run(
            db,
            QStringLiteral("INSERT INTO election_member (election_id, position, person_id) VALUES (?, ?, ?)"),
            {id->value(), qint64(i), s.members[i].value()});
        if (!r)
            return Error{r.error()};
    }
    return id;
}

Result<void> deleteElection(const QSqlDatabase& db, ElectionId id)
{
    if (auto r = run(db, QStringLiteral("DELETE FROM election_member WHERE election_id = ?"), {id.value()});
        !r)
        return r;
    return run(db, QStringLiteral("DELETE FROM election WHERE id = ?"), {id.value()});
}

Result<StoredElection> load(const QSqlDatabase& db, ElectionId id)
{
    auto q = exec(
        db,
        QStringLiteral("SELECT agenda_item_id, circle_id, role_id, role_name, role_description, term_start, "
                       "term_end, qualifications, created_utc FROM election WHERE id = ?"),
        {id.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return Error{
            QCoreApplication::translate("ElectionRepository", "The election no longer exists in the file.")};
    StoredElection e;
    e.id = id;
    e.agendaItem = AgendaItemId(row.value(0).toLongLong());
    ElectionSetup& s = e.setup;
    s.circle = CircleId(row.value(1).toLongLong());
    s.role = RoleId(row.value(2).toLongLong());
    s.roleName = row.value(3).toString();
    s.roleDescription = row.value(4).toString();
    s.termStart = dateFromSql(row.value(5));
    s.termEnd = dateFromSql(row.value(6));
    s.qualifications = row.value(7).toString();
    s.createdAt = instantFromSql(row.value(8));

    auto members = exec(
        db, QStringLiteral("SELECT person_id FROM election_member WHERE election_id = ? ORDER BY position"),
        {id.value()});
    if (!members)
        return Error{members.error()};
    for (QSqlQuery rows = std::move(members).value(); rows.next();)
        s.members << PersonId(rows.value(0).toLongLong());

    auto events =
        exec(db,
             QStringLiteral("SELECT id, kind, at_utc, person_id, nominee_id, text, present, start_date, "
                            "end_date, role_name FROM election_event WHERE election_id = ? ORDER BY seq"),
             {id.value()});
    if (!events)
        return Error{events.error()};
    for (QSqlQuery rows = std::move(events).value(); rows.next();) {
        const auto kind = electionEventKindFromKey(rows.value(1).toString());
        if (!kind) {
            return Error{QCoreApplication::translate(
                             "ElectionRepository", "The file holds an unknown election event \u201c%1\u201d.")
                             .arg(rows.value(1).toString())};
        }
        ElectionEvent ev;
        ev.kind = *kind;
        ev.at = instantFromSql(rows.value(2));
        ev.person = PersonId(rows.value(3).toLongLong());
        ev.nominee = PersonId(rows.value(4).toLongLong());
        ev.text = rows.value(5).toString();
        ev.present = personIdsFromSql(rows.value(6).toString());
        ev.start = dateFromSql(rows.value(7));
        ev.end = dateFromSql(rows.value(8));
        ev.roleName = rows.value(9).toString();
        e.events << ev;
        e.eventRowIds << rows.value(0).toLongLong();
    }
    return e;
}

Result<ElectionId> electionOf(const QSqlDatabase& db, AgendaItemId item)
{
    auto q = exec(db, QStringLiteral("SELECT id FROM election WHERE agenda_item_id = ?"), {item.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    return row.next() ? ElectionId(row.value(0).toLongLong()) : ElectionId();
}

Result<qint64> appendEvent(const QSqlDatabase& db, ElectionId election, const ElectionEvent& e)
{
    auto q = exec(db,
                  QStringLiteral(
                      "INSERT INTO election_event (election_id, seq, kind, at_utc, person_id, nominee_id, "
                      "text, present, start_date, end_date, role_name) VALUES (?, (SELECT coalesce(max(seq), "
                      "0) + 1 FROM election_event WHERE election_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {election.value(), election.value(), electionEventKindKey(e.kind), toSql(e.at),
                   idToSql(e.person), idToSql(e.nominee), e.text, personIdsToSql(e.present), toSql(e.start),
                   toSql(e.end), e.roleName});
    if (!q)
        return Error{q.error()};
    return q->lastInsertId().toLongLong();
}

Result<void> deleteLastEvent(const QSqlDatabase& db, ElectionId election)
{
    return run(
        db,
        QStringLiteral("DELETE FROM election_event WHERE election_id = ? AND seq = (SELECT max(seq) FROM "
                       "election_event WHERE election_id = ?)"),
        {election.value(), election.value()});
}

Result<void> insertEffect(const QSqlDatabase& db, const Effect& e)
{
    return run(db,
               QStringLiteral(
                   "INSERT INTO election_effect (event_id, mandate_id, role_id, role_created) VALUES (?, ?, "
                   "?, ?)"),
               {e.eventRowId, e.mandate.value(), e.role.value(), e.roleCreated});
}

Result<std::optional<Effect>> effectOf(const QSqlDatabase& db, qint64 eventRowId)
{
    auto q = exec(
        db,
        QStringLiteral("SELECT mandate_id, role_id, role_created FROM election_effect WHERE event_id = ?"),
        {eventRowId});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return std::optional<Effect>();
    return std::optional<Effect>(Effect{eventRowId, MandateId(row.value(0).toLongLong()),
                                        RoleId(row.value(1).toLongLong()), row.value(2).toBool()});
}

Result<void> deleteEffect(const QSqlDatabase& db, qint64 eventRowId)
{
    return run(db, QStringLiteral("DELETE FROM election_effect WHERE event_id = ?"), {eventRowId});
}

} // namespace cercles::ElectionRepository
