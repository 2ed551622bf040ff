-- Schema version 5 (issue 11; the lead renumbers it after the steps of issues 12 and 14): who has the
-- file open for editing. The single-writer lock is a lock on the file itself, which a folder shared
-- between computers may not pass on; this record, with a heartbeat, tells another computer that the file
-- is in use. One row at most; none while nobody edits the file.
CREATE TABLE file_owner (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    heartbeat_utc TEXT NOT NULL
) STRICT;
