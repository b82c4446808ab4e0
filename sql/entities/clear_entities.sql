-- Entity resolution is recomputed as a whole: forget the previous account → entity table.
-- params: none
DELETE FROM account_entities;
