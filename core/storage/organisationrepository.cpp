#include "organisationrepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace cercles::OrganisationRepository {

using sql::dateFromSql;
using sql::exec;
using sql::idToSql;
using sql::insertedId;
using sql::run;
using sql::toSql;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)
};

ConsentRule ruleFrom(const QSqlQuery& q, int column)
{
    return ConsentRule{basisFromKey(q.value(column).toString()), q.value(column + 1).toBool()};
}

/// Orders circles parents first (depth-first from the root), siblings by name, so views can build the tree
/// in one pass.
QList<Circle> hierarchyOrder(QList<Circle> circles)
{
    std::sort(circles.begin(), circles.end(),
              [](const Circle& a, const Circle& b) { return a.name.localeAwareCompare(b.name) < 0; });
    QList<Circle> ordered;
    std::function<void(CircleId)> visit = [&](CircleId parent) {
        for (const Circle& c : circles) {
            if (c.parent == parent) {
                ordered << c;
                visit(c.id);
            }
        }
    };
    visit(CircleId());
    for (const Circle& c : circles) { // circles whose parent is missing: keep them visible
        if (!std::any_of(ordered.cbegin(), ordered.cend(), [&c](const Circle& o) { return o.id == c.id; }))
            ordered << c;
    }
    return ordered;
}

Result<void> writeScopeAndRedLines(const QSqlDatabase& db, const Circle& circle)
{
    // Scope items keep their ids: proposals refer to them.
    QStringList keep;
    for (const ScopeItem& item : circle.scope) {
        if (item.id.isValid())
            keep << QString::number(item.id.value());
    }
    if (auto r = run(db,
                     QStringLiteral("DELETE FROM scope_item WHERE circle_id = ? AND id NOT IN (%1)")
                         .arg(keep.join(QLatin1Char(','))),
                     {circle.id.value()});
        !r)
        return r;
    for (qsizetype i = 0; i < circle.scope.size(); ++i) {
        const ScopeItem& item = circle.scope[i];
        auto r =
            run(db,
                QStringLiteral("INSERT INTO scope_item (id, circle_id, position, text) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT(id) DO UPDATE SET position = excluded.position, "
                               "text = excluded.text WHERE circle_id = excluded.circle_id"),
                {idToSql(item.id), circle.id.value(), qint64(i), item.text});
        if (!r)
            return r;
    }
    if (auto r =
            run(db, QStringLiteral("DELETE FROM circle_red_line WHERE circle_id = ?"), {circle.id.value()});
        !r)
        return r;
    for (PersonStatus status : allPersonStatuses) {
        if (!circle.redLines.testFlag(status))
            continue;
        auto r = run(db, QStringLiteral("INSERT INTO circle_red_line (circle_id, status) VALUES (?, ?)"),
                     {circle.id.value(), statusKey(status)});
        if (!r)
            return r;
    }
    return {};
}

QVariantList circleValues(const Circle& c)
{
    return {c.name.trimmed(),
            c.purpose,
            idToSql(c.parent),
            cadenceKey(c.cadence),
            c.operatingRules,
            basisKey(c.entryRule.basis),
            c.entryRule.excludesPersonConcerned,
            basisKey(c.exitRule.basis),
            c.exitRule.excludesPersonConcerned,
            basisKey(c.decisionRule.basis),
            c.decisionRule.excludesPersonConcerned,
            articleKey(c.article)};
}

Result<void> writeStatuses(const QSqlDatabase& db, const Person& p)
{
    if (auto r = run(db, QStringLiteral("DELETE FROM person_status WHERE person_id = ?"), {p.id.value()}); !r)
        return r;
    for (PersonStatus status : allPersonStatuses) {
        if (!p.statuses.testFlag(status))
            continue;
        auto r = run(db, QStringLiteral("INSERT INTO person_status (person_id, status) VALUES (?, ?)"),
                     {p.id.value(), statusKey(status)});
        if (!r)
            return r;
    }
    return {};
}

/// One column of a row: the value the user was shown and the value they left.
struct FieldEdit
{
    const char* column;
    QVariant shown;
    QVariant edited;
};

QString conflictMessage(const QString& what)
{
    return Text::tr("%1 was changed elsewhere since it was shown here (another copy of Cercles on a shared "
                    "folder, or another program): nothing was saved. Close the dialog, look at it again and "
                    "redo your change.")
        .arg(what);
}

/// Writes only the columns the user changed, each guarded by the value they were shown: a field changed
/// meanwhile by another writer is never overwritten by a stale copy (issue 11, "updates change only the
/// fields the user edited"). Another writer's edit of a field this user did not touch is kept. Errors: the
/// same field was changed elsewhere (unless to the same value), the row is gone, SQL.
Result<void> writeEdits(const QSqlDatabase& db, const QString& table, qint64 id,
                        const QList<FieldEdit>& edits, const QString& what)
{
    for (const FieldEdit& e : edits) {
        if (e.shown == e.edited)
            continue;
        const QString column = QString::fromLatin1(e.column);
        // Also matched: the same value set elsewhere (nothing is lost then).
        auto q = sql::cached(
            db,
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND (%2 IS ? OR %2 IS ?)").arg(table, column),
            {e.edited, id, e.shown, e.edited});
        if (!q)
            return Error{q.error()};
        if (q->numRowsAffected() == 0)
            return Error{conflictMessage(what)};
    }
    return {};
}

/// Takes the rows a child table holds for an owner, as "value" strings in the stored order; returns
/// whether they are those the user was shown. Errors: SQL.
Result<bool> rowsAre(const QSqlDatabase& db, const QString& select, qint64 owner, const QStringList& shown)
{
    auto read = sql::exec(db, select, {owner});
    if (!read)
        return Error{read.error()};
    QSqlQuery q = std::move(read).value();
    QStringList stored;
    while (q.next()) {
        QStringList row;
        for (int c = 0, n = q.record().count(); c < n; ++c)
            row << q.value(c).toString();
        stored << row.join(QLatin1Char('\x1f'));
    }
    return stored == shown;
}

QStringList scopeRows(const Circle& c)
{
    QStringList rows;
    for (const ScopeItem& item : c.scope)
        rows << QString::number(item.id.value()) + QLatin1Char('\x1f') + item.text;
    return rows;
}

QStringList statusRows(PersonStatuses statuses)
{
    QStringList rows;
    for (PersonStatus status : allPersonStatuses) {
        if (statuses.testFlag(status))
            rows << statusKey(status);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

Result<Organisation> load(const QSqlDatabase& db)
{
    Organisation org;
    auto name = exec(db, QStringLiteral("SELECT name FROM organisation WHERE id = 1"));
    if (!name)
        return Error{name.error()};
    for (QSqlQuery q = std::move(name).value(); q.next();)
        org.name = q.value(0).toString();

    auto circles =
        exec(db, QStringLiteral("SELECT id, name, purpose, parent_id, cadence, operating_rules, entry_basis, "
                                "entry_excludes_concerned, "
                                "exit_basis, exit_excludes_concerned, decision_basis, "
                                "decision_excludes_concerned, article FROM circle"));
    if (!circles)
        return Error{circles.error()};
    QList<Circle> circleList;
    for (QSqlQuery q = std::move(circles).value(); q.next();) {
        Circle c;
        c.id = CircleId(q.value(0).toLongLong());
        c.name = q.value(1).toString();
        c.purpose = q.value(2).toString();
        c.parent = CircleId(q.value(3).toLongLong());
        c.cadence = cadenceFromKey(q.value(4).toString());
        c.operatingRules = q.value(5).toString();
        c.entryRule = ruleFrom(q, 6);
        c.exitRule = ruleFrom(q, 8);
        c.decisionRule = ruleFrom(q, 10);
        c.article = articleFromKey(q.value(12).toString());
        circleList << c;
    }
    auto items =
        exec(db, QStringLiteral("SELECT id, circle_id, text FROM scope_item ORDER BY circle_id, position"));
    if (!items)
        return Error{items.error()};
    for (QSqlQuery q = std::move(items).value(); q.next();) {
        for (Circle& c : circleList) {
            if (c.id.value() == q.value(1).toLongLong())
                c.scope << ScopeItem{ScopeItemId(q.value(0).toLongLong()), q.value(2).toString()};
        }
    }
    auto lines = exec(db, QStringLiteral("SELECT circle_id, status FROM circle_red_line"));
    if (!lines)
        return Error{lines.error()};
    for (QSqlQuery q = std::move(lines).value(); q.next();) {
        for (Circle& c : circleList) {
            if (c.id.value() == q.value(0).toLongLong()) {
                if (auto status = statusFromKey(q.value(1).toString()))
                    c.redLines |= *status;
            }
        }
    }
    org.circles = hierarchyOrder(circleList);

    auto people = exec(db, QStringLiteral("SELECT id, name, contact, notes FROM person"));
    if (!people)
        return Error{people.error()};
    for (QSqlQuery q = std::move(people).value(); q.next();)
        org.people << Person{PersonId(q.value(0).toLongLong()),
                             q.value(1).toString(),
                             q.value(2).toString(),
                             {},
                             q.value(3).toString()};
    std::sort(org.people.begin(), org.people.end(),
              [](const Person& a, const Person& b) { return a.name.localeAwareCompare(b.name) < 0; });
    auto statuses = exec(db, QStringLiteral("SELECT person_id, status FROM person_status"));
    if (!statuses)
        return Error{statuses.error()};
    for (QSqlQuery q = std::move(statuses).value(); q.next();) {
        for (Person& p : org.people) {
            if (p.id.value() == q.value(0).toLongLong()) {
                if (auto status = statusFromKey(q.value(1).toString()))
                    p.statuses |= *status;
            }
        }
    }

    auto memberships = exec(
        db,
        QStringLiteral(
            "SELECT id, person_id, circle_id, from_date, to_date FROM membership ORDER BY from_date, id"));
    if (!memberships)
        return Error{memberships.error()};
    for (QSqlQuery q = std::move(memberships).value(); q.next();)
        org.memberships << Membership{MembershipId(q.value(0).toLongLong()),
                                      PersonId(q.value(1).toLongLong()), CircleId(q.value(2).toLongLong()),
                                      dateFromSql(q.value(3)), dateFromSql(q.value(4))};

    auto roles =
        exec(db, QStringLiteral("SELECT id, circle_id, name, description FROM role ORDER BY name, id"));
    if (!roles)
        return Error{roles.error()};
    for (QSqlQuery q = std::move(roles).value(); q.next();)
        org.roles << Role{RoleId(q.value(0).toLongLong()), CircleId(q.value(1).toLongLong()),
                          q.value(2).toString(), q.value(3).toString()};

    auto mandates = exec(
        db, QStringLiteral(
                "SELECT id, person_id, role_id, start_date, end_date FROM mandate ORDER BY start_date, id"));
    if (!mandates)
        return Error{mandates.error()};
    for (QSqlQuery q = std::move(mandates).value(); q.next();)
        org.mandates << Mandate{MandateId(q.value(0).toLongLong()), PersonId(q.value(1).toLongLong()),
                                RoleId(q.value(2).toLongLong()), dateFromSql(q.value(3)),
                                dateFromSql(q.value(4))};
    return org;
}

Result<void> saveName(const QSqlDatabase& db, const QString& name)
{
    return run(db,
               QStringLiteral("INSERT INTO organisation (id, name) VALUES (1, ?) "
                              "ON CONFLICT(id) DO UPDATE SET name = excluded.name"),
               {name});
}

Result<CircleId> insertCircle(const QSqlDatabase& db, const Circle& circle)
{
    QVariantList values{idToSql(circle.id)};
    values << circleValues(circle);
    auto id = insertedId<CircleId>(
        exec(db,
             QStringLiteral(
                 "INSERT INTO circle (id, name, purpose, parent_id, cadence, operating_rules, entry_basis, "
                 "entry_excludes_concerned, exit_basis, exit_excludes_concerned, decision_basis, "
                 "decision_excludes_concerned, article) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             values));
    if (!id)
        return id;
    Circle stored = circle;
    stored.id = *id;
    if (auto r = writeScopeAndRedLines(db, stored); !r)
        return Error{r.error()};
    return id;
}

Result<void> updateCircle(const QSqlDatabase& db, const Circle& shown, const Circle& edited)
{
    const QString what = Text::tr("The circle %1").arg(shown.name);
    const QVariantList before = circleValues(shown), after = circleValues(edited);
    static const char* const columns[] = {"name",
                                          "purpose",
                                          "parent_id",
                                          "cadence",
                                          "operating_rules",
                                          "entry_basis",
                                          "entry_excludes_concerned",
                                          "exit_basis",
                                          "exit_excludes_concerned",
                                          "decision_basis",
                                          "decision_excludes_concerned",
                                          "article"};
    static_assert(std::size(columns) == 12);
    QList<FieldEdit> edits;
    for (qsizetype i = 0; i < before.size(); ++i)
        edits << FieldEdit{columns[i], before.at(i), after.at(i)};
    if (auto r = writeEdits(db, QStringLiteral("circle"), shown.id.value(), edits, what); !r)
        return r;
    if (shown.scope == edited.scope && shown.redLines == edited.redLines)
        return {};
    // The scope and red lines are rewritten as a whole, if they are still what the user was shown.
    auto scope =
        rowsAre(db, QStringLiteral("SELECT id, text FROM scope_item WHERE circle_id = ? ORDER BY position"),
                shown.id.value(), scopeRows(shown));
    auto redLines =
        rowsAre(db, QStringLiteral("SELECT status FROM circle_red_line WHERE circle_id = ? ORDER BY status"),
                shown.id.value(), statusRows(shown.redLines));
    if (!scope || !redLines)
        return Error{!scope ? scope.error() : redLines.error()};
    if ((shown.scope != edited.scope && !*scope) || (shown.redLines != edited.redLines && !*redLines))
        return Error{conflictMessage(what)};
    return writeScopeAndRedLines(db, edited);
}

Result<void> deleteCircle(const QSqlDatabase& db, CircleId id)
{
    for (const char* statement :
         {"DELETE FROM scope_item WHERE circle_id = ?", "DELETE FROM circle_red_line WHERE circle_id = ?",
          "DELETE FROM circle WHERE id = ?"}) {
        if (auto r = run(db, QString::fromLatin1(statement), {id.value()}); !r)
            return r;
    }
    return {};
}

Result<PersonId> insertPerson(const QSqlDatabase& db, const Person& person)
{
    auto id = insertedId<PersonId>(
        exec(db, QStringLiteral("INSERT INTO person (id, name, contact, notes) VALUES (?, ?, ?, ?)"),
             {idToSql(person.id), person.name.trimmed(), person.contact, person.notes}));
    if (!id)
        return id;
    Person stored = person;
    stored.id = *id;
    if (auto r = writeStatuses(db, stored); !r)
        return Error{r.error()};
    return id;
}

Result<void> updatePerson(const QSqlDatabase& db, const Person& shown, const Person& edited)
{
    const QString what = Text::tr("The person %1").arg(shown.name);
    if (auto r = writeEdits(db, QStringLiteral("person"), shown.id.value(),
                            {{"name", shown.name.trimmed(), edited.name.trimmed()},
                             {"contact", shown.contact, edited.contact},
                             {"notes", shown.notes, edited.notes}},
                            what);
        !r)
        return r;
    if (shown.statuses == edited.statuses)
        return {};
    auto statuses =
        rowsAre(db, QStringLiteral("SELECT status FROM person_status WHERE person_id = ? ORDER BY status"),
                shown.id.value(), statusRows(shown.statuses));
    if (!statuses)
        return Error{statuses.error()};
    if (!*statuses)
        return Error{conflictMessage(what)};
    return writeStatuses(db, edited);
}

Result<void> deletePerson(const QSqlDatabase& db, PersonId id)
{
    if (auto r = run(db, QStringLiteral("DELETE FROM person_status WHERE person_id = ?"), {id.value()}); !r)
        return r;
    return run(db, QStringLiteral("DELETE FROM person WHERE id = ?"), {id.value()});
}

Result<MembershipId> insertMembership(const QSqlDatabase& db, const Membership& m)
{
    return insertedId<MembershipId>(exec(
        db,
        QStringLiteral(
            "INSERT INTO membership (id, person_id, circle_id, from_date, to_date) VALUES (?, ?, ?, ?, ?)"),
        {idToSql(m.id), m.person.value(), m.circle.value(), toSql(m.from), toSql(m.to)}));
}

Result<void> updateMembership(const QSqlDatabase& db, const Membership& shown, const Membership& edited)
{
    return writeEdits(db, QStringLiteral("membership"), shown.id.value(),
                      {{"person_id", shown.person.value(), edited.person.value()},
                       {"circle_id", shown.circle.value(), edited.circle.value()},
                       {"from_date", toSql(shown.from), toSql(edited.from)},
                       {"to_date", toSql(shown.to), toSql(edited.to)}},
                      Text::tr("This membership"));
}

Result<void> deleteMembership(const QSqlDatabase& db, MembershipId id)
{
    return run(db, QStringLiteral("DELETE FROM membership WHERE id = ?"), {id.value()});
}

Result<RoleId> insertRole(const QSqlDatabase& db, const Role& role)
{
    return insertedId<RoleId>(
        exec(db, QStringLiteral("INSERT INTO role (id, circle_id, name, description) VALUES (?, ?, ?, ?)"),
             {idToSql(role.id), role.circle.value(), role.name.trimmed(), role.description}));
}

Result<void> updateRole(const QSqlDatabase& db, const Role& shown, const Role& edited)
{
    return writeEdits(db, QStringLiteral("role"), shown.id.value(),
                      {{"circle_id", shown.circle.value(), edited.circle.value()},
                       {"name", shown.name.trimmed(), edited.name.trimmed()},
                       {"description", shown.description, edited.description}},
                      Text::tr("The role %1").arg(shown.name));
}

Result<void> deleteRole(const QSqlDatabase& db, RoleId id)
{
    return run(db, QStringLiteral("DELETE FROM role WHERE id = ?"), {id.value()});
}

Result<MandateId> insertMandate(const QSqlDatabase& db, const Mandate& m)
{
    return insertedId<MandateId>(
        exec(db,
             QStringLiteral(
                 "INSERT INTO mandate (id, person_id, role_id, start_date, end_date) VALUES (?, ?, ?, ?, ?)"),
             {idToSql(m.id), m.person.value(), m.role.value(), toSql(m.start), toSql(m.end)}));
}

Result<void> updateMandate(const QSqlDatabase& db, const Mandate& shown, const Mandate& edited)
{
    return writeEdits(db, QStringLiteral("mandate"), shown.id.value(),
                      {{"person_id", shown.person.value(), edited.person.value()},
                       {"role_id", shown.role.value(), edited.role.value()},
                       {"start_date", toSql(shown.start), toSql(edited.start)},
                       {"end_date", toSql(shown.end), toSql(edited.end)}},
                      Text::tr("This mandate"));
}

Result<void> deleteMandate(const QSqlDatabase& db, MandateId id)
{
    return run(db, QStringLiteral("DELETE FROM mandate WHERE id = ?"), {id.value()});
}

} // namespace cercles::OrganisationRepository
