-- Entity resolution is recomputed as a whole: forget the previous links.
-- params: none
DELETE FROM entity_links;
