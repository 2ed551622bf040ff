#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>

namespace cercles {

/// The statuses of a person that eligibility red lines refer to (organisation.md, "Red lines").
/// Stored in the file by their stable key (see statusKey), never by their numeric value.
enum class PersonStatus
{
    Employee = 0x1,            ///< salarié·e of the organisation
    Contractor = 0x2,          ///< prestataire of the organisation
    ElectoralListMember = 0x4, ///< member of an electoral list
    Candidate = 0x8,           ///< candidate in an election
};
Q_DECLARE_FLAGS(PersonStatuses, PersonStatus)
Q_DECLARE_OPERATORS_FOR_FLAGS(PersonStatuses)

/// Every status, in display order.
inline constexpr PersonStatus allPersonStatuses[] = {PersonStatus::Employee, PersonStatus::Contractor,
                                                     PersonStatus::ElectoralListMember,
                                                     PersonStatus::Candidate};

/// Takes a status; returns its stable storage key ("employee", "contractor", "electoral-list", "candidate").
QString statusKey(PersonStatus status);

/// Takes a storage key; returns the status, or std::nullopt for an unknown key.
std::optional<PersonStatus> statusFromKey(const QString& key);

/// Takes a status; returns its name in the current UI language (translated in the "PersonStatus" context).
QString statusName(PersonStatus status);

/// Takes a set of statuses; returns their translated names joined by ", " (empty for none).
QString statusNames(PersonStatuses statuses);

} // namespace cercles
