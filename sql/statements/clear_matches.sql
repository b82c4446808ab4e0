-- Forget earlier matches of these statements before storing new ones.
-- params: $ids VARCHAR (JSON list of statement ids)
DELETE FROM statement_matches WHERE statement_id IN (SELECT unnest(from_json($ids, '["VARCHAR"]')));
