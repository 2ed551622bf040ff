#include "organisationservice.h"

#include "domain/eligibility.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

namespace cercles {

namespace Repo = OrganisationRepository;

namespace {

/// Translations of this file, in the "OrganisationService" context (a struct so lupdate sees the context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationService)
};

/// Turns a Result<T> into Result<void> for chaining inside a transaction.
template <typename T> Result<void> discard(const Result<T>& r)
{
    if (!r)
        return Error{r.error()};
    return {};
}

bool hasRows(const QSqlDatabase& db, const QString& statement, qint64 id)
{
    auto q = sql::exec(db, statement, {id});
    return q && std::move(q).value().next();
}

} // namespace

OrganisationService::OrganisationService(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    reload();
}

void OrganisationService::reload()
{
    Result<Organisation> loaded = Repo::load(m_db.connection());
    m_loadError = loaded ? QString() : loaded.error();
    if (loaded)
        m_org = std::move(loaded).value();
    else
        qWarning("cannot load organisation: %s", qPrintable(loaded.error()));
    emit changed();
}

template <typename IdT, typename Insert> Result<IdT> OrganisationService::commitInsert(Insert insert)
{
    IdT id;
    Result<void> r = commit([&]() -> Result<void> {
        Result<IdT> inserted = insert();
        if (inserted)
            id = *inserted;
        return discard(inserted);
    });
    if (!r)
        return Error{r.error()};
    return id;
}

Result<void> OrganisationService::commit(const std::function<Result<void>()>& change)
{
    Result<void> result = m_db.transact(change);
    // Also after a refusal: when it says a field was changed elsewhere, what is shown next is the file's.
    reload();
    return result;
}

Result<void> OrganisationService::setOrganisationName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Error{Text::tr("The organisation needs a name.")};
    return commit([&] { return Repo::saveName(m_db.connection(), name.trimmed()); });
}

// --- circles ---------------------------------------------------------------------------------------------

/// Takes a list of entities and an id; returns the one with that id, or null.
template <typename T, typename IdT> static const T* findById(const QList<T>& list, IdT id)
{
    const auto found = std::find_if(list.cbegin(), list.cend(), [id](const T& x) { return x.id == id; });
    return found == list.cend() ? nullptr : &*found;
}

static Result<void> validateCircle(const Organisation& org, const Circle& circle)
{
    if (circle.name.trimmed().isEmpty())
        return Error{Text::tr("A circle needs a name.")};
    const Circle* sameName = org.circleNamed(circle.name.trimmed());
    if (sameName && sameName->id != circle.id)
        return Error{Text::tr("There is already a circle named \u201c%1\u201d.").arg(circle.name.trimmed())};
    if (circle.parent.isValid()) {
        if (!org.circle(circle.parent))
            return Error{Text::tr("The parent circle does not exist.")};
        // Walk up from the new parent: meeting the circle itself would make a cycle.
        for (CircleId up = circle.parent; up.isValid();
             up = org.circle(up) ? org.circle(up)->parent : CircleId()) {
            if (up == circle.id)
                return Error{Text::tr("A circle cannot be placed under itself or one of its sub-circles.")};
        }
    } else {
        for (const Circle& other : org.circles) {
            if (!other.parent.isValid() && other.id != circle.id)
                return Error{
                    Text::tr("The organisation already has a top circle (%1); choose a parent circle.")
                        .arg(other.name)};
        }
    }
    for (const ScopeItem& item : circle.scope) {
        if (item.text.trimmed().isEmpty())
            return Error{Text::tr("A decision scope item cannot be empty.")};
    }
    return {};
}

Result<CircleId> OrganisationService::addCircle(const Circle& circle)
{
    if (auto valid = validateCircle(m_org, circle); !valid)
        return Error{valid.error()};
    return commitInsert<CircleId>([&] { return Repo::insertCircle(m_db.connection(), circle); });
}

Result<void> OrganisationService::updateCircle(const Circle& circle)
{
    if (!m_org.circle(circle.id))
        return Error{Text::tr("This circle no longer exists.")};
    if (auto valid = validateCircle(m_org, circle); !valid)
        return valid;
    const Circle shown = *m_org.circle(circle.id);
    return commit([&] { return Repo::updateCircle(m_db.connection(), shown, circle); });
}

Result<void> OrganisationService::removeCircle(CircleId id)
{
    const Circle* circle = m_org.circle(id);
    if (!circle)
        return Error{Text::tr("This circle no longer exists.")};
    if (!m_org.children(id).isEmpty())
        return Error{Text::tr("%1 has sub-circles; move or remove them first.").arg(circle->name)};
    const QSqlDatabase db = m_db.connection();
    if (hasRows(db, QStringLiteral("SELECT 1 FROM membership WHERE circle_id = ?"), id.value()))
        return Error{
            Text::tr("%1 has members (past or present); remove their memberships first.").arg(circle->name)};
    if (hasRows(db, QStringLiteral("SELECT 1 FROM role WHERE circle_id = ?"), id.value()))
        return Error{Text::tr("%1 has roles; remove them first.").arg(circle->name)};
    return commit([&] { return Repo::deleteCircle(db, id); });
}

// --- people ----------------------------------------------------------------------------------------------

Result<PersonId> OrganisationService::addPerson(const Person& person)
{
    if (person.name.trimmed().isEmpty())
        return Error{Text::tr("A person needs a name.")};
    return commitInsert<PersonId>([&] { return Repo::insertPerson(m_db.connection(), person); });
}

Result<void> OrganisationService::updatePerson(const Person& person)
{
    if (person.name.trimmed().isEmpty())
        return Error{Text::tr("A person needs a name.")};
    if (!m_org.person(person.id))
        return Error{Text::tr("This person no longer exists.")};
    const Person shown = *m_org.person(person.id);
    return commit([&] { return Repo::updatePerson(m_db.connection(), shown, person); });
}

Result<RemovedPerson> OrganisationService::removePerson(PersonId id)
{
    const Person* person = m_org.person(id);
    if (!person)
        return Error{Text::tr("This person no longer exists.")};
    RemovedPerson removed{*person, {}, {}};
    for (const Membership& m : m_org.memberships) {
        if (m.person == id)
            removed.memberships << m;
    }
    for (const Mandate& m : m_org.mandates) {
        if (m.person == id)
            removed.mandates << m;
    }
    const QSqlDatabase db = m_db.connection();
    auto r = commit([&]() -> Result<void> {
        for (const Mandate& m : removed.mandates) {
            if (auto d = Repo::deleteMandate(db, m.id); !d)
                return d;
        }
        for (const Membership& m : removed.memberships) {
            if (auto d = Repo::deleteMembership(db, m.id); !d)
                return d;
        }
        auto d = Repo::deletePerson(db, id);
        if (!d) // a meeting record refers to the person: the governance record is never altered
            return Error{
                Text::tr(
                    "%1 appears in the meeting records and cannot be removed; end their memberships instead.")
                    .arg(removed.person.name)};
        return d;
    });
    if (!r)
        return Error{r.error()};
    return removed;
}

Result<void> OrganisationService::restorePerson(const RemovedPerson& removed)
{
    const QSqlDatabase db = m_db.connection();
    return commit([&]() -> Result<void> {
        if (auto r = discard(Repo::insertPerson(db, removed.person)); !r)
            return r;
        for (const Membership& m : removed.memberships) {
            if (auto r = discard(Repo::insertMembership(db, m)); !r)
                return r;
        }
        for (const Mandate& m : removed.mandates) {
            if (auto r = discard(Repo::insertMandate(db, m)); !r)
                return r;
        }
        return {};
    });
}

// --- memberships -----------------------------------------------------------------------------------------

static Result<void> validateDates(QDate from, QDate to)
{
    if (!from.isValid())
        return Error{Text::tr("The start date is missing.")};
    if (to.isValid() && to < from)
        return Error{Text::tr("The end date (%1) is before the start date (%2).")
                         .arg(QLocale().toString(to, QLocale::ShortFormat),
                              QLocale().toString(from, QLocale::ShortFormat))};
    return {};
}

Result<MembershipId> OrganisationService::addMembership(const Membership& membership)
{
    if (auto valid = validateDates(membership.from, membership.to); !valid)
        return Error{valid.error()};
    const EntryCheck check = checkEntry(m_org, membership.person, membership.circle, membership.from);
    if (!check.isEligible())
        return Error{check.message};
    return commitInsert<MembershipId>([&] { return Repo::insertMembership(m_db.connection(), membership); });
}

Result<void> OrganisationService::updateMembership(const Membership& membership)
{
    if (auto valid = validateDates(membership.from, membership.to); !valid)
        return valid;
    const Membership* shown = findById(m_org.memberships, membership.id);
    if (!shown)
        return Error{Text::tr("This membership no longer exists.")};
    return commit(
        [&, before = *shown] { return Repo::updateMembership(m_db.connection(), before, membership); });
}

Result<void> OrganisationService::removeMembership(MembershipId id)
{
    return commit([&] { return Repo::deleteMembership(m_db.connection(), id); });
}

// --- roles and mandates ----------------------------------------------------------------------------------

Result<RoleId> OrganisationService::addRole(const Role& role)
{
    if (role.name.trimmed().isEmpty())
        return Error{Text::tr("A role needs a name.")};
    if (!m_org.circle(role.circle))
        return Error{Text::tr("The role's circle does not exist.")};
    return commitInsert<RoleId>([&] { return Repo::insertRole(m_db.connection(), role); });
}

Result<void> OrganisationService::updateRole(const Role& role)
{
    if (role.name.trimmed().isEmpty())
        return Error{Text::tr("A role needs a name.")};
    const Role* shown = m_org.role(role.id);
    if (!shown)
        return Error{Text::tr("This role no longer exists.")};
    return commit([&, before = *shown] { return Repo::updateRole(m_db.connection(), before, role); });
}

Result<void> OrganisationService::removeRole(RoleId id)
{
    if (hasRows(m_db.connection(), QStringLiteral("SELECT 1 FROM mandate WHERE role_id = ?"), id.value()))
        return Error{Text::tr("Mandates refer to this role; remove them first.")};
    return commit([&] { return Repo::deleteRole(m_db.connection(), id); });
}

Result<MandateId> OrganisationService::addMandate(const Mandate& mandate)
{
    if (!m_org.person(mandate.person) || !m_org.role(mandate.role))
        return Error{Text::tr("Choose a person and a role for the mandate.")};
    if (!mandate.end.isValid())
        return Error{Text::tr("A mandate needs an end date: mandates are given for a term.")};
    if (auto valid = validateDates(mandate.start, mandate.end); !valid)
        return Error{valid.error()};
    return commitInsert<MandateId>([&] { return Repo::insertMandate(m_db.connection(), mandate); });
}

Result<void> OrganisationService::updateMandate(const Mandate& mandate)
{
    if (!mandate.end.isValid())
        return Error{Text::tr("A mandate needs an end date: mandates are given for a term.")};
    if (auto valid = validateDates(mandate.start, mandate.end); !valid)
        return valid;
    const Mandate* shown = findById(m_org.mandates, mandate.id);
    if (!shown)
        return Error{Text::tr("This mandate no longer exists.")};
    return commit([&, before = *shown] { return Repo::updateMandate(m_db.connection(), before, mandate); });
}

Result<void> OrganisationService::removeMandate(MandateId id)
{
    return commit([&] { return Repo::deleteMandate(m_db.connection(), id); });
}

} // namespace cercles
