#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QtGlobal>

namespace cercles {

/// A strongly typed row id. Ids of different entities cannot be mixed up at compile time.
/// The value is the SQLite rowid of the entity; 0 means "no entity" (isValid() is false).
template <typename Tag> class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value) : m_value(value) {}

    constexpr qint64 value() const { return m_value; }
    constexpr bool isValid() const { return m_value > 0; }

    friend constexpr auto operator<=>(Id, Id) = default;
    friend size_t qHash(Id id, size_t seed = 0) noexcept { return ::qHash(id.m_value, seed); }

private:
    qint64 m_value = 0;
};

using CircleId = Id<struct CircleTag>;
using ScopeItemId = Id<struct ScopeItemTag>;
using PersonId = Id<struct PersonTag>;
using MembershipId = Id<struct MembershipTag>;
using RoleId = Id<struct RoleTag>;
using MandateId = Id<struct MandateTag>;
using MeetingId = Id<struct MeetingTag>;
using AgendaItemId = Id<struct AgendaItemTag>;
using BacklogItemId = Id<struct BacklogItemTag>;
using ConsentProcessId = Id<struct ConsentProcessTag>;
using ActionId = Id<struct ActionTag>;

} // namespace cercles

Q_DECLARE_METATYPE(cercles::CircleId)
Q_DECLARE_METATYPE(cercles::PersonId)
Q_DECLARE_METATYPE(cercles::MembershipId)
Q_DECLARE_METATYPE(cercles::RoleId)
Q_DECLARE_METATYPE(cercles::MandateId)
Q_DECLARE_METATYPE(cercles::ScopeItemId)
Q_DECLARE_METATYPE(cercles::MeetingId)
Q_DECLARE_METATYPE(cercles::AgendaItemId)
Q_DECLARE_METATYPE(cercles::BacklogItemId)
Q_DECLARE_METATYPE(cercles::ConsentProcessId)
Q_DECLARE_METATYPE(cercles::ActionId)
