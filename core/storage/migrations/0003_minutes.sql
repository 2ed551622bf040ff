-- Schema version 3: approval of the minutes (approbation du compte rendu) and amendments after approval
-- (processes.md section 5). Both tables are append-only: an approval is never changed or withdrawn, and a
-- correction is a new amendment row, never an edit of the minutes or of an earlier amendment.
CREATE TABLE minutes_approval (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id),
    approved_on TEXT NOT NULL,              -- local calendar date of the approving meeting
    recorded_utc TEXT NOT NULL,             -- when the approval was recorded
    frozen_text TEXT NOT NULL,              -- the minutes as approved (serialised snapshot)
    frozen_sha256 TEXT NOT NULL CHECK (length(frozen_sha256) = 64)
) STRICT;

CREATE TABLE minutes_amendment (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES minutes_approval(meeting_id),
    amended_on TEXT NOT NULL,               -- local calendar date of the correction
    recorded_utc TEXT NOT NULL,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    by_person_id INTEGER REFERENCES person(id)
) STRICT;
CREATE INDEX minutes_amendment_meeting ON minutes_amendment(meeting_id, id);

CREATE TRIGGER minutes_approval_is_final_update BEFORE UPDATE ON minutes_approval
BEGIN
    SELECT RAISE(ABORT, 'approved minutes are frozen');
END;
CREATE TRIGGER minutes_approval_is_final_delete BEFORE DELETE ON minutes_approval
BEGIN
    SELECT RAISE(ABORT, 'approved minutes are frozen');
END;
CREATE TRIGGER minutes_amendment_is_append_only_update BEFORE UPDATE ON minutes_amendment
BEGIN
    SELECT RAISE(ABORT, 'a recorded amendment is never changed');
END;
CREATE TRIGGER minutes_amendment_is_append_only_delete BEFORE DELETE ON minutes_amendment
BEGIN
    SELECT RAISE(ABORT, 'a recorded amendment is never changed');
END;
