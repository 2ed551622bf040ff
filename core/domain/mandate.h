#pragma once

#include "ids.h"

#include <QDate>
#include <QString>

namespace cercles {

/// A role a circle fills for a term: facilitator, secretary, leader, delegate, co-president...
struct Role
{
    RoleId id;
    CircleId circle;
    QString name;
    QString description;

    friend bool operator==(const Role&, const Role&) = default;
};

/// A person holding a role for a term (processes.md section 3, step 7). Dates are calendar dates in the
/// organisation's local time; the end date is the last day of the mandate.
struct Mandate
{
    MandateId id;
    PersonId person;
    RoleId role;
    QDate start;
    QDate end;

    /// Takes a date; returns whether the mandate covers that day.
    bool isActiveOn(QDate day) const { return start <= day && day <= end; }
    /// Takes today's date and a horizon in days; returns whether the mandate is still running and ends
    /// within the horizon (inclusive).
    bool endsWithin(QDate today, int days) const { return end >= today && today.daysTo(end) <= days; }

    friend bool operator==(const Mandate&, const Mandate&) = default;
};

} // namespace cercles
