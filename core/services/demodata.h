#pragma once

#include "domain/organisation.h"
#include "domain/result.h"

namespace cercles {

class Database;

/// The reference organisation of organisation.md: its four circles with their decision scopes, entry and
/// exit rules and red lines, its eleven people with their statuses, memberships and mandates. Names and
/// texts are in French, as the organisation writes them. Ids are assigned from 1 in order.
Organisation demoOrganisation();

/// The "sociocratic association" template: the reference structure (circles, scopes, rules, red lines and
/// roles) without people, memberships or mandates.
Organisation templateOrganisation();

/// Takes an empty, writable database and an organisation value; writes the whole organisation in one
/// transaction, keeping the value's ids. Errors: SQL errors (nothing is written then).
Result<void> importOrganisation(Database& db, const Organisation& org);

/// Takes a path that does not exist; creates the demo organisation file there (structure and, once the
/// meeting history is part of the schema, its past meetings). Errors: as Database::create and
/// importOrganisation; on error no file is left behind.
Result<void> createDemoFile(const QString& path);

} // namespace cercles
