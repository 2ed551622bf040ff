#pragma once

#include "domain/organisation.h"

#include <optional>

namespace cercles::ui {

/// Takes an organisation and a membership id; returns the membership, if there is one with that id.
inline std::optional<Membership> findMembership(const Organisation& org, MembershipId id)
{
    for (const Membership& membership : org.memberships)
        if (membership.id == id)
            return membership;
    return std::nullopt;
}

/// Takes an organisation and a mandate id; returns the mandate, if there is one with that id.
inline std::optional<Mandate> findMandate(const Organisation& org, MandateId id)
{
    for (const Mandate& mandate : org.mandates)
        if (mandate.id == id)
            return mandate;
    return std::nullopt;
}

} // namespace cercles::ui
