#pragma once

#include "circle.h"
#include "mandate.h"
#include "membership.h"
#include "person.h"

#include <QList>
#include <QString>

#include <optional>

namespace cercles {

/// A snapshot of an organisation's structure: its circles, people, memberships, roles and mandates.
/// A plain value: the storage layer loads it and the UI reads it; edits go through services.
struct Organisation
{
    QString name;
    QList<Circle> circles; ///< parents before children, siblings by name
    QList<Person> people;  ///< by name
    QList<Membership> memberships;
    QList<Role> roles;
    QList<Mandate> mandates;

    /// Takes an id; returns the circle, or nullptr when there is none with that id.
    const Circle* circle(CircleId id) const;
    /// Takes a name; returns the first circle of that exact name, or nullptr.
    const Circle* circleNamed(const QString& name) const;
    /// Takes an id; returns the person, or nullptr.
    const Person* person(PersonId id) const;
    /// Takes a name; returns the first person of that exact name, or nullptr.
    const Person* personNamed(const QString& name) const;
    /// Takes an id; returns the role, or nullptr.
    const Role* role(RoleId id) const;

    /// Takes a circle; returns its direct sub-circles, in the order of `circles`.
    QList<const Circle*> children(CircleId parent) const;
    /// Takes a circle and a day; returns the ids of the people who are members on that day, by name.
    QList<PersonId> membersOn(CircleId circle, QDate day) const;
    /// Takes a person and a day; returns the circles the person belongs to on that day.
    QList<CircleId> circlesOf(PersonId person, QDate day) const;
    /// Takes a person, a circle and a day; returns the membership active that day, if any.
    std::optional<Membership> activeMembership(PersonId person, CircleId circle, QDate day) const;
    /// Takes a circle; returns its mandates (any date), by role then start date.
    QList<Mandate> mandatesOf(CircleId circle) const;
};

} // namespace cercles
