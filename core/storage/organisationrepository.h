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

Result<CircleId> insertCircle(const QSqlDatabase& db, const Circle& circle);
/// Replaces the circle's row, scope items (kept by id, so references survive) and red lines.
Result<void> updateCircle(const QSqlDatabase& db, const Circle& circle);
Result<void> deleteCircle(const QSqlDatabase& db, CircleId id);

Result<PersonId> insertPerson(const QSqlDatabase& db, const Person& person);
Result<void> updatePerson(const QSqlDatabase& db, const Person& person);
Result<void> deletePerson(const QSqlDatabase& db, PersonId id);

Result<MembershipId> insertMembership(const QSqlDatabase& db, const Membership& membership);
Result<void> updateMembership(const QSqlDatabase& db, const Membership& membership);
Result<void> deleteMembership(const QSqlDatabase& db, MembershipId id);

Result<RoleId> insertRole(const QSqlDatabase& db, const Role& role);
Result<void> updateRole(const QSqlDatabase& db, const Role& role);
Result<void> deleteRole(const QSqlDatabase& db, RoleId id);

Result<MandateId> insertMandate(const QSqlDatabase& db, const Mandate& mandate);
Result<void> updateMandate(const QSqlDatabase& db, const Mandate& mandate);
Result<void> deleteMandate(const QSqlDatabase& db, MandateId id);

} // namespace cercles::OrganisationRepository
