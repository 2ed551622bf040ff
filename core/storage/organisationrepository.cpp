#include "organisationrepository.h"

#include "sqlhelpers.h"

#include <QSqlQuery>

#include <algorithm>

namespace cercles::OrganisationRepository {

using sql::dateFromSql;
using sql::exec;
using sql::idToSql;
using sql::insertedId;
using sql::run;
using sql::toSql;

namespace {

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

Result<void> updateCircle(const QSqlDatabase& db, const Circle& circle)
{
    QVariantList values = circleValues(circle);
    values << circle.id.value();
    auto q = exec(db,
                  QStringLiteral("UPDATE circle SET name = ?, purpose = ?, parent_id = ?, cadence = ?, "
                                 "operating_rules = ?, entry_basis = ?, entry_excludes_concerned = ?, "
                                 "exit_basis = ?, exit_excludes_concerned = ?, decision_basis = ?, "
                                 "decision_excludes_concerned = ?, article = ? WHERE id = ?"),
                  values);
    if (!q)
        return Error{q.error()};
    return writeScopeAndRedLines(db, circle);
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

Result<void> updatePerson(const QSqlDatabase& db, const Person& person)
{
    if (auto r = run(db, QStringLiteral("UPDATE person SET name = ?, contact = ?, notes = ? WHERE id = ?"),
                     {person.name.trimmed(), person.contact, person.notes, person.id.value()});
        !r)
        return r;
    return writeStatuses(db, person);
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

Result<void> updateMembership(const QSqlDatabase& db, const Membership& m)
{
    return run(
        db,
        QStringLiteral(
            "UPDATE membership SET person_id = ?, circle_id = ?, from_date = ?, to_date = ? WHERE id = ?"),
        {m.person.value(), m.circle.value(), toSql(m.from), toSql(m.to), m.id.value()});
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

Result<void> updateRole(const QSqlDatabase& db, const Role& role)
{
    return run(db, QStringLiteral("UPDATE role SET circle_id = ?, name = ?, description = ? WHERE id = ?"),
               {role.circle.value(), role.name.trimmed(), role.description, role.id.value()});
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

Result<void> updateMandate(const QSqlDatabase& db, const Mandate& m)
{
    return run(
        db,
        QStringLiteral(
            "UPDATE mandate SET person_id = ?, role_id = ?, start_date = ?, end_date = ? WHERE id = ?"),
        {m.person.value(), m.role.value(), toSql(m.start), toSql(m.end), m.id.value()});
}

Result<void> deleteMandate(const QSqlDatabase& db, MandateId id)
{
    return run(db, QStringLiteral("DELETE FROM mandate WHERE id = ?"), {id.value()});
}

} // namespace cercles::OrganisationRepository
