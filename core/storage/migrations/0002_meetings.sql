-- Schema version 2: meetings, agendas, the backlog, and consent processes kept as append-only event logs.
-- Instants are ISO 8601 UTC text ('YYYY-MM-DDTHH:MM:SS.zzzZ'); dates are local calendar dates.
CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    circle_id INTEGER NOT NULL REFERENCES circle(id),
    start_utc TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    facilitator_id INTEGER REFERENCES person(id),
    secretary_id INTEGER REFERENCES person(id),
    language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
    status TEXT NOT NULL CHECK (status IN ('planned', 'open', 'closed')),
    next_meeting TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX meeting_circle ON meeting(circle_id, start_utc);

CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    position INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('present', 'excused', 'absent', 'guest')),
    PRIMARY KEY (meeting_id, person_id)
) STRICT;

CREATE TABLE agenda_item (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('information', 'discussion', 'consent-decision', 'membership-entry',
                                       'membership-exit', 'election', 'majority-judgment')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    notes TEXT NOT NULL DEFAULT '',
    person_concerned_id INTEGER REFERENCES person(id),
    state TEXT NOT NULL CHECK (state IN ('planned', 'done', 'deferred')),
    taken_up_from_id INTEGER REFERENCES backlog_item(id)
) STRICT;
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);

CREATE TABLE backlog_item (
    id INTEGER PRIMARY KEY,
    circle_id INTEGER NOT NULL REFERENCES circle(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    person_concerned_id INTEGER REFERENCES person(id),
    source_item_id INTEGER REFERENCES agenda_item(id),
    referred_from_process_id INTEGER REFERENCES consent_process(id),
    created_utc TEXT NOT NULL,
    taken_up_by_id INTEGER REFERENCES agenda_item(id)
) STRICT;

CREATE TABLE action_item (
    id INTEGER PRIMARY KEY,
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id),
    person_id INTEGER REFERENCES person(id),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    due_date TEXT
) STRICT;

-- What was fixed when the process started (ConsentSetup).
CREATE TABLE consent_process (
    id INTEGER PRIMARY KEY,
    agenda_item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_item(id),
    kind TEXT NOT NULL CHECK (kind IN ('decision', 'membership-entry', 'membership-exit')),
    circle_id INTEGER NOT NULL REFERENCES circle(id),
    proposal_text TEXT NOT NULL,
    driver TEXT NOT NULL DEFAULT '',
    responsible_id INTEGER REFERENCES person(id),
    review_date TEXT,
    scope_item_id INTEGER REFERENCES scope_item(id),
    rule_basis TEXT NOT NULL CHECK (rule_basis IN ('members-present', 'all-members')),
    rule_excludes_concerned INTEGER NOT NULL CHECK (rule_excludes_concerned IN (0, 1)),
    person_concerned_id INTEGER REFERENCES person(id),
    created_utc TEXT NOT NULL,
    referred_from_id INTEGER REFERENCES consent_process(id)
) STRICT;

CREATE TABLE consent_process_member (
    process_id INTEGER NOT NULL REFERENCES consent_process(id),
    position INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES person(id),
    PRIMARY KEY (process_id, position)
) STRICT;

-- The log itself: rows are appended, never updated. The last row of a process may be deleted (undo) only
-- while its meeting is not closed.
CREATE TABLE consent_event (
    id INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL REFERENCES consent_process(id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    at_utc TEXT NOT NULL,
    person_id INTEGER REFERENCES person(id),
    text TEXT NOT NULL DEFAULT '',
    present TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT 'none',
    review_date TEXT,
    given_after_meeting INTEGER NOT NULL DEFAULT 0 CHECK (given_after_meeting IN (0, 1)),
    circle_id INTEGER REFERENCES circle(id),
    UNIQUE (process_id, seq)
) STRICT;

CREATE TRIGGER consent_event_is_append_only BEFORE UPDATE ON consent_event
BEGIN
    SELECT RAISE(ABORT, 'a recorded consent event is never changed');
END;

CREATE TRIGGER consent_event_closed_meeting BEFORE DELETE ON consent_event
WHEN (SELECT m.status FROM consent_process p JOIN agenda_item a ON a.id = p.agenda_item_id
      JOIN meeting m ON m.id = a.meeting_id WHERE p.id = OLD.process_id) = 'closed'
     AND OLD.given_after_meeting = 0
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;

-- Memberships started or ended by an adopted entry or exit, so that undoing the deciding event reverts them.
CREATE TABLE consent_effect (
    event_id INTEGER PRIMARY KEY REFERENCES consent_event(id),
    membership_id INTEGER NOT NULL REFERENCES membership(id),
    previous_to_date TEXT,
    created INTEGER NOT NULL CHECK (created IN (0, 1))
) STRICT;
