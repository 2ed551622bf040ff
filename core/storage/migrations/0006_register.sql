-- Schema version 6: the decision register is stored, not replayed (issue 14). One row per consent process,
-- written in the same transaction as the event that changes it; the step's fill replays every existing log
-- once. Names (circle, people, scope item) are not copied: they are joined when read, so a rename changes
-- nothing here.
CREATE TABLE consent_register (
    process_id INTEGER PRIMARY KEY REFERENCES consent_process(id),
    kind TEXT NOT NULL CHECK (kind IN ('decision', 'membership-entry', 'membership-exit')),
    status TEXT NOT NULL,
    circle_id INTEGER NOT NULL,
    meeting_id INTEGER NOT NULL,
    agenda_item_id INTEGER NOT NULL,
    decision_date TEXT NOT NULL,      -- the decision date when adopted, else the meeting's local date
    started_utc TEXT NOT NULL,        -- the process's start: the order within a day
    title TEXT NOT NULL,
    proposal_text TEXT NOT NULL,      -- version 1
    text TEXT NOT NULL,               -- the adopted or current version
    scope_item_id INTEGER,
    responsible_id INTEGER,
    review_date TEXT,
    person_concerned_id INTEGER,
    referred_to_id INTEGER,
    last_seq INTEGER NOT NULL DEFAULT 0, -- the log's last seq when the row was written: a log changed
                                         -- behind Cercles' back is seen, and replayed, when read
    damage TEXT NOT NULL DEFAULT ''      -- why the log cannot be read (then only text says so)
) STRICT;
CREATE INDEX consent_register_order ON consent_register(decision_date, started_utc, process_id);
CREATE INDEX consent_register_circle ON consent_register(circle_id, decision_date, started_utc, process_id);
CREATE INDEX consent_register_meeting ON consent_register(meeting_id);

-- The register's words, rowid = process id: case and accents folded by the tokenizer, the ligatures œ and æ
-- spelt out by Cercles before indexing and before searching.
CREATE VIRTUAL TABLE consent_register_search USING fts5(
    title, proposal, text, tokenize = 'unicode61 remove_diacritics 2');
