-- Schema version 8: the meeting record is complete (issue 10). Each agenda item has an outcome and, for
-- information items, its content; an action done later is recorded apart from the sealed meeting record.
--
-- agenda_item is rebuilt (SQLite cannot widen a CHECK): its state gains 'in-progress' and 'referred', and it
-- gains `content` (what an information item presents, prepared before the meeting; `notes` stays what the
-- secretary writes during it). The record chain encodes the columns it always did, plus one fact per item
-- whose content is not empty, so that meetings sealed before this step keep their links.
-- Foreign keys are off during an upgrade and checked whole before its commit (migrations.cpp), as SQLite's
-- procedure for changing a table requires; the legacy rename leaves the other tables' triggers as written.
PRAGMA legacy_alter_table = ON;
CREATE TABLE agenda_item_v8 (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('information', 'discussion', 'consent-decision', 'membership-entry',
                                       'membership-exit', 'election', 'majority-judgment')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    notes TEXT NOT NULL DEFAULT '',
    person_concerned_id INTEGER REFERENCES person(id),
    state TEXT NOT NULL CHECK (state IN ('planned', 'in-progress', 'done', 'deferred', 'referred')),
    taken_up_from_id INTEGER REFERENCES backlog_item(id),
    content TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO agenda_item_v8 (id, meeting_id, position, kind, title, notes, person_concerned_id, state,
                            taken_up_from_id)
    SELECT id, meeting_id, position, kind, title, notes, person_concerned_id, state, taken_up_from_id
    FROM agenda_item;
DROP TABLE agenda_item;
ALTER TABLE agenda_item_v8 RENAME TO agenda_item;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);
CREATE TRIGGER agenda_item_sealed_update BEFORE UPDATE ON agenda_item
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'meeting/' || OLD.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER agenda_item_sealed_delete BEFORE DELETE ON agenda_item
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'meeting/' || OLD.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
-- Nothing is added to a sealed meeting's agenda or actions either.
CREATE TRIGGER agenda_item_sealed_insert BEFORE INSERT ON agenda_item
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'meeting/' || NEW.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER action_item_sealed_insert BEFORE INSERT ON action_item
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'meeting/' ||
             (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id))
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;

-- An action's follow-up: marked done (or undone) after its meeting, so not part of the sealed record.
-- One row per action that is done; no row: open (late when its due date has passed).
CREATE TABLE action_done (
    action_id INTEGER PRIMARY KEY REFERENCES action_item(id),
    done_on TEXT NOT NULL,                  -- local calendar date it was done
    recorded_utc TEXT NOT NULL
) STRICT;
