-- Forget earlier matches of one statement before storing new ones.
-- params: $statement_id VARCHAR
DELETE FROM statement_matches WHERE statement_id = $statement_id;
