-- Schema version 7: secret ballots nobody can link to a voter, and a record nobody can quietly rewrite.
-- The C++ part of this step, inside the same transaction: migrations.cpp (moveBallotsToBoxes) moves existing
-- ballots into the new ballot boxes and drops the old tables; Database then seals every closed meeting and
-- every approval (RecordChain::sealExistingRecord).

-- A vote's ballot box: every ballot of the vote in one row, one fixed-width line per ballot (one character per
-- option: 'a' + grade, '-' for no judgment), lines sorted by content. There is no row per ballot, so no rowid,
-- cast time, page position or insertion order exists to match a ballot to the k-th voter; the row is rewritten
-- whole at each cast (secure_delete zeroes the previous copy).
CREATE TABLE vote_ballots (
    vote_id INTEGER PRIMARY KEY REFERENCES vote(id),
    ballots TEXT NOT NULL
) STRICT;

-- Who has voted, kept apart from the ballots: the person ids (19 digits each, one per line), sorted.
CREATE TABLE vote_voters (
    vote_id INTEGER PRIMARY KEY REFERENCES vote(id),
    person_ids TEXT NOT NULL
) STRICT;

-- The hash chain (storage/recordchain.cpp describes the encoding): one chain per consent process
-- ('consent/<id>'), election ('election/<id>'), vote ('vote/<id>'), meeting ('meeting/<id>': its agenda,
-- actions, attendance, the heads of its item chains, then its closing) and approval ('approval/<meeting id>':
-- the approval, then each amendment). Link n = SHA-256 over link n-1 and fact n. A meeting is sealed when it
-- closes; from then on the triggers below refuse to change or delete any row of its record.
CREATE TABLE record_link (
    chain TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    fact TEXT NOT NULL,                    -- which fact, for the verifier's report ("event 5")
    link BLOB NOT NULL CHECK (length(link) = 32),
    PRIMARY KEY (chain, seq)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER record_link_is_final_update BEFORE UPDATE ON record_link
BEGIN
    SELECT RAISE(ABORT, 'the record is sealed: its chain never changes');
END;
-- Only a consent or objection given after the meeting may be undone (its link goes with it).
CREATE TRIGGER record_link_is_final_delete BEFORE DELETE ON record_link
WHEN OLD.fact NOT LIKE 'late %'
BEGIN
    SELECT RAISE(ABORT, 'the record is sealed: its chain never changes');
END;

-- Every table of a meeting's record refuses UPDATE and DELETE once the meeting is sealed.
CREATE TRIGGER meeting_sealed_update BEFORE UPDATE ON meeting
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'meeting/' || OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER meeting_sealed_delete BEFORE DELETE ON meeting
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'meeting/' || OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER attendance_sealed_update BEFORE UPDATE ON attendance
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'meeting/' || OLD.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER attendance_sealed_delete BEFORE DELETE ON attendance
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'meeting/' || OLD.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
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
CREATE TRIGGER action_item_sealed_update BEFORE UPDATE ON action_item
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'meeting/' ||
             (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id))
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER action_item_sealed_delete BEFORE DELETE ON action_item
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'meeting/' ||
             (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id))
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER consent_process_sealed_update BEFORE UPDATE ON consent_process
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'consent/' || OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER consent_process_sealed_delete BEFORE DELETE ON consent_process
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'consent/' || OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER consent_process_member_sealed_update BEFORE UPDATE ON consent_process_member
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'consent/' || OLD.process_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER consent_process_member_sealed_delete BEFORE DELETE ON consent_process_member
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'consent/' || OLD.process_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER election_sealed_update BEFORE UPDATE ON election
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'election/' || OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER election_sealed_delete BEFORE DELETE ON election
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'election/' || OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER election_member_sealed_update BEFORE UPDATE ON election_member
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'election/' || OLD.election_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER election_member_sealed_delete BEFORE DELETE ON election_member
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'election/' || OLD.election_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER vote_sealed_update BEFORE UPDATE ON vote
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'vote/' || OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER vote_sealed_delete BEFORE DELETE ON vote
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'vote/' || OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER vote_grade_sealed_update BEFORE UPDATE ON vote_grade
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'vote/' || OLD.vote_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER vote_grade_sealed_delete BEFORE DELETE ON vote_grade
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'vote/' || OLD.vote_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER vote_option_sealed_update BEFORE UPDATE ON vote_option
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'vote/' || OLD.vote_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER vote_option_sealed_delete BEFORE DELETE ON vote_option
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'vote/' || OLD.vote_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;
CREATE TRIGGER vote_tally_sealed_update BEFORE UPDATE ON vote_tally
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'vote/' || OLD.vote_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;

-- A ballot box only grows, by one ballot at a time, and only while its vote is open; the list of voters too.
CREATE TRIGGER vote_ballots_grow_only BEFORE UPDATE ON vote_ballots
WHEN (SELECT status FROM vote WHERE id = OLD.vote_id) = 'closed'
     OR length(NEW.ballots) <> length(OLD.ballots) + 1 + (SELECT count(*) FROM vote_option WHERE vote_id = OLD.vote_id)
BEGIN
    SELECT RAISE(ABORT, 'a cast ballot is never changed');
END;
CREATE TRIGGER vote_ballots_sealed_delete BEFORE DELETE ON vote_ballots
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'vote/' || OLD.vote_id) OR length(OLD.ballots) > 0
BEGIN
    SELECT RAISE(ABORT, 'a cast ballot is never changed');
END;
CREATE TRIGGER vote_voters_grow_only BEFORE UPDATE ON vote_voters
WHEN (SELECT status FROM vote WHERE id = OLD.vote_id) = 'closed' OR length(NEW.person_ids) <> length(OLD.person_ids) + 20
BEGIN
    SELECT RAISE(ABORT, 'a cast ballot is never changed');
END;
CREATE TRIGGER vote_voters_sealed_delete BEFORE DELETE ON vote_voters
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'vote/' || OLD.vote_id) OR length(OLD.person_ids) > 0
BEGIN
    SELECT RAISE(ABORT, 'a cast ballot is never changed');
END;
