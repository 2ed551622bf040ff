-- Schema version 9 (issue 10b):
-- the definite article French sentences give a circle ("du Conseil de Coordination", "à l'Assemblée
-- Populaire"). '' means the name is used bare. Existing circles get the article their name's first word
-- takes (the reference organisation's four circles and the usual words for a body); the circle dialog
-- edits it.
ALTER TABLE circle ADD COLUMN article TEXT NOT NULL DEFAULT ''
    CHECK (article IN ('', 'le', 'la', 'l''', 'les'));
UPDATE circle SET article = CASE
    WHEN name LIKE 'Assemblée %' OR name LIKE 'Équipe %' OR name LIKE 'Association %' THEN 'l'''
    WHEN name LIKE 'Conseil %' OR name LIKE 'Cercle %' OR name LIKE 'Comité %' OR name LIKE 'Bureau %'
        OR name LIKE 'Groupe %' OR name LIKE 'Pôle %' THEN 'le'
    WHEN name LIKE 'Commission %' OR name LIKE 'Cellule %' THEN 'la'
    ELSE '' END;
