#include "organisation.h"

#include <QSet>

#include <algorithm>

namespace cercles {

namespace {
template <typename T, typename IdT> const T* findById(const QList<T>& list, IdT id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [id](const T& t) { return t.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

template <typename T> const T* findByName(const QList<T>& list, const QString& name)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&name](const T& t) { return t.name == name; });
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

const Circle* Organisation::circle(CircleId id) const
{
    return findById(circles, id);
}
const Circle* Organisation::circleNamed(const QString& name) const
{
    return findByName(circles, name);
}
const Person* Organisation::person(PersonId id) const
{
    return findById(people, id);
}
const Person* Organisation::personNamed(const QString& name) const
{
    return findByName(people, name);
}
const Role* Organisation::role(RoleId id) const
{
    return findById(roles, id);
}

QList<const Circle*> Organisation::children(CircleId parent) const
{
    QList<const Circle*> result;
    for (const Circle& c : circles) {
        if (c.parent == parent)
            result << &c;
    }
    return result;
}

QList<PersonId> Organisation::membersOn(CircleId circle, QDate day) const
{
    // One pass over the memberships, then the people in their order: linear, for a decade of memberships.
    QSet<PersonId> active;
    for (const Membership& m : memberships) {
        if (m.circle == circle && m.isActiveOn(day))
            active.insert(m.person);
    }
    QList<PersonId> result;
    if (active.isEmpty())
        return result;
    for (const Person& p : people) { // people are sorted by name, so the result is too
        if (active.contains(p.id))
            result << p.id;
    }
    return result;
}

QList<CircleId> Organisation::circlesOf(PersonId person, QDate day) const
{
    QList<CircleId> result;
    for (const Circle& c : circles) {
        if (activeMembership(person, c.id, day))
            result << c.id;
    }
    return result;
}

std::optional<Membership> Organisation::activeMembership(PersonId person, CircleId circle, QDate day) const
{
    for (const Membership& m : memberships) {
        if (m.person == person && m.circle == circle && m.isActiveOn(day))
            return m;
    }
    return std::nullopt;
}

QList<Mandate> Organisation::mandatesOf(CircleId circle) const
{
    QList<Mandate> result;
    for (const Mandate& m : mandates) {
        const Role* r = role(m.role);
        if (r && r->circle == circle)
            result << m;
    }
    std::sort(result.begin(), result.end(), [this](const Mandate& a, const Mandate& b) {
        const QString ra = role(a.role)->name, rb = role(b.role)->name;
        return ra != rb ? ra < rb : a.start < b.start;
    });
    return result;
}

} // namespace cercles
