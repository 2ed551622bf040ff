#pragma once

#include "organisation.h"

#include <QList>
#include <QString>

namespace cercles {

/// Why a person cannot enter a circle; empty `message` means they can.
struct EntryCheck
{
    PersonStatuses redLinesCrossed; ///< the circle's red lines the person falls under
    bool alreadyMember = false;
    QString message; ///< translated, names the red line(s); empty when eligible

    bool isEligible() const { return message.isEmpty(); }
};

/// Takes a circle and a person; returns the circle's red lines the person falls under (none = eligible).
/// Rule source: processes.md section 2 and organisation.md, "Red lines" of the Coordination Council.
PersonStatuses redLinesCrossed(const Circle& circle, const Person& person);

/// Takes an organisation, a person, a circle and the entry day (local calendar date); returns whether the
/// person may be admitted into the circle that day: not already a member, and crossing none of its red lines.
/// The message names the person, the circle and each red line, e.g. "Amandine Roux cannot join the
/// Coordination Council: red line "employee"."
/// Rule source: processes.md section 2 ("a person who falls under a red line cannot be admitted").
EntryCheck checkEntry(const Organisation& org, PersonId person, CircleId circle, QDate day);

/// A member who falls under one of their circle's red lines (processes.md section 2: "reported as a
/// violation").
struct RedLineViolation
{
    PersonId person;
    CircleId circle;
    PersonStatuses redLinesCrossed;
};

/// Takes an organisation and a day; returns every active membership that violates its circle's red lines.
QList<RedLineViolation> redLineViolations(const Organisation& org, QDate day);

/// Takes an organisation and one of its violations; returns a translated sentence that says who, which
/// circle and which red line(s), in the interface language: "Amandine Roux is a member of the
/// Coordination Council but falls under its red line “employee”." (French: "… membre du Conseil de
/// Coordination …"). It stays true until the person's status or membership changes.
QString describeViolation(const Organisation& org, const RedLineViolation& violation);

/// Takes a consent rule, the circle's members on the day, the members present, and the person concerned
/// (invalid if none); returns who has a consent right, in the order of `members`.
/// With basis MembersPresent only members who are present count; with AllMembers every member counts
/// (absent ones consent afterwards); the person concerned is removed when the rule excludes them.
/// Rule source: processes.md section 1, "Who is eligible to consent".
QList<PersonId> consentEligible(const ConsentRule& rule, const QList<PersonId>& members,
                                const QList<PersonId>& present, PersonId personConcerned);

} // namespace cercles
