#pragma once

#include "ids.h"

#include <QDate>

namespace cercles {

/// A person's membership of a circle. Dates are calendar dates in the organisation's local time.
struct Membership
{
    MembershipId id;
    PersonId person;
    CircleId circle;
    QDate from; ///< first day of membership
    QDate to;   ///< last day of membership; null while the membership is ongoing

    /// Takes a date; returns whether the membership covers that day (from <= day, and day <= to if set).
    bool isActiveOn(QDate day) const { return from <= day && (to.isNull() || day <= to); }

    friend bool operator==(const Membership&, const Membership&) = default;
};

} // namespace cercles
