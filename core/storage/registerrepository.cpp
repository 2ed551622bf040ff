#include "registerrepository.h"

#include "consentrepository.h"
#include "meetingrepository.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace cercles::RegisterRepository {

using namespace sql;

namespace {

const QString entryColumns = QStringLiteral(
    "r.process_id, r.kind, r.status, r.circle_id, c.name, r.decision_date, r.meeting_id, r.agenda_item_id, "
    "r.title, r.text, r.proposal_text, r.scope_item_id, s.text, r.responsible_id, rp.name, r.review_date, "
    "r.person_concerned_id, pc.name, r.referred_to_id, r.started_utc, r.last_seq, r.damage, "
    "coalesce((SELECT max(seq) FROM consent_event e WHERE e.process_id = r.process_id), 0), "
    // Issue 10: the sub-circle that referred the proposal, and what became of a proposal referred up; each
    // circle with its article ("article|name": an article never holds a '|', a name may).
    "(SELECT fc.article || '|' || fc.name FROM consent_process p JOIN consent_process f ON f.id = "
    "p.referred_from_id JOIN circle fc ON fc.id = f.circle_id WHERE p.id = r.process_id AND f.circle_id <> "
    "p.circle_id), "
    "(SELECT n.status || '|' || nc.article || '|' || nc.name FROM consent_process np JOIN consent_register n "
    "ON n.process_id = np.id JOIN circle nc ON nc.id = np.circle_id WHERE np.referred_from_id = r.process_id "
    "AND np.circle_id <> r.circle_id ORDER BY np.id DESC LIMIT 1), "
    "rt.name, rt.article");
const QString entryJoins = QStringLiteral(
    " FROM consent_register r LEFT JOIN circle c ON c.id = r.circle_id "
    "LEFT JOIN scope_item s ON s.id = r.scope_item_id LEFT JOIN person rp ON rp.id = r.responsible_id "
    "LEFT JOIN person pc ON pc.id = r.person_concerned_id LEFT JOIN circle rt ON rt.id = r.referred_to_id");

DecisionEntry entryFrom(const QSqlQuery& q, QDate today)
{
    DecisionEntry e;
    e.process = ConsentProcessId(q.value(0).toLongLong());
    e.kind = processKindFromKey(q.value(1).toString()).value_or(ConsentProcessKind::Decision);
    e.status = phaseFromKey(q.value(2).toString()).value_or(ConsentPhase::Presentation);
    e.circle = CircleId(q.value(3).toLongLong());
    e.circleName = q.value(4).toString();
    e.date = dateFromSql(q.value(5));
    e.meeting = MeetingId(q.value(6).toLongLong());
    e.agendaItem = AgendaItemId(q.value(7).toLongLong());
    e.title = q.value(8).toString();
    e.text = q.value(9).toString();
    e.proposalText = q.value(10).toString();
    e.scopeItem = ScopeItemId(q.value(11).toLongLong());
    e.scopeItemText = q.value(12).toString();
    e.responsible = PersonId(q.value(13).toLongLong());
    e.responsibleName = q.value(14).toString();
    e.reviewDate = dateFromSql(q.value(15));
    e.reviewDue = isReviewDue(e.status, e.reviewDate, today);
    e.personConcerned = PersonId(q.value(16).toLongLong());
    e.personConcernedName = q.value(17).toString();
    e.referredTo = CircleId(q.value(18).toLongLong());
    e.startedAt = instantFromSql(q.value(19));
    e.damage = q.value(21).toString();
    if (const QString from = q.value(23).toString(); !from.isEmpty()) {
        e.referredByArticle = from.section(QLatin1Char('|'), 0, 0);
        e.referredByName = from.section(QLatin1Char('|'), 1);
    }
    if (const QString next = q.value(24).toString(); !next.isEmpty()) {
        e.continuedStatus = phaseFromKey(next.section(QLatin1Char('|'), 0, 0));
        e.continuedInArticle = next.section(QLatin1Char('|'), 1, 1);
        e.continuedInName = next.section(QLatin1Char('|'), 2);
    }
    e.referredToName = q.value(25).toString();
    e.referredToArticle = q.value(26).toString();
    return e;
}

/// Takes a row read with entryColumns; returns whether its log has changed since it was written.
bool isStale(const QSqlQuery& q)
{
    return q.value(20).toLongLong() != q.value(22).toLongLong();
}

/// Takes a stale entry (names joined); returns it as its log gives it now, names kept.
DecisionEntry replayed(const QSqlDatabase& db, const DecisionEntry& stale, QDate today)
{
    DecisionEntry e = replayedEntry(db, stale.process);
    if (!e.damage.isEmpty())
        return e;
    e.circleName = stale.circleName;
    e.scopeItemText = stale.scopeItemText;
    e.responsibleName = stale.responsibleName;
    e.personConcernedName = stale.personConcernedName;
    e.referredToName = stale.referredToName;
    e.referredToArticle = stale.referredToArticle;
    e.referredByName = stale.referredByName;
    e.referredByArticle = stale.referredByArticle;
    e.continuedInName = stale.continuedInName;
    e.continuedInArticle = stale.continuedInArticle;
    e.continuedStatus = stale.continuedStatus;
    e.reviewDue = isReviewDue(e.status, e.reviewDate, today);
    return e;
}

/// Takes a filter and the day; returns the WHERE clause (empty or starting with " WHERE") and its values.
std::pair<QString, QVariantList> whereClause(const RegisterFilter& f, QDate today)
{
    QStringList conditions;
    QVariantList values;
    if (f.circle.isValid()) {
        conditions << QStringLiteral("r.circle_id = ?");
        values << f.circle.value();
    }
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (ConsentPhase phase : f.statuses) {
            marks << QStringLiteral("?");
            values << phaseKey(phase);
        }
        conditions << QStringLiteral("r.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.reviewDueOnly) {
        // isReviewDue, in SQL.
        conditions << QStringLiteral("r.status = ? AND r.review_date < ?");
        values << phaseKey(ConsentPhase::Adopted) << toSql(today);
    }
    if (f.from.isValid()) {
        conditions << QStringLiteral("r.decision_date >= ?");
        values << toSql(f.from);
    }
    if (f.to.isValid()) {
        conditions << QStringLiteral("r.decision_date <= ?");
        values << toSql(f.to);
    }
    const QString match = searchQuery(f.search);
    if (!match.isEmpty()) {
        conditions << QStringLiteral("r.process_id IN (SELECT rowid FROM consent_register_search WHERE "
                                     "consent_register_search MATCH ?)");
        values << match;
    }
    if (conditions.isEmpty())
        return {QString(), values};
    return {QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND ")), values};
}

/// Takes the connection and a full-text query (searchQuery's); returns how many register entries the
/// index matches. The index holds exactly the register's entries: store() and remove() write both in the
/// same transaction.
Result<int> searchMatches(const QSqlDatabase& db, const QString& match)
{
    auto q = cached(db,
                    QStringLiteral("SELECT count(*) FROM consent_register_search WHERE "
                                   "consent_register_search MATCH ?"),
                    {match});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    const int n = row.next() ? row.value(0).toInt() : 0;
    row.finish();
    return n;
}

/// Beyond this many matches, a page of a search is found by walking the register in its order and
/// keeping the matches (it stops after a page); below, by sorting the matches (fewer than a walk reads).
constexpr int walkBeyondMatches = 1000;

} // namespace

QString searchQuery(const QString& typed)
{
    QStringList terms;
    // Straight and typographic apostrophes, like spaces, separate words for the tokenizer.
    QString text = spellOutLigatures(typed);
    text.replace(QChar(0x2019), QLatin1Char(' '));
    text.replace(QLatin1Char('\''), QLatin1Char(' '));
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + word + QLatin1String("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

Result<void> store(const QSqlDatabase& db, const DecisionEntry& e, int lastSeq, bool words)
{
    if (auto r = cached(
            db,
            QStringLiteral("INSERT OR REPLACE INTO consent_register (process_id, kind, status, circle_id, "
                           "meeting_id, agenda_item_id, decision_date, started_utc, title, proposal_text, "
                           "text, scope_item_id, responsible_id, review_date, person_concerned_id, "
                           "referred_to_id, last_seq, damage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?)"),
            {e.process.value(), processKindKey(e.kind), phaseKey(e.status), e.circle.value(),
             e.meeting.value(), e.agendaItem.value(), toSql(e.date), toSql(e.startedAt), e.title,
             e.proposalText, e.text, idToSql(e.scopeItem), idToSql(e.responsible), toSql(e.reviewDate),
             idToSql(e.personConcerned), idToSql(e.referredTo), lastSeq, e.damage});
        !r)
        return Error{r.error()};
    if (!words)
        return {};
    if (auto r = cached(db, QStringLiteral("DELETE FROM consent_register_search WHERE rowid = ?"),
                        {e.process.value()});
        !r)
        return Error{r.error()};
    // The final text is indexed only when it differs from the first version: same words, no double weight.
    const QString finalText = e.text == e.proposalText ? QString(QLatin1String("")) : e.text;
    auto r =
        cached(db,
               QStringLiteral(
                   "INSERT INTO consent_register_search (rowid, title, proposal, text) VALUES (?, ?, ?, ?)"),
               {e.process.value(), spellOutLigatures(e.title), spellOutLigatures(e.proposalText),
                spellOutLigatures(finalText)});
    if (!r)
        return Error{r.error()};
    return {};
}

Result<void> advance(const QSqlDatabase& db, ConsentProcessId process, int lastSeq)
{
    return run(db, QStringLiteral("UPDATE consent_register SET last_seq = ? WHERE process_id = ?"),
               {lastSeq, process.value()});
}

Result<void> remove(const QSqlDatabase& db, ConsentProcessId process)
{
    if (auto r =
            run(db, QStringLiteral("DELETE FROM consent_register_search WHERE rowid = ?"), {process.value()});
        !r)
        return r;
    return run(db, QStringLiteral("DELETE FROM consent_register WHERE process_id = ?"), {process.value()});
}

DecisionEntry replayedEntry(const QSqlDatabase& db, ConsentProcessId id, int* lastSeq)
{
    // A damaged entry still gets every NOT NULL column: its meeting's place when the context could be
    // read, else the start of the epoch, so one damaged log never stops an upgrade or the register.
    std::optional<ConsentRepository::Context> known;
    const auto damaged = [id, &known](const QString& why) {
        DecisionEntry e;
        e.process = id;
        e.damage = why;
        e.text = QCoreApplication::translate("DecisionRegister", "Damaged record (proposal %1): %2")
                     .arg(id.value())
                     .arg(why);
        const QString empty(QLatin1String(""));
        e.title = known ? known->item.title : empty;
        e.proposalText = empty;
        e.circle = known ? known->meeting.circle : CircleId();
        e.meeting = known ? known->meeting.id : MeetingId();
        e.agendaItem = known ? known->item.id : AgendaItemId();
        e.date = known ? known->meeting.localDate() : QDate(1970, 1, 1);
        e.startedAt = known ? known->meeting.start : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
        return e;
    };
    auto context = ConsentRepository::context(db, id);
    if (!context)
        return damaged(context.error());
    known = *context;
    if (lastSeq)
        *lastSeq = context->lastSeq;
    auto stored = ConsentRepository::load(db, id);
    if (!stored)
        return damaged(stored.error());
    auto process = ConsentProcess::replay(stored->setup, stored->events);
    if (!process)
        return damaged(process.error());
    return decisionEntryFor(id, *process, context->item, context->meeting);
}

Result<void> refresh(const QSqlDatabase& db, ConsentProcessId id)
{
    int lastSeq = 0;
    const DecisionEntry e = replayedEntry(db, id, &lastSeq);
    return store(db, e, lastSeq);
}

Result<void> refreshMeeting(const QSqlDatabase& db, MeetingId meeting)
{
    auto q = exec(db,
                  QStringLiteral("SELECT p.id FROM consent_process p JOIN agenda_item a ON a.id = "
                                 "p.agenda_item_id WHERE a.meeting_id = ? ORDER BY p.id"),
                  {meeting.value()});
    if (!q)
        return Error{q.error()};
    QList<ConsentProcessId> ids;
    for (QSqlQuery rows = std::move(q).value(); rows.next();)
        ids << ConsentProcessId(rows.value(0).toLongLong());
    for (ConsentProcessId id : ids) {
        if (auto r = refresh(db, id); !r)
            return r;
    }
    return {};
}

Result<void> rebuild(const QSqlDatabase& db)
{
    auto ids = ConsentRepository::allProcesses(db);
    if (!ids)
        return Error{ids.error()};
    for (ConsentProcessId id : *ids) {
        if (auto r = refresh(db, id); !r)
            return r;
    }
    return {};
}

Result<QList<DecisionEntry>> read(const QSqlDatabase& db, const RegisterFilter& filter, QDate today,
                                  const Cursor& after, int limit, int matching)
{
    auto [where, values] = whereClause(filter, today);
    if (after.process.isValid()) {
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 QStringLiteral("(r.decision_date, r.started_utc, r.process_id) > (?, ?, ?)");
        values << toSql(after.date) << toSql(after.startedAt) << after.process.value();
    }
    // The page's processes are chosen first, on the order's columns alone; the entry's columns (some of
    // them subqueries) are then read for those rows only. In one statement SQLite computed them for every
    // match before sorting: a one-letter search of a decade read 20,000 entries to show 100.
    const QString order = QStringLiteral(" ORDER BY r.decision_date, r.started_utc, r.process_id");
    QString walk;
    if (matching > walkBeyondMatches && !searchQuery(filter.search).isEmpty())
        walk = filter.circle.isValid() ? QStringLiteral(" INDEXED BY consent_register_circle")
                                       : QStringLiteral(" INDEXED BY consent_register_order");
    QString chosen = QStringLiteral("SELECT r.process_id FROM consent_register r") + walk + where + order;
    if (limit > 0) {
        chosen += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    const QString statement = QStringLiteral("SELECT ") + entryColumns + entryJoins +
                              QStringLiteral(" WHERE r.process_id IN (") + chosen + QLatin1Char(')') + order;
    auto q = cached(db, statement, values);
    if (!q)
        return Error{q.error()};
    QList<DecisionEntry> entries;
    QList<qsizetype> stale;
    QSqlQuery rows = std::move(q).value();
    while (rows.next()) {
        if (isStale(rows))
            stale << entries.size();
        entries << entryFrom(rows, today);
    }
    rows.finish();
    for (qsizetype i : stale) // after the rows are read: replaying runs statements of its own
        entries[i] = replayed(db, entries[i], today);
    return entries;
}

Result<int> forEachLine(const QSqlDatabase& db, const RegisterFilter& filter, QDate today,
                        const std::function<void(const RegisterLine&)>& line,
                        const std::function<void()>& restart)
{
    const auto [where, values] = whereClause(filter, today);
    const QString columns = QStringLiteral(
        "SELECT r.decision_date, c.name, r.status, r.text, r.damage, r.process_id, r.last_seq");
    const QString rest = QStringLiteral(" FROM consent_register r LEFT JOIN circle c ON c.id = r.circle_id") +
                         where + QStringLiteral(" ORDER BY r.decision_date, r.started_utc, r.process_id");
    // Stored keys as printed: a key the file holds that Cercles does not know prints as read() reads it.
    std::vector<std::pair<QByteArray, QByteArray>> statusKeys; // a handful of keys
    QByteArray date;                                           // a stored date printed otherwise
    const auto stored = [&](const NativeQuery& rows) {
        RegisterLine l;
        l.circleName = rows.text(1);
        l.date = rows.text(0);
        if (l.date.size() != 10 || !dateFromText(l.date).isValid()) {
            date = dateFromText(l.date).toString(Qt::ISODate).toUtf8();
            l.date = date;
        }
        const QByteArrayView key = rows.text(2);
        auto known = std::find_if(statusKeys.cbegin(), statusKeys.cend(),
                                  [key](const auto& k) { return QByteArrayView(k.first) == key; });
        if (known == statusKeys.cend()) {
            statusKeys.emplace_back(
                key.toByteArray(),
                phaseKey(phaseFromKey(QString::fromUtf8(key)).value_or(ConsentPhase::Presentation)).toUtf8());
            known = statusKeys.cend() - 1;
        }
        l.status = known->second;
        l.text = rows.text(3);
        l.damaged = !rows.text(4).isEmpty();
        return l;
    };

    if (where.isEmpty()) {
        // The whole register. A row is up to date when its last_seq is the seq of its log's last event;
        // seqs run from 1 in every log (events are appended, and only the last is ever removed), so when
        // the rows' last_seqs add up to the number of events, every row is up to date: the lines are read
        // without looking a log up per row (two thirds of the listing's cost otherwise). A sum that
        // differs (a log changed behind Cercles' back) takes the lines back (restart) and gives them again,
        // checked row by row.
        NativeQuery events(db, QStringLiteral("SELECT count(*) FROM consent_event"));
        if (!events.next())
            return Error{events.error()};
        const qint64 eventCount = events.integer(0);
        NativeQuery rows(db, columns + rest);
        qint64 seqs = 0;
        int given = 0;
        while (rows.next()) {
            seqs += rows.integer(6);
            line(stored(rows));
            ++given;
        }
        if (!rows.error().isEmpty())
            return Error{rows.error()};
        if (seqs == eventCount)
            return given;
        restart();
    }

    NativeQuery rows(
        db,
        columns +
            QStringLiteral(", coalesce((SELECT max(seq) FROM consent_event e WHERE e.process_id = "
                           "r.process_id), 0)") +
            rest,
        values);
    int given = 0;
    while (rows.next()) {
        if (rows.integer(6) == rows.integer(7)) {
            line(stored(rows));
        } else { // the log changed since the row was written: replay it
            const DecisionEntry e = replayedEntry(db, ConsentProcessId(rows.integer(5)));
            const QByteArray replayedDate = e.date.toString(Qt::ISODate).toUtf8();
            const QByteArray status = phaseKey(e.status).toUtf8();
            const QByteArray text = e.text.toUtf8();
            RegisterLine l;
            l.damaged = !e.damage.isEmpty();
            l.circleName =
                l.damaged ? QByteArrayView() : rows.text(1); // read() gives a damaged replay no names
            l.date = replayedDate;
            l.status = status;
            l.text = text;
            line(l);
        }
        ++given;
    }
    if (!rows.error().isEmpty())
        return Error{rows.error()};
    return given;
}

Result<int> count(const QSqlDatabase& db, const RegisterFilter& filter, QDate today)
{
    const bool searchOnly = !filter.circle.isValid() && !filter.hasStatusOrDateCriteria();
    if (const QString match = searchQuery(filter.search); searchOnly && !match.isEmpty())
        return searchMatches(db, match); // the index alone: no entry is looked up
    const auto [where, values] = whereClause(filter, today);
    auto q = cached(db, QStringLiteral("SELECT count(*) FROM consent_register r") + where, values);
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    const int n = row.next() ? row.value(0).toInt() : 0;
    row.finish();
    return n;
}

Result<std::optional<DecisionEntry>> entry(const QSqlDatabase& db, ConsentProcessId process, QDate today,
                                           const RegisterFilter& filter)
{
    auto [where, values] = whereClause(filter, today);
    where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
             QStringLiteral("r.process_id = ?");
    values << process.value();
    auto q = cached(db, QStringLiteral("SELECT ") + entryColumns + entryJoins + where, values);
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    std::optional<DecisionEntry> found;
    bool stale = false;
    if (row.next()) {
        found = entryFrom(row, today);
        stale = isStale(row);
    }
    row.finish();
    if (stale)
        found = replayed(db, *found, today);
    return found;
}

} // namespace cercles::RegisterRepository
