#include "meetingrepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>

namespace cercles::MeetingRepository {

using namespace sql;

namespace {

/// Takes a sentence marked with QT_TRANSLATE_NOOP("MeetingRepository", ...); returns it translated as an
/// error.
Error notFound(const char* sentence)
{
    return Error{QCoreApplication::translate("MeetingRepository", sentence)};
}

const QString itemColumns = QStringLiteral(
    "id, meeting_id, kind, title, notes, person_concerned_id, state, taken_up_from_id, content");

AgendaItem itemFrom(const QSqlQuery& q)
{
    AgendaItem item;
    item.id = AgendaItemId(q.value(0).toLongLong());
    item.meeting = MeetingId(q.value(1).toLongLong());
    item.kind = agendaKindFromKey(q.value(2).toString()).value_or(AgendaItemKind::Discussion);
    item.title = q.value(3).toString();
    item.notes = q.value(4).toString();
    item.personConcerned = PersonId(q.value(5).toLongLong());
    item.state = agendaStateFromKey(q.value(6).toString()).value_or(AgendaItemState::Planned);
    item.takenUpFrom = BacklogItemId(q.value(7).toLongLong());
    item.content = q.value(8).toString();
    return item;
}

const QString backlogColumns = QStringLiteral(
    "id, circle_id, kind, title, person_concerned_id, source_item_id, referred_from_process_id, created_utc, "
    "taken_up_by_id");

BacklogItem backlogFrom(const QSqlQuery& q)
{
    BacklogItem b;
    b.id = BacklogItemId(q.value(0).toLongLong());
    b.circle = CircleId(q.value(1).toLongLong());
    b.kind = agendaKindFromKey(q.value(2).toString()).value_or(AgendaItemKind::Discussion);
    b.title = q.value(3).toString();
    b.personConcerned = PersonId(q.value(4).toLongLong());
    b.source = AgendaItemId(q.value(5).toLongLong());
    b.referredFrom = ConsentProcessId(q.value(6).toLongLong());
    b.createdAt = instantFromSql(q.value(7));
    b.takenUpBy = AgendaItemId(q.value(8).toLongLong());
    return b;
}

Result<void> writeAttendance(const QSqlDatabase& db, const Meeting& meeting)
{
    if (auto r = run(db, QStringLiteral("DELETE FROM attendance WHERE meeting_id = ?"), {meeting.id.value()});
        !r)
        return r;
    for (qsizetype i = 0; i < meeting.attendance.size(); ++i) {
        const Attendance& a = meeting.attendance[i];
        auto r =
            run(db,
                QStringLiteral(
                    "INSERT INTO attendance (meeting_id, person_id, position, status) VALUES (?, ?, ?, ?)"),
                {meeting.id.value(), a.person.value(), qint64(i), attendanceKey(a.status)});
        if (!r)
            return r;
    }
    return {};
}

} // namespace

Result<QList<MeetingLine>> listLines(const QSqlDatabase& db)
{
    NativeQuery rows(db,
                     QStringLiteral("SELECT m.id, m.start_utc, m.time_zone, c.name, m.status, a.approved_on "
                                    "FROM meeting m LEFT JOIN circle c ON c.id = m.circle_id LEFT JOIN "
                                    "minutes_approval a ON a.meeting_id = m.id ORDER BY m.start_utc, m.id"));
    QList<MeetingLine> result;
    while (rows.next()) {
        result << MeetingLine{
            MeetingId(rows.integer(0)),
            instantFromText(rows.text(1)),
            rows.text(2).toByteArray(),
            QString::fromUtf8(rows.text(3)),
            meetingStatusFromKey(QString::fromUtf8(rows.text(4))).value_or(MeetingStatus::Planned),
            dateFromText(rows.text(5))};
    }
    if (!rows.error().isEmpty())
        return Error{rows.error()};
    return result;
}

Result<QList<MeetingSummary>> list(const QSqlDatabase& db, CircleId circle)
{
    auto q = cached(db,
                    QStringLiteral("SELECT id, circle_id, start_utc, time_zone, status, place FROM meeting "
                                   "WHERE ? IS NULL OR circle_id = ? ORDER BY start_utc, id"),
                    {idToSql(circle), idToSql(circle)});
    if (!q)
        return Error{q.error()};
    QList<MeetingSummary> result;
    for (QSqlQuery rows = std::move(q).value(); rows.next();) {
        result << MeetingSummary{
            MeetingId(rows.value(0).toLongLong()),
            CircleId(rows.value(1).toLongLong()),
            instantFromSql(rows.value(2)),
            rows.value(3).toString().toUtf8(),
            meetingStatusFromKey(rows.value(4).toString()).value_or(MeetingStatus::Planned),
            rows.value(5).toString()};
    }
    return result;
}

Result<CircleId> circleOf(const QSqlDatabase& db, MeetingId id)
{
    auto q = cached(db, QStringLiteral("SELECT circle_id FROM meeting WHERE id = ?"), {id.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    const CircleId circle = row.next() ? CircleId(row.value(0).toLongLong()) : CircleId();
    row.finish();
    return circle;
}

Result<QByteArray> latestTimeZone(const QSqlDatabase& db, CircleId circle)
{
    // The circle's own meetings first, then the latest of any circle (a scan: a decade holds 3,000).
    auto q =
        cached(db,
               QStringLiteral("SELECT time_zone FROM meeting ORDER BY circle_id = ? DESC, start_utc DESC, "
                              "id DESC LIMIT 1"),
               {idToSql(circle)});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    const QByteArray zone = row.next() ? row.value(0).toString().toUtf8() : QByteArray();
    row.finish();
    return zone;
}

Result<Meeting> load(const QSqlDatabase& db, MeetingId id)
{
    auto q =
        cached(db,
               QStringLiteral("SELECT circle_id, start_utc, time_zone, place, facilitator_id, secretary_id, "
                              "language, status, next_meeting FROM meeting WHERE id = ?"),
               {id.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return notFound(QT_TRANSLATE_NOOP("MeetingRepository", "This meeting no longer exists in the file."));
    Meeting m;
    m.id = id;
    m.circle = CircleId(row.value(0).toLongLong());
    m.start = instantFromSql(row.value(1));
    m.timeZone = row.value(2).toString().toUtf8();
    m.place = row.value(3).toString();
    m.facilitator = PersonId(row.value(4).toLongLong());
    m.secretary = PersonId(row.value(5).toLongLong());
    m.language = row.value(6).toString();
    m.status = meetingStatusFromKey(row.value(7).toString()).value_or(MeetingStatus::Planned);
    m.nextMeeting = row.value(8).toString();

    auto a = cached(
        db, QStringLiteral("SELECT person_id, status FROM attendance WHERE meeting_id = ? ORDER BY position"),
        {id.value()});
    if (!a)
        return Error{a.error()};
    for (QSqlQuery rows = std::move(a).value(); rows.next();)
        m.attendance << Attendance{
            PersonId(rows.value(0).toLongLong()),
            attendanceFromKey(rows.value(1).toString()).value_or(AttendanceStatus::Absent)};

    auto items =
        cached(db,
               QStringLiteral("SELECT %1 FROM agenda_item WHERE meeting_id = ? ORDER BY position, id")
                   .arg(itemColumns),
               {id.value()});
    if (!items)
        return Error{items.error()};
    for (QSqlQuery rows = std::move(items).value(); rows.next();)
        m.agenda << itemFrom(rows);
    return m;
}

Result<MeetingId> insertMeeting(const QSqlDatabase& db, const Meeting& m)
{
    auto id = insertedId<MeetingId>(cached(
        db,
        QStringLiteral(
            "INSERT INTO meeting (id, circle_id, start_utc, time_zone, place, facilitator_id, secretary_id, "
            "language, status, next_meeting) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {idToSql(m.id), m.circle.value(), toSql(m.start), QString::fromUtf8(m.timeZone), m.place,
         idToSql(m.facilitator), idToSql(m.secretary), m.language, meetingStatusKey(m.status),
         m.nextMeeting}));
    if (!id)
        return id;
    Meeting stored = m;
    stored.id = *id;
    if (auto r = writeAttendance(db, stored); !r)
        return Error{r.error()};
    return id;
}

Result<void> updateMeeting(const QSqlDatabase& db, const Meeting& m)
{
    auto r = run(
        db,
        QStringLiteral(
            "UPDATE meeting SET circle_id = ?, start_utc = ?, time_zone = ?, place = ?, facilitator_id = ?, "
            "secretary_id = ?, language = ?, status = ?, next_meeting = ? WHERE id = ?"),
        {m.circle.value(), toSql(m.start), QString::fromUtf8(m.timeZone), m.place, idToSql(m.facilitator),
         idToSql(m.secretary), m.language, meetingStatusKey(m.status), m.nextMeeting, m.id.value()});
    if (!r)
        return r;
    return writeAttendance(db, m);
}

Result<void> deleteMeeting(const QSqlDatabase& db, MeetingId id)
{
    if (auto r = run(db, QStringLiteral("DELETE FROM attendance WHERE meeting_id = ?"), {id.value()}); !r)
        return r;
    return run(db, QStringLiteral("DELETE FROM meeting WHERE id = ?"), {id.value()});
}

Result<AgendaItemId> insertAgendaItem(const QSqlDatabase& db, const AgendaItem& item, int position)
{
    return insertedId<AgendaItemId>(
        cached(db,
               QStringLiteral(
                   "INSERT INTO agenda_item (id, meeting_id, position, kind, title, notes, "
                   "person_concerned_id, state, taken_up_from_id, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                   "?, ?)"),
               {idToSql(item.id), item.meeting.value(), position, agendaKindKey(item.kind),
                item.title.trimmed(), item.notes, idToSql(item.personConcerned), agendaStateKey(item.state),
                idToSql(item.takenUpFrom), item.content}));
}

Result<void> updateAgendaItem(const QSqlDatabase& db, const AgendaItem& item)
{
    return run(
        db,
        QStringLiteral(
            "UPDATE agenda_item SET kind = ?, title = ?, notes = ?, person_concerned_id = ?, state = ?, "
            "taken_up_from_id = ?, content = ? WHERE id = ?"),
        {agendaKindKey(item.kind), item.title.trimmed(), item.notes, idToSql(item.personConcerned),
         agendaStateKey(item.state), idToSql(item.takenUpFrom), item.content, item.id.value()});
}

Result<void> deleteAgendaItem(const QSqlDatabase& db, AgendaItemId id)
{
    if (auto r =
            run(db,
                QStringLiteral("DELETE FROM action_done WHERE action_id IN (SELECT id FROM action_item WHERE "
                               "agenda_item_id = ?)"),
                {id.value()});
        !r)
        return r;
    if (auto r = run(db, QStringLiteral("DELETE FROM action_item WHERE agenda_item_id = ?"), {id.value()});
        !r)
        return r;
    return run(db, QStringLiteral("DELETE FROM agenda_item WHERE id = ?"), {id.value()});
}

Result<void> reorderAgenda(const QSqlDatabase& db, const QList<AgendaItemId>& order)
{
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (auto r = run(db, QStringLiteral("UPDATE agenda_item SET position = ? WHERE id = ?"),
                         {qint64(i), order[i].value()});
            !r)
            return r;
    }
    return {};
}

Result<AgendaItem> loadAgendaItem(const QSqlDatabase& db, AgendaItemId id)
{
    auto q =
        cached(db, QStringLiteral("SELECT %1 FROM agenda_item WHERE id = ?").arg(itemColumns), {id.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return notFound(
            QT_TRANSLATE_NOOP("MeetingRepository", "This agenda item no longer exists in the file."));
    return itemFrom(row);
}

Result<QList<BacklogItem>> backlog(const QSqlDatabase& db, CircleId circle)
{
    auto q = cached(db,
                    QStringLiteral("SELECT %1 FROM backlog_item WHERE circle_id = ? ORDER BY created_utc, id")
                        .arg(backlogColumns),
                    {circle.value()});
    if (!q)
        return Error{q.error()};
    QList<BacklogItem> result;
    for (QSqlQuery rows = std::move(q).value(); rows.next();)
        result << backlogFrom(rows);
    return result;
}

Result<QList<BacklogItem>> backlogReferredFrom(const QSqlDatabase& db, ConsentProcessId process)
{
    auto q =
        cached(db,
               QStringLiteral("SELECT %1 FROM backlog_item WHERE referred_from_process_id = ? ORDER BY id")
                   .arg(backlogColumns),
               {process.value()});
    if (!q)
        return Error{q.error()};
    QList<BacklogItem> result;
    for (QSqlQuery rows = std::move(q).value(); rows.next();)
        result << backlogFrom(rows);
    return result;
}

Result<QList<BacklogItem>> backlogDeferredFrom(const QSqlDatabase& db, AgendaItemId item)
{
    auto q = cached(db,
                    QStringLiteral("SELECT %1 FROM backlog_item WHERE source_item_id = ? AND "
                                   "referred_from_process_id IS NULL ORDER BY id")
                        .arg(backlogColumns),
                    {item.value()});
    if (!q)
        return Error{q.error()};
    QList<BacklogItem> result;
    for (QSqlQuery rows = std::move(q).value(); rows.next();)
        result << backlogFrom(rows);
    return result;
}

Result<BacklogItem> loadBacklogItem(const QSqlDatabase& db, BacklogItemId id)
{
    auto q = cached(db, QStringLiteral("SELECT %1 FROM backlog_item WHERE id = ?").arg(backlogColumns),
                    {id.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return notFound(
            QT_TRANSLATE_NOOP("MeetingRepository", "This backlog item no longer exists in the file."));
    return backlogFrom(row);
}

Result<int> backlogItemsFrom(const QSqlDatabase& db, AgendaItemId item)
{
    auto q = cached(db, QStringLiteral("SELECT count(*) FROM backlog_item WHERE source_item_id = ?"),
                    {item.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery rows = std::move(q).value();
    return rows.next() ? rows.value(0).toInt() : 0;
}

Result<int> actionsOn(const QSqlDatabase& db, AgendaItemId item)
{
    auto q = cached(db, QStringLiteral("SELECT count(*) FROM action_item WHERE agenda_item_id = ?"),
                    {item.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery rows = std::move(q).value();
    return rows.next() ? rows.value(0).toInt() : 0;
}

Result<BacklogItemId> insertBacklogItem(const QSqlDatabase& db, const BacklogItem& b)
{
    return insertedId<BacklogItemId>(cached(
        db,
        QStringLiteral(
            "INSERT INTO backlog_item (id, circle_id, kind, title, person_concerned_id, source_item_id, "
            "referred_from_process_id, created_utc, taken_up_by_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {idToSql(b.id), b.circle.value(), agendaKindKey(b.kind), b.title, idToSql(b.personConcerned),
         idToSql(b.source), idToSql(b.referredFrom), toSql(b.createdAt), idToSql(b.takenUpBy)}));
}

Result<void> setBacklogTakenUp(const QSqlDatabase& db, BacklogItemId id, AgendaItemId by)
{
    return run(db, QStringLiteral("UPDATE backlog_item SET taken_up_by_id = ? WHERE id = ?"),
               {idToSql(by), id.value()});
}

Result<void> deleteBacklogItem(const QSqlDatabase& db, BacklogItemId id)
{
    return run(db, QStringLiteral("DELETE FROM backlog_item WHERE id = ?"), {id.value()});
}

Result<QList<Action>> actions(const QSqlDatabase& db, MeetingId meeting)
{
    auto q =
        cached(db,
               QStringLiteral(
                   "SELECT x.id, x.agenda_item_id, x.person_id, x.text, x.due_date, d.done_on FROM "
                   "action_item x JOIN agenda_item a ON a.id = x.agenda_item_id LEFT JOIN action_done d ON "
                   "d.action_id = x.id WHERE a.meeting_id = ? ORDER BY a.position, x.id"),
               {meeting.value()});
    if (!q)
        return Error{q.error()};
    QList<Action> result;
    for (QSqlQuery rows = std::move(q).value(); rows.next();)
        result << Action{ActionId(rows.value(0).toLongLong()), AgendaItemId(rows.value(1).toLongLong()),
                         PersonId(rows.value(2).toLongLong()), rows.value(3).toString(),
                         dateFromSql(rows.value(4)),           dateFromSql(rows.value(5))};
    return result;
}

Result<QList<CircleAction>> circleActions(const QSqlDatabase& db, CircleId circle)
{
    auto q =
        cached(db,
               QStringLiteral(
                   "SELECT x.id, x.agenda_item_id, x.person_id, x.text, x.due_date, d.done_on, m.id, "
                   "a.title FROM action_item x JOIN agenda_item a ON a.id = x.agenda_item_id JOIN meeting m "
                   "ON m.id = a.meeting_id LEFT JOIN action_done d ON d.action_id = x.id WHERE "
                   "m.circle_id = ? ORDER BY m.start_utc, a.position, x.id"),
               {circle.value()});
    if (!q)
        return Error{q.error()};
    QList<CircleAction> result;
    for (QSqlQuery rows = std::move(q).value(); rows.next();) {
        CircleAction c;
        c.action = Action{ActionId(rows.value(0).toLongLong()), AgendaItemId(rows.value(1).toLongLong()),
                          PersonId(rows.value(2).toLongLong()), rows.value(3).toString(),
                          dateFromSql(rows.value(4)),           dateFromSql(rows.value(5))};
        c.meeting = MeetingId(rows.value(6).toLongLong());
        c.itemTitle = rows.value(7).toString();
        result << c;
    }
    return result;
}

Result<void> setActionDone(const QSqlDatabase& db, ActionId id, QDate doneOn, const QDateTime& recordedAt)
{
    if (doneOn.isNull())
        return run(db, QStringLiteral("DELETE FROM action_done WHERE action_id = ?"), {id.value()});
    return run(
        db,
        QStringLiteral("INSERT OR REPLACE INTO action_done (action_id, done_on, recorded_utc) VALUES (?, ?, "
                       "?)"),
        {id.value(), toSql(doneOn), toSql(recordedAt)});
}

Result<Action> loadAction(const QSqlDatabase& db, ActionId id)
{
    auto q = cached(
        db,
        QStringLiteral(
            "SELECT x.agenda_item_id, x.person_id, x.text, x.due_date, d.done_on FROM action_item x LEFT "
            "JOIN action_done d ON d.action_id = x.id WHERE x.id = ?"),
        {id.value()});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return Error{
            QCoreApplication::translate("MeetingRepository", "The action no longer exists in the file.")};
    return Action{id,
                  AgendaItemId(row.value(0).toLongLong()),
                  PersonId(row.value(1).toLongLong()),
                  row.value(2).toString(),
                  dateFromSql(row.value(3)),
                  dateFromSql(row.value(4))};
}

Result<ActionId> insertAction(const QSqlDatabase& db, const Action& a)
{
    return insertedId<ActionId>(cached(
        db,
        QStringLiteral(
            "INSERT INTO action_item (id, agenda_item_id, person_id, text, due_date) VALUES (?, ?, ?, ?, ?)"),
        {idToSql(a.id), a.agendaItem.value(), idToSql(a.person), a.text.trimmed(), toSql(a.due)}));
}

Result<void> deleteAction(const QSqlDatabase& db, ActionId id)
{
    if (auto r = run(db, QStringLiteral("DELETE FROM action_done WHERE action_id = ?"), {id.value()}); !r)
        return r;
    return run(db, QStringLiteral("DELETE FROM action_item WHERE id = ?"), {id.value()});
}

} // namespace cercles::MeetingRepository
