-- Schema version 4: elections without candidates (processes.md section 3), kept as append-only event logs like
-- consent processes, and majority-judgment votes (section 4) with secret ballots and paper counts.

-- What was described when the election started (ElectionSetup). role_id is NULL while the role is new: the role
-- is created when the election adopts its mandate.
CREATE TABLE election (
    id INTEGER PRIMARY KEY,
    agenda_item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_item(id),
    circle_id INTEGER NOT NULL REFERENCES circle(id),
    role_id INTEGER REFERENCES role(id),
    role_name TEXT NOT NULL CHECK (length(trim(role_name)) > 0),
    role_description TEXT NOT NULL DEFAULT '',
    term_start TEXT NOT NULL,
    term_end TEXT NOT NULL CHECK (term_end >= term_start),
    qualifications TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL
) STRICT;

-- The circle's members on the day: who can be named.
CREATE TABLE election_member (
    election_id INTEGER NOT NULL REFERENCES election(id),
    position INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES person(id),
    PRIMARY KEY (election_id, position)
) STRICT;

-- The log itself: rows are appended, never updated. The last row may be deleted (undo) only while the meeting is
-- not closed.
CREATE TABLE election_event (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    at_utc TEXT NOT NULL,
    person_id INTEGER REFERENCES person(id),
    nominee_id INTEGER REFERENCES person(id),
    text TEXT NOT NULL DEFAULT '',
    present TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    role_name TEXT NOT NULL DEFAULT '',
    UNIQUE (election_id, seq)
) STRICT;

CREATE TRIGGER election_event_is_append_only BEFORE UPDATE ON election_event
BEGIN
    SELECT RAISE(ABORT, 'a recorded election event is never changed');
END;

CREATE TRIGGER election_event_closed_meeting BEFORE DELETE ON election_event
WHEN (SELECT m.status FROM election e JOIN agenda_item a ON a.id = e.agenda_item_id
      JOIN meeting m ON m.id = a.meeting_id WHERE e.id = OLD.election_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;

-- The mandate (and the role, when new) created by the event that elected someone, so undo can remove them.
CREATE TABLE election_effect (
    event_id INTEGER PRIMARY KEY REFERENCES election_event(id),
    mandate_id INTEGER NOT NULL REFERENCES mandate(id),
    role_id INTEGER NOT NULL REFERENCES role(id),
    role_created INTEGER NOT NULL CHECK (role_created IN (0, 1))
) STRICT;

-- A majority-judgment vote. default_scale = 1: the default French scale, whose names follow the UI language
-- (vote_grade is then empty); otherwise vote_grade holds the vote's own names, best first.
CREATE TABLE vote (
    id INTEGER PRIMARY KEY,
    agenda_item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_item(id),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    default_scale INTEGER NOT NULL CHECK (default_scale IN (0, 1)),
    fill_rule TEXT NOT NULL CHECK (fill_rule IN ('none', 'static', 'median', 'normalize')),
    fill_grade INTEGER NOT NULL DEFAULT 0,
    participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    created_utc TEXT NOT NULL,
    closed_utc TEXT
) STRICT;

CREATE TABLE vote_grade (
    vote_id INTEGER NOT NULL REFERENCES vote(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    PRIMARY KEY (vote_id, position)
) STRICT;

CREATE TABLE vote_option (
    id INTEGER PRIMARY KEY,
    vote_id INTEGER NOT NULL REFERENCES vote(id),
    position INTEGER NOT NULL,
    label TEXT NOT NULL CHECK (length(trim(label)) > 0),
    UNIQUE (vote_id, position)
) STRICT;

-- A cast ballot. Ballots are secret: they name no voter. Who has voted is in vote_voter, so nobody can vote twice.
-- A ballot is written once, when cast; corrections happen before that, on screen.
CREATE TABLE ballot (
    id INTEGER PRIMARY KEY,
    vote_id INTEGER NOT NULL REFERENCES vote(id),
    position INTEGER NOT NULL,
    cast_utc TEXT NOT NULL,
    UNIQUE (vote_id, position)
) STRICT;

-- One judgment per option; grade 0 is the worst. An option left without a grade has no row (a missing judgment,
-- completed by the vote's fill rule).
CREATE TABLE ballot_grade (
    ballot_id INTEGER NOT NULL REFERENCES ballot(id),
    option_id INTEGER NOT NULL REFERENCES vote_option(id),
    grade INTEGER NOT NULL CHECK (grade >= 0),
    PRIMARY KEY (ballot_id, option_id)
) STRICT;

CREATE TABLE vote_voter (
    vote_id INTEGER NOT NULL REFERENCES vote(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    PRIMARY KEY (vote_id, person_id)
) STRICT;

-- Judgments counted on paper and entered as numbers: count of `grade` for `option`.
CREATE TABLE vote_tally (
    vote_id INTEGER NOT NULL REFERENCES vote(id),
    option_id INTEGER NOT NULL REFERENCES vote_option(id),
    grade INTEGER NOT NULL CHECK (grade >= 0),
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (vote_id, option_id, grade)
) STRICT;

CREATE TRIGGER ballot_is_final BEFORE UPDATE ON ballot
BEGIN
    SELECT RAISE(ABORT, 'a cast ballot is never changed');
END;
CREATE TRIGGER ballot_grade_is_final BEFORE UPDATE ON ballot_grade
BEGIN
    SELECT RAISE(ABORT, 'a cast ballot is never changed');
END;
CREATE TRIGGER ballot_closed_vote BEFORE INSERT ON ballot
WHEN (SELECT status FROM vote WHERE id = NEW.vote_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'the vote is closed');
END;
CREATE TRIGGER vote_tally_closed_vote BEFORE INSERT ON vote_tally
WHEN (SELECT status FROM vote WHERE id = NEW.vote_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'the vote is closed');
END;
CREATE TRIGGER vote_tally_closed_vote_delete BEFORE DELETE ON vote_tally
WHEN (SELECT status FROM vote WHERE id = OLD.vote_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'the vote is closed');
END;
