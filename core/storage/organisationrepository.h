#pragma once

#include "domain/organisation.h"
#include "domain/result.h"

#include <QSqlDatabase>

namespace cercles::OrganisationRepository {

/// Takes a connection; returns the whole organisation structure as stored (circles parents first then by
/// name, people by name, memberships and mandates by start date). Errors: SQL errors.
Result<Organisation> load(const QSqlDatabase& db);

/// Takes a name; stores it as the organisation's name.
Result<void> saveName(const QSqlDatabase& db, const QString& name);

// The writes below run inside the caller's transaction (Database::transact). An entity whose id is
// valid is inserted with that id (undo/redo); otherwise SQLite assigns one. Each returns the row's id.
//
// An update takes the entity as the user was shown it and as they left it, and writes only the fields
// that differ, each guarded by the value shown: another writer's change to another field is kept, and a
// change to the same field made meanwhile refuses the update with a translated message (nothing written).

Result<CircleId> insertCircle(const QSqlDatabase& db, const Circle& circle);
/// Writes the circle's changed fields; its scope items (kept by id, so references survive) and red lines
/// are rewritten when they changed, if they are still what was shown.
Result<void> updateCircle(const QSqlDatabase& db, const Circle& shown, const Circle& edited);
Result<void> deleteCircle(const QSqlDatabase& db, CircleId id);

Result<PersonId> insertPerson(const QSqlDatabase& db, const Person& person);
Result<void> updatePerson(const QSqlDatabase& db, const Person& shown, const Person& edited);
Result<void> deletePerson(const QSqlDatabase& db, PersonId id);

Result<MembershipId> insertMembership(const QSqlDatabase& db, const Membership& membership);
Result<void> updateMembership(const QSqlDatabase& db, const Membership& shown, const Membership& edited);
Result<void> deleteMembership(const QSqlDatabase& db, MembershipId id);

Result<RoleId> insertRole(const QSqlDatabase& db, const Role& role);
Result<void> updateRole(const QSqlDatabase& db, const Role& shown, const Role& edited);
Result<void> deleteRole(const QSqlDatabase& db, RoleId id);

Result<MandateId> insertMandate(const QSqlDatabase& db, const Mandate& mandate);
Result<void> updateMandate(const QSqlDatabase& db, const Mandate& shown, const Mandate& edited);
Result<void> deleteMandate(const QSqlDatabase& db, MandateId id);

} // namespace cercles::OrganisationRepository
