-- Schema version 1: the organisation's structure.
-- Dates are ISO 8601 calendar dates (YYYY-MM-DD) in the organisation's local time.
-- Ids are plain rowids (no AUTOINCREMENT) so that undo can put a row back with the same id.
CREATE TABLE organisation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL
) STRICT;

CREATE TABLE circle (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    purpose TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES circle(id),
    cadence TEXT NOT NULL DEFAULT 'as-decided',
    operating_rules TEXT NOT NULL DEFAULT '',
    entry_basis TEXT NOT NULL CHECK (entry_basis IN ('members-present', 'all-members')),
    entry_excludes_concerned INTEGER NOT NULL CHECK (entry_excludes_concerned IN (0, 1)),
    exit_basis TEXT NOT NULL CHECK (exit_basis IN ('members-present', 'all-members')),
    exit_excludes_concerned INTEGER NOT NULL CHECK (exit_excludes_concerned IN (0, 1)),
    decision_basis TEXT NOT NULL CHECK (decision_basis IN ('members-present', 'all-members')),
    decision_excludes_concerned INTEGER NOT NULL CHECK (decision_excludes_concerned IN (0, 1))
) STRICT;

CREATE TABLE scope_item (
    id INTEGER PRIMARY KEY,
    circle_id INTEGER NOT NULL REFERENCES circle(id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0)
) STRICT;
CREATE INDEX scope_item_circle ON scope_item(circle_id, position);

CREATE TABLE circle_red_line (
    circle_id INTEGER NOT NULL REFERENCES circle(id),
    status TEXT NOT NULL CHECK (status IN ('employee', 'contractor', 'electoral-list', 'candidate')),
    PRIMARY KEY (circle_id, status)
) STRICT;

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE person_status (
    person_id INTEGER NOT NULL REFERENCES person(id),
    status TEXT NOT NULL CHECK (status IN ('employee', 'contractor', 'electoral-list', 'candidate')),
    PRIMARY KEY (person_id, status)
) STRICT;

CREATE TABLE membership (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id),
    circle_id INTEGER NOT NULL REFERENCES circle(id),
    from_date TEXT NOT NULL,
    to_date TEXT CHECK (to_date IS NULL OR to_date >= from_date)
) STRICT;
CREATE INDEX membership_circle ON membership(circle_id);
CREATE INDEX membership_person ON membership(person_id);

CREATE TABLE role (
    id INTEGER PRIMARY KEY,
    circle_id INTEGER NOT NULL REFERENCES circle(id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (circle_id, name)
) STRICT;

CREATE TABLE mandate (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id),
    role_id INTEGER NOT NULL REFERENCES role(id),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL CHECK (end_date >= start_date)
) STRICT;
CREATE INDEX mandate_role ON mandate(role_id);
