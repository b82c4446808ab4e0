-- Bridges are recomputed as a whole: forget the previous evidence rows.
-- params: none
DELETE FROM hawala_bridges;
