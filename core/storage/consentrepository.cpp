#include "consentrepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QStringList>

namespace cercles::ConsentRepository {

using namespace sql;

namespace {} // namespace

Result<ConsentProcessId> insertProcess(const QSqlDatabase& db, AgendaItemId item, const ConsentSetup& s,
                                       ConsentProcessId referredFrom)
{
    auto id = insertedId<ConsentProcessId>(
        cached(db,
               QStringLiteral("INSERT INTO consent_process (agenda_item_id, kind, circle_id, proposal_text, "
                              "driver, responsible_id, "
                              "review_date, scope_item_id, rule_basis, rule_excludes_concerned, "
                              "person_concerned_id, created_utc, "
                              "referred_from_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {item.value(), processKindKey(s.kind), s.circle.value(), s.proposal.text, s.proposal.driver,
                idToSql(s.proposal.responsible), toSql(s.proposal.reviewDate), idToSql(s.proposal.scopeItem),
                basisKey(s.rule.basis), s.rule.excludesPersonConcerned, idToSql(s.personConcerned),
                toSql(s.createdAt), idToSql(referredFrom)}));
    if (!id)
        return id;
    for (qsizetype i = 0; i < s.members.size(); ++i) {
        auto r =
            run(db,
                QStringLiteral(
                    "INSERT INTO consent_process_member (process_id, position, person_id) VALUES (?, ?, ?)"),
                {id->value(), qint64(i), s.members[i].value()});
        if (!r)
            return Error{r.error()};
    }
    return id;
}

Result<QList<ConsentProcessId>> continuationsOf(const QSqlDatabase& db, ConsentProcessId process)
{
    auto q =
        cached(db, QStringLiteral("SELECT id FROM consent_process WHERE referred_from_id = ? ORDER BY id"),
               {process.value()});
    if (!q)
        return Error{q.error()};
    QList<ConsentProcessId> result;
    for (QSqlQuery rows = std::move(q).value(); rows.next();)
        result << ConsentProcessId(rows.value(0).toLongLong());
    return result;
}

Result<void> deleteProcess(const QSqlDatabase& db, ConsentProcessId id)
{
    if (auto r =
            run(db, QStringLiteral("DELETE FROM consent_process_member WHERE process_id = ?"), {id.value()});
        !r)
        return r;
    return run(db, QStringLiteral("DELETE FROM consent_process WHERE id = ?"), {id.value()});
}

Result<StoredProcess> load(const QSqlDatabase& db, ConsentProcessId id)
{
    auto q = cached(
        db,
        QStringLiteral(
            "SELECT agenda_item_id, kind, circle_id, proposal_text, driver, responsible_id, review_date, "
            "scope_item_id, rule_basis, rule_excludes_concerned, person_concerned_id, created_utc, "
            "referred_from_id FROM consent_process WHERE id = ?"),
        {id.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return Error{
            QCoreApplication::translate("ConsentRepository", "The proposal no longer exists in the file.")};
    StoredProcess p;
    p.id = id;
    p.agendaItem = AgendaItemId(row.value(0).toLongLong());
    ConsentSetup& s = p.setup;
    s.kind = processKindFromKey(row.value(1).toString()).value_or(ConsentProcessKind::Decision);
    s.circle = CircleId(row.value(2).toLongLong());
    s.proposal.text = row.value(3).toString();
    s.proposal.driver = row.value(4).toString();
    s.proposal.responsible = PersonId(row.value(5).toLongLong());
    s.proposal.reviewDate = dateFromSql(row.value(6));
    s.proposal.scopeItem = ScopeItemId(row.value(7).toLongLong());
    s.rule = ConsentRule{basisFromKey(row.value(8).toString()), row.value(9).toBool()};
    s.personConcerned = PersonId(row.value(10).toLongLong());
    s.createdAt = instantFromSql(row.value(11));
    p.referredFrom = ConsentProcessId(row.value(12).toLongLong());

    auto members = cached(
        db,
        QStringLiteral("SELECT person_id FROM consent_process_member WHERE process_id = ? ORDER BY position"),
        {id.value()});
    if (!members)
        return Error{members.error()};
    for (QSqlQuery rows = std::move(members).value(); rows.next();)
        s.members << PersonId(rows.value(0).toLongLong());

    auto events = cached(
        db,
        QStringLiteral("SELECT id, kind, at_utc, person_id, text, present, method, review_date, "
                       "given_after_meeting, circle_id FROM consent_event WHERE process_id = ? ORDER BY seq"),
        {id.value()});
    if (!events)
        return Error{events.error()};
    for (QSqlQuery rows = std::move(events).value(); rows.next();) {
        const auto kind = eventKindFromKey(rows.value(1).toString());
        if (!kind) {
            return Error{QCoreApplication::translate("ConsentRepository",
                                                     "The file holds an unknown event \u201c%1\u201d.")
                             .arg(rows.value(1).toString())};
        }
        ConsentEvent e;
        e.kind = *kind;
        e.at = instantFromSql(rows.value(2));
        e.person = PersonId(rows.value(3).toLongLong());
        e.text = rows.value(4).toString();
        e.present = personIdsFromSql(rows.value(5).toString());
        e.method = integrationMethodFromKey(rows.value(6).toString()).value_or(IntegrationMethod::None);
        e.reviewDate = dateFromSql(rows.value(7));
        e.givenAfterMeeting = rows.value(8).toBool();
        e.circle = CircleId(rows.value(9).toLongLong());
        p.events << e;
        p.eventRowIds << rows.value(0).toLongLong();
    }
    return p;
}

Result<ConsentProcessId> processOf(const QSqlDatabase& db, AgendaItemId item)
{
    auto q =
        cached(db, QStringLiteral("SELECT id FROM consent_process WHERE agenda_item_id = ?"), {item.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    return row.next() ? ConsentProcessId(row.value(0).toLongLong()) : ConsentProcessId();
}

Result<QList<ConsentProcessId>> allProcesses(const QSqlDatabase& db)
{
    auto q = cached(db, QStringLiteral("SELECT id FROM consent_process ORDER BY created_utc, id"));
    if (!q)
        return Error{q.error()};
    QList<ConsentProcessId> ids;
    for (QSqlQuery rows = std::move(q).value(); rows.next();)
        ids << ConsentProcessId(rows.value(0).toLongLong());
    return ids;
}

Result<qint64> appendEvent(const QSqlDatabase& db, ConsentProcessId process, const ConsentEvent& e)
{
    auto q = cached(
        db,
        QStringLiteral(
            "INSERT INTO consent_event (process_id, seq, kind, at_utc, person_id, text, present, method, "
            "review_date, given_after_meeting, circle_id) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 "
            "FROM consent_event WHERE process_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {process.value(), process.value(), eventKindKey(e.kind), toSql(e.at), idToSql(e.person), e.text,
         personIdsToSql(e.present), integrationMethodKey(e.method), toSql(e.reviewDate), e.givenAfterMeeting,
         idToSql(e.circle)});
    if (!q)
        return Error{q.error()};
    return q->lastInsertId().toLongLong();
}

Result<void> deleteLastEvent(const QSqlDatabase& db, ConsentProcessId process)
{
    return run(
        db,
        QStringLiteral(
            "DELETE FROM consent_event WHERE process_id = ? AND seq = (SELECT max(seq) FROM consent_event "
            "WHERE process_id = ?)"),
        {process.value(), process.value()});
}

Result<void> insertEffect(const QSqlDatabase& db, const Effect& e)
{
    return run(db,
               QStringLiteral("INSERT INTO consent_effect (event_id, membership_id, previous_to_date, "
                              "created) VALUES (?, ?, ?, ?)"),
               {e.eventRowId, e.membership.value(), toSql(e.previousTo), e.created});
}

Result<std::optional<Effect>> effectOf(const QSqlDatabase& db, qint64 eventRowId)
{
    auto q =
        cached(db,
               QStringLiteral(
                   "SELECT membership_id, previous_to_date, created FROM consent_effect WHERE event_id = ?"),
               {eventRowId});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return std::optional<Effect>();
    return std::optional<Effect>(Effect{eventRowId, MembershipId(row.value(0).toLongLong()),
                                        dateFromSql(row.value(1)), row.value(2).toBool()});
}

Result<void> deleteEffect(const QSqlDatabase& db, qint64 eventRowId)
{
    return run(db, QStringLiteral("DELETE FROM consent_effect WHERE event_id = ?"), {eventRowId});
}

Result<Context> context(const QSqlDatabase& db, ConsentProcessId id)
{
    auto q = cached(
        db,
        QStringLiteral(
            "SELECT a.id, a.meeting_id, a.kind, a.title, a.person_concerned_id, m.circle_id, m.start_utc, "
            "m.time_zone, m.status, e.seq, e.id FROM consent_process p JOIN agenda_item a ON a.id = "
            "p.agenda_item_id JOIN meeting m ON m.id = a.meeting_id LEFT JOIN consent_event e ON e.id = "
            "(SELECT id FROM consent_event WHERE process_id = p.id ORDER BY seq DESC LIMIT 1) WHERE p.id = "
            "?"),
        {id.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return Error{
            QCoreApplication::translate("ConsentRepository", "The proposal no longer exists in the file.")};
    Context c;
    c.item.id = AgendaItemId(row.value(0).toLongLong());
    c.item.meeting = MeetingId(row.value(1).toLongLong());
    c.item.kind = agendaKindFromKey(row.value(2).toString()).value_or(AgendaItemKind::ConsentDecision);
    c.item.title = row.value(3).toString();
    c.item.personConcerned = PersonId(row.value(4).toLongLong());
    c.meeting.id = c.item.meeting;
    c.meeting.circle = CircleId(row.value(5).toLongLong());
    c.meeting.start = instantFromSql(row.value(6));
    c.meeting.timeZone = row.value(7).toString().toUtf8();
    c.meeting.status = meetingStatusFromKey(row.value(8).toString()).value_or(MeetingStatus::Planned);
    c.lastSeq = row.value(9).toInt();
    c.lastEventRow = row.value(10).toLongLong();
    row.finish();
    return c;
}

Result<Meeting> meetingOf(const QSqlDatabase& db, MeetingId id)
{
    auto q =
        cached(db, QStringLiteral("SELECT circle_id, start_utc, time_zone, status FROM meeting WHERE id = ?"),
               {id.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return Error{
            QCoreApplication::translate("MeetingRepository", "This meeting no longer exists in the file.")};
    Meeting m;
    m.id = id;
    m.circle = CircleId(row.value(0).toLongLong());
    m.start = instantFromSql(row.value(1));
    m.timeZone = row.value(2).toString().toUtf8();
    m.status = meetingStatusFromKey(row.value(3).toString()).value_or(MeetingStatus::Planned);
    row.finish();
    return m;
}

} // namespace cercles::ConsentRepository
