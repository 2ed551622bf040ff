#pragma once

#include "domain/organisation.h"

namespace cercles::ui {

/// Takes an organisation and a person id; returns the person's name (empty if unknown), for command texts.
inline QString personName(const Organisation& org, PersonId id)
{
    const Person* person = org.person(id);
    return person ? person->name : QString();
}

/// Takes an organisation and a circle id; returns the circle's name (empty if unknown).
inline QString circleName(const Organisation& org, CircleId id)
{
    const Circle* circle = org.circle(id);
    return circle ? circle->name : QString();
}

/// Takes an organisation and a circle id; returns how a sentence of the interface names it (French: with its
/// article, "le Conseil de Coordination"), for fillPhrase(); empty if unknown.
inline QString circleNoun(const Organisation& org, CircleId id)
{
    const Circle* circle = org.circle(id);
    return circle ? cercles::circleNoun(*circle, interfaceLanguage()) : QString();
}

/// Takes an organisation and a role id; returns the role's name (empty if unknown).
inline QString roleName(const Organisation& org, RoleId id)
{
    const Role* role = org.role(id);
    return role ? role->name : QString();
}

} // namespace cercles::ui
