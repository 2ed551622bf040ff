-- Schema version 10 (issue 9; allocated step 0009, numbered 10 after issue 10a's 0008 and 10b's 0009): a vote
-- reopened after its result was shown keeps that result in the record, with the reason given; a ballot or a
-- paper count can be taken back (undo) while the vote is open and the meeting not closed.

-- One row per reopening of a vote, in order: when the result now set aside was shown, when and why the vote
-- was reopened, and the judgments that result was computed from (one line per option in the vote's order,
-- the counts per grade, worst grade first, separated by spaces): the merit profile the room saw, no more
-- (no ballot, no voter). The vote's own status and closed_utc then describe its last closing.
CREATE TABLE vote_reopening (
    vote_id INTEGER NOT NULL REFERENCES vote(id),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    closed_utc TEXT NOT NULL,
    reopened_utc TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    tallies TEXT NOT NULL,
    PRIMARY KEY (vote_id, seq)
) STRICT;

-- A reopening stays in the record: it is never changed nor deleted, and none is added once sealed.
CREATE TRIGGER vote_reopening_is_final_update BEFORE UPDATE ON vote_reopening
BEGIN
    SELECT RAISE(ABORT, 'a reopening stays in the record');
END;
CREATE TRIGGER vote_reopening_is_final_delete BEFORE DELETE ON vote_reopening
BEGIN
    SELECT RAISE(ABORT, 'a reopening stays in the record');
END;
CREATE TRIGGER vote_reopening_sealed_insert BEFORE INSERT ON vote_reopening
WHEN EXISTS (SELECT 1 FROM record_link WHERE chain = 'vote/' || NEW.vote_id)
BEGIN
    SELECT RAISE(ABORT, 'the meeting is closed: its record cannot change');
END;

-- A ballot box changes by exactly one ballot at a time (cast, or taken back by an undo), the others left as
-- they were, only while its vote is open and its meeting not sealed; the list of voters too. "One ballot":
-- the longer text with one of its fixed-width lines removed (tried at each line, numbered by json_each over
-- a list of that many zeros) is the shorter one.
DROP TRIGGER vote_ballots_grow_only;
CREATE TRIGGER vote_ballots_one_at_a_time BEFORE UPDATE ON vote_ballots
WHEN (SELECT status FROM vote WHERE id = OLD.vote_id) = 'closed'
     OR EXISTS (SELECT 1 FROM record_link WHERE chain = 'vote/' || OLD.vote_id)
     OR NOT EXISTS (
         SELECT 1 FROM (SELECT 1 + count(*) AS w FROM vote_option WHERE vote_id = OLD.vote_id) AS width,
              (SELECT iif(length(NEW.ballots) > length(OLD.ballots), NEW.ballots, OLD.ballots) AS big,
                      iif(length(NEW.ballots) > length(OLD.ballots), OLD.ballots, NEW.ballots) AS small) AS box,
              json_each('[' || substr(replace(hex(zeroblob(length(box.big) / width.w)), '00', ',0'), 2) || ']')
                  AS line
         WHERE abs(length(NEW.ballots) - length(OLD.ballots)) = width.w
           AND substr(box.big, 1, line.key * width.w) || substr(box.big, (line.key + 1) * width.w + 1) = box.small)
BEGIN
    SELECT RAISE(ABORT, 'a ballot is cast or taken back one at a time, while its vote is open');
END;
DROP TRIGGER vote_voters_grow_only;
CREATE TRIGGER vote_voters_one_at_a_time BEFORE UPDATE ON vote_voters
WHEN (SELECT status FROM vote WHERE id = OLD.vote_id) = 'closed'
     OR EXISTS (SELECT 1 FROM record_link WHERE chain = 'vote/' || OLD.vote_id)
     OR NOT EXISTS (
         SELECT 1 FROM
              (SELECT iif(length(NEW.person_ids) > length(OLD.person_ids), NEW.person_ids, OLD.person_ids) AS big,
                      iif(length(NEW.person_ids) > length(OLD.person_ids), OLD.person_ids, NEW.person_ids) AS small)
                  AS list,
              json_each('[' || substr(replace(hex(zeroblob(length(list.big) / 20)), '00', ',0'), 2) || ']') AS line
         WHERE abs(length(NEW.person_ids) - length(OLD.person_ids)) = 20
           AND substr(list.big, 1, line.key * 20) || substr(list.big, (line.key + 1) * 20 + 1) = list.small)
BEGIN
    SELECT RAISE(ABORT, 'a ballot is cast or taken back one at a time, while its vote is open');
END;
