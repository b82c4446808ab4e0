-- Store the account → entity table, all at once (a JSON list of
-- {account_id, entity_id, entity_name, accounts, confidence}).
-- params: $rows VARCHAR (JSON)
INSERT INTO account_entities (account_id, entity_id, entity_name, accounts, confidence)
SELECT j->>'account_id', j->>'entity_id', j->>'entity_name', CAST(j->>'accounts' AS INTEGER), CAST(j->>'confidence' AS DOUBLE)
FROM (SELECT unnest(from_json($rows, '["JSON"]')) AS j);
