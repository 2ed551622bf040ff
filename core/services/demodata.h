#pragma once

#include "domain/organisation.h"
#include "domain/result.h"

namespace cercles {

class Database;

/// The reference organisation of organisation.md: its four circles with their decision scopes, entry and
/// exit rules and red lines, its twelve people with their statuses, memberships and mandates (the twelfth,
/// Lina Martin, is not a member yet: the demo history admits her). Names and
/// texts are in French, as the organisation writes them. Ids are assigned from 1 in order.
Organisation demoOrganisation();

/// The "sociocratic association" template: the reference structure (circles, scopes, rules, red lines and
/// roles) without people, memberships or mandates.
Organisation templateOrganisation();

/// Takes an empty, writable database and an organisation value; writes the whole organisation in one
/// transaction, keeping the value's ids. Errors: SQL errors (nothing is written then).
Result<void> importOrganisation(Database& db, const Organisation& org);

/// Takes a path that does not exist; creates the demo organisation file there: the structure of
/// demoOrganisation() in one transaction, then its past meetings recorded through the services with a
/// fixed clock (see recordDemoHistory in demohistory.h), so the content is the same every time.
/// Errors: as Database::create, importOrganisation and the services; on error no file is left behind.
Result<void> createDemoFile(const QString& path);

} // namespace cercles
