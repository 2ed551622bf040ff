-- Schema version 12: the register's full-text index also keeps the first one and two letters of every
-- word (FTS5 prefix indexes). A search of one or two letters, as the user starts typing, matched words by
-- merging the lists of every word that starts so: on a decade's register "p" took 10 ms to count and as
-- much again to find its first page; with the prefix index, 1 ms. Same words, same matches, same rowids
-- (the process ids): the index is rebuilt from its own content.
CREATE TEMP TABLE register_words AS
    SELECT rowid AS process_id, title, proposal, text FROM consent_register_search;
DROP TABLE consent_register_search;
CREATE VIRTUAL TABLE consent_register_search USING fts5(
    title, proposal, text, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');
INSERT INTO consent_register_search (rowid, title, proposal, text)
    SELECT process_id, title, proposal, text FROM temp.register_words;
DROP TABLE temp.register_words;
