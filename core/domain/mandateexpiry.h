#pragma once

#include "mandate.h"
#include "organisation.h"

#include <QDate>
#include <QList>

namespace cercles {

/// The mandates to renew (processes.md section 3, step 7: "mandates expire; the product shows those that end
/// soon or have ended").
struct MandateExpiries
{
    QList<Mandate> endingSoon; ///< still running on the day and ending within the horizon, soonest first
    QList<Mandate> ended;      ///< ended before the day, most recent first
};

/// The horizon, in days, within which a running mandate counts as ending soon.
inline constexpr int mandateWarningDays = 60;

/// Takes an organisation, a day (the organisation's local date, usually today) and a horizon in days; returns
/// its mandates ending within the horizon (inclusive, Mandate::endsWithin) and those already ended.
/// `circle` restricts the lists to one circle's roles (invalid: every circle).
MandateExpiries mandateExpiries(const Organisation& org, QDate day, int days = mandateWarningDays,
                                CircleId circle = {});

} // namespace cercles
